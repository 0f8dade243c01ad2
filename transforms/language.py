"""The language layer's one entry point: articles in, tokens + entities + keywords out.

The flow builds the tokenizer once per worker (``baozhi.resources.tokenizer_for``) and the
IDF once per run (``baozhi.resources.idf_for``) and calls :func:`analyse` per batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from transforms import entities, keywords
from transforms.keywords import Idf
from transforms.model import Article, ArticleLanguage, Token
from transforms.tokenise import Tokenizer


def article_pairs(article: Article, tokenizer: Tokenizer) -> list[tuple[str, str]]:
    """(word, tag) over the headline then the body, whitespace dropped: position = list index."""
    return tokenizer.cut(article.headline) + tokenizer.cut(article.body)


def analyse_one(article: Article, tokenizer: Tokenizer, idf: Idf) -> ArticleLanguage:
    """Tokens, entities and keywords of one article."""
    pairs = article_pairs(article, tokenizer)
    tokens = tuple(Token(i, w, t) for i, (w, t) in enumerate(pairs))
    ents = entities.extract(
        pairs,
        authors=article.authors,
        photographers=article.photographers,
        texts=(article.headline, article.body),
    )
    return ArticleLanguage(article.article_id, tokens, ents, keywords.extract(pairs, idf))


def analyse(articles: Sequence[Article], tokenizer: Tokenizer, idf: Idf) -> list[ArticleLanguage]:
    """:func:`analyse_one` for every article, in order."""
    return [analyse_one(a, tokenizer, idf) for a in articles]


def document_frequencies(results: Iterable[ArticleLanguage], stopwords: frozenset[str] = frozenset()) -> Counter[str]:
    """Articles containing each keyword candidate: the ``doc_freq`` that :class:`Idf` wants.

    The warehouse equivalent is ``select token, count(distinct article_id) from tokens group by token``
    (extra non-candidate rows are harmless: they are never looked up).
    """
    df: Counter[str] = Counter()
    for r in results:
        df.update(keywords.document_words(((t.token, t.pos) for t in r.tokens), stopwords))
    return df
