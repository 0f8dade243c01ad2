"""Heading-line rules: what a printed line looks like when it is a headline, kicker, subtitle,
crosshead, byline-ish name line or photo caption, judged from the line and its neighbours.

Pure predicates over ``Unit`` lists, used by ``segment`` (which walks the lines) and
``stranded``. Examples with each rule.
"""

from __future__ import annotations

import re

from transforms import bylines as B
from transforms.decode import cjk_count, line_memo
from transforms.lines import Unit, ends_sentence
from transforms.sentences import NEVER_LAST, PROVINCES, SURNAMES, dated_opening, is_sentence, open_end
from transforms.topic import bigrams

MAX_HEADLINE = 60  # with a byline or lead under it
# A headline with nothing but body under it must look like one: long enough (shorter lines
# there are usually half-sentences, "安恕镇杏山村五组徐德") and without clause punctuation.
MIN_NAKED_HEADLINE = 11
MAX_NAKED_HEADLINE = 40
# A one-phrase standing column label ("“创城”在行动") above another article's headline.
MAX_LABEL = 8
CLAUSE = re.compile(r"[，、；]")
# 小标题 inside an article: "一、2020年工作回顾", "（二）…", "高质量发展——开放是必由之路".
# A space before the dash makes it a title and its subtitle instead ("为治理赋能 为实干撑腰 ——…扫描").
_CROSSHEAD = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．]\D)|^.{2,12}(?<!\s)——.")
# A paragraph's run-in label and its text on one line: "【案情】…", "【说法】…", "【故事】…".
RUN_IN_LABEL = re.compile(r"^【[^】]{1,6}】\s*[\u4e00-\u9fffA-Za-z0-9“《]")
# A crosshead is a phrase or two: a comma or semicolon in the line makes it prose ("良种——创新有成果，推广").
_PROSE_MARK = re.compile(r"[，；]")
# "全省扫黑举报电话：0431-12389": a label and a value, one per printed line in a notice box.
_FIELD = re.compile(r"^[^，。：]{1,14}：\S")
# A kicker that reports who said the title: "某某在某地调研时强调" / "坚决保持社会大局持续稳定".
_SPEECH_VERB = r"(?:强调|指出|表示|要求|希望|寄语|勉励|提出|称|说)"
_SPEECH_END = re.compile(_SPEECH_VERB + r"[：:]?$")
# Who speaks, by post and name, before the words a title quotes: "越南国家主席陈德良：推进国家的工业化",
# "非统组织秘书长萨利姆：愿非洲各国人民和睦相处" (a round-up of leaders' new-year messages).  A box
# line's label names a kind of value ("联系电话", "活动地点", "记者"), never a post and a name after it.
_SPEAKER = (
    # (not "某某总书记指出：“…": the verb that opens a quote in the text)
    rf"(?=[\u4e00-\u9fff·]{{5,16}}：)(?![^：]*{_SPEECH_VERB}：)[\u4e00-\u9fff]{{0,10}}"
    r"(?:主席|总统|总理|首相|议长|秘书长|部长|大使|国王|书记|[省市县区]长|院士)[\u4e00-\u9fff][\u4e00-\u9fff·]{1,7}"
)
# "短评：植树不能只看数量": a short column label, a colon and a title (a heading, not a field); or
# a speaker's post and name and a title.
_TITLE_VALUE = r"：[\u4e00-\u9fff“”《》「」·]{4,30}$"
SPEAKER_TITLE = re.compile(rf"^{_SPEAKER}{_TITLE_VALUE}")
# A round-up of places prints each place's piece under its name, a colon and its title ("广东：地税
# 收入超600亿增长17.6％", "某某县：携手共建美丽家园"): the title may carry figures, as news titles do.
# The label is a province's short name or a place with its generic part (two characters at least
# before it: "城市：" / "超市：" are no places); a topic ("履职：…"), a box line's label ("地址：…")
# or an interview's speaker ("记者：…") is none.
_PLACE_LABEL = rf"(?:{'|'.join(sorted(PROVINCES, key=len, reverse=True))}|[\u4e00-\u9fff]{{2,4}}(?:省|市|县|州|旗|盟))"
PLACE_TITLE = re.compile(
    rf"^{_PLACE_LABEL}：(?=(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){{4}})[\u4e00-\u9fff“《「『][\u4e00-\u9fff“”《》「」『』·\d.．％%]{{3,29}}$"
)
LABELLED_TITLE = re.compile(rf"^(?:(?:[\u4e00-\u9fff]{{2,6}}|{_SPEAKER}){_TITLE_VALUE}|{PLACE_TITLE.pattern[1:]})")
# "政府工作报告（摘要）", "…讲话（节选）": a digest's title, a heading even when short.
DIGEST = re.compile(r"[（(](?:摘要|摘登|节选|全文|摘编)[)）]$")
# Lines that sign or date a notice, never a heading: "（本报记者 陈雪梅）", "2023年3月14日".
_BRACKETED = re.compile(r"^[（(](?:[^（）()]|[（(][^（）()]*[）)])*[）)]$")  # one level of nesting: "（作者为某校（某院）教授）"
DATE_ONLY = re.compile(r"^(?:\d{4}|[〇○零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$")
# The issuing office under a notice, printed above its date: "东丰县人民政府办公室".
ISSUER = re.compile(r"(?:办公室|总编室|编辑部|委员会|人民政府|领导小组|指挥部)$")
# A stray fragment wedged into a split sentence: a column logo ("■江城速递") or an office's
# name left from a photo or box ("四平市公安局交警支队").  Real half-sentences stay text.
MAX_STRAY = 12
STRAY_MARK = re.compile(r"^[■●◆□◇★☆▲△【]")
ORG_END = re.compile(r"(?:局|支队|大队|中心|委员会|办公室|公司|集团|协会|学校|医院|银行|分行|社)$")
# A short question or exclamation may head a story ("暖气不热怎么办？") when its body echoes it.
MAX_QUESTION = 20
# A short headline (fewer than MIN_NAKED_HEADLINE ideographs) with body under it counts when
# the body repeats this share of its character pairs ("春耕物资供应充足" / "…春耕物资储备充足").
MIN_SHORT_HEADLINE = 4
MIN_ECHO = 0.4
# A caption's "图为" opens its sentence ("图为某某在田间查看苗情。", "…举行。图为活动现场。"); after an
# ideograph it ends a word of the text: "西非粮食安全交互地图为多国农业部门…", "力图为…".
_CAPTION = re.compile(r"(?<![\u4e00-\u9fff])图为|图片为|\(图\)|（图）|左图|右图|上图|下图|^图[①-⑳\d]{1,3}[：:]")
# "…传承人叶某（上图，受访者供图）手持篾刀，…": a paragraph pointing at the photo in brackets is
# the story's text, not the photo's caption (a caption says 图为, or stands over its credit).
_PHOTO_POINTER = re.compile(r"[（(][^（）()]*?[上下左右]图[^（）()]*[）)]")
# "▲3月14日，工人正在装配新车。": a pointer mark opens a caption.
_CAPTION_MARK = re.compile(r"^[▲△↑←→↓]")


# A column tag closing a title: "……（深聚焦）", "……（人民时评）", "……（新春走基层·特别报道）".
# A series' slogan may hold one comma: "……（坚定信心，开创改革发展新局面）", "（奋勇争先，全力冲刺“十四五”）".
# A series and its part may run longer: "（深入学习贯彻某某某某某某某某某某某某某某某某·原创性理念标志性理念纵横谈）".
COLUMN_TAG = re.compile(
    r"[（(][^（）()，。；]{2,12}(?:，[^（）()，。；]{2,12})?[）)]$|[（(][^（）()，。；]{2,24}[）)]$|[（(][^（）()，。；·]{2,24}·[^（）()，。；·]{2,16}[）)]$"
)


# Brackets that belong to a document's name, not a column: "……规划（草案）", "……报告（摘要）".
_DOCUMENT_NOTE = re.compile(r"[（(](?:草案|摘要|摘登|节选|全文|摘编|试行|修订稿?|征求意见稿|续|上|中|下|\d{4}年?)[）)]$")


def has_column_tag(text: str) -> bool:
    """A title printed with its column tag: "人人网购，实体店的出路在何方？（读者点题）"."""
    m = COLUMN_TAG.search(text)
    return (
        bool(m)
        and cjk_count(text[: m.start()]) >= MIN_SHORT_HEADLINE
        and not _BRACKETED.match(text)
        and not _DOCUMENT_NOTE.search(text)
    )


# A kicker and a column-tagged title printed on one line run longer than any headline:
# "我国距离最长特高压线路“甲地—乙地”，输电量累计超2000亿千瓦时 跨越2800多公里，“西部电”点亮江浙沪（经济新方位·重大工程一线）".
MAX_TAGGED_PAIR = 100
MAX_PAIR_COMMAS = 2


def _tagged_pair(text: str) -> bool:
    """A long line that is a kicker and its column-tagged title (``split_heading_line``); a
    kicker is a statement of a clause or two, so a line of many clauses is prose."""
    return (
        len(text) <= MAX_TAGGED_PAIR and "。" not in text and text.count("，") <= MAX_PAIR_COMMAS
        and has_column_tag(text) and split_heading_line(text)[0] is not None
    )


def _glued_pair(text: str) -> bool:
    """A kicker and its title printed on one line, each within a headline's length: "某某在某地检查
    某某整改落实情况时强调 以群众诉求为导向 以群众满意为标准 持续推进整改", "出席某某会议的某某代表团
    继续审议报告、审查某某规划（草案） 开好头 起好步 努力实现新发展". The kicker is set in smaller type
    over its title; the extraction put the two on one line, so a headline's length bounds each part,
    not the line. ``split_heading_line`` must read a kicker off the line (a statement that leads in
    or runs far longer than the phrases after it; prose with a space in a bracket, "本报讯（记者
    张三）…", is never cut there), and a title is a phrase or a few, no clause commas."""
    if len(text) > MAX_TAGGED_PAIR or "。" in text or ends_sentence(text) or text.count("，") > MAX_PAIR_COMMAS:
        return False
    kicker, title, subtitle = split_heading_line(text)
    return (
        kicker is not None and len(kicker) <= MAX_HEADLINE and len(title) <= MAX_HEADLINE
        and (not _SUBTITLE_CLAUSES.search(title) or two_phrase_title(title)) and (subtitle is None or len(subtitle) <= MAX_HEADLINE)
    )


def two_phrase_title(title: str) -> bool:
    """A title of two short phrases and one comma (``TWO_PHRASE_TITLE``), its column tag aside:
    "社区开起书法班，街舞老师请进村", "强化监管，推动网络直播行业行稳致远（专家观点）", "盾构机，“百变金刚”
    本领强".  A title's comma joins its two phrases, no clauses of prose: under a kicker printed on
    its line ("陕西某县推动优质文化资源直达基层   社区开起书法班，街舞老师请进村"), or between the two
    halves of the sentence its heading block cut (``headblock.heading_between``)."""
    m = COLUMN_TAG.search(title)
    core = title[: m.start()] if m and has_column_tag(title) else title
    core = core.strip()
    return TWO_PHRASE_TITLE.fullmatch(core) is not None and not _SPEECH_END.search(core) and not open_end(core)


def _long_tagged_title(text: str) -> bool:
    """A title of a phrase (no clause marks) within a headline's length, closed by a long column
    tag: "“某某”观念：人类发展观“概念的革命”（深入学习贯彻某某思想·原创性理念标志性理念纵横谈）".
    The tag is printed in small type after the title; the title is what a headline's length bounds."""
    m = COLUMN_TAG.search(text)
    return m is not None and has_column_tag(text) and len(text[: m.start()]) <= MAX_HEADLINE and not CLAUSE.search(text[: m.start()])


def _title_over_subtitle(text: str) -> bool:
    """A title and its 副题 printed on one line, each within a headline's length: "推动某某产业高质量
    发展摆在更加突出的位置 ——论学习贯彻某某会议上关于“十五五”时期经济社会发展的重要讲话". The 副题 is
    set in smaller type on a line of its own under the title; the extraction put the two on one line,
    so a headline's length bounds each part, not the line. A 副题 is a phrase or two ("——某县特色
    产业纪实之三", "——写在某某之际，献给某某"): prose after a dash ("他回忆道 ——那年冬天特别冷，我们
    在工地上一干就是三个月，每天…") runs on with more clauses — unless it names the report it heads
    ("——某省深入学习贯彻某某精神，坚持…，推动…取得新成效综述", ``names_piece``), which prose never
    does."""
    if not spaced_subtitle(text) or "。" in text:
        return False
    title, subtitle = _SPACED_DASH.split(text, maxsplit=1)
    return len(title) <= MAX_HEADLINE and len(subtitle) <= MAX_HEADLINE and (
        len(_SUBTITLE_CLAUSES.findall(subtitle)) <= 1 or names_piece(subtitle)
    )


_SUBTITLE_CLAUSES = re.compile(r"[，；]")

# A 副题 names the piece it heads: an interview ("——访某协会会长某某"), an editorial series
# ("——论学习贯彻某某讲话"), a profile ("——记某农业大学教授张三"), an occasion ("——写在某某
# 行动实施十周年之际"); printed without its dash it still opens with that word.  A report names its kind last: "——某县特色产业发展纪实", "——某市
# 城市更新见闻", "——各地整治形式主义为基层减负工作扫描", "——某地一线观察"; a kicker states the
# news and a title its point, neither names the report they head.  A speech or a report is headed
# by its occasion: "——2021年1月12日在某某市第八届人民代表大会第六次会议上", "——在某某工作会议上的讲话".
_PIECE_WORD = r"(?:专访|访(?!谈)|论(?!坛)|记(?!者)|写在)[\u4e00-\u9fff“]"
_OCCASION = (
    r"(?:[\d〇一二三四五六七八九十○]{4}年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日)?在[^，。；]{4,40}"
    r"(?:会议|大会|座谈会|论坛|典礼|仪式|开幕式|闭幕式|报告会)上(?:的(?:讲话|报告|致辞|发言|主旨演讲))?$"
)
_REPORT_KIND = re.compile(r"(?:纪实|纪事|见闻|侧记|综述|扫描|速写|巡礼|札记|一线观察)$")
# A meeting's report names who chaired the meeting its title names, in the 副题: "中共中央政治局召开
# 会议" / "中共中央总书记习近平主持会议", "某省委常委会召开会议" / "省委书记某某主持会议并讲话".  The line
# points back to "the meeting" the title reports, so it heads nothing of its own: never a title or a
# kicker ("某某主持召开某某会议", which names its meeting, may be either).
_CHAIR = r"主持会议(?:并(?:发表重要)?讲话)?$"
_GENRE = re.compile(rf"^{_PIECE_WORD}|{_REPORT_KIND.pattern}|^{_OCCASION}|{_CHAIR}")
# The opening words only, as the line's first word: "访…", "记…", "论…", "写在…", or the occasion.
# A report's kind named last ("…见闻", "…扫描") may end a title too ("雪域高原见闻"); no kicker
# or title opens by naming its piece.  Not a word that only starts with one of them: "记忆中的
# 年味", "记住乡愁", "论文写在大地上", "访问团抵京".
_NAMED_FIRST = re.compile(rf"^(?!记忆|记住|记录|记得|论文|论语|访问){_PIECE_WORD}|^{_OCCASION}|{_CHAIR}")

# A commentary or a round-up of reactions names in its 副题 the words or the visit it answers, the
# leader by his post as the subject: "——习近平总书记重要讲话激发奋斗热情、汇聚磅礴力量", "——习近平
# 总书记在某某座谈会上的重要讲话指明方向、凝聚力量", "——习近平主席访问某某银行为…注入强劲动力".  A
# headline names a leader without his post ("习近平在某地考察时强调", "李强会见…"), and a kicker names
# the words after who printed or heard them ("《求是》杂志发表习近平总书记重要文章").
_SOURCE = re.compile(
    r"^[\u4e00-\u9fff]{0,3}(?:总书记|主席)(?:在[^，。；：]{2,40}上的|的)?(?:重要(?:讲话|指示|回信|贺信|论述|文章)|访问|出访)"
)


def names_piece(line: str) -> bool:
    """The line names the piece it heads, as a 副题 does: "访某协会会长某某", "某县特色产业发展纪实"."""
    return bool(_GENRE.search(line))


def names_report_last(line: str) -> bool:
    """The line names the kind of report it heads at its end: "某县特色产业发展纪实", "某地一线观察"."""
    return bool(_REPORT_KIND.search(line))


def opens_naming_piece(line: str) -> bool:
    """The line opens by naming the piece it heads, as only a 副题 does: "访某协会会长某某",
    "记某农业大学教授张三", "论学习贯彻某某讲话", "2021年1月12日在某某市某某会议上"; or it names
    who chaired the meeting (``_CHAIR``, "中共中央总书记习近平主持会议"), as only a 副题 does too."""
    return bool(_NAMED_FIRST.search(line))


def names_its_source(line: str) -> bool:
    """The line opens on the leader's words or visit its piece answers, as a commentary's 副题 does:
    "习近平总书记重要讲话激发奋斗热情、汇聚磅礴力量", "习近平主席访问某某银行为…注入强劲动力"."""
    return bool(_SOURCE.match(line))


@line_memo
def title_of_pair(text: str) -> str | None:
    """The title of a kicker and its title printed on one line ("掘进方向从水平到斜向、…刀盘直径从0.5米到超16米
    跑好“人机共跑”的马拉松（评论员观察）" -> "跑好“人机共跑”的马拉松（评论员观察）"); None if the line is no
    such pair. The kicker may hold clause marks; the title, the heading's last line, holds none."""
    if " " not in text.strip() or not (_tagged_pair(text) or _glued_pair(text)):
        return None
    return split_heading_line(text)[1].strip()


def _long_heading(text: str) -> bool:
    """A heading line longer than a headline, by its form: two printed lines on one."""
    return _tagged_pair(text) or _long_tagged_title(text) or _title_over_subtitle(text) or _glued_pair(text)


def _short(text: str, limit: int = MAX_HEADLINE) -> bool:
    if (len(text) > limit and not (limit == MAX_HEADLINE and _long_heading(text))) or "。" in text:
        return False
    return not ends_sentence(text) or is_question(text) or has_column_tag(text)


def is_question(text: str) -> bool:
    """A short line ending in one ？ or ！ and no other clause mark: "暖气不热怎么办？"."""
    return (
        text[-1:] in ("？", "！")
        and cjk_count(text) <= MAX_QUESTION
        and not re.search(r"[，、；：？！]", text[:-1])
    )


# A title that quotes what someone said closes with the speaker's own mark inside the quotes:
# "“咱的日子越过越红火！”", "“这样的好日子谁不盼？”" (a paragraph quoting speech goes on with who
# said it: "“…！”张三说。").
_QUOTED_CRY = re.compile(r"^“[^“”。]+[！？]”$")


def quoted_cry(text: str) -> bool:
    """The line is one quoted exclamation or question and nothing else: "“这里的春天来得早！”"."""
    return bool(_QUOTED_CRY.match(text))


def is_crosshead(text: str) -> bool:
    return len(text) <= MAX_NAKED_HEADLINE and not ends_sentence(text) and bool(_CROSSHEAD.match(text)) and not _PROSE_MARK.search(text)


# "乡村振兴看今朝 ——某县特色产业纪实之三": a subtitle printed after its title, dash after a space.
_SPACED_DASH = re.compile(r"\s——(?=\S)")


def spaced_subtitle(text: str) -> bool:
    """The line carries a dashed subtitle after its title: "乡村振兴看今朝 ——某县纪实之三"."""
    m = _SPACED_DASH.search(text)
    return m is not None and cjk_count(text[: m.start()]) >= MIN_SHORT_HEADLINE
# A kicker printed before its title on one line is a statement at least this long, longer than
# each phrase of the title ("某市连续第六年出台优化营商环境行动计划 聚焦企业感受").  The phrases of a
# title printed with spaces match in length (PHRASE_SLACK); those of a long slogan may differ by a
# few ideographs ("完整准确贯彻某某方略和某项部署 坚决保持某地社会大局持续稳定", 17 / 14), never by
# more than this share of the longer.
MIN_KICKER_STATEMENT = 8
PARALLEL_SHARE = 0.2
# Far longer (this many times each title phrase), it is the kicker even over a title that asks.
KICKER_RATIO = 1.5
# A headline that asks is the title: kickers state the news ("某省出台新规") and leave the asking
# to the title under them ("不到9个月，销售量何以破亿台？"), so a first line that asks is the title
# over its 副题, not a kicker (``transforms.roles``).
ASKS = re.compile(r"[？?]|何以|如何|为何|为什么|怎样|怎么|何在|能否")


def speech_end(text: str) -> bool:
    """The line reports who said what follows: "某某在某地调研时强调", "某某办公室表示"."""
    return _SPEECH_END.search(text) is not None


def split_heading_line(line: str, *, kicker: bool = True, subtitle: bool = True) -> tuple[str | None, str, str | None]:
    """(kicker, title, subtitle) of a heading printed on one line.

    "某某会议召开时强调 抓好春耕 保障供给" -> kicker "某某会议召开时强调" (a statement, a speech
    verb at its end, "——" or "：", or far longer than each phrase after it); "乡村振兴看今朝
    ——某县特色产业纪实之三" -> subtitle after the spaced dash; "河南某村——农旅融合搭起“增收桥”
    （新春走基层）" -> kicker up to the dash when the column tag is after it.  A title of phrases
    ("老矿区 新产业 生产忙", "抓实党支部质量提升 打造坚强战斗堡垒") stays whole.
    """
    title, kick, sub = line, None, None
    if subtitle and (m := _SPACED_DASH.search(title)) and cjk_count(title[: m.start()]) >= MIN_SHORT_HEADLINE:
        title, sub = title[: m.start()].strip(), title[m.end() :].strip()
    elif subtitle and (k := title.find("——")) > 0 and has_column_tag(title[:k]) and cjk_count(title[k:]) >= MIN_SHORT_HEADLINE:
        title, sub = title[:k], title[k + 2 :].strip()  # "……（人民时评）——消费新亮点③"
    if not kicker:
        return None, title, sub
    if (label := _label_over_couplet(title)) is not None:
        return label, title[len(label) :], sub
    parts = _phrases(title)
    if (k := _couplet_kicker(parts)) is not None:
        return " ".join(parts[:k]), " ".join(parts[k:]), sub
    if len(parts) >= 2:
        left, rest = parts[0], parts[1:]
        longest = max(printed_width(COLUMN_TAG.sub("", p)) for p in rest)  # the column tag is no phrase
        balanced = left.count("（") == left.count("）") and left.count("“") == left.count("”")  # no space inside a bracket
        if balanced and (cjk_count(" ".join(rest)) >= MIN_SHORT_HEADLINE or _name_title(left, rest)) and (
            left.endswith(("——", "：")) or _SPEECH_END.search(left)
            or (cjk_count(left) >= MIN_KICKER_STATEMENT and cjk_count(left) >= KICKER_RATIO * longest)
            or (
                not _premise_of_question(left, rest) and (
                    left.endswith(("？", "！"))  # "村里的垃圾去哪了？ 某县推行…": a question closes its line
                    or _kicker_over_tagged_title(left, rest)
                    or _short_kicker_over_title(left, rest)
                    or _place_kicker_over_title(left, rest)
                    or _clause_kicker_over_title(left, rest)
                    or _statement_over_clause_title(left, rest)
                    or _statement_over_couplet(left, rest)
                    or _longer_statement(left, longest)
                    or _unlike_phrases(left, rest)
                )
            )
        ):
            return left, " ".join(rest), sub
    elif (k := title.find("——")) >= MIN_SHORT_HEADLINE and has_column_tag(title[k + 2 :]):
        return title[: k + 2], title[k + 2 :], sub
    return None, title, sub


def _phrases(line: str) -> list[str]:
    """The line cut at its spaces, but not at a space inside a bracket: "近十年，某校毕业生投身西部
    到最艰苦的地方奉献青春（报效祖国 建功西部）" has two parts, the column tag whole in the second."""
    parts = line.split(" ")
    if len(parts) < 2 or not ("（" in line or "(" in line):
        return parts
    out: list[str] = []
    depth = 0
    for p in parts:
        if depth > 0:
            out[-1] += " " + p
        else:
            out.append(p)
        depth += p.count("（") + p.count("(") - p.count("）") - p.count(")")
    return out


def two_phrases(line: str) -> tuple[str, str] | None:
    """The line's two phrases when it has exactly two (a space outside any bracket between them):
    "某某实施方案印发 到2027年某某达75%左右" -> both; one phrase or three -> None."""
    parts = _phrases(line)
    return (parts[0], parts[1]) if len(parts) == 2 and all(parts) else None


# A couplet's phrases are short slogans: 3 to 8 ideographs on the fit and dev days, one of 16.
MAX_COUPLET_PHRASE = 10
# The phrases of a title printed with spaces are parallel: of the same length, give or take
# this many ideographs ("擂响奋进鼓  提振精气神", "学有质量  查有力度  改有成效").
PHRASE_SLACK = 1


def couplet(line: str) -> bool:
    """A title of parallel phrases printed with spaces ("稳住基本盘  激发新活力", "学有方向  干有目标
    改有实效"): two or more phrases of one length, no clause mark, no column tag."""
    phrases = line.split()
    sizes = [cjk_count(p) for p in phrases]
    return (
        len(phrases) >= 2 and min(sizes) >= 3 and max(sizes) - min(sizes) <= PHRASE_SLACK
        and not CLAUSE.search(line) and not has_column_tag(line)
    )


def _kicker_over_tagged_title(left: str, rest: list[str]) -> bool:
    """ "主要粮食作物良种普及率已达九成以上 某省筑牢稳产增收的良种基础（高质量发展调研行）": the
    column tag closes the title, so the line ends with one title phrase; when the line before
    it is no parallel phrase of that title (lengths apart, or either has clause marks, which
    a phrase of a parallel title never has), it is the kicker."""
    if len(rest) != 1 or not has_column_tag(rest[0]) or has_column_tag(left):
        return False
    title = COLUMN_TAG.sub("", rest[0])
    if cjk_count(left) < MIN_SHORT_HEADLINE or cjk_count(title) < MIN_SHORT_HEADLINE:
        return False
    return (
        abs(cjk_count(left) - cjk_count(title)) > PHRASE_SLACK or bool(CLAUSE.search(left) or CLAUSE.search(title))
        or cjk_count(left) > MAX_TAGGED_COUPLET_PHRASE
    )


# A column's couplet title is two short slogans ("擂响奋进鼓 提振精气神（文化中国行）", "加力扩围政策满月
# 以旧换新成效显现（…）"): at most this many ideographs a phrase on the fit and dev days.  A first
# part longer than that before a tagged title of its length is a statement, the kicker ("某某中央
# 某某局召开会议 “人造太阳”：能源自由的愿景（瞰前沿）", 11 / 11); a long couplet of slogans is printed
# untagged ("到祖国和人民最需要的地方发光发热 为…贡献青春力量").
MAX_TAGGED_COUPLET_PHRASE = 8


def _couplet_kicker(parts: list[str]) -> int | None:
    """ "曲目新 更“年轻” 漳河大鼓韵味足（文化中国行）", "把握关键 真抓实干 深入推进某某行动（专题深思）":
    a kicker may itself be a couplet (``couplet``), printed on the line of a title closed by its
    column tag; the title is one phrase, of another length than the couplet's, so it is no third
    phrase of the couplet ("老矿区 新产业 生产忙（新春走基层）" stays one title).  Returns how many
    parts the kicker has, or None.  Only a tagged title is read so: an untagged long last phrase
    ("坚守初心使命 勇攀科技高峰 更好肩负起某某重任") is as often the couplet's own third line."""
    if len(parts) < 3 or not has_column_tag(parts[-1]) or parts[-1].startswith(("（", "(")):
        return None
    kicker, title = " ".join(parts[:-1]), cjk_count(COLUMN_TAG.sub("", parts[-1]))
    if not couplet(kicker) or CLAUSE.search(parts[-1]) or any(p.endswith(("——", "：")) for p in parts[:-1]):
        return None
    # Half as long again as each phrase before it: a title's own two phrases may differ by two
    # ideographs or three ("走专精特新之路  做大做强先进制造业（权威发布）", 7 / 9).
    return len(parts) - 1 if title >= MIN_SHORT_HEADLINE and title >= KICKER_RATIO * max(cjk_count(p) for p in parts[:-1]) else None


def _label_over_couplet(line: str) -> str | None:
    """ "某某县：畅通民意渠道 激发共治活力（走基层）" -> "某某县：": a couplet is a title of its own
    (its phrases match, ``couplet``), so a label with its colon printed before it on the line
    introduces it as "某某村——" does: the kicker.  A label before one phrase is a labelled title
    ("“某某”：某种愿景"), left whole."""
    k = line.find("：")
    if k < 0 or not _COLON_KICKER.match(line[: k + 1]):
        return None
    rest = COLUMN_TAG.sub("", line[k + 1 :]).strip()
    return line[: k + 1] if couplet(rest) and " " in rest else None


def _premise_of_question(left: str, rest: list[str]) -> bool:
    """ "某某在健身房摔伤 场馆能否免责？（以案说法）": a title that asks states what it asks about
    first, after a comma ("全民网购，实体店的未来在哪里？") or, on one line, a space; the kicker over
    such a title is a statement as long again as the question, clause marks and all ("家电以旧换新，
    政策加力、企业受益" over "不到8个月，销量何以破亿？"), which the rules before this one take.
    So one plain phrase before a question that closes the line is the title's premise — unless
    the question states its own after a comma ("某馆创新展陈古画 全民网购，实体店的未来在哪
    里？"): a title states its premise once, so the phrase before it is the kicker."""
    if len(rest) != 1 or CLAUSE.search(left) or has_column_tag(left):
        return False
    question = COLUMN_TAG.sub("", rest[0]).rstrip()
    return question.endswith(("？", "?")) and not CLAUSE.search(question)


def _clause_kicker_over_title(left: str, rest: list[str]) -> bool:
    """ "为了守护家园，青年挺身而出 记住那些普通人": the phrases of a title printed with spaces are
    parallel and never hold a clause mark, so a first part with one, before one plain title phrase
    of another length, is the kicker; so is one of the title's length when it is a statement
    (MIN_KICKER_STATEMENT ideographs: "产业兴、生态美、百姓富 某某村走出振兴新路子", "机制更顺了，服务
    更优了 某区政务服务提速增效").  A few short phrases with a comma ("春风暖，花开早 好日子在后头")
    are a title's verse."""
    if len(rest) != 1 or rest[0].startswith(("（", "(")) or not CLAUSE.search(left) or CLAUSE.search(rest[0]):
        return False
    title, size = cjk_count(COLUMN_TAG.sub("", rest[0])), cjk_count(left)
    return title >= MIN_SHORT_HEADLINE and (abs(size - title) > PHRASE_SLACK or size >= MIN_KICKER_STATEMENT)


def _statement_over_clause_title(left: str, rest: list[str]) -> bool:
    """ "发挥多重国家发展战略叠加效应 用创造拥抱新时代，以奋斗铸就新辉煌": the mirror of
    ``_clause_kicker_over_title``.  A title whose phrases are cut by a comma prints them on one
    line, with no space between them, so a plain statement (MIN_KICKER_STATEMENT ideographs, no
    clause mark) printed before it with a space is no phrase of it but its kicker.  A first part
    that asks is a title over its 副题 ("某地“某空间”何以汇聚百家企业 一群年轻人，干着年轻的事业"):
    a kicker states.  So does a title that asks with clause marks in it ("某省某作物良种覆盖率超九成
    为什么中国意味着确定性、未来性、机遇性"): a kicker states, the title asks, and a question that
    lists or states its own premise (``_premise_of_question``) has no phrase of it before the space.
    (A wide space, two spaces, leaves an empty part between the two.)"""
    rest = [p for p in rest if p]
    if len(rest) != 1 or rest[0].startswith(("（", "(")) or has_column_tag(left) or CLAUSE.search(left) or ASKS.search(left):
        return False
    title = COLUMN_TAG.sub("", rest[0])
    asks = ASKS.search(title) is not None and CLAUSE.search(title) is not None
    return cjk_count(left) >= MIN_KICKER_STATEMENT and (bool(TWO_PHRASE_TITLE.fullmatch(title)) or asks)


def _statement_over_couplet(left: str, rest: list[str]) -> bool:
    """ "某公司助力绿色低碳发展 到最需要的地方发光发热 为现代化建设贡献青春力量", "断流多年后，
    干流实现全线过流 到最需要的地方发光发热 为现代化建设贡献青春力量": a couplet title (its phrases
    parallel, ``couplet``) takes no third phrase built otherwise, so a statement printed before it
    on its line — with a clause mark, which no couplet phrase has, or of another length than its
    phrases — is its kicker, whether shorter or longer than them (``_longer_statement`` takes the
    longer one alone).  A phrase of the couplet's own length and form ("学有质量 查有力度 改有成效")
    is its first phrase."""
    rest = [p for p in rest if p]
    if len(rest) < 2 or has_column_tag(left) or ASKS.search(left) or not couplet(" ".join(rest)):
        return False
    sizes = [cjk_count(p) for p in rest]
    if min(sizes) < MIN_SHORT_HEADLINE or cjk_count(left) < MIN_KICKER_STATEMENT:
        return False
    return bool(CLAUSE.search(left)) or min(abs(cjk_count(left) - s) for s in sizes) > PHRASE_SLACK


# A title of two phrases and one comma ("社区开起书法班，街舞老师请进村", "爬山又涉水，当好健康守护人"):
# each phrase a few ideographs, no other mark.
TWO_PHRASE_TITLE = re.compile(r"[^，、；。！？：]{3,14}，[^，、；。！？：]{3,14}[！？]?")


def _short_kicker_over_title(left: str, rest: list[str]) -> bool:
    """ "某某签署国务院令 公布修订后的《某某条例》", "一季度经济稳中有进 某某新区厚植发展新优势":
    two phrases of lengths apart (more than PHRASE_SLACK), the first the shorter, are no couplet
    (whose phrases match, "防范程序空转 维护群众权益"), and a title with a 副题 prints the title
    first and rarely shorter — so the first phrase is the kicker, a statement printed over the
    title.  (On the fit and dev days no title printed with a space opens with the shorter phrase
    unless it is a couplet; every kicker printed before a longer title is 2+ ideographs shorter.)  A clause mark in either phrase says prose, not a
    heading pair; a kicker ending in a dash or colon is found by its mark."""
    if len(rest) != 1 or rest[0].startswith(("（", "(")) or has_column_tag(left) or CLAUSE.search(left) or CLAUSE.search(rest[0]):
        return False  # (a title's long column tag printed after a space is no phrase: "……效率 （深入学习…专家谈）")
    short, long_ = cjk_count(left), cjk_count(COLUMN_TAG.sub("", rest[0]))
    return short >= MIN_SHORT_HEADLINE and long_ - short > PHRASE_SLACK


def _place_kicker_over_title(left: str, rest: list[str]) -> bool:
    """ "某省某某县推动农技服务直达田间 村里办起技术课，专家上门来指导": a kicker opens with
    where the news is from (a province's short name, then its city or county) and says what was
    done there; the title tells what came of it.  A title seldom opens with its province when a
    kicker stands over it, and the phrases of a couplet title match in length, so a statement
    opening with a province, of another length than the one title phrase after it, is the
    kicker printed on its title's line."""
    if len(rest) != 1 or rest[0].startswith(("（", "(")) or has_column_tag(left) or not left.startswith(_PROVINCES):
        return False
    size, title = cjk_count(left), cjk_count(COLUMN_TAG.sub("", rest[0]))
    return size >= MIN_KICKER_STATEMENT and title >= MIN_SHORT_HEADLINE and abs(size - title) > PHRASE_SLACK


_PROVINCES = tuple(B.PROVINCES)


def printed_width(text: str) -> float:
    """How many ideographs' width the line takes: figures and Latin letters are set half-width,
    so "记者探访某县海拔近4800米的高原村庄" is as wide as 17 ideographs, not 15."""
    return cjk_count(text) + sum(c.isascii() and c.isalnum() for c in text) / 2


def _longer_statement(left: str, longest: float) -> bool:
    """ "某某山舰九旬老兵回“新家”圆梦 一张跨越时空的“船票”" (13 / 9): a first part longer than each
    title phrase after it by more than a couplet's phrases differ (PHRASE_SLACK, PARALLEL_SHARE of
    the longer) is a statement printed before its title, the kicker; lengths are as printed
    (``printed_width``: "记者探访某县海拔近4800米的高原村庄 优化文化服务和产品供给机制", 17 / 13).  A
    first part that asks is a title over its 副题 ("某地“某空间”何以汇聚百家企业 一群年轻人，干着年轻的事业"):
    a kicker states."""
    size = printed_width(left)
    return size >= MIN_KICKER_STATEMENT and size - longest >= max(PHRASE_SLACK + 1, PARALLEL_SHARE * size) and not ASKS.search(left)


# Where the news is from, opening a statement: a province ("浙江某县…") or a named place ("某市…",
# "某某县…").  Not a city paper's own "我市…", "全市…": its titles open with their home town as
# their subject ("我市以有力举措 推进某某问题整改工作" is one title).
_PLACE_OPENING = re.compile("^(?:" + "|".join(sorted(B.PROVINCES, key=len, reverse=True)) + r"|某{1,2}[省市县区州镇乡村])")
# A title that counts: "3000余名志愿者走进社区", "98%的事项实现网上办理", "12个项目集中开工"; not a
# period or a year ("2025年…", "3月…"), which opens a 副题 as often (``transforms.roles``).
_COUNT_OPENING = re.compile(r"^\d+(?:\.\d+)?(?![\d.年月日])")
# A kicker may open with its date ("4月15日是全民国家安全教育日"); a title phrase never does.
_DATE_OPENING = re.compile(r"^\d{1,2}月\d{1,2}日")
_WHOLE_QUOTE = re.compile(r"^“[^“”]+”$")


def _name_title(left: str, rest: list[str]) -> bool:
    """ "扎根乡村三十年的老支书 王小明", "某某医院眼科主任 李 华": a statement (no clause mark) and a
    name after it, its surname first: a profile's kicker and title on one line."""
    name = " ".join(rest)
    return (
        cjk_count(left) >= MIN_KICKER_STATEMENT and not CLAUSE.search(left)
        and ((bool(B.LONE_NAME.match(name)) and name[0] in SURNAMES) or B.spaced_name(name))
    )


def _unlike_phrases(left: str, rest: list[str]) -> bool:
    """The first part of a line is built unlike the title after it, so the two are no couplet
    (whose phrases are built alike: "稳住基本盘 激发新活力", "劳动谱写时代华章 奋斗创造美好未来")
    but a kicker printed on its title's line, whatever their lengths:

    - the title is a person's name, a profile's ("追记某某县某某村党支部书记 张建国", "某某医院
      眼科主任 李 华"): a name is no phrase of a slogan;
    - the title is one quotation ("某某村发展特色种植 “咱的日子越过越红火！”");
    - the first part says where the news is from ("某省加快推进数字政府建设 让企业群众办事更加
      便捷", "某某省某某县 荒山变果园 农民变股东") and no title phrase does: a kicker states who
      did what, a couplet's phrases have no place of their own;
    - the title says where its news is from and a statement before it says no place ("发挥多重国家
      发展战略叠加效应 某省健全支持体系激发创业活力"): the title states who did what, the line before
      it is its kicker; so is one that says another place when both run longer than a couplet's
      phrase ("某市连续第八年发布优化营商环境行动方案 某省发布指南规范学校营养配餐"): a place in each
      short phrase is a couplet's ("北京冬奥精彩纷呈 上海进博成果丰硕");
    - the first part opens with its date ("4月15日是全民国家安全教育日 筑牢国家安全人民防线");
    - the title opens with a count and the first part does not ("某市开展学雷锋志愿服务活动
      3000余名志愿者走进社区").
    A first part with clause marks is weighed by ``_clause_kicker_over_title``; one that asks
    is a title over its 副题 ("某某县为何能让荒山变成金山 一个山村的绿色发展之路"): a kicker states."""
    if rest[0].startswith(("（", "(")) or has_column_tag(left) or CLAUSE.search(left) or ASKS.search(left):
        return False
    if _name_title(left, rest):
        return True
    size, bare = cjk_count(left), COLUMN_TAG.sub("", " ".join(rest)).strip()
    if cjk_count(bare) < MIN_SHORT_HEADLINE:
        return False
    if len(rest) == 1 and _WHOLE_QUOTE.match(bare) and not left.startswith("“"):
        return True
    if _PLACE_OPENING.match(left) and not any(_PLACE_OPENING.match(p) for p in rest):
        return True
    if _PLACE_OPENING.match(bare) and size >= MIN_KICKER_STATEMENT and (
        not _PLACE_OPENING.match(left) or min(size, cjk_count(bare)) > MAX_COUPLET_PHRASE
    ):
        return True
    if _DATE_OPENING.match(left) and size >= MIN_KICKER_STATEMENT:
        return True
    return bool(_COUNT_OPENING.match(bare)) and not _COUNT_OPENING.match(left)


def subtitle_under_couplet(first: str, second: str) -> bool:
    """A couplet title over its 副题 printed without a dash.

    "劳动书写时代篇章 奋斗开创美好明天" / "总书记勉励广大职工群众积极弘扬劳模精神、…": the line under
    the couplet is plain and longer.  The title of a block is the line that carries its column tag
    or its quoted words, so a couplet over such a line is the kicker ("曲目新 更“年轻”" / "乡村大鼓
    韵味浓（文化中国行）", "百舸争流启新程 同城融圈向未来" / "广安…跑出“加速度”"), and so is one over
    a shorter line ("警惕三大陷阱 注意五个步骤" / "珠宝首饰这样选")."""
    phrases = first.split(" ")
    sizes = [cjk_count(p) for p in phrases]
    if len(phrases) < 2 or min(sizes) < 2 or max(sizes) - min(sizes) > PHRASE_SLACK:
        return False
    if has_column_tag(first) or CLAUSE.search(first) or "“" in first:
        return False
    return (
        " " not in second and not has_column_tag(second) and "“" not in second
        and not re.search(r"[，；：？！]", second) and cjk_count(second) > cjk_count(first)
    )


def undashed_subtitle(first: str, second: str) -> bool:
    """A 副题 printed without its dash under a one-phrase main title.

    "十四届全国人大一次会议在京开幕" / "听取政府工作报告 审查计划报告和预算报告": the line under
    the title lists the points in phrases and runs longer than the title.  A phrase list *above*
    a title ("再动员 再部署 再要求") is a kicker, and so is a long line above a shorter phrase-list
    title ("出席…代表团继续审议报告" / "开好头 起好步 努力实现新发展") or a short slogan above a
    longer one ("春耕备耕正当时" / "市委召开常委会会议 研究部署春季农业生产"): the title
    must be able to stand alone as a headline (MIN_NAKED_HEADLINE ideographs).
    """
    phrases = second.split(" ")
    return (
        " " not in first
        and not _SPEECH_END.search(first)
        and cjk_count(first) >= MIN_NAKED_HEADLINE
        and len(phrases) >= 2
        and all(cjk_count(p) >= 2 for p in phrases)
        and cjk_count(second) > cjk_count(first)
    )


def is_field(text: str) -> bool:
    if not _FIELD.match(text) or len(text) > 60 or "。" in text or LABELLED_TITLE.match(text):
        return False
    # "王波表示：“我们将…", "时常能听到这样的观点：以前…": someone speaking, not a box line.
    label, _, value = text.partition("：")
    return not (_SPEECH_END.search(label) or value.startswith("“") or label.endswith(("观点", "认为", "看来")))


def echo(head: str, body: str) -> float:
    """Share of the headline's character pairs the body repeats."""
    pairs = bigrams(head)
    return len(pairs & bigrams(body[:300])) / len(pairs) if pairs else 0.0


def byline_like(t: str) -> bool:
    return bool(B.LONE_NAME.match(t) or B.POST_NAME.match(t) or B.is_byline(t) or B.LEAD.match(t))


def line_alone(units: list[Unit], i: int) -> bool:
    """units[i] is a block of its own (blank lines above and below)."""
    block = units[i].block
    return (i == 0 or units[i - 1].block != block) and (i + 1 >= len(units) or units[i + 1].block != block)


def name_line_at(units: list[Unit], i: int) -> bool:
    """A lone name ("李洪波") or post and name ("市长 孙弘") standing as a block of its own, or
    who writes and their name between a title and prose ("青年学者 杜鹏程", "广西桂林 苑广阔")."""
    t = units[i].text
    if units[i].marked or B.letter_label(t):
        return False
    if not (B.LONE_NAME.match(t) or B.POST_NAME.match(t)):
        return _writer_under_title(units, i)
    return line_alone(units, i) or _signs_under_title(units, i) or _writer_under_title(units, i)


# Prose under a writer's name: a sentence or more, this many ideographs at least.
MIN_SIGNED_PROSE = 20


def _signs_under_title(units: list[Unit], i: int) -> bool:
    """ "科技让种粮更轻松" / "青年学生 王 芳" / "作为农学院的学生，我……。": on a page printed
    without blank lines, a post and a name are the writer when a title stands over them and
    prose under them, the post names a person and the name opens with a common surname
    ("春耕备耕 正当时", "农机下田 马力足" are titles)."""
    t = units[i].text
    post, _, name = t.partition(" ")
    if not B.POST_NAME.match(t) or name[0] not in SURNAMES or post[-1] not in B.PERSON_END or i == 0 or i + 1 >= len(units):
        return False
    above, under = units[i - 1].text, units[i + 1].text
    return (
        not CLAUSE.search(above) and _heading_form(above) and not B.POST_NAME.match(above)
        and ends_sentence(under) and bool(CLAUSE.search(under)) and cjk_count(under) >= MIN_SIGNED_PROSE
    )


# A writer's post too long for ``B.POST_NAME`` is an office and its posts ("某某集团有限公司党委
# 书记、董事长"), never a phrase of a title.
MAX_PLAIN_POST = 8
# The last character of a place's name: "山西临汾市", "江苏兴化昌荣镇".
_PLACE_END = frozenset("省市县区州盟旗镇乡村")


def _writer(t: str) -> bool:
    """Who writes and their name, as a guest piece or a reader's commentary signs under its title:
    a place ("广西桂林 苑广阔", "浙江杭州 毕文俊"), an office and its posts ("某某集团有限公司党委
    书记、总经理 章杨清"), or a transliterated name ("尼古拉·崔可夫").  A place opens with a
    province or ends like one ("山西临汾市"), a post ends with a word for a person; a short one
    must be followed by a common surname or a padded name ("董事长 张 正"), since "美丽乡村 焕新颜"
    and "春耕备耕 正当时" have the same shape."""
    if B.FOREIGN_NAME.match(t):
        return True
    m = B.WRITER_LINE.match(t)
    if m is None:
        return False
    post, name = m.groups()
    if any(post.startswith(p) for p in B.PROVINCES):
        return True
    person = name[0] in SURNAMES or " " in name or len(post) > MAX_PLAIN_POST
    return person and (post[-1] in _PLACE_END or post[-1] in B.PERSON_END)


def _writer_under_title(units: list[Unit], i: int) -> bool:
    """ "融合数字技术 构建品控体系" / "陕西某某集团有限公司党委书记、董事长 张 正" / "2024年，…。":
    a writer's line (``_writer``) with a title over it and prose under it (a sentence, or a line
    of prose cut at the column's edge) signs the piece."""
    if i == 0 or i + 1 >= len(units) or not _writer(units[i].text):
        return False
    above, under = units[i - 1].text, units[i + 1].text
    prose = "。" in under or (bool(CLAUSE.search(under)) and cjk_count(under) >= MIN_SIGNED_PROSE)
    return not CLAUSE.search(above) and _heading_form(above) and not _writer(above) and prose


# A short kicker ending in a colon, with no other punctuation: "某地皮影戏：".
_COLON_KICKER = re.compile(r"^[^，。；：？！、]{2,12}：$")


def _name_closes_heading_block(units: list[Unit], i: int) -> bool:
    """ "大力推动某某产业发展（思想纵横）" / "唐  杰" / (blank line) / "某某产业开启了发展的新阶段": a
    name, its surname first, closing the heading's block is its writer's, whatever opens the next
    block (a crosshead, when the lead paragraphs were printed above the heading). A heading's own
    lines are phrases; none of them is a bare name printed last in its block."""
    u, above = units[i], units[i - 1] if i > 0 else None
    return (
        above is not None and above.block == u.block and units[i + 1].block != u.block
        and u.text[0] in SURNAMES and not CLAUSE.search(u.text) and _heading_form(above.text)
        and not B.names_only(above.text)
    )


def _titled_person(units: list[Unit], i: int) -> bool:
    """ "追记某某县某某村党支部书记" / "张建国" / "本报记者 王五": a name between a heading line and a
    byline (or a dateline lead) is the title of a profile, the person it portrays; the byline under
    it names who wrote it, and no piece is signed twice (a signature closes a piece's text, under
    a full stop)."""
    if i == 0 or i + 1 >= len(units):
        return False
    under = units[i + 1].text
    if not (B.is_byline(under) or B.LEAD.match(under)):
        return False
    above = units[i - 1].text
    return _heading_form(above) and not ends_sentence(above) and not B.names_only(above)


def signature_at(units: list[Unit], i: int) -> bool:
    """A writer's name standing under a headline: a lone name block ("李洪波", "市长 孙弘"), or a
    line of names only ("韩再芬", "张 贺", "陈某原（某某大学教授）") with body text, not another
    heading line, under it."""
    u = units[i]
    if B.is_credit(u.text):
        return False  # "李 锴摄（人民视觉）", "本报记者 赵九摄": a photo credit, not a writer
    if _titled_person(units, i):
        return False
    if name_line_at(units, i):
        return True
    if u.marked or not (B.names_only(u.text) or B.spaced_name(u.text)):
        return False
    if i + 1 >= len(units) or _name_closes_heading_block(units, i):
        return True
    if not B.names_only(u.text):
        return False
    under = units[i + 1].text
    # "石 羚" / "时间刻度尺串联起“起点”与“高点”，就是我": a line with clause marks that stops
    # mid-sentence is the first printed line of the body, cut at the column's edge, no heading;
    # so is one ending in a function character that never closes a phrase ("周飞亚" /
    # "西藏某遗址第二期出土的" / "遗物（石质、骨质…）").
    cut = (
        (CLAUSE.search(under) and not ends_sentence(under)) or under[-1:] in NEVER_LAST or chart_title_at(units, i + 1)
        # a title or quotation opened and not closed ("吴 峰" / "《中共中央 国务" / "院关于…的意见》提出，…")
        or under.count("《") > under.count("》") or under.count("“") > under.count("”")
    )
    return not (units[i + 1].marked or (_looks_heading(under) and not cut))


# A figure's number standing alone over a picture: "图三", "图④", "图2".
_FIGURE_LABEL = re.compile(r"^图\s*[一二三四五六七八九十\d①-⑩]{1,3}$")


def is_figure_label(t: str) -> bool:
    """ "图三", "图④": a figure's number, a line of its own (no heading, joined to nothing)."""
    return bool(_FIGURE_LABEL.match(t))


# The formula that closes a notice, its last line before the issuer: "特此声明", "特此公告。".
NOTICE_CLOSE = re.compile(r"^特此(?:声明|公告|通告|通知|告知|证明|函告|说明|致谢|致歉)[。！]?$")


def _heading_form(t: str) -> bool:
    """What a heading line looks like on its own: short, no full stop, no byline, credit or marker."""
    if (len(t) > MAX_HEADLINE and not _long_heading(t)) or "。" in t or is_figure_label(t):
        return False  # prose: no rule can say yes (not _short, and too long or "。" for a labelled title)
    if dated_opening(t):
        return False  # "2月22日，某某大会在某地": a lead's first words, whatever stands around them
    if B.letter_label(t):
        return False  # "回  信" under a leader's letter's heading: the letter's first line
    if RUN_IN_LABEL.match(t):
        return False  # "【案情】A公司是一家…": a paragraph led by its label, as a case column prints it
    if NOTICE_CLOSE.match(t):
        return False  # "特此声明": the last line of the notice it closes
    if t.startswith("——") or B.LEAD.match(t) or B.is_byline(t) or B.is_credit(t) or B.PACKAGE_CREDIT.match(t):
        return False  # (and "本期统筹：张三 李四", who put the package together, under its last piece)
    return not (B.source_line(t) or B.FROM_MARKER.match(t) or _BRACKETED.match(t) or DATE_ONLY.match(t) or _DAY_LABEL.match(t))


# A day on its own line, no year: a schedule's entry ("4月12日" / what happens that day), never a
# heading's line (with its year, DATE_ONLY, it dates a notice).
_DAY_LABEL = re.compile(r"^[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}[日号]$")


def _looks_heading(t: str) -> bool:
    """A heading line judged without its neighbours (so judging a neighbour never recurses)."""
    return _heading_form(t) and bool(LABELLED_TITLE.match(t) or (not is_field(t) and _short(t) and not is_crosshead(t)))


# Where a chart's figures come from, printed under its title: "资料来源：某某研究院", "数据来源：国家统计局".
_DATA_SOURCE = re.compile(r"^(?:资料|数据)来源[：:]")


def chart_title_at(units: list[Unit], i: int) -> bool:
    """units[i] is the title of a chart or table: its data source stands right under it
    ("某某实验装置建成后取得的主要成果" / "资料来源：某某研究院"); no headline has one.  A title
    closed by its column tag is a story's ("某地乡村物流网点实现村村覆盖" / "快递进村有了新变化（数据
    观察）" / "数据来源：某某局"): the story's chart, printed under its heading, sources the line."""
    return i + 1 < len(units) and bool(_DATA_SOURCE.match(units[i + 1].text)) and not has_column_tag(units[i].text)


def _over_letter(t: str) -> bool:
    """A phrase line over a letter's label ("回  信") is the letter's heading, however long: a
    leader's letter prints its kicker and title on one line, wide spaces between them."""
    return len(t) <= MAX_TAGGED_PAIR and not CLAUSE.search(t) and not ends_sentence(t) and not B.letter_label(t)


def _tagged_kicker_title(text: str) -> bool:
    """A kicker introduced by its colon and a title closed by its column tag, two printed lines
    the extraction put on one ("某地皮影戏：一口唱尽千年事 双手舞动百万兵（传承）"): a box line states a
    short value ("报名地址：某某县文化馆（工作日）"), never a headline's length of title before a tag,
    so the line is a heading without a byline under it (the story's lead may stand above it,
    printed before the heading block)."""
    label, colon, title = text.partition("：")
    tag = COLUMN_TAG.search(title)
    return (
        bool(colon and tag) and has_column_tag(title) and cjk_count(title[: tag.start()]) >= MIN_NAKED_HEADLINE
        and cjk_count(label) <= MAX_LABEL and not CLAUSE.search(text)
    )


def _dash_kicker_over_title(text: str) -> bool:
    """A kicker that introduces its title with a dash and the title, two printed lines the
    extraction put on one with a space between them ("某某职业技术学院—— 照着一线教 瞄着需求学",
    "某省某县—— 花团锦簇五千年"): a crosshead names its point right after its dash ("发展——开放
    是必由之路"), running on without a space, as one line of the story prints it."""
    _label, dash, rest = text.partition("——")
    return bool(dash) and rest[:1].isspace() and cjk_count(rest) >= MIN_SHORT_HEADLINE


def heading_at(units: list[Unit], i: int) -> bool:
    """Could units[i] be a headline or kicker line?  A "label：value" line only with a byline under it."""
    u = units[i]
    t = u.text
    if u.marked:
        return True
    if i + 1 < len(units) and B.letter_label(units[i + 1].text) and _over_letter(t):
        return True
    if not _heading_form(t) or chart_title_at(units, i):
        return False
    if ISSUER.search(t) and i + 1 < len(units) and DATE_ONLY.match(units[i + 1].text):
        return False  # the office signing a notice, its date under it
    if LABELLED_TITLE.match(t) and not (i + 1 < len(units) and is_field(units[i + 1].text)):
        return True
    under = units[i + 1].text if i + 1 < len(units) else ""
    signed = bool(under) and (B.is_byline(under) or B.LEAD.match(under) is not None or signature_at(units, i + 1))
    if is_field(t) and not (
        signed or _tagged_kicker_title(t) or (i + 1 < len(units) and line_alone(units, i) and byline_like(units[i + 1].text))
        or _label_over_couplet(t) is not None  # "某某县：畅通民意渠道 激发共治活力": no field's value is a couplet
    ):
        return False
    if signed and (t[-1:] in ("？", "！") or quoted_cry(t.split()[-1])) and not is_sentence(t):
        # A question or exclamation title over its byline: "我们为什么要“追逐”星光？"; one that runs
        # on with two commas is a sentence of the text ("这些…的“网红村”，在…挑战，它们是如何…
        # 的？" over "桃坪村", the next crosshead's place).
        return True
    if _COLON_KICKER.match(t) and under and (units[i + 1].marked or _looks_heading(under)):
        return True  # a kicker that introduces its title: "某地皮影戏：" / "一口唱尽千年事…"
    # "马兵代表—— 为技能人才营造更优环境（…）" has a crosshead's form, but a crosshead never has a
    # byline or lead under it, nor a column tag closing it: kicker and title printed on one line
    # (the lead may stand above it, printed before the heading block).
    return _short(t) and (not is_crosshead(t) or signed or has_column_tag(t) or _dash_kicker_over_title(t))


def caption_at(units: list[Unit], i: int) -> bool:
    """A photo caption: says 图为, or a credit line (…摄) stands right after it."""
    t = units[i].text
    if B.LEAD.match(t) or len(t) > 200:
        return False
    if chart_title_at(units, i):
        return True  # a chart's title over its data source: "某某主要成果" / "资料来源：…"
    # Every _CAPTION alternative holds a 图: str's own search first, the regex only then, and the
    # text without its photo pointers only for a line the regex found.
    if (
        ("图" in t and _CAPTION.search(t) and _CAPTION.search(_PHOTO_POINTER.sub("", t))) or _CAPTION_MARK.match(t)
    ) and ends_sentence(t):
        return True
    if B.credit_tail(t):
        return True  # "…装配新车。本报记者 郑宏伟 摄": the credit printed on the caption's line
    # A credit right under it, unless the credit signs a whole photo report ("…保障。" / "刘 新摄影
    # 报道": that line is the report's last paragraph).
    under = units[i + 1].text if i + 1 < len(units) else ""
    return B.is_credit(under) and not under.endswith(B.PHOTO_REPORT) and ends_sentence(t)
