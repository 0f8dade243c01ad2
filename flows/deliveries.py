"""Which files make which issue tonight. Pure: plain values in, a plan out.

The page is the unit of delivery, the issue (paper + date + edition) the unit of publication.
Every night, the new files are identified (``transforms.delivery.identify``: issue id, and the
page they are or the whole issue) and grouped with what the warehouse already holds of their
issues (``Live``: the deliveries an issue was last assembled from). Each touched issue becomes
one :class:`Job`: the files to parse tonight, the earlier deliveries assembled again with them
(read back from the lake), and the earlier deliveries that leave the issue when it publishes.

    tonight                                 the issue already holds      result
    02.txt (page 02)                        01.txt (page 01)             01 + 02: a late page is added
    02.txt (page 02, new bytes)             01.txt, old 02.txt           01 + new 02; old 02 replaced
    2021-09-06.txt (whole issue)            01.txt, 02.txt               the whole file; both pages replaced
    02.txt and 02b.txt (both page 02)       —                            02b.txt (later by name); 02.txt replaced
    05.txt (page 05)                        2021-09-06.txt (whole)       whole + page 05 (a page the file lacked,
                                                                         or its newer copy: see transforms.assemble)

A replacement takes effect only if the issue publishes: a job the gate holds back leaves the
earlier deliveries as they were (the new files are quarantined instead), and tonight's files it
passed over are not recorded, so the next run parses them alone (``flows.record``).

This is the one place where a night decides which delivery of a page or an issue wins; what a
file delivers is its key (``flows.decide.key_of``: the issue, or the issue and page), so the
rules that see parsed files (``flows.decide``) see at most one file per key. Its own module, not
a section of ``flows.decide``, because it is its own stage (over identities, before parsing)
and together they would be twice the size of a module here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from flows.decide import key_of


@dataclass(frozen=True)
class Arrival:
    """A file of tonight, identified."""

    source_file: str
    sha256: str
    issue_id: str
    page: str | None  # None: a whole-issue file


@dataclass(frozen=True)
class Live:
    """A delivery an issue in the warehouse was assembled from."""

    source_file: str
    sha256: str
    issue_id: str
    page: str | None


@dataclass(frozen=True)
class Retired:
    """A file version that leaves (or never joins) its issue, and why: ledger status ``replaced``."""

    source_file: str
    sha256: str
    reason: str
    issue_id: str | None = None  # tonight's file passed over: the issue whose later file won


@dataclass(frozen=True)
class Job:
    issue_id: str
    new: tuple[Arrival, ...]  # parse tonight
    kept: tuple[Live, ...] = ()  # assembled again with them (bytes from the lake)
    retired: tuple[Retired, ...] = ()  # leave the issue when it publishes

    @property
    def deletes_issue(self) -> bool:
        """Nothing is left of the issue: its rows go (a file moved to another issue)."""
        return not self.new and not self.kept


@dataclass(frozen=True)
class IssuePlan:
    jobs: tuple[Job, ...]
    passed_over: tuple[Retired, ...] = field(default=())  # tonight's files a later one replaced

    def reads_back(self) -> set[str]:
        """Issue ids whose earlier deliveries must be read back from the lake."""
        return {j.issue_id for j in self.jobs if j.kept}


def _page_name(page: str | None) -> str:
    return "the whole issue" if page is None else f"page {page}"


def plan_issues(arrivals: Iterable[Arrival], live: Iterable[Live]) -> IssuePlan:
    """Group tonight's identified files into issue jobs (see the module docstring)."""
    arrivals = sorted(arrivals, key=lambda a: a.source_file)
    live_by_issue: dict[str, list[Live]] = {}
    for d in sorted(live, key=lambda d: d.source_file):
        live_by_issue.setdefault(d.issue_id, []).append(d)
    tonight_paths = {a.source_file for a in arrivals}
    by_issue: dict[str, list[Arrival]] = {}
    for a in arrivals:
        by_issue.setdefault(a.issue_id, []).append(a)

    jobs: list[Job] = []
    passed_over: list[Retired] = []
    for issue_id, files in sorted(by_issue.items()):
        wholes = [a for a in files if a.page is None]
        if wholes:
            winner = wholes[-1]
            for a in files:
                if a is winner:
                    continue
                why = (
                    f"{winner.source_file}, a later file of the whole issue, was delivered the same night"
                    if a.page is None
                    else f"the whole issue was delivered the same night by {winner.source_file}"
                )
                passed_over.append(Retired(a.source_file, a.sha256, why, issue_id))
            retired = tuple(
                Retired(d.source_file, d.sha256, "a newer version of this file was delivered"
                        if d.source_file == winner.source_file
                        else f"the whole issue was delivered by {winner.source_file}")
                for d in live_by_issue.get(issue_id, ())
            )
            jobs.append(Job(issue_id, (winner,), (), retired))
            continue
        winners: dict[str, Arrival] = {}  # key (issue#page) -> the file that delivers it tonight
        for a in files:  # sorted by name: the later file of a page wins
            if (old := winners.get(key_of(a))) is not None:
                passed_over.append(
                    Retired(old.source_file, old.sha256, f"{a.source_file}, a later file of page {a.page}, was delivered the same night",
                            issue_id)
                )
            winners[key_of(a)] = a
        kept: list[Live] = []
        retired_list: list[Retired] = []
        for d in live_by_issue.get(issue_id, ()):
            if d.source_file in tonight_paths:
                retired_list.append(Retired(d.source_file, d.sha256, "a newer version of this file was delivered"))
            elif key_of(d) in winners:
                retired_list.append(
                    Retired(d.source_file, d.sha256, f"page {d.page} was delivered again by {winners[key_of(d)].source_file}")
                )
            else:
                kept.append(d)
        jobs.append(Job(issue_id, tuple(sorted(winners.values(), key=lambda a: a.source_file)), tuple(kept), tuple(retired_list)))

    # A file whose new version belongs to another issue (its date or page was corrected) leaves
    # its old issue, which is assembled again from what remains of it (or goes, if nothing does).
    touched = {j.issue_id for j in jobs}
    for issue_id, delivered in sorted(live_by_issue.items()):
        if issue_id in touched:
            continue
        moved = [d for d in delivered if d.source_file in tonight_paths]
        if moved:
            rest = tuple(d for d in delivered if d.source_file not in tonight_paths)
            jobs.append(
                Job(issue_id, (), rest, tuple(
                    Retired(d.source_file, d.sha256, f"a newer version of this file belongs to another issue ({_new_issue(arrivals, d)})")
                    for d in moved
                ))
            )
    return IssuePlan(tuple(jobs), tuple(passed_over))


def _new_issue(arrivals: list[Arrival], d: Live) -> str:
    return next((f"{a.issue_id}, {_page_name(a.page)}" for a in arrivals if a.source_file == d.source_file), "?")
