"""Character-pair topic measure: pairs, weights, scores and the length-fair lift background."""

from __future__ import annotations

from collections import Counter

from transforms.topic import Topics, bigrams, pair_key


def test_bigrams_are_pairs_of_adjacent_ideographs_only() -> None:
    assert bigrams("美丽乡村") == {pair_key(p) for p in ("美丽", "丽乡", "乡村")}
    # Punctuation, digits and Latin break a run: no pair spans them.
    assert bigrams("庭院美，村屯美2021年PM2.5") == {pair_key(p) for p in ("庭院", "院美", "村屯", "屯美")}
    assert bigrams("") == frozenset() and bigrams("美") == frozenset()


def test_common_pairs_weigh_less_than_rare_ones() -> None:
    topics = Topics(["辽源环境整治", "辽源环境保护", "辽源美丽乡村"])
    assert topics.weight(pair_key("辽源")) < topics.weight(pair_key("环境")) < topics.weight(pair_key("乡村"))
    assert topics.weight(pair_key("没有")) > topics.weight(pair_key("乡村"))  # unseen pairs weigh most


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


def _texts_background_by_counts(topics: Topics, docs: list[frozenset[str]]) -> float:
    """``texts_background`` as it summed before its terms were kept: weight times count, pair by pair."""
    import operator

    profile = frozenset().union(*docs)
    others = topics.n - len(docs)
    issue = sum(map(operator.mul, map(topics.weight, profile), map(topics.df.__getitem__, profile)))
    own = sum(topics.weight_of(d) for d in docs)
    mean = sum(topics.weight_of(d) for d in topics.docs) / topics.n
    return max((issue - own) / others / mean, 0.02)


def test_texts_background_is_the_same_sum_to_the_last_bit() -> None:
    texts = ["东辽县建设美丽乡村", "督察组反馈整改意见", "东辽县召开会议", "市委书记带队考察学习", "全市开展植树造林",
             "东辽县植树造林建设美丽乡村", "督察组考察学习整改"]
    topics = Topics(texts)
    for pick in ([0], [0, 2], [1, 3, 6], [5, 0], [4, 5, 6]):
        docs = [bigrams(texts[k]) for k in pick]
        # Asked twice: the second time the texts' own weights come from memory.
        for _ in range(2):
            profile, background = topics.texts_background(docs)
            assert profile == frozenset().union(*docs)
            assert background == _texts_background_by_counts(topics, docs)


def test_texts_background_of_text_joined_after_counting_adds_nothing_for_new_pairs() -> None:
    texts = ["东辽县建设美丽乡村", "督察组反馈整改意见", "东辽县召开会议", "市委书记带队考察学习"]
    topics = Topics(texts)
    # "乡村督察" holds "村督", which no text of the issue holds (a paragraph joined across a cut).
    joined = [bigrams("东辽县建设美丽乡村督察组反馈整改意见")]
    assert pair_key("村督") in joined[0] and pair_key("村督") not in topics.df
    assert topics.texts_background(joined)[1] == _texts_background_by_counts(topics, joined)


def test_an_equal_set_of_pairs_built_anew_is_weighed_on_its_own() -> None:
    topics = Topics(["东辽县建设美丽乡村", "督察组反馈整改意见", "东辽县召开会议"])
    a = bigrams("东辽县建设美丽乡村")
    b = frozenset(sorted(a))  # equal, another object
    assert topics.texts_background([a])[1] == topics.texts_background([b])[1] == _texts_background_by_counts(topics, [b])


def test_the_memo_of_pairs_stays_bounded_and_right(monkeypatch) -> None:
    # A file far larger than an issue starts the memo afresh instead of holding every text's pairs.
    import transforms.topic as T

    monkeypatch.setattr(T, "MEMO_SIZE", 8)
    T.forget_pairs()
    texts = [f"东辽县第{i}次建设美丽乡村" for i in range(30)]
    one_by_one = [bigrams(t) for t in texts]
    together = T.bigrams_of(texts[:20]) + T.bigrams_of(texts[20:])
    assert len(T._pairs_of) <= 10 and one_by_one == together
    assert all(pair_key("乡村") in p and pair_key("东辽") in p for p in one_by_one)
    T.forget_pairs()
