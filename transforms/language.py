"""The language layer's one entry point: articles in, tokens + entities + keywords out.

A worker builds the tokenizer once (``baozhi.resources.tokenizer_for``, which gives it its
entity recogniser) and, for each batch, the IDF from the warehouse's document frequencies the
flow sends along (``baozhi.resources.idf_for``; jieba's table, built once per worker, while the
warehouse holds under 200 articles), then calls :func:`analyse_columns` (or :func:`analyse`) on
the batch's articles: all their texts are cut in one call and the entity model labels them at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from transforms import entities, keywords
from transforms.keywords import Idf
from transforms.model import Article, ArticleLanguage, Entity, Keyword, Token
from transforms.tokenise import Tokenizer


def article_pairs(article: Article, tokenizer: Tokenizer) -> list[tuple[str, str]]:
    """(word, tag) over the headline then the body, whitespace dropped: position = list index."""
    return tokenizer.cut(article.headline) + tokenizer.cut(article.body)


def entity_texts(article: Article) -> list[str]:
    """Where an article's entities are looked for: headline and body (the tokens' text), then
    kicker, subtitle, byline and captions (``图为柴伟率队考察``), which have no tokens.

    The byline because a dateline is one (``新华社北京5月7日电``, ``本报香港6月9日电``): the place
    the story was filed from and the agency are mentions like any other; its reporters
    (``本报记者 王茜``) are credits, reporters as the byline's authors are."""
    extra = (article.kicker, article.subtitle, article.byline)
    return [article.headline, article.body, *(t for t in extra if t), *article.captions]


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


@dataclass(frozen=True)
class TextMentions:
    """The texts the entity layer reads in a batch of articles (:func:`entity_texts`, in
    order), the article each belongs to, its cut and the mentions found in it."""

    texts: list[str]
    owners: list[int]  # index of the article in the batch
    cuts: list[list[tuple[str, str]]]
    mentions: list[list[entities.Mention]]


def find_text_mentions(articles: Sequence[Article], tokenizer: Tokenizer) -> TextMentions:
    """Cut every entity text of the batch and find its mentions: one tokenizer call and one
    model pass for all of them."""
    recogniser = tokenizer.recogniser
    if recogniser is None:
        raise ValueError("the tokenizer has no entity recogniser: build it with baozhi.resources.tokenizer_for")
    texts: list[str] = []
    owners: list[int] = []
    for k, article in enumerate(articles):
        for text in entity_texts(article):
            texts.append(text)
            owners.append(k)
    # All texts are cut in one call: the fast tokenizer routes every text of the batch at once,
    # which costs far less than a call per text.
    cuts = tokenizer.cut_many(texts)
    return TextMentions(texts, owners, cuts, entities.find_mentions(texts, cuts, recogniser))


def _analysed(
    articles: Sequence[Article], tokenizer: Tokenizer, idf: Idf
) -> list[tuple[list[tuple[str, str]], tuple[Entity, ...], tuple[Keyword, ...]]]:
    """(token pairs, entities, keywords) per article; the entity model runs once for all."""
    found = find_text_mentions(articles, tokenizer)
    per_article: list[list] = [[] for _ in articles]
    pairs: list[list[tuple[str, str]]] = [[] for _ in articles]
    seen: list[int] = [0] * len(articles)
    for k, cut, mentions in zip(found.owners, found.cuts, found.mentions):
        per_article[k].extend(mentions)
        if seen[k] < 2:  # headline and body: the tokens table
            pairs[k].extend(cut)
        seen[k] += 1
    out = []
    gazetteer = tokenizer.recogniser.gazetteer
    found_keywords = keywords.extract_many(pairs, idf)  # the IDF of the batch's words in one look-up
    for article, article_pairs_, mentions, kws in zip(articles, pairs, per_article, found_keywords):
        ents = entities.extract(mentions, gazetteer, authors=article.authors, photographers=article.photographers)
        out.append((article_pairs_, ents, kws))
    return out


def analyse(articles: Sequence[Article], tokenizer: Tokenizer, idf: Idf) -> list[ArticleLanguage]:
    """Tokens, entities and keywords of every article, in order."""
    return [
        ArticleLanguage(a.article_id, tuple(Token(i, w, t) for i, (w, t) in enumerate(pairs)), ents, kws)
        for a, (pairs, ents, kws) in zip(articles, _analysed(articles, tokenizer, idf))
    ]


def analyse_one(article: Article, tokenizer: Tokenizer, idf: Idf) -> ArticleLanguage:
    """Tokens, entities and keywords of one article."""
    return analyse([article], tokenizer, idf)[0]


def analyse_columns(articles: Sequence[Article], tokenizer: Tokenizer, idf: Idf) -> list[LanguageColumns]:
    """:func:`analyse` with columnar tokens (the same words, tags, entities and keywords)."""
    out = []
    for article, (pairs, ents, kws) in zip(articles, _analysed(articles, tokenizer, idf)):
        # two C-level maps: zip(*pairs) with an article's ~600 pairs as arguments costs several times more
        words, tags = tuple(map(itemgetter(0), pairs)), tuple(map(itemgetter(1), pairs))
        out.append(LanguageColumns(article.article_id, words, tags, ents, kws))
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
