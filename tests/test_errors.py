"""Every foreseeable fault is one `brief: error:` line with its documented exit code.

Each row builds its input in a temp folder, runs the real CLI in-process and checks the exit
status, that stderr is exactly one line starting `brief: error:` (no "unexpected", no
traceback) and that it names the fault. No model is needed: input faults stop `brief clean`,
config faults stop before the models load, and the language check runs before them too."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SAMPLE

Setup = Callable[[Path], list[str]]

_PARA = ("Pemerintah Kota Bandung memperluas taman kota di kawasan utara karena warga meminta "
         "ruang terbuka hijau yang lebih luas, kata wali kota kepada wartawan di Balai Kota.")
_MODELS = """\
translation:
  model: Helsinki-NLP/opus-mt-id-en
{t_extra}summarization:
  model: sshleifer/distilbart-cnn-12-6
"""


def _file(name: str, data: bytes | str) -> Callable[[Path], Path]:
    def make(d: Path) -> Path:
        path = d / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        return path
    return make


def _clean(make: Callable[[Path], Path | str]) -> Setup:
    return lambda d: ["clean", str(make(d))]


def _config(data: bytes | str) -> Setup:
    """`brief --config BAD sample`: the config is read before any model is looked for."""
    return lambda d: ["--no-store", "--config", str(_file("models.yaml", data)(d)), str(SAMPLE)]


def _config_path(make: Callable[[Path], str]) -> Setup:
    return lambda d: ["--no-store", "--config", make(d), str(SAMPLE)]


def _brief(name: str, text: str) -> Setup:
    """`brief FILE` on an article in another language: refused before the models load."""
    return lambda d: ["--no-store", str(_file(name, text)(d))]


def _loop(d: Path) -> str:
    (d / "a").symlink_to(d / "b")
    (d / "b").symlink_to(d / "a")
    return str(d / "a")


def _generation(extra: str) -> str:
    return _MODELS.format(t_extra=f"  generation: {extra}\n")


CHINESE = ("北京市政府宣布新的交通政策\n\n北京市政府周五宣布了一项新的交通政策，"
           "旨在缓解城市中心的交通拥堵问题。根据这项政策，私家车在工作日高峰时段将受到"
           "更严格的限制。\n\n市交通委员会的一位官员表示，这项措施将在下个月正式实施，"
           "并将根据实际效果进行调整。")
JAPANESE = ("政府は新しい経済対策を発表しました。東京では多くの企業がこの対策を歓迎しており、"
            "今後の景気回復に期待が高まっています。専門家によると、効果が出るまでには時間が"
            "かかるということです。")
KOREAN = ("정부는 금요일 중소기업을 지원하기 위한 새로운 경제 정책을 발표했다. 경제부 장관은 이 "
          "프로그램이 연말까지 시행될 것이며 수많은 기업이 혜택을 받을 것이라고 말했다.")
THAI = ("รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้งในภาคตะวันออกเฉียงเหนือ "
        "โดยจะมีการจ่ายเงินชดเชยให้กับครัวเรือนที่ได้รับความเสียหาย")
ARABIC = ("أعلنت الحكومة يوم الجمعة عن حزمة جديدة من الإجراءات لدعم الاقتصاد الوطني ومساعدة "
          "الشركات الصغيرة والمتوسطة على تجاوز الأزمة الحالية.")
RUSSIAN = ("МОСКВА, 3 марта. Правительство России в пятницу объявило о новом пакете мер поддержки "
           "малого и среднего бизнеса, который должен помочь компаниям справиться с кризисом.")
HINDI = ("सरकार ने शुक्रवार को छोटे और मध्यम व्यवसायों की मदद के लिए एक नई आर्थिक योजना की घोषणा "
         "की। मंत्री ने कहा कि यह कार्यक्रम साल के अंत तक चलेगा और हजारों कंपनियों को लाभ होगा।")

CASES: list[tuple[str, Setup, int, tuple[str, ...]]] = [
    # --- input files (brief clean) ---
    ("binary", _clean(_file("img.png", b"\x89PNG\r\n\x1a\n\x00\x00\rIHDR" * 50)), 2,
     ("binary",)),
    ("empty", _clean(_file("empty.txt", b"")), 2, ("is empty",)),
    ("directory", _clean(lambda d: d), 2, ("is a directory",)),
    ("missing", _clean(lambda d: d / "nope.txt"), 2, ("no such file",)),
    ("huge", _clean(_file("huge.txt", b"kata " * 1_100_000)), 2, ("larger than",)),
    ("base64", _clean(_file("dump.txt", b"QmVyaXRhIGhhcmkgaW5pIGRhcmkgSmFrYXJ0YSBs\n" * 80)), 2,
     ("encoded data",)),
    ("broken UTF-16", _clean(_file("u16.txt", b"\xff\xfeH\x00i\x00\x00\xd8")), 2,
     ("UTF-16", "not valid")),
    ("NUL in the path", _clean(lambda d: f"{d}/a\x00b.txt"), 2, ("NUL byte",)),
    ("name too long", _clean(lambda d: d / ("a" * 300 + ".txt")), 2, ("name too long",)),
    ("symlink loop", _clean(_loop), 2, ("symbolic links",)),
    # --- the config (brief --config BAD ...) ---
    ("config not UTF-8", _config(b"translation:\n  model: \xff\xfe\n"), 2, ("not UTF-8",)),
    ("config not YAML", _config("translation: [1, 2\n  foo: : bar\n"), 2,
     ("not valid YAML", "line 2")),
    ("config too deep", _config("[" * 5000), 2, ("not valid YAML",)),
    ("config bad date", _config(_MODELS.format(t_extra="  revision: 2023-02-30\n")), 2,
     ("not valid YAML", "day is out of range")),
    ("config a list", _config("- translation\n- summarization\n"), 2,
     ("expected a mapping", "not a list")),
    ("config a string", _config("hello\n"), 2, ("expected a mapping", "not a string")),
    ("config missing key", _config("translation: {model: x}\n"), 2,
     ("missing section 'summarization'",)),
    ("config section a list", _config("translation: [x]\nsummarization: {model: y}\n"), 2,
     ("section 'translation' must be a mapping",)),
    ("config model a number", _config("translation: {model: 5}\nsummarization: {model: y}\n"),
     2, ("translation.model",)),
    ("config beams a string", _config(_generation("{num_beams: four}")), 2,
     ("translation.generation.num_beams", "positive integer")),
    ("config ratio a list", _config(_generation("{length_ratio: [2]}")), 2,
     ("length_ratio", "above 0")),
    ("config odd keys", _config(_generation("{1: a, beams: 2}")), 2, ("unknown setting",)),
    ("config NUL in the path", _config_path(lambda d: f"{d}/m\x00.yaml"), 2, ("NUL",)),
    ("config a directory", _config_path(str), 2, ("cannot read",)),
    # --- languages brief does not translate: named, not "no article text found" ---
    ("Chinese", _brief("zh.txt", CHINESE), 2, ("Chinese (zh)", "--force")),
    ("Japanese", _brief("ja.txt", JAPANESE), 2, ("Japanese (ja)",)),
    ("Korean", _brief("ko.txt", KOREAN), 2, ("Korean (ko)",)),
    ("Thai", _brief("th.txt", THAI), 2, ("Thai (th)",)),
    ("Arabic", _brief("ar.txt", ARABIC + "\n\n" + ARABIC), 2, ("Arabic (ar)",)),
    ("Russian", _brief("ru.txt", RUSSIAN + "\n\n" + RUSSIAN), 2, ("Russian (ru)",)),
    ("Hindi", _brief("hi.txt", HINDI + "\n\n" + HINDI), 2, ("Hindi (hi)",)),
]


def _assert_one_error_line(run, code: int, words: tuple[str, ...]) -> None:
    assert run.code == code, run.err
    assert run.err.count("\n") == 1 and run.err.endswith("\n"), run.err
    assert run.err.startswith("brief: error: "), run.err
    assert "unexpected" not in run.err and "Traceback" not in run.err
    for word in words:
        assert word in run.err, run.err


@pytest.mark.parametrize(("setup", "code", "words"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_fault_is_one_error_line_with_its_exit_code(brief, tmp_path, setup, code, words):
    _assert_one_error_line(brief(*setup(tmp_path)), code, words)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_unreadable_file_is_one_error_line(brief, tmp_path):
    path = _file("secret.txt", _PARA)(tmp_path)
    path.chmod(0)
    _assert_one_error_line(brief("clean", str(path)), 2, ("permission denied",))


def test_named_pipe_without_a_writer_is_refused_at_once(brief, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    finished = threading.Event()
    rescued: list[bool] = []

    def rescue() -> None:
        # Code that waits for a writer would hang the test run: open the write end after a
        # while, which ends the wait (and the test fails on `rescued`).
        if finished.wait(5):
            return
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            rescued.append(True)
        except OSError:
            pass

    watchdog = threading.Thread(target=rescue, daemon=True)
    watchdog.start()
    run = brief("clean", str(fifo))
    finished.set()
    watchdog.join()
    assert not rescued, "brief waited for a writer"
    _assert_one_error_line(run, 2, ("named pipe",))


def test_named_pipe_with_a_writer_is_read(brief, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as f:  # waits for brief to open the read end
            f.write(_PARA + "\n\n" + _PARA.replace("Bandung", "Bogor") + "\n")

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    run = brief("clean", str(fifo))
    writer.join(5)
    assert run.code == 0, run.err
    assert "Pemerintah Kota Bandung" in run.out


def test_ten_thousand_nested_divs_keep_the_article(brief, tmp_path):
    paragraphs = [_PARA.replace("Bandung", city) for city in ("Bandung", "Bogor", "Depok")]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = _file("deep.html", "<!DOCTYPE html><html><head><title>Taman</title></head><body>"
                 + "<div>" * 10_000 + body + "</div>" * 10_000 + "</body></html>")(tmp_path)
    run = brief("clean", str(page))
    assert run.code == 0, run.err
    for p in paragraphs:
        assert p in run.out
