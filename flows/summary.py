"""What a run did, for people (the CLI prints it) and for machines (the runs table, tests)."""

from __future__ import annotations

from dataclasses import dataclass, field


def plural(n: int, noun: str) -> str:
    """ "1 quality warning", "2 quality warnings", "0 issues"."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass
class RunSummary:
    run_id: str
    status: str  # "completed", "nothing new", "failed"
    files_seen: int = 0
    files_new: int = 0
    files_loaded: int = 0
    files_duplicate: int = 0
    files_quarantined: int = 0
    files_failed: int = 0
    files_unchanged: int = 0
    files_replaced: int = 0  # a later file of the same page (or issue) came the same night
    issues: int = 0
    articles: int = 0
    articles_flagged: int = 0  # published with quality_flags (doubtful, not held back)
    bytes_in: int = 0
    seconds: float = 0.0  # the flow body (or the check before it, for a run that found nothing new)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    flow_started_at: float | None = None  # epoch seconds when the flow body began
    wall_seconds: float | None = None  # the whole process, from its start (set by `baozhi run`)
    startup_seconds: float | None = None  # process start -> flow body: imports, Prefect API, workers
    warnings: int = 0
    warehouse: str = ""
    landing: str = ""  # the landing folder the run read
    report: str | None = None
    message: str = ""
    quarantined: list[tuple[str, str]] = field(default_factory=list)  # (source_file, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def _time(self) -> str:
        """"8.1 s wall: start-up 4.2 s, flow 3.5 s (validate 0.8 s, ...), shut-down 0.4 s"."""
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in self.stage_seconds.items())
        flow = f"{self.seconds:.1f} s" + (f" ({stages})" if stages else "")
        if self.wall_seconds is None:  # the flow run by itself (a deployment, a test)
            return flow
        if self.startup_seconds is None:  # answered before any flow started
            return f"{self.wall_seconds:.1f} s wall (nothing to do: Prefect not started)"
        rest = max(0.0, self.wall_seconds - self.startup_seconds - self.seconds)
        return (f"{self.wall_seconds:.1f} s wall: start-up {self.startup_seconds:.1f} s, flow {flow}, "
                f"shut-down {rest:.1f} s")

    def render(self) -> str:
        lines = [
            f"baozhi run {self.run_id}: {self.status}" + (f" — {self.message}" if self.message else ""),
            f"  files    {self.files_seen} seen, {self.files_new} new, {self.files_loaded} loaded, "
            f"{self.files_duplicate} duplicate, {self.files_quarantined} quarantined"
            + (f", {self.files_replaced} replaced by a later file" if self.files_replaced else "")
            + (f", {self.files_failed} failed" if self.files_failed else "")
            + (f", {len(self.skipped)} skipped" if self.skipped else ""),
            f"  content  {plural(self.issues, 'issue')}, {plural(self.articles, 'article')}"
            + (f" ({self.articles_flagged} flagged)" if self.articles_flagged else "")
            + (f", {plural(self.warnings, 'quality warning')}" if self.warnings else ""),
            "  time     " + self._time(),
            f"  warehouse {self.warehouse}",
        ]
        if self.report:
            lines.append(f"  quality report {self.report}")
        for name, reason in self.quarantined:
            lines.append(f"  quarantined {name}: {reason}")
        for name, reason in self.failed:
            lines.append(f"  failed {name}: {reason} (a bug of ours, not bad input: retried next run; "
                         "traceback: `baozhi status`)")
        for name, reason in self.skipped:
            lines.append(f"  skipped {name}: {reason}")
        return "\n".join(lines)
