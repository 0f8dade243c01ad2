"""Character-pair topic measure: pairs, weights, scores and the length-fair lift background."""

from __future__ import annotations

from collections import Counter

from transforms.topic import Topics, bigrams


def test_bigrams_are_pairs_of_adjacent_ideographs_only() -> None:
    assert bigrams("美丽乡村") == {"美丽", "丽乡", "乡村"}
    # Punctuation, digits and Latin break a run: no pair spans them.
    assert bigrams("庭院美，村屯美2021年PM2.5") == {"庭院", "院美", "村屯", "屯美"}
    assert bigrams("") == frozenset() and bigrams("美") == frozenset()


def test_common_pairs_weigh_less_than_rare_ones() -> None:
    topics = Topics(["辽源环境整治", "辽源环境保护", "辽源美丽乡村"])
    assert topics.weight("辽源") < topics.weight("环境") < topics.weight("乡村")
    assert topics.weight("没有") > topics.weight("乡村")  # unseen pairs weigh most


def test_score_is_the_weighted_share_found_in_the_profile() -> None:
    topics = Topics(["东辽县建设美丽乡村", "督察组反馈整改意见", "东辽县召开会议"])
    text = bigrams("东辽县建设美丽乡村")
    assert topics.score(text, text) == 1.0
    assert topics.score(text, frozenset()) == 0.0
    assert 0.0 < topics.score(text, bigrams("东辽县召开会议")) < topics.score(text, bigrams("建设美丽乡村"))
    assert topics.score(frozenset(), text) == 0.0


def test_background_grows_with_the_profile() -> None:
    texts = ["东辽县建设美丽乡村", "督察组反馈整改意见", "东辽县召开会议", "市委书记带队考察学习", "全市开展植树造林"]
    topics = Topics(texts)
    small = bigrams(texts[0])
    large = small | bigrams(texts[1]) | bigrams(texts[3])
    assert topics.background(large, Counter(), 0) > topics.background(small, Counter(), 0) > 0
