"""Where every Chinese character went: articles, furniture or dropped duplicates."""

from __future__ import annotations

from collections.abc import Iterable

from transforms.decode import cjk_count
from transforms.model import Accounting, Article


def article_chars(article: Article) -> int:
    """CJK characters printed in an article's own fields (names lists and a group title given to
    a later piece of its group are derived, not counted)."""
    kicker = "" if article.kicker_shared else article.kicker or ""
    texts = [article.headline, kicker, article.subtitle or "", article.byline or ""]
    texts.extend(article.captions)
    texts.extend(article.paragraphs)
    return cjk_count("\n".join(texts))  # one pass; the separator is no ideograph


def account(normalised: str, articles: Iterable[Article], furniture: Iterable[str], duplicates: Iterable[str]) -> Accounting:
    """Count the input's CJK characters by destination; ``Accounting.balanced`` checks the sum."""
    return Accounting(
        chars_in=cjk_count(normalised),
        chars_in_articles=sum(article_chars(a) for a in articles),
        chars_furniture=cjk_count("\n".join(furniture)),
        chars_duplicate=cjk_count("\n".join(duplicates)),
    )
