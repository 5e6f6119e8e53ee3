"""The cache of validated data: used when nothing the load read has changed, never otherwise, and never trusted blindly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal

import pytest

from hvh_kba.loader import dataset as dataset_module
from hvh_kba.loader.cache import Cache, default_dir
from hvh_kba.loader.dataset import load_dataset


def entries(folder):
    return [p for p in folder.iterdir() if p.suffix == ".json"]


def test_a_second_load_comes_from_the_cache_and_equals_the_first(data_copy, tmp_path, monkeypatch):
    cache = Cache(tmp_path / "cache")
    first = load_dataset(data_copy, display="", cache=cache)

    def refuse(*args, **kwargs):
        raise AssertionError("validated again although nothing changed")

    monkeypatch.setattr(dataset_module, "validate", refuse)
    second = load_dataset(data_copy, display="", cache=cache)
    assert second == first
    assert second.personas["joris"].benefits[0].unit_price == Decimal(187)


def test_a_changed_file_is_validated_again(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    path = data_copy / "pricelists" / "impactstudie-2024.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("    amount: 1400\n", "    amount: 1500\n"), encoding="utf-8")
    again = load_dataset(data_copy, display="", cache=cache)
    assert again.pricelists["impactstudie-2024"].by_id()["vermogensdelict"].amount == 1500


def test_after_an_edit_only_the_edited_file_is_validated_again(data_copy, tmp_path, monkeypatch):
    """The researcher's loop: each file's record is kept under its content, so a changed persona costs the parsing
    and validating of that persona alone."""
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    path = data_copy / "personas" / "patrick.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("age: 36", "age: 37"), encoding="utf-8")
    validated = []
    real = dataset_module.validate
    monkeypatch.setattr(dataset_module, "validate", lambda schema, doc: validated.append(doc.file) or real(schema, doc))
    again = load_dataset(data_copy, display="", cache=cache)
    assert validated == ["personas/patrick.yaml"] and again.personas["patrick"].profile.age == 37


def test_edits_replace_a_files_entry_rather_than_add_to_the_cache(data_copy, tmp_path):
    """Each file's record has one place, whatever its content: five edits leave as many entries as one."""
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    count = len(entries(tmp_path / "cache"))
    path = data_copy / "personas" / "patrick.yaml"
    original = path.read_text(encoding="utf-8")
    for age in range(37, 42):
        path.write_text(original.replace("age: 36", f"age: {age}"), encoding="utf-8")
        assert load_dataset(data_copy, display="", cache=cache).personas["patrick"].profile.age == age
    assert len(entries(tmp_path / "cache")) == count
    path.write_text(original, encoding="utf-8")  # back as it was: validated again, never the entry of another content
    assert load_dataset(data_copy, display="", cache=cache).personas["patrick"].profile.age == 36


def test_a_problem_in_a_file_that_came_from_the_cache_still_has_its_line(data_copy, tmp_path):
    """Removing a price item from the list breaks a persona that did not change: the persona's record comes from the
    cache, and the problem is still located at its line in the persona file."""
    from hvh_kba.errors import DataError

    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    prices = data_copy / "pricelists" / "impactstudie-2024.yaml"
    prices.write_text(prices.read_text(encoding="utf-8").replace("- id: wajong\n", "- id: wajong-oud\n"), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_dataset(data_copy, display="", cache=cache)
    patrick = (data_copy / "personas" / "patrick.yaml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(patrick, start=1) if text.strip() == "item: wajong")
    assert any(p.file == "personas/patrick.yaml" and p.line == line and "wajong" in p.field + str(p.message)
               for p in caught.value.problems), caught.value.problems


def test_a_changed_base_invalidates_the_scenarios_that_extend_it(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    base = data_copy / "scenarios" / "_impactstudie-2024.yaml"
    base.write_text(base.read_text(encoding="utf-8").replace("capacity: 29", "capacity: 30"), encoding="utf-8")
    assert load_dataset(data_copy, display="", cache=cache).scenarios["ideal"].capacity == 30


@pytest.mark.parametrize("layout", ["extends:\n  _eigen\n", '"extends": _eigen\n', "? extends\n: '_eigen'\n"])
def test_a_base_named_in_any_yaml_layout_is_followed(data_copy, tmp_path, layout):
    """The key is what the load read, not what a regular expression finds: a base named on the next line,
    with a quoted key or as an explicit key is in it, and a change to that base is seen."""
    cache = Cache(tmp_path / "cache")
    scenarios = data_copy / "scenarios"
    (scenarios / "_eigen.yaml").write_text((scenarios / "_impactstudie-2024.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    ideal = scenarios / "ideal.yaml"
    text = ideal.read_text(encoding="utf-8").replace("extends: _impactstudie-2024\n", "")
    ideal.write_text(layout + text, encoding="utf-8")
    assert load_dataset(data_copy, display="", cache=cache).scenarios["ideal"].capacity == 29
    base = scenarios / "_eigen.yaml"
    base.write_text(base.read_text(encoding="utf-8").replace("capacity: 29", "capacity: 31"), encoding="utf-8")
    assert load_dataset(data_copy, display="", cache=cache).scenarios["ideal"].capacity == 31


def test_a_base_that_appears_beside_a_scenario_file_outside_the_data_is_seen(data_copy, tmp_path):
    """A scenario given as a file looks for its base beside itself first, then in the data: a base that appears
    beside it later changes the scenario, and neither the load's entry nor the file's may serve the old one."""
    cache = Cache(tmp_path / "cache")
    other = tmp_path / "other"
    other.mkdir()
    mine = other / "mine.yaml"
    mine.write_text((data_copy / "scenarios" / "realistic.yaml").read_text(encoding="utf-8").replace("id: realistic", "id: mine"),
                    encoding="utf-8")
    assert load_dataset(data_copy, display="", scenario_file=mine, cache=cache).scenarios["mine"].capacity == 29
    base = (data_copy / "scenarios" / "_impactstudie-2024.yaml").read_text(encoding="utf-8")
    (other / "_impactstudie-2024.yaml").write_text(base.replace("capacity: 29", "capacity: 40"), encoding="utf-8")
    assert load_dataset(data_copy, display="", scenario_file=mine, cache=cache).scenarios["mine"].capacity == 40


def test_a_new_file_in_a_folder_is_seen(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    scenarios = data_copy / "scenarios"
    (scenarios / "vol.yaml").write_text(
        (scenarios / "ideal.yaml").read_text(encoding="utf-8").replace("id: ideal", "id: vol"), encoding="utf-8"
    )
    assert "vol" in load_dataset(data_copy, display="", cache=cache).scenarios


def test_a_damaged_entry_is_ignored(data_copy, tmp_path):
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    for entry in entries(tmp_path / "cache"):
        entry.write_text("garbage", encoding="utf-8")
    assert load_dataset(data_copy, display="", cache=cache).scenarios["realistic"].participants == 20


def test_an_edited_entry_is_refused(data_copy, tmp_path):
    """Change a number inside an entry, consistently and as valid JSON: the entry's HMAC no longer holds, so the
    data is loaded again from the files; the edit never reaches a result."""
    cache = Cache(tmp_path / "cache")
    load_dataset(data_copy, display="", cache=cache)
    edited = 0
    for entry in entries(tmp_path / "cache"):  # the load's entry and the scenarios' own
        mac, _, body = entry.read_bytes().partition(b"\n")
        if b'"356960"' in body:
            entry.write_bytes(mac + b"\n" + json.dumps(json.loads(body)).replace('"356960"', '"1"').encode())
            edited += 1
    assert edited >= 2
    assert load_dataset(data_copy, display="", cache=cache).scenarios["realistic"].investment.decided.amount == 356960


def test_an_entry_of_another_record_class_is_refused(data_copy, tmp_path):
    """Even with a valid HMAC (the key is known here), only schema records come back, through their constructors."""
    from hvh_kba.loader.cache import _untag

    with pytest.raises(ValueError):
        json.loads('{"@": "os:system", "command": "true"}', object_hook=_untag)
    with pytest.raises(ValueError):  # the record's own check runs: a mix that does not sum to 100 %
        scenario = load_dataset(data_copy, display="").scenarios["realistic"]
        from hvh_kba.loader.cache import encode

        tagged = json.loads(encode(scenario))
        tagged["mix"]["joris"] = {"$": "0.61"}
        json.loads(json.dumps(tagged), object_hook=_untag)


def test_an_unwritable_cache_is_not_an_error(data_copy, tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert load_dataset(data_copy, display="", cache=Cache(blocked / "cache")).personas


def test_a_read_only_cache_folder_means_no_cache(data_copy, tmp_path, monkeypatch):
    """Writing refused (a read-only mount; here every create fails, as root would not see a mode 0500 folder refuse)."""
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    monkeypatch.setattr(os, "open", refuse)
    assert load_dataset(data_copy, display="", cache=Cache(folder)).personas
    assert list(folder.iterdir()) == []


def test_a_read_only_cache_folder_is_used_read_only(data_copy, tmp_path, monkeypatch):
    """Filled once, then made read-only: the entries still serve, and nothing new is written."""
    folder = tmp_path / "cache"
    load_dataset(data_copy, display="", cache=Cache(folder))
    folder.chmod(0o500)
    try:
        monkeypatch.setattr(dataset_module, "validate", lambda *a, **k: (_ for _ in ()).throw(AssertionError("not cached")))
        assert load_dataset(data_copy, display="", cache=Cache(folder)).personas
    finally:
        folder.chmod(0o700)


def test_a_cache_folder_others_may_write_is_not_trusted(data_copy, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    load_dataset(data_copy, display="", cache=Cache(folder))
    folder.chmod(0o777)
    validated = []
    original = dataset_module.validate
    monkeypatch.setattr(dataset_module, "validate", lambda *a, **k: validated.append(1) or original(*a, **k))
    assert load_dataset(data_copy, display="", cache=Cache(folder)).personas
    assert validated, "an entry from a folder anyone can write was used"


def test_an_entry_others_may_write_is_not_trusted(data_copy, tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    load_dataset(data_copy, display="", cache=Cache(folder))
    for entry in entries(folder):
        entry.chmod(0o666)
    validated = []
    original = dataset_module.validate
    monkeypatch.setattr(dataset_module, "validate", lambda *a, **k: validated.append(1) or original(*a, **k))
    load_dataset(data_copy, display="", cache=Cache(folder))
    assert validated


def test_the_cache_folder_and_its_entries_are_private(data_copy, tmp_path):
    folder = tmp_path / "new" / "cache"
    load_dataset(data_copy, display="", cache=Cache(folder))
    assert folder.stat().st_mode & 0o077 == 0
    assert all(p.stat().st_mode & 0o077 == 0 for p in folder.iterdir())


def test_the_cache_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("HVH_KBA_CACHE_DIR", "off")
    assert default_dir() is None
    monkeypatch.setenv("HVH_KBA_CACHE_DIR", "/somewhere")
    assert str(default_dir()) == "/somewhere"


@pytest.mark.parametrize("command", [["scenario", "realistic"], ["persona", "joris"]])
def test_a_cached_run_imports_neither_pydantic_nor_yaml_nor_numpy(tmp_path, command):
    """The speed of the commands rests on this (benchmarks/cli_speed.py measures it)."""
    env = {**os.environ, "HVH_KBA_CACHE_DIR": str(tmp_path / "cache")}
    script = (
        "import sys\nfrom hvh_kba.cli.app import app\n"
        f"try:\n    app({command!r}, prog_name='hvh-kba')\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in ('pydantic', 'yaml', 'numpy') if m in sys.modules), file=sys.stderr)\n"
    )
    subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=True)  # fills the cache
    second = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
    assert "LOADED []" in second.stderr
