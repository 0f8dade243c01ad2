"""The language layer's one entry point: articles in, tokens + entities + keywords out.

A worker builds the tokenizer once (``baozhi.resources.tokenizer_for``) and, for each batch, the
IDF from the warehouse's document frequencies the flow sends along (``baozhi.resources.idf_for``;
jieba's table, built once per worker, while the warehouse holds under 200 articles), then calls
:func:`analyse_columns` (or :func:`analyse`) on the batch's articles.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from transforms import entities, keywords
from transforms.keywords import Idf
from transforms.model import Article, ArticleLanguage, Entity, Keyword, Token
from transforms.tokenise import Tokenizer


def article_pairs(article: Article, tokenizer: Tokenizer) -> list[tuple[str, str]]:
    """(word, tag) over the headline then the body, whitespace dropped: position = list index."""
    return tokenizer.cut(article.headline) + tokenizer.cut(article.body)


@dataclass(frozen=True)
class LanguageColumns:
    """:class:`ArticleLanguage` with the tokens as two parallel lists, ``Token.position`` being
    the index: what the flow tabulates, without building a ``Token`` object per word."""

    article_id: str
    words: tuple[str, ...]
    tags: tuple[str, ...]
    entities: tuple[Entity, ...]
    keywords: tuple[Keyword, ...]

    @property
    def tokens(self) -> tuple[Token, ...]:
        return tuple(map(Token, range(len(self.words)), self.words, self.tags))


def _entities_keywords(article: Article, pairs: list[tuple[str, str]], idf: Idf) -> tuple[tuple[Entity, ...], tuple[Keyword, ...]]:
    ents = entities.extract(
        pairs,
        authors=article.authors,
        photographers=article.photographers,
        texts=(article.headline, article.body),
    )
    return ents, keywords.extract(pairs, idf)


def analyse_one(article: Article, tokenizer: Tokenizer, idf: Idf) -> ArticleLanguage:
    """Tokens, entities and keywords of one article."""
    pairs = article_pairs(article, tokenizer)
    tokens = tuple(Token(i, w, t) for i, (w, t) in enumerate(pairs))
    return ArticleLanguage(article.article_id, tokens, *_entities_keywords(article, pairs, idf))


def analyse(articles: Sequence[Article], tokenizer: Tokenizer, idf: Idf) -> list[ArticleLanguage]:
    """:func:`analyse_one` for every article, in order (all texts cut in one call)."""
    out = []
    for article, pairs in zip(articles, _cut_articles(articles, tokenizer)):
        tokens = tuple(Token(i, w, t) for i, (w, t) in enumerate(pairs))
        out.append(ArticleLanguage(article.article_id, tokens, *_entities_keywords(article, pairs, idf)))
    return out


def _cut_articles(articles: Sequence[Article], tokenizer: Tokenizer) -> list[list[tuple[str, str]]]:
    """:func:`article_pairs` of every article, the headlines and bodies cut in one call: the fast
    tokenizer routes every text of the batch at once, which costs far less than a call per text."""
    cuts = tokenizer.cut_many([text for a in articles for text in (a.headline, a.body)])
    return [cuts[2 * k] + cuts[2 * k + 1] for k in range(len(articles))]


def analyse_columns(articles: Sequence[Article], tokenizer: Tokenizer, idf: Idf) -> list[LanguageColumns]:
    """:func:`analyse` with columnar tokens (the same words, tags, entities and keywords)."""
    out = []
    for article, pairs in zip(articles, _cut_articles(articles, tokenizer)):
        words, tags = (tuple(c) for c in zip(*pairs)) if pairs else ((), ())
        out.append(LanguageColumns(article.article_id, words, tags, *_entities_keywords(article, pairs, idf)))
    return out


def document_frequencies(results: Iterable[ArticleLanguage], stopwords: frozenset[str] = frozenset()) -> Counter[str]:
    """Articles containing each keyword candidate: the ``doc_freq`` that :class:`Idf` wants.

    The warehouse equivalent is ``select token, count(distinct article_id) from tokens group by token``
    (extra non-candidate rows are harmless: they are never looked up).
    """
    df: Counter[str] = Counter()
    for r in results:
        df.update(keywords.document_words(((t.token, t.pos) for t in r.tokens), stopwords))
    return df
