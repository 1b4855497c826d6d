"""tests/image_memo.py is honest: a kept picture gives what the app's preparation gives (the same pieces,
byte for byte, at the job's own paths), and a changed picture, or the same one for another box, is
prepared again."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from PIL import ImageDraw

import app.bundle.prepare as prepare
from app.bundle.images import ImageJob, PreparedImage, prepare_image, worker_init
from app.bundle.styles import FRAME_H, FRAME_W
from tests.bundle_fixtures import tall_screenshot
from tests.image_memo import ImageMemo, prepared_afresh, submit_once


def _moved(prepared: PreparedImage, old_stem: str, new_stem: str) -> PreparedImage:
    """The same preparation with its pieces' files at new_stem."""
    pieces = tuple(dataclasses.replace(p, path=new_stem + p.path[len(old_stem):]) for p in prepared.pieces)
    return dataclasses.replace(prepared, pieces=pieces)


def _same_files(a: PreparedImage, b: PreparedImage) -> bool:
    return [Path(p.path).read_bytes() for p in a.pieces] == [Path(p.path).read_bytes() for p in b.pieces]


def test_a_kept_picture_is_the_real_preparation_and_a_changed_one_is_prepared_again(tmp_path: Path) -> None:
    memo = ImageMemo(tmp_path / "memo")  # this test's own memo: nothing in it yet
    memo.folder.mkdir()  # type: ignore[union-attr]
    src = tmp_path / "long.png"
    tall_screenshot(width=600, height=2400).save(src)

    def job(stem: str, first: tuple[float, float] | None = (FRAME_W, 500)) -> ImageJob:
        return ImageJob(str(src), str(tmp_path / stem), first, (FRAME_W, FRAME_H))

    # What an export gets: the tests' shared worker processes (tests/image_pool.py).
    with prepare.ProcessPoolExecutor(prepare.WORKERS, initializer=worker_init) as pool:
        first = submit_once(memo, pool, job("first")).result()  # not kept yet: prepared in the worker
        assert memo.hits == 0 and len(first.pieces) > 1  # split: several pieces to keep
        again = submit_once(memo, pool, job("again")).result()
        assert memo.hits == 1
        fresh = prepare_image(job("fresh"))  # the app's preparation, here, unremembered
        assert again == _moved(fresh, job("fresh").out_stem, job("again").out_stem)
        assert all(p.path.startswith(job("again").out_stem) for p in again.pieces)
        assert _same_files(again, fresh) and _same_files(first, fresh)
        with prepared_afresh():  # kept, but prepared by the app's code all the same
            afresh = submit_once(memo, pool, job("afresh")).result()
        assert memo.hits == 1 and afresh == _moved(fresh, job("fresh").out_stem, job("afresh").out_stem)

        whole_page = submit_once(memo, pool, job("whole-page", first=None)).result()  # another box: not kept
        assert memo.hits == 1
        assert whole_page == _moved(prepare_image(job("wp-fresh", None)), job("wp-fresh").out_stem,
                                    job("whole-page").out_stem)

        changed = tall_screenshot(width=600, height=2400)
        ImageDraw.Draw(changed).rectangle((100, 100, 400, 160), fill=(200, 0, 0))
        changed.save(src)  # the same file name, other pixels
        redone = submit_once(memo, pool, job("changed")).result()
        assert memo.hits == 1
        fresh_changed = prepare_image(job("fresh-changed"))
        assert redone == _moved(fresh_changed, job("fresh-changed").out_stem, job("changed").out_stem)
        assert _same_files(redone, fresh_changed) and not _same_files(redone, first)
    assert len(os.listdir(tmp_path / "memo")) == 3  # three distinct jobs kept, no half-written entries

