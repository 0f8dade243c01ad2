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
    issues: int = 0
    articles: int = 0
    articles_flagged: int = 0  # published with quality_flags (doubtful, not held back)
    bytes_in: int = 0
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    warnings: int = 0
    warehouse: str = ""
    report: str | None = None
    message: str = ""
    quarantined: list[tuple[str, str]] = field(default_factory=list)  # (source_file, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def render(self) -> str:
        lines = [
            f"baozhi run {self.run_id}: {self.status}" + (f" — {self.message}" if self.message else ""),
            f"  files    {self.files_seen} seen, {self.files_new} new, {self.files_loaded} loaded, "
            f"{self.files_duplicate} duplicate, {self.files_quarantined} quarantined"
            + (f", {self.files_failed} failed" if self.files_failed else "")
            + (f", {len(self.skipped)} skipped" if self.skipped else ""),
            f"  content  {plural(self.issues, 'issue')}, {plural(self.articles, 'article')}"
            + (f" ({self.articles_flagged} flagged)" if self.articles_flagged else "")
            + (f", {plural(self.warnings, 'quality warning')}" if self.warnings else ""),
            f"  time     {self.seconds:.1f} s"
            + (
                " (" + ", ".join(f"{k} {v:.1f} s" for k, v in self.stage_seconds.items()) + ")"
                if self.stage_seconds
                else ""
            ),
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
