"""The reviewed set of jieba part-of-speech tags (``pos_tags.txt``) and how it was derived.

The gate reads the committed file, never jieba itself, so a jieba upgrade that adds a tag shows
up as a failing test and a reviewed diff rather than as silently accepted data.
"""

from __future__ import annotations

from pathlib import Path

POS_TAGS_FILE = Path(__file__).with_name("pos_tags.txt")

_HEADER = """\
# jieba 0.42.1 part-of-speech tags a token may carry: the reviewed set the gate checks tokens.pos against.
# Regenerate with `python -m expectations.pos_tags` and review the diff; tests/expectations/test_frames_and_tags.py
# fails when the installed jieba emits a tag missing here. Sources, one tag per line:
#   dict.txt  - the third column of jieba's main dictionary (n, nr, ns, v, uj, ul, ...)
#   hmm       - the states of posseg's HMM (prob_start / char_state_tab), used for unknown words
#   posseg    - tags posseg assigns in code: x (other), eng (latin), m (digits)
"""

# posseg/__init__.py yields these outside the dictionary: pair(x, 'm') for "2021", 'eng' for
# "CN22", 'x' for punctuation, whitespace and any word without a tag.
POSSEG_OWN_TAGS = frozenset({"x", "eng", "m"})


def load(path: Path = POS_TAGS_FILE) -> frozenset[str]:
    """The tags listed in the reviewed file (first column, comments skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#"))


def derive() -> dict[str, tuple[str, ...]]:
    """Tag -> where it comes from, read from the installed jieba (dict.txt, posseg HMM states)."""
    import jieba
    from jieba.posseg import char_state_tab, prob_start

    dict_tags = set()
    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 3:
                dict_tags.add(parts[2])
    hmm_tags = {tag for _, tag in prob_start.P} | {
        tag for states in char_state_tab.P.values() for _, tag in states
    }
    sources = (("dict.txt", dict_tags), ("hmm", hmm_tags), ("posseg", POSSEG_OWN_TAGS))
    every = sorted(dict_tags | hmm_tags | POSSEG_OWN_TAGS)
    return {tag: tuple(name for name, tags in sources if tag in tags) for tag in every}


def render(derived: dict[str, tuple[str, ...]]) -> str:
    return _HEADER + "".join(f"{tag}\t{','.join(src)}\n" for tag, src in derived.items())


if __name__ == "__main__":
    POS_TAGS_FILE.write_text(render(derive()), encoding="utf-8")
    print(f"wrote {POS_TAGS_FILE}")
