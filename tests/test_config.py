from pathlib import Path

import pytest

from translator.config import Generation, load_config, parse_config
from translator.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def test_packaged_default_is_the_repository_models_yaml():
    from translator.config import default_config_text

    assert default_config_text() == (ROOT / "models.yaml").read_text(encoding="utf-8")


def test_default_names_the_published_models():
    cfg = load_config()
    assert cfg.translation.spec.model == "Helsinki-NLP/opus-mt-id-en"
    assert cfg.summarization.spec.model == "sshleifer/distilbart-cnn-12-6"
    assert cfg.translation.generation.num_beams == 4


def test_brief_config_env_selects_another_file(tmp_path, monkeypatch):
    text = (ROOT / "models.yaml").read_text().replace("Helsinki-NLP/opus-mt-id-en", "me/mt")
    (tmp_path / "m.yaml").write_text(text)
    monkeypatch.setenv("BRIEF_CONFIG", str(tmp_path / "m.yaml"))
    assert load_config().translation.spec.model == "me/mt"


def test_with_models_overrides_one_run():
    cfg = load_config().with_models(translation="/x/mt", summary=None)
    assert cfg.translation.spec.model == "/x/mt"
    assert cfg.summarization.spec.model == "sshleifer/distilbart-cnn-12-6"


@pytest.mark.parametrize("text, message", [
    ("[1, 2]", "expected a mapping"),
    ("translation: {model: x}", "missing section 'summarization'"),
    ("translation: {model: ''}\nsummarization: {model: y}", "translation.model"),
    ("translation: {model: x, batch_size: 0}\nsummarization: {model: y}", "batch_size"),
    ("translation: {model: x, generation: {beams: 3}}\nsummarization: {model: y}", "beams"),
    ("translation: {model: x, runtime: onnx}\nsummarization: {model: y}", "runtime"),
    ("translation: {model: x}\nsummarization: {model: y, lengths: {huge: {}}}", "lengths"),
    ("translation: [\n", "not valid YAML"),
])
def test_invalid_config_is_refused_with_a_pointed_message(text, message):
    with pytest.raises(ConfigError, match=message):
        parse_config(text, "test.yaml")


def test_missing_config_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "nope.yaml")


@pytest.mark.parametrize("gen, n, expected", [
    (Generation(length_ratio=2.0, length_extra=16), 10, 36),
    (Generation(length_ratio=1.5, length_extra=0, max_new_tokens=20), 100, 20),
    (Generation(max_new_tokens=60), 500, 60),
    (Generation(), 10, None),
])
def test_output_length_limit_is_relative_to_the_input(gen, n, expected):
    assert gen.max_new_for(n) == expected


def test_summary_length_presets_lay_over_the_base_settings():
    s = load_config().summarization
    short, long = s.for_length("short"), s.for_length("long")
    assert short.max_new_tokens < long.max_new_tokens
    assert short.num_beams == s.generation.num_beams


@pytest.mark.parametrize("text, message", [
    ("translation: [1, 2\n  foo: : bar\n", r"not valid YAML: expected ',' or '\]'.*\(line 2"),
    ("[" * 5000, "not valid YAML"),
    ("translation: {model: x, revision: 2023-02-30}\nsummarization: {model: y}",
     "day is out of range"),
    ("hello", "not a string"),
    ("translation: [x]\nsummarization: {model: y}", "section 'translation' must be a mapping"),
    ("translation: {model: x, revision: [1]}\nsummarization: {model: y}", "revision"),
    ("translation: {model: x, generation: {num_beams: four}}\nsummarization: {model: y}",
     "translation.generation.num_beams must be a positive integer"),
    ("translation: {model: x, generation: {length_ratio: 0}}\nsummarization: {model: y}",
     "length_ratio must be a number above 0"),
    ("translation: {model: x}\nsummarization: {model: y, lengths: {short: {min_new_tokens: "
     "-1}}}", "min_new_tokens"),
    ("translation: {model: x, generation: {1: a, beams: 2}}\nsummarization: {model: y}",
     "unknown setting"),
])
def test_every_config_fault_is_one_line_naming_the_file(text, message):
    with pytest.raises(ConfigError, match=message) as e:
        parse_config(text, "test.yaml")
    assert str(e.value).startswith("config test.yaml: ") and "\n" not in str(e.value)
    assert "<unicode string>" not in str(e.value)


def test_null_generation_settings_keep_the_model_default():
    cfg = parse_config("translation: {model: x, generation: {num_beams: null, length_extra: "
                       "null}}\nsummarization: {model: y}", "t.yaml")
    assert cfg.translation.generation == Generation()


def test_a_config_file_that_is_not_utf8_is_a_config_error(tmp_path):
    path = tmp_path / "m.yaml"
    path.write_bytes("translation: {model: café}\n".encode("cp1252"))
    with pytest.raises(ConfigError, match=r"not UTF-8 text \(byte 0xe9"):
        load_config(path)


def test_glossary_comes_from_models_yaml_and_a_file_overrides_it(tmp_path):
    from translator.config import KEEP, load_glossary

    text = (ROOT / "models.yaml").read_text() + "\nglossary:\n  Tanah Abang: Keep\n  Batu: Stone\n"
    cfg = parse_config(text, "x")
    assert cfg.translation.glossary == {"Tanah Abang": KEEP, "Batu": "Stone"}
    tsv = tmp_path / "g.tsv"
    tsv.write_text("# comment\nBatu\tBatu City\n", encoding="utf-8")
    yml = tmp_path / "g.yaml"
    yml.write_text("Bukittinggi: keep\n", encoding="utf-8")
    merged = cfg.with_glossary(load_glossary(tsv)).with_glossary(load_glossary(yml))
    assert merged.translation.glossary == {"Tanah Abang": KEEP, "Batu": "Batu City",
                                           "Bukittinggi": KEEP}


@pytest.mark.parametrize("name, body, message", [
    ("g.yaml", "- a\n- b\n", "must map source terms to English terms"),
    ("g.yaml", "Batu: 3\n", "glossary entry 'Batu' needs an English term or `keep`"),
    ("g.tsv", "Batu\n", "line 1: expected `source term<TAB>English term`"),
    ("g.yaml", "a: [\n", "not valid YAML"),
])
def test_a_bad_glossary_file_is_one_config_error_line(tmp_path, name, body, message):
    from translator.config import load_glossary

    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_glossary(path)
    assert message in str(e.value) and "\n" not in str(e.value)
