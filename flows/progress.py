"""A progress bar over files while a run works, when a person is watching (a terminal)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from baozhi.settings import Settings


@contextmanager
def progress_for(settings: Settings, total: int) -> Iterator[Callable[[int], None]]:
    if not settings.progress or total == 0:
        yield lambda n: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(
        TextColumn("parsing issue files"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        transient=True,
    ) as bar:
        job = bar.add_task("files", total=total)
        yield lambda n: bar.advance(job, n)
