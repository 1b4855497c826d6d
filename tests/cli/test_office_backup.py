"""An office's backup as the README gives it, on a real PostgreSQL server: pg_dump first, then the vault folder;
both restored elsewhere, `verify` names the original imported between the two steps and `rebuild` gives it back."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.cli.conftest import _runner, run_in_process
from tests.store_helpers import case_dict, png, write_case_json


def _client(program: str) -> str:
    """pg_dump / pg_restore beside the server's programs (Debian keeps them in /usr/lib/postgresql/N/bin)."""
    from tools.pg_throwaway import find_bindir

    bindir = find_bindir()
    assert bindir is not None
    return str(Path(os.path.realpath(bindir / "pg_ctl")).parent / program)


def _conn(url: str) -> list[str]:
    u = make_url(url)
    return ["-h", str(u.query["host"]), "-U", str(u.username), "-d", str(u.database)]


def test_pg_dump_then_the_vault_restores_every_case_and_original(pg_database: str, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFUND_EVIDENCE_DB_URL", pg_database)
    shared = tmp_path / "shared"
    run = _runner(shared, run_in_process)
    ids = []
    for n in (1, 2):
        png(tmp_path / f"in{n}" / "pay.png", seed=n)
        data = case_dict(title=f"案件{n}", evidence=[{"file": "pay.png", "kind": "payment", "title": "付款"}])
        ids.append(run("case", "create", "--json", str(write_case_json(tmp_path / f"in{n}", data)),
                       check=True).stdout.strip())
    dump = tmp_path / "cases.dump"
    subprocess.run([_client("pg_dump"), "-Fc", "-f", str(dump), *_conn(pg_database)], check=True)
    late = png(tmp_path / "late.png", seed=9)  # imported after the dump, before the folder is copied
    run("evidence", "add", ids[0], str(late), check=True)
    shutil.copytree(shared / "vault", tmp_path / "backup" / "vault", ignore=shutil.ignore_patterns("staging"))

    # Disaster: restore into another database on the server, and the copied folder somewhere else.
    restored_db = pg_database.replace("/" + make_url(pg_database).database + "?", "/restored?")
    admin = pg_database.replace("/" + make_url(pg_database).database + "?", "/postgres?")
    import psycopg

    u = make_url(admin)
    with psycopg.connect(host=u.query["host"], user=u.username, dbname="postgres", autocommit=True) as conn:
        conn.execute('DROP DATABASE IF EXISTS "restored" WITH (FORCE)')
        conn.execute('CREATE DATABASE "restored" TEMPLATE template0')
    try:
        subprocess.run([_client("pg_restore"), "--no-owner", *_conn(restored_db), str(dump)], check=True)
        monkeypatch.setenv("REFUND_EVIDENCE_DB_URL", restored_db)
        elsewhere = tmp_path / "elsewhere"
        shutil.copytree(tmp_path / "backup", elsewhere)
        again = _runner(elsewhere, run_in_process)
        found = again("verify")
        assert found.returncode == 1 and "original the database lost" in found.stdout + found.stderr
        assert "re-attached" in again("rebuild", check=True).stdout
        assert again("verify", check=True).returncode == 0
        for case_id, names in ((ids[0], ["pay.png", "late.png"]), (ids[1], ["pay.png"])):
            shown = json.loads(again("case", "show", case_id, "--json", check=True).stdout)
            assert [e["original_name"] for e in shown["evidence"]] == names
        again("export", ids[0], "--out", str(tmp_path / "after.pdf"), check=True)
    finally:
        with psycopg.connect(host=u.query["host"], user=u.username, dbname="postgres", autocommit=True) as conn:
            conn.execute('DROP DATABASE IF EXISTS "restored" WITH (FORCE)')
