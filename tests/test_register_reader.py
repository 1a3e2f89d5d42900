"""Register.reader: a per-thread read connection that does not wait for the register lock."""

from __future__ import annotations

import threading

import pytest
import sqlcipher3

from desktop.domain import model as m
from desktop.services.register import Locked


def test_reader_reads_committed_data_while_the_lock_is_held(register):
    register.cases.create(m.Case(title="Fictief", observations="Fictieve waarneming", forms={m.Form.LABOUR},
                                 reporter_department="Handhaving"))
    counts = []
    with register.write() as conn:  # the GUI side holds the register lock mid-transaction
        conn.execute("UPDATE case_file SET title = 'nog niet vastgelegd'")

        def work():
            with register.reader() as reader:
                counts.append(reader.execute("SELECT count(*), max(title) FROM case_file").fetchone()[:])

        t = threading.Thread(target=work)
        t.start()
        t.join(5)
        assert not t.is_alive()  # did not wait for the lock
    assert counts == [(1, "Fictief")]  # uncommitted change invisible


def test_reader_is_read_only_and_closed_on_lock(register):
    with register.reader() as reader:
        with pytest.raises(sqlcipher3.OperationalError):
            reader.execute("DELETE FROM case_file")
    register.lock()
    with pytest.raises(Locked):
        with register.reader():
            pass
