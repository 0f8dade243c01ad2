"""Fail softly, through the real flow: a doubtful article is published flagged; an issue is held
back whole only when most of its text is in doubt."""

from __future__ import annotations

import json
from pathlib import Path

from baozhi.commands.pipeline import execute
from tests.flows.test_nightly import query, settings_for

PHOTO = "\n\n## 喜迎新世纪（图片）\n\n新年钟声敲响时，市民在人民广场上放飞气球。本报记者 王茵 摄\n"
ENGLISH = " ".join(["The city council met on Monday to discuss the new river park and the budget for next year."] * 3)


def _sample(landing: Path, prefix: str) -> Path:
    return next((landing / "liaoyuan-daily").glob(f"{prefix}_*.txt"))


def test_an_empty_bodied_article_is_published_flagged_with_its_issue(prefect_api, landing, data_dir):
    path = _sample(landing, "002")
    path.write_text(path.read_text(encoding="utf-8") + PHOTO, encoding="utf-8")
    summary = execute(settings_for(landing, data_dir))
    assert summary.status == "completed" and summary.files_quarantined == 0, summary.render()
    assert summary.articles_flagged == 1 and "(1 flagged)" in summary.render()

    (article_id, flags, body), = query(
        data_dir, "select article_id, quality_flags, body from articles where len(quality_flags) > 0")
    assert article_id.startswith("liaoyuan-daily-2021-09-06-a") and body == ""
    assert "body_at_least_10_chars" in flags
    # the rest of its issue is there, unflagged
    others = query(data_dir, "select count(*) from articles where issue_id = 'liaoyuan-daily-2021-09-06' "
                             "and len(quality_flags) = 0")[0][0]
    assert others >= 5
    # one dq_results row per flagged article and check, naming the article
    rows = query(data_dir, "select expectation, level, critical, success, issue_id from dq_results "
                           "where article_id = ? order by expectation", [article_id])
    assert {r[0] for r in rows} == set(flags)
    assert all(r[1:] == ("flag", False, False, "liaoyuan-daily-2021-09-06") for r in rows)
    assert query(data_dir, "select articles_flagged from runs")[0][0] == 1
    # the analyst views leave the flagged article out; the tables keep it
    dated = query(data_dir, "select count(*) from articles where issue_date is not null")[0][0]
    in_views = query(data_dir, "select sum(articles) from v_genre_mix_monthly")[0][0]
    assert in_views == dated - 1
    assert query(data_dir, "select sum(flagged_articles) from v_issue_daily")[0][0] == 1


def test_an_issue_whose_text_is_mostly_in_doubt_is_held_back(prefect_api, landing, data_dir):
    head = _sample(landing, "002").read_text(encoding="utf-8").split("再动员")[0]
    head = head.replace("2021年9月6日 星期一", "2021年9月8日 星期三").replace("总第8353期", "总第8355期")
    text = (head + "\n\n## 我市召开河道整治工作会议\n\n本报讯 市政府昨日召开河道整治工作会议，部署下一阶段"
            "河道整治和防汛工作，要求各部门抓好落实。\n\n## City news in English\n\n" + ENGLISH + "\n")
    (landing / "liaoyuan-daily" / "2021-09-08.txt").write_text(text, encoding="utf-8")
    summary = execute(settings_for(landing, data_dir))
    assert summary.status == "completed" and summary.files_loaded == 3, summary.render()
    (name, reason), = summary.quarantined
    assert name == "liaoyuan-daily/2021-09-08.txt" and reason.startswith("doubtful_text_at_most_half:")
    assert "of its article text is in doubt" in reason
    assert query(data_dir, "select count(*) from issues where issue_id = 'liaoyuan-daily-2021-09-08'")[0][0] == 0
    doc = json.loads((data_dir / "quarantine" / summary.run_id / "liaoyuan-daily" / "2021-09-08.txt.reason.json")
                     .read_text(encoding="utf-8"))
    checks = {(f["expectation"], f["level"]) for f in doc["failures"]}
    assert ("doubtful_text_at_most_half", "critical") in checks and ("body_mostly_chinese", "flag") in checks
    assert "flagged" in doc["summary"]
