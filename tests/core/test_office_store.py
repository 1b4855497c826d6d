"""The office store: PostgreSQL through the same migrations, this desk's settings, the keyring."""

from __future__ import annotations

import shutil
import tempfile
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app.core import office
from app.core.domain import CaseData, Merchant, Order
from app.core.errors import StoreUnavailable
from app.models import Base
from app.models.db import make_engine, store_label
from app.models.migrate import HEAD, current_revision, upgrade
from app.services.cases import CaseService
from tests.office_helpers import MemoryKeyring, PlaintextKeyring, using_keyring

pytestmark = pytest.mark.both_stores  # the office's server: amounts, search, ids, migrations


@pytest.fixture(autouse=True)
def desk_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This desk's config folder, per test (office.json written here stays here)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("REFUND_EVIDENCE_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with using_keyring(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


# ----- PostgreSQL: the same migrations --------------------------------------------------------------------
def test_migrations_on_postgresql_keep_data_and_match_the_models(pg_database: str, tmp_path: Path) -> None:
    engine = make_engine(pg_database)
    upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO cases (title, platform, status, consumer_name, consumer_phone, consumer_address,"
            " consumer_id_number, consumer_email, merchant_name, merchant_shop, merchant_address, merchant_contact,"
            " order_number, order_item, order_amount, order_channel, course_misrepresented, refund_status,"
            " refund_amount, demands, facts, created_at, updated_at) VALUES ('旧案件','kuaishou','open','张三','','',"
            "'','','商家','','','','123','课',19900,'',false,'refused',0,'','','2026-11-01 12:00:00',"
            "'2026-11-01 12:00:00')"))
    engine.dispose()
    service = CaseService(tmp_path / "data", pg_database)
    assert service.backup is None  # a server is backed up by its administrator (pg_dump)
    info = service.get_case(1)
    assert info.data.title == "旧案件" and info.data.order.amount == Decimal("199.00")
    assert current_revision(service.engine) == HEAD
    with service.engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        indexes = {name for (name,) in conn.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE "
                                                           "'%\\_trgm'"))}
    # The trigram and trashed-item indexes are PostgreSQL's own (migration 0013), not the models': nothing else
    # differs.
    own = ("_trgm", "ix_evidence_items_trashed")
    assert [d for d in diffs if not (d[0] == "remove_index" and d[1].name.endswith(own))] == []
    assert indexes == {"ix_evidence_items_title_trgm", "ix_evidence_items_text_trgm", "ix_evidence_text_text_trgm"}
    service.close()


def test_desks_starting_together_on_a_new_database_migrate_once(pg_database: str, tmp_path: Path) -> None:
    errors: list[BaseException] = []

    def desk(n: int) -> None:
        try:
            CaseService(tmp_path / f"desk{n}", pg_database, housekeeping=False).close()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    service = CaseService(tmp_path / "after", pg_database)
    assert current_revision(service.engine) == HEAD
    service.close()


def test_large_amounts_and_chinese_search_on_the_server(service: CaseService) -> None:
    first = service.create_case(CaseData(title="Abc 100% off_x", merchant=Merchant(name="ACME 教育"),
                                         order=Order(amount=Decimal("12345678901.23"))))
    second = service.create_case(CaseData(title="abc 100 off", merchant=Merchant(name="acme")))
    assert service.get_case(first).data.order.amount == Decimal("12345678901.23")
    assert [c.id for c in service.list_cases("ABC")] == [second, first]
    assert [c.id for c in service.list_cases("100%")] == [first]
    assert [c.id for c in service.list_cases("off_")] == [first]
    assert [c.id for c in service.list_cases("教育")] == [first]


def test_a_server_that_is_not_there_is_named_with_what_it_means(tmp_path: Path) -> None:
    # A short folder: a Unix socket's path may not be longer than 107 bytes, and tmp_path can be.
    socket_dir = Path(tempfile.mkdtemp(prefix="re-"))
    try:
        url = f"postgresql+psycopg://clerk:secret@/cases?host={socket_dir / 'no-server'}"
        with pytest.raises(StoreUnavailable) as caught:
            CaseService(tmp_path / "data", url)
    finally:
        shutil.rmtree(socket_dir, ignore_errors=True)
    message = str(caught.value)
    assert "secret" not in message
    assert message.startswith(f"postgresql://clerk@{socket_dir / 'no-server'}/cases: the case database cannot be used")
    assert caught.value.meaning == "the database server cannot be reached (is it running? see Settings)"


def test_a_database_missing_on_the_server_is_named(pg_database: str, tmp_path: Path) -> None:
    missing = pg_database.rsplit("/", 1)[0] + "/no_such_database?" + pg_database.split("?", 1)[1]
    with pytest.raises(StoreUnavailable) as caught:
        CaseService(tmp_path / "data", missing)
    assert caught.value.meaning == "the database does not exist on the server (see Settings)"


def test_store_label_never_shows_the_password() -> None:
    engine = make_engine("postgresql+psycopg://clerk:p%40ss@db.office.lan:5433/cases")
    assert store_label(engine) == "postgresql://clerk@db.office.lan:5433/cases"


# ----- this desk's settings -------------------------------------------------------------------------------
def test_office_url_forms() -> None:
    desk = office.OfficeSettings(server="db.office.lan", database="cases", user="志愿者 1")
    assert office.office_url(desk) == "postgresql+psycopg://%E5%BF%97%E6%84%BF%E8%80%85%201@db.office.lan/cases"
    desk.server = "10.0.0.5:5433"
    assert office.office_url(desk, "p@ss:w/rd") == \
        "postgresql+psycopg://%E5%BF%97%E6%84%BF%E8%80%85%201:p%40ss%3Aw%2Frd@10.0.0.5:5433/cases"
    desk.server, desk.user = "/run/postgresql", ""
    assert office.office_url(desk) == "postgresql+psycopg:///cases?host=/run/postgresql"


def test_which_database_a_desk_opens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     memory_keyring: MemoryKeyring) -> None:
    data = tmp_path / "data"
    assert office.store_url(data) == f"sqlite:///{data / 'cases.sqlite3'}"
    desk = office.OfficeSettings(server="db.office.lan", database="cases", user="clerk", volunteer="李四")
    office.save_office(desk)
    assert office.set_password(desk, "s3cret")
    assert "s3cret" not in office.office_file().read_text("utf-8")  # only in the keyring
    assert office.load_office() == desk
    assert office.store_url(data) == "postgresql+psycopg://clerk:s3cret@db.office.lan/cases"
    monkeypatch.setenv("REFUND_EVIDENCE_DB_URL", "sqlite:///elsewhere.sqlite3")
    assert office.store_url(data) == "sqlite:///elsewhere.sqlite3"
    assert office.set_password(desk, "")  # forgotten
    assert memory_keyring.saved == {}


def test_no_keyring_no_password_stored(tmp_path: Path) -> None:
    status = office.keyring_status()  # tests run with keyring's "fail" backend
    assert not status.usable and status.reason == "none" and "no keyring" in status.describe()
    desk = office.OfficeSettings(server="db", database="cases", user="clerk")
    assert office.set_password(desk, "s3cret") is False
    assert office.get_password(desk) is None


def test_a_keyring_that_writes_a_plain_file_is_refused() -> None:
    with using_keyring(PlaintextKeyring()):
        status = office.keyring_status()
    assert not status.usable and status.reason == "plain_file" and "plain file" in status.describe()


def test_who_is_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    import getpass

    assert office.current_actor() == getpass.getuser()
    office.save_office(office.OfficeSettings(volunteer="王五"))
    assert office.current_actor() == "王五"
    monkeypatch.setenv("REFUND_EVIDENCE_USER", "赵六")
    assert office.current_actor() == "赵六"


def test_an_id_beyond_32_bits_is_not_found_on_either_store(service: CaseService) -> None:
    from app.core.errors import NotFound

    for big in (2**31, 2**40, 2**63):
        for method in (service.get_case, service.evidence_content, service.delete_event):
            with pytest.raises(NotFound):
                method(big)
        with pytest.raises(NotFound):
            service.assign_case(big, "甲")
