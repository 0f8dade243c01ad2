"""A made-up page file parsed as the pipeline parses it: the one helper the parser's rule tests share."""

from __future__ import annotations

from transforms.model import ParsedIssue
from transforms.parse import parse_issue

# A page header the parser knows (paper, date, section and page), e.g. a 人民日报-style page 2.
PAGE_HEAD = "某某日报 2024年3月9日 星期六\n要闻 2\n"


def parse_page(body: str, gap: str = "\n", *, blank_after_head: bool = False) -> ParsedIssue:
    """``body``'s lines as one page; ``gap`` "\\n" prints no blank lines at all, "\\n\\n" one between lines."""
    head = PAGE_HEAD + ("\n" if blank_after_head else "")
    text = head + gap.join(body.strip("\n").split("\n")) + "\n"
    result = parse_issue(text.encode("utf-8"), source_file="mr-20240309-p02.txt", default_paper="d")
    assert isinstance(result, ParsedIssue), result
    assert result.accounting.balanced, result.accounting
    return result
