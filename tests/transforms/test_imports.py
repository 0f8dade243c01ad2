"""jieba imported through transforms.imports: no pkg_resources, no dict.txt read for jieba's own
module-level POS tokenizer until something uses it, and that one then tags as plain jieba does."""

from __future__ import annotations

import subprocess
import sys
import textwrap

TEXT = "东辽县的农民在春耕时节种下玉米，县长张三到田间看望大家。"
USE_GLOBALS = f"print(' '.join(f'{{p.word}}/{{p.flag}}' for p in jieba.posseg.cut({TEXT!r})))"


def run(code: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    return out.stdout.splitlines()


def test_our_import_leaves_jieba_globals_unbuilt_and_they_tag_as_plain_jieba():
    ours = run(f"""
        import sys
        import transforms.tokenise
        import jieba, jieba.posseg
        print("pkg_resources" in sys.modules, repr(jieba.posseg.dt))
        {USE_GLOBALS}
        print(repr(jieba.posseg.dt))
        jieba.posseg.initialize()  # re-reads the dictionary into the same, now built, global
        {USE_GLOBALS}
    """)
    plain = run(f"""
        import jieba, jieba.posseg
        {USE_GLOBALS}
    """)
    assert ours[0] == "False <jieba.posseg.dt, built on first use>"
    assert ours[2] == "<jieba.posseg.dt, built>"
    assert ours[1] == ours[3] == plain[0]
    assert "东辽县/" in plain[0] and "玉米/n" in plain[0]  # words with their tags


def test_our_tokenizer_is_unchanged_by_the_order_of_imports():
    """jieba imported plainly first (pkg_resources, posseg's global built), then ours: the same."""
    code = f"""
        {{first}}
        from baozhi.resources import tokenizer_for
        print(tokenizer_for().cut({TEXT!r}))
    """
    assert run(code.format(first="import jieba.posseg")) == run(code.format(first="pass"))


def test_unimportable_is_undone_after_the_block():
    lines = run("""
        import sys
        from transforms.imports import unimportable
        assert "csv" not in sys.modules
        with unimportable("csv"):
            try:
                import csv
            except ImportError:
                print("refused")
        import csv
        print(csv.__name__)
    """)
    assert lines == ["refused", "csv"]


def test_replaced_on_import_replaces_before_anyone_imports_the_name_and_only_inside_the_block():
    lines = run("""
        import sys
        from transforms.imports import replaced_on_import
        assert "colorsys" not in sys.modules
        with replaced_on_import("colorsys", "rgb_to_hsv", lambda f: lambda *rgb: ("ours", f(*rgb))) as originals:
            from colorsys import rgb_to_hsv
        print(rgb_to_hsv(1.0, 0.0, 0.0), originals[0].__name__, len(originals))
        with replaced_on_import("colorsys", "hsv_to_rgb", lambda f: None) as again:  # imported already
            import colorsys
        print(colorsys.hsv_to_rgb(0.0, 0.0, 1.0), again)
        with replaced_on_import("csv", "no_such_function", lambda f: None) as missing:  # the library changed
            import csv
        print(missing, hasattr(csv, "no_such_function"), any("ReplaceOnImport" in type(f).__name__ for f in sys.meta_path))
    """)
    assert lines == ["('ours', (0.0, 1.0, 1.0)) rgb_to_hsv 1", "(1.0, 1.0, 1.0) []", "[] False False"]
