"""bench.realtext: the real-text benchmark's layout and its reading of a run's summary."""

from __future__ import annotations

import datetime as dt

import pytest

from bench.realtext import lay_out, parse_summary
from flows.summary import RunSummary

TEXT = "\n".join(
    f"第{i}条新闻的标题\n" + "本市今年新建公园三处，绿地面积比去年增加百分之五，市民对新公园的评价普遍较好。" * 12
    for i in range(1, 13)
)


def test_the_summary_a_run_prints_is_read_back():
    summary = RunSummary(
        "run-20261130T000000Z-abcdef", "completed", files_seen=5, files_new=4, files_loaded=3,
        files_quarantined=1, issues=3, articles=17, seconds=7.25,
        stage_seconds={"parse": 1.5, "tokenize": 2.25, "validate": 0.5},
    )
    run = parse_summary(summary.render(), "backfill", 9.0)
    assert (run.files_new, run.files_loaded, run.files_quarantined, run.files_failed) == (4, 3, 1, 0)
    assert (run.issues, run.articles, run.status, run.wall) == (3, 17, "completed", 9.0)
    assert run.stage_seconds["parse"] == 1.5 and run.stage_seconds["tokenize"] == pytest.approx(2.2, abs=0.06)
    noop = parse_summary(RunSummary("run-x", "nothing new", files_seen=5, message="warehouse unchanged").render())
    assert noop.status == "nothing new" and noop.files_new == 0


def test_the_start_up_and_the_wall_time_are_read_back():
    summary = RunSummary("run-x", "completed", files_seen=1, files_new=1, files_loaded=1, issues=1, articles=1,
                         seconds=3.5, stage_seconds={"validate": 0.8, "parse": 0.1},
                         wall_seconds=8.1, startup_seconds=4.2)
    text = summary.render()
    assert "1 issue, 1 article" in text
    run = parse_summary(text, "one file", 8.3)
    assert (run.issues, run.articles, run.own_wall) == (1, 1, 8.1)
    assert run.stage_seconds == {"start-up": 4.2, "flow": 3.5, "validate": 0.8, "parse": 0.1, "shut-down": 0.4}
    noop = RunSummary("run-y", "nothing new", files_seen=3, wall_seconds=0.9)
    assert "0.9 s wall (nothing to do: Prefect not started)" in noop.render()
    assert parse_summary(noop.render()).own_wall == 0.9


def test_a_summary_that_is_not_one_fails_loudly():
    with pytest.raises(RuntimeError, match="one file: not a baozhi run summary"):
        parse_summary("Traceback (most recent call last): ...", "one file")


def test_repeated_layouts_continue_dates_and_issue_numbers(tmp_path):
    src = tmp_path / "news.txt"
    src.write_text(TEXT, encoding="utf-8")
    once, thrice = lay_out(src, 1), lay_out(src, 3)
    assert len(thrice) == 3 * len(once) >= 6
    days = [f.issue_date for f in thrice]
    assert days == [days[0] + dt.timedelta(days=i) for i in range(len(days))]
    assert [f.number for f in thrice] == list(range(thrice[0].number, thrice[0].number + len(thrice)))
    assert len({f.name for f in thrice}) == len(thrice)


def test_the_report_puts_the_marginal_run_against_the_baseline():
    from bench.realtext import Baseline, ProcessRun, TextReport, render_text

    def run(label, wall, cpu, loaded):
        r = ProcessRun(label, wall, loaded, loaded, 0, 0, loaded, loaded, "completed", cpu=cpu)
        return r

    report = TextReport("news", 4, 4_000_000, None, run("backfill", 12.0, 20.0, 3), run("one", 8.0, 12.0, 1),
                        1_000_000, run("noop", 1.0, 1.0, 0), run("inc", 9.0, 13.0, 1), 1_000_000,
                        Baseline(3_000_000, 6.0, 1000, cpu=6.0))
    text = render_text(report)
    # backfill 3 MB - one file 1 MB = 2 MB in 12 - 8 = 4 s: 0.5 MB/s against 0.5 MB/s
    assert report.marginal_mb_per_s == pytest.approx(0.5) and "= 1.00×" in text
    # 20 - 12 = 8 CPU s for 2 MB = 4 CPU s/MB against the baseline's 2: half as efficient
    assert "4.00 CPU s/MB marginal, jieba.posseg 2.00 CPU s/MB (0.50× less" in text


def test_rounds_give_each_ratio_from_runs_minutes_apart_and_their_median():
    from bench.realtext import Baseline, ProcessRun, Round, TextReport, render_text

    def run(label, wall, loaded=1):
        return ProcessRun(label, wall, loaded, loaded, 0, 0, loaded, loaded, "completed", cpu=wall)

    base = Baseline(3_000_000, 6.0, 1000, cpu=6.0)  # 0.5 MB/s
    slow = Baseline(3_000_000, 12.0, 1000, cpu=12.0)  # the VM at half speed: 0.25 MB/s
    # 2 MB marginal each round: 4 s (1.00x), 2 s (2.00x against 0.5), 4 s against the slow baseline (2.00x)
    rounds = [Round(run("b", 12.0, 3), run("o", 8.0), base), Round(run("b", 10.0, 3), run("o", 8.0), base),
              Round(run("b", 12.0, 3), run("o", 8.0), slow)]
    report = TextReport("news", 4, 4_000_000, None, rounds[-1].backfill, rounds[-1].one, 1_000_000,
                        run("noop", 1.0, 0), run("inc", 9.0), 1_000_000, slow, rounds=rounds)
    assert report.round_ratios() == pytest.approx([1.0, 2.0, 2.0])
    text = render_text(report)
    assert "1.00×, 2.00×, 2.00×; median 2.00× (target ≥ 3×)" in text
    assert "round 2     backfill 10.0 s, one file 8.0 s, jieba.posseg 6.0 s → 2.00×" in text
    report.rounds = rounds[-1:]  # one round: no rounds line
    assert "median" not in render_text(report)


def test_extra_rounds_run_in_turn_into_fresh_data_dirs_that_are_removed(tmp_path, monkeypatch):
    import bench.realtext as rt

    calls = []

    def fake_run(landing, data, label, *, workers=None, log=print):
        assert not data.exists()  # every backfill and one-file run starts from nothing
        data.mkdir(parents=True)
        calls.append(label)
        new = len(list(landing.glob("*.txt")))
        return rt.ProcessRun(label, 1.0, new, new, 0, 0, new, new, "completed", cpu=1.0)

    def fake_measure(landing, data, one_landing, one_data, add_last, *, workers=None, log=print):
        runs = [fake_run(landing, data, "backfill"), fake_run(one_landing, one_data, "one file")]
        calls.append("noop + increment")
        return (*runs, runs[0], runs[1])

    monkeypatch.setattr(rt, "run_process", fake_run)
    monkeypatch.setattr(rt, "measure_processes", fake_measure)
    monkeypatch.setattr(rt, "run_baseline", lambda texts: calls.append("baseline") or rt.Baseline(10, 1.0, 1, 1.0))
    src = tmp_path / "news.txt"
    src.write_text(TEXT, encoding="utf-8")
    report = rt.benchmark_text(src, tmp_path / "w", repeat=2, rounds=3, log=lambda *_: None)
    assert calls == ["backfill (round 1)", "one file (round 1)", "baseline",
                     "backfill (round 2)", "one file (round 2)", "baseline",
                     "backfill", "one file", "noop + increment", "baseline"]
    assert len(report.rounds) == 3 and report.rounds[-1].backfill is report.backfill
    assert not any(p.name.startswith("data-round") for p in (tmp_path / "w").iterdir())
