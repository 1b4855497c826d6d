"""The rule check's pack cache: every data folder shares the shipped packs read once; an edited pack
file is read again, in every data folder's book."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app.core.paths import resource_path
from app.services.rule_check import rulebook_for


def test_shipped_packs_are_read_once_for_every_data_folder(tmp_path: Path) -> None:
    first = rulebook_for(tmp_path / "a").packs()
    second = rulebook_for(tmp_path / "b").packs()
    assert [p.id for p in first] == [p.id for p in second]
    assert all(a is b for a, b in zip(first, second, strict=True))  # the same parsed pack, not a re-read


def test_an_edited_pack_is_read_again(tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    pack = rules / "kuaishou-course.toml"
    shutil.copyfile(resource_path("rules", "kuaishou-course.toml"), pack)
    before = {p.id: p for p in rulebook_for(tmp_path).packs()}["kuaishou-course"]
    text = pack.read_text("utf-8")
    assert 'title_zh = "' in text
    pack.write_text(text.replace('title_zh = "', 'title_zh = "改过的', 1), "utf-8")
    stamp = pack.stat().st_mtime_ns + 1_000_000  # a later time even where the clock is coarse
    os.utime(pack, ns=(stamp, stamp))
    after = {p.id: p for p in rulebook_for(tmp_path).packs()}["kuaishou-course"]
    assert after is not before
    assert after.title.zh.startswith("改过的")
    assert rulebook_for(tmp_path / "other").packs() != []  # the shipped copy stays as it was
    shipped = {p.id: p for p in rulebook_for(tmp_path / "other").packs()}["kuaishou-course"]
    assert not shipped.title.zh.startswith("改过的")
