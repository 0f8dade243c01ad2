"""`baozhi run` pauses the garbage collector while it imports what a run needs: it must come back
on afterwards, whatever happened, and stay off if it was off."""

from __future__ import annotations

import gc

import pytest

from baozhi.commands.pipeline import _collector_paused


def test_the_collector_is_off_inside_and_on_again_after():
    assert gc.isenabled()
    with _collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_the_collector_comes_back_after_an_error():
    with pytest.raises(ZeroDivisionError), _collector_paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_a_collector_turned_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with _collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_what_was_made_while_paused_is_frozen_out_of_later_collections():
    before = gc.get_freeze_count()
    try:
        with _collector_paused():
            kept = [[i] for i in range(1000)]  # stands for the modules a run imports
        assert gc.get_freeze_count() >= before + 1000
        assert gc.isenabled() and len(kept) == 1000
    finally:
        gc.unfreeze()
