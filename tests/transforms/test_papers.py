"""The paper registry (data, extendable) and who a file belongs to."""

from __future__ import annotations

import pytest

from transforms.papers import PaperRegistry, attribute, committed, folder_slug, slug_from_name, slug_from_romanised
from tests.imports import imported_by


def test_the_committed_registry_knows_the_projects_papers() -> None:
    reg = committed()
    assert reg.slug_for_name("人民日报") == "peoples-daily" and reg.name_for_slug("peoples-daily") == "人民日报"
    assert reg.slug_for_romanised("RENMIN RIBAO") == "peoples-daily"
    assert reg.slug_for_romanised("Ren Min  Ri Bao") == "peoples-daily"
    assert reg.slug_for_abbreviation("PD") == "peoples-daily" and reg.slug_for_abbreviation("lyrb") == "liaoyuan-daily"
    assert reg.slug_for_romanised("BAI SHAN RI BAO") == "baishan-daily"  # not registered: the rule
    assert reg.slug_for_abbreviation("tonghua") is None


def test_user_files_extend_and_override_in_order() -> None:
    user = "# ours\nsongyuan-daily\t松原日报\tSONG YUAN RI BAO\tsyrb\nmy-peoples\t人民日报\t-\tpd\n\nckxx\t参考消息|参考\n"
    reg = PaperRegistry.parse([("papers.tsv", "peoples-daily\t人民日报\tRENMIN RIBAO\tpd|rmrb\n"), ("user.tsv", user)])
    assert reg.slug_for_name("松原日报") == "songyuan-daily" and reg.slug_for_abbreviation("syrb") == "songyuan-daily"
    assert reg.slug_for_name("人民日报") == "my-peoples" and reg.slug_for_abbreviation("pd") == "my-peoples"
    assert reg.slug_for_abbreviation("rmrb") == "peoples-daily"  # only what the later file names moves
    assert reg.slug_for_name("参考") == "ckxx" and reg.name_for_slug("ckxx") == "参考消息"


@pytest.mark.parametrize("line", ["Peoples Daily\t人民日报", "peoples-daily", "a\tb\tc\td\te", "x_y\t名字"])
def test_a_bad_line_names_its_file_and_line(line) -> None:
    with pytest.raises(ValueError, match=r"user\.tsv:2: "):
        PaperRegistry.parse([("user.tsv", "# comment\n" + line + "\n")])


def test_romanised_names_written_with_joined_kinds() -> None:
    assert slug_from_romanised("JILIN RIBAO") == "jilin-daily"
    assert slug_from_romanised("JIANG CHENG WANBAO") == "jiangcheng-evening"
    assert slug_from_romanised("CHANG CHUN DUSHIBAO") == "changchun-metro"
    assert slug_from_romanised("HELLO WORLD") is None


def test_date_folders_are_no_paper_folders() -> None:
    assert folder_slug("2019-05-07/01.txt") is None and folder_slug("2019/05/07.txt") is None
    assert folder_slug("Liaoyuan Daily/2019-05-07/01.txt") == "liaoyuan-daily"


def _attr(name=None, roman=None, file_paper=None, folder=None, default="liaoyuan-daily"):
    return attribute(name, roman, file_paper=file_paper, folder_paper=folder, default_paper=default, registry=committed())


def test_printed_name_first_then_file_name_then_folder_then_default() -> None:
    assert _attr("人民日报", folder="liaoyuan-daily") == "peoples-daily"
    assert _attr(None, "RENMIN RIBAO", folder="liaoyuan-daily") == "peoples-daily"
    assert _attr(None, None, file_paper="peoples-daily", folder="liaoyuan-daily") == "peoples-daily"
    assert _attr(None, None, folder="jilin-daily") == "jilin-daily"
    assert _attr(None, None) == "liaoyuan-daily"


def test_text_naming_another_paper_is_never_filed_under_the_default() -> None:
    # An unknown printed name in the default paper's folder (or another known paper's folder):
    # the name's own slug, not the folder's.
    assert _attr("松原日报", folder="liaoyuan-daily") == slug_from_name("松原日报")
    assert _attr("松原日报", folder="peoples-daily") == slug_from_name("松原日报")
    assert _attr("松原日报", file_paper="peoples-daily") == slug_from_name("松原日报")
    assert _attr("松原日报") == slug_from_name("松原日报") != "liaoyuan-daily"
    # A folder the operator named for this unknown paper is trusted.
    assert _attr("松原日报", folder="songyuan-daily") == "songyuan-daily"


def test_the_registry_is_read_without_the_tokenizer() -> None:
    # The flow process identifies files with the registry before any worker parses; jieba and
    # the tokenizer (~0.9 s of CPU to import) belong to the workers.
    code = "from baozhi.paper_files import paper_registry; paper_registry(); import flows.work; flows.work.identify_batch"
    assert imported_by(code, ("jieba", "transforms.tokenise", "baozhi.resources")) == []


def test_the_registry_file_and_a_users_file_through_resources(tmp_path) -> None:
    from baozhi.paper_files import paper_registry

    assert paper_registry().slug_for_name("辽源日报") == "liaoyuan-daily"
    user = tmp_path / "ours.tsv"
    user.write_text("songyuan-daily\t松原日报\tSONG YUAN RI BAO\tsyrb\n", encoding="utf-8")
    reg = paper_registry((user,))
    assert reg.slug_for_name("松原日报") == "songyuan-daily" and reg.slug_for_name("人民日报") == "peoples-daily"
    with pytest.raises(FileNotFoundError, match="missing.tsv"):
        paper_registry((tmp_path / "missing.tsv",))
