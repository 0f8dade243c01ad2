"""analyse(): the flow's one call, on Article objects built by hand and on a whole sample issue."""

from __future__ import annotations

from baozhi.settings import BUNDLED_SAMPLES
from transforms.keywords import Idf
from transforms.language import analyse, document_frequencies
from transforms.model import ENTITY_TYPES, Article


def article(headline, paragraphs, authors=(), photographers=(), n=1):
    return Article(f"liaoyuan-daily-2021-09-06-a{n:03d}", n, headline, None, None, None, tuple(authors),
                   tuple(photographers), "news", None, (), None, None, tuple(paragraphs))


def test_positions_run_over_headline_then_body_without_whitespace(tk, idf):
    a = article("程宇深入一线", ["9月3日下午,市委副书记、市长程宇深入东辽县渭津镇。", "  程宇指出,要加强监管。"])
    (r,) = analyse([a], tk, idf)
    assert r.article_id == a.article_id
    assert [t.position for t in r.tokens] == list(range(len(r.tokens)))
    assert [t.token for t in r.tokens[:3]] == ["程宇", "深入", "一线"]
    assert all(t.token.strip() and t.pos for t in r.tokens)
    assert "".join(t.token for t in r.tokens) == (a.headline + a.body).replace("\n", "").replace(" ", "")
    assert [t.token for t in r.tokens] == [w for w, _ in tk.cut(a.headline) + tk.cut(a.body)]


def test_entities_and_keywords(tk, idf):
    a = article(
        "柴伟深入仙人河检查督导",
        ["本报讯(记者 王茵)9月3日上午,市委书记柴伟深入仙人河主城区段,督导仙人河盖板楼征拆整改。",
         "柴伟强调,仙人河盖板楼征拆既是政治任务,也是民生工程。"],
        authors=["王茵"],
    )
    (r,) = analyse([a], tk, idf)
    ents = {(e.entity, e.entity_type): e for e in r.entities}
    assert ents[("柴伟", "person")].role == "市委书记" and ents[("柴伟", "person")].mentions == 3
    assert ("王茵", "reporter") in ents and ("王茵", "person") not in ents
    assert ents[("仙人河", "place")].mentions == 4
    assert all(e.entity_type in ENTITY_TYPES for e in r.entities)
    words = [k.keyword for k in r.keywords]
    assert "仙人河" in words[:3] and len(words) <= 10
    assert not {"9", "月", "3", "日", "上午", "本报讯", "记者"} & set(words)
    assert [k.rank for k in r.keywords] == list(range(1, len(words) + 1))


def test_a_dateline_in_the_byline_gives_its_place_and_agency(tk, idf):
    import dataclasses

    a = dataclasses.replace(article("中美签署核技术合作协定", ["中国和美国的代表今天在这里签署了合作协定。"]),
                            byline="新华社北京6月29日电")
    (r,) = analyse([a], tk, idf)
    ents = {(e.entity, e.entity_type) for e in r.entities}
    assert ("北京", "place") in ents and ("新华社", "org") in ents
    assert "北京" not in "".join(t.token for t in r.tokens)  # the byline has no tokens


def test_whole_sample_issue_as_one_article(tk, idf):
    text = (BUNDLED_SAMPLES / "liaoyuan-daily" / "002_8752af011981d324.txt").read_text(encoding="utf-8")
    (r,) = analyse([article("", text.splitlines())], tk, idf)
    people = {e.entity: e.role for e in r.entities if e.entity_type == "person"}
    assert people["柴伟"] == "市委书记" and people["程宇"] == "市委副书记、市长" and people["徐晖"] == "副市长"
    assert all(k.keyword[0] not in "0123456789" and len(k.keyword) > 1 for k in r.keywords)


def test_document_frequencies_count_articles_not_occurrences(tk, idf):
    rs = analyse([article("仙人河", ["仙人河仙人河整改"], n=1), article("整改", ["东辽县整改"], n=2)], tk, idf)
    df = document_frequencies(rs)
    assert df["仙人河"] == 1 and df["整改"] == 2 and df["东辽县"] == 1
    assert Idf.from_corpus(300, df, fallback={}).source == "corpus"


def test_empty_input(tk, idf):
    assert analyse([], tk, idf) == []
    (r,) = analyse([article("", [])], tk, idf)
    assert r.tokens == () and r.keywords == () and r.entities == ()


def test_idf_for_a_small_corpus_is_jiebas_table_built_once_per_process():
    from baozhi.resources import idf_for

    first, second = idf_for(0, {}), idf_for(150, {"整改": 3})
    assert (first.source, second.source) == ("jieba", "jieba")
    assert second.table is first.table and second.n_docs == 150  # shared, not rebuilt per batch
    assert first("整改") == second("整改") and first("没见过的词") == first.default
    big = idf_for(300, {"整改": 3})
    assert big.source == "corpus" and big("整改") > big("没见过的词") - 10
