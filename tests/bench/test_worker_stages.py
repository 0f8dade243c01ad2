"""bench.worker_stages: every stage after the tokenizer measured on text laid out as issues."""

from __future__ import annotations

import re

from bench.worker_stages import main

NEWS = """\
市委书记柴伟到东辽县调研
本报讯（记者 王茜）5月7日，市委书记柴伟率队到东辽县安石镇调研乡村振兴工作，市委副书记、市长程宇参加。
柴伟强调，要把美丽乡村建设作为重点，辽源市农业农村局和东辽县人民政府要形成合力。
龙山区召开安全生产会议
龙山区区长张三、副区长李四、王五出席会议。今年上半年，全区完成固定资产投资12.5亿元。
"""


def test_every_stage_is_measured_in_cpu_seconds_per_mb(tmp_path, capsys):
    text = tmp_path / "news.txt"
    text.write_text(NEWS * 20, encoding="utf-8")
    main([str(text), "--batch", "1", "--runs", "1"])
    out = capsys.readouterr().out
    head = re.match(r"([\d.]+) MB in (\d+) issues, batches of 1", out)
    assert head and float(head[1]) > 0 and int(head[2]) >= 2
    figures = dict(re.findall(r"^  (\S.*?)\s+([\d.]+)$", out, flags=re.M))
    assert set(figures) == {"cut", "entities", "language without the cut", "keywords", "tables"}
    assert all(float(v) > 0 for v in figures.values())
