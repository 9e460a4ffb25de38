"""`brief --workers N` / `--cluster ADDRESS`: the main job on Dask, on 127.0.0.1 only.

One local cluster (two worker processes) is shared by the `--cluster` tests; the `--workers 2`
test starts its own, as a user's run does. Tiny CTranslate2 models, as `brief models pull`
leaves them, in the workers' own BRIEF_HOME."""

from __future__ import annotations

import json
import os
import signal
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from translator.cli.cluster import InOrder  # noqa: E402 - after the importorskip
from translator.cluster import Cluster, threads_per_worker  # noqa: E402
from translator.store import Store, StoreWriter  # noqa: E402

from .conftest import SAMPLES  # noqa: E402

GERMAN = ("Die Bundesregierung hat am Montag in Berlin neue Maßnahmen für den Klimaschutz "
          "beschlossen. Der Minister sagte, die Kosten würden in den nächsten Jahren deutlich "
          "steigen, aber die Wirtschaft werde davon langfristig profitieren.\n\n"
          "Kritiker aus der Opposition bezeichneten die Pläne als unzureichend und forderten "
          "schnellere Schritte beim Ausbau der erneuerbaren Energien.\n")


@pytest.fixture(scope="module")
def ct2_tiny(tiny_model_dirs, tiny_ct2_store, tmp_path_factory):
    """A BRIEF_HOME holding the tiny models' CTranslate2 copies, and the model arguments."""
    from translator.backends.convert import store_root

    home = tmp_path_factory.mktemp("worker-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BRIEF_HOME", str(home))
        store_root().parent.mkdir(parents=True, exist_ok=True)
        store_root().symlink_to(tiny_ct2_store, target_is_directory=True)
    # Short fixed outputs: random weights never stop on their own, and these tests time the
    # cluster's bookkeeping, not the models.
    config = home / "models.yaml"
    config.write_text(f"""\
translation:
  model: {tiny_model_dirs.marian}
  runtime: ctranslate2
  generation: {{num_beams: 1, min_new_tokens: 3, max_new_tokens: 4}}
summarization:
  model: {tiny_model_dirs.bart}
  runtime: ctranslate2
  generation: {{num_beams: 1}}
  lengths:
    medium: {{min_new_tokens: 5, max_new_tokens: 6}}
""", encoding="utf-8")
    return home, ["--config", str(config), "--no-cache"]


@pytest.fixture(scope="module")
def shared(ct2_tiny):
    """Two worker processes on 127.0.0.1 (their own BRIEF_HOME, offline) for --cluster runs."""
    home, _ = ct2_tiny
    with Cluster.local(2, threads=1, env={"BRIEF_HOME": str(home), "HF_HUB_OFFLINE": "1",
                                          "OMP_NUM_THREADS": "1"}) as cluster:
        yield cluster


def _docs(out: str) -> list[dict]:
    """The briefs of a --format json run of several inputs, timings dropped."""
    docs = json.loads(out)
    for doc in docs:
        doc.pop("timings")
    return docs


def _samples() -> list[str]:
    return [str(p) for p in sorted(SAMPLES.glob("*.txt"))]


def test_workers_2_prints_the_in_process_briefs_in_order_and_stores_each_once(
        brief, ct2_tiny, tmp_path, monkeypatch):
    home, args = ct2_tiny
    monkeypatch.setenv("BRIEF_HOME", str(home))  # the models' copies; the store is --store
    store = str(tmp_path / "briefs.sqlite")
    on_cluster = brief("--workers", "2", "--format", "json", "--store", store, *args,
                       *_samples())
    assert on_cluster.code == 0, on_cluster.err
    assert "3 of 3 articles in" in on_cluster.err  # the final progress line
    in_process = brief("--format", "jsonl", "--store", store, *args, *_samples())
    assert in_process.code == 0, in_process.err
    lines = [json.loads(line) for line in in_process.out.splitlines()]  # one brief a line
    assert _docs(on_cluster.out) == _docs(json.dumps(lines))
    assert [d["source"]["origin"] for d in _docs(on_cluster.out)] == _samples()
    with Store.open(store) as s:
        assert s.count() == len(_samples())


def test_a_failing_input_among_good_ones_is_reported_and_the_others_are_briefed(
        brief, shared, ct2_tiny, tmp_path):
    _, args = ct2_tiny
    german, empty = tmp_path / "berlin.txt", tmp_path / "empty.txt"
    german.write_text(GERMAN, encoding="utf-8")  # fails on a worker: not Indonesian
    empty.write_text("Baca juga\n", encoding="utf-8")  # fails on the client: no article text
    good = _samples()
    run = brief("--cluster", shared.client.scheduler.address, "--format", "jsonl", "--store",
                str(tmp_path / "s.sqlite"), *args, good[0], str(german), good[1], str(empty))
    assert run.code == 2, run.err  # every failure was bad input
    origins = sorted(json.loads(line)["source"]["origin"] for line in run.out.splitlines())
    assert origins == sorted(good[:2])
    errors = [line for line in run.err.splitlines() if line.startswith("brief: error:")]
    assert len(errors) == 2
    assert "berlin.txt" in errors[0] and "does not look Indonesian" in errors[0]
    assert "empty.txt" in errors[1]


def test_a_model_missing_on_the_workers_exits_3_naming_worker_and_model(
        brief, shared, ct2_tiny, tmp_path):
    _, args = ct2_tiny
    missing = str(tmp_path / "no-such-model")
    run = brief("--cluster", shared.client.scheduler.address, *args, "--translation-model",
                missing, *_samples()[:1])
    assert run.code == 3, run.err
    assert "worker tcp://127.0.0.1:" in run.err and missing in run.err
    assert "brief models pull" in run.err
    assert run.out == ""


def test_a_worker_killed_mid_article_is_replaced_and_every_article_stored_once(
        brief, shared, ct2_tiny, tmp_path):
    _, args = ct2_tiny
    client = shared.client
    pids = client.run(os.getpid)
    killed: list[str] = []
    stop = threading.Event()

    def kill_a_busy_worker() -> None:
        while not stop.is_set() and not killed:
            for worker, keys in client.processing().items():
                if any(str(k).startswith("brief-") and "open-models" not in str(k)
                       for k in keys) and worker in pids:
                    os.kill(pids[worker], signal.SIGKILL)
                    killed.append(worker)
                    return
            time.sleep(0.005)

    inputs = _inputs(tmp_path, 6)
    killer = threading.Thread(target=kill_a_busy_worker, daemon=True)
    killer.start()
    store = str(tmp_path / "s.sqlite")
    try:
        run = brief("--cluster", client.scheduler.address, "--format", "json", "--store",
                    store, *args, *inputs)
    finally:
        stop.set()
        killer.join()
    assert killed, "no worker was killed mid-article"
    assert run.code == 0, run.err
    assert [d["source"]["origin"] for d in json.loads(run.out)] == inputs
    with Store.open(store) as s:
        assert s.count() == len(inputs)


def test_an_interrupted_run_resumed_briefs_only_the_rest_and_prints_everything(
        brief, shared, ct2_tiny, tmp_path, monkeypatch):
    _, args = ct2_tiny
    inputs = _inputs(tmp_path, 4)
    store = str(tmp_path / "s.sqlite")
    cmd = ["--cluster", shared.client.scheduler.address, "--format", "json", "--store", store,
           *args, *inputs]
    save = StoreWriter.save

    def save_then_ctrl_c(self, *a, **k):
        brief_id = save(self, *a, **k)
        if len(self.saved) == 2:
            raise KeyboardInterrupt
        return brief_id

    with monkeypatch.context() as mp:
        mp.setattr(StoreWriter, "save", save_then_ctrl_c)
        interrupted = brief(*cmd)
    assert interrupted.code == 130
    resumed = brief(*cmd)
    assert resumed.code == 0, resumed.err
    assert "(2 briefed, 2 already stored, 0 failed)" in resumed.err
    again = brief(*cmd)
    assert "(0 briefed, 4 already stored, 0 failed)" in again.err
    assert json.loads(again.out) == json.loads(resumed.out)  # timings included: reused
    assert [d["source"]["origin"] for d in json.loads(resumed.out)] == inputs
    with Store.open(store) as s:
        assert s.count() == len(inputs)


NAMES = ("Andi", "Budi", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi")
PLACES = ("Bandung", "Medan", "Makassar", "Padang", "Malang", "Kupang", "Ambon", "Jayapura")


def _inputs(tmp_path: Path, n: int) -> list[str]:
    """`n` distinct articles: the samples, each with a sentence in words of its own (the
    store's template lines would take a line that differs only in its numbers)."""
    samples = sorted(SAMPLES.glob("*.txt"))
    paths = []
    for i in range(n):
        lines = samples[i % len(samples)].read_text(encoding="utf-8").splitlines()
        body = max(range(len(lines)), key=lambda n: len(lines[n]))  # surely article text
        lines[body] += (f" Wartawan {NAMES[i]} melaporkan dari {PLACES[i]} bahwa warga "
                        "menyambut kabar itu.")
        path = tmp_path / f"article-{i:02d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


# --- pure parts --------------------------------------------------------------------------------

@pytest.mark.parametrize(("workers", "cores", "threads"), [(1, 2, 2), (2, 2, 1), (3, 8, 2),
                                                           (4, 2, 1)])
def test_model_threads_share_the_cores_among_workers(workers, cores, threads):
    assert threads_per_worker(workers, cores) == threads


def test_results_arriving_out_of_order_are_handed_on_in_input_order():
    seen: list[str] = []
    order = InOrder(seen.append)
    for index, item in [(2, "c"), (0, "a"), (3, None), (1, "b"), (4, "e")]:
        order.put(index, item)
    assert seen == ["a", "b", "c", "e"]


def test_without_dask_workers_exit_2_with_the_install_command(brief, monkeypatch):
    monkeypatch.setattr("translator.cluster.dask_available", lambda: False)
    run = brief("--workers", "2", str(SAMPLE_FILE))
    assert run.code == 2
    assert "pip install 'brief[cluster]'" in run.err


SAMPLE_FILE = SAMPLES / "sindonews-blinken-lavrov.txt"


def test_workers_and_cluster_together_are_a_usage_error_unless_the_address_is_the_env(
        brief, monkeypatch):
    run = brief("--workers", "2", "--cluster", "tcp://127.0.0.1:1", str(SAMPLE_FILE))
    assert run.code == 2 and "not both" in run.err
    monkeypatch.setattr("translator.cluster.dask_available", lambda: False)  # stop early
    monkeypatch.setenv("BRIEF_CLUSTER", "tcp://127.0.0.1:1")
    run = brief("--workers", "2", str(SAMPLE_FILE))  # --workers wins over BRIEF_CLUSTER
    assert run.code == 2 and "not both" not in run.err and "brief[cluster]" in run.err
