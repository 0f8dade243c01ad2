"""Heading shapes: made-up heading blocks laid out the way ``baozhi render`` lays out a story,
parsed, and scored per shape (issue 11: shapes the fit and dev days never print).

A heading block is an 引题 (kicker), a 主题 (title) and a 副题 (subtitle) in one of the
compositions Chinese dailies print.  Every example string here is made up (某某县, 张三); the
shapes come from how papers compose a heading, and their statistics (lengths and marks per
role) from the fit and dev days' markup.  ``python -m bench.shapes`` prints, per shape, the share
of examples whose kicker, title and subtitle the parser reads exactly, in each layout; the
test module ``tests/transforms/test_heading_shapes.py`` holds the same catalogue as cases.

Each example is one story placed between a story before it and one after it on a page (a page
header, blank lines as the layout says) or in a 辽源日报-style issue file (masthead, ASCII
punctuation, "## " left before the title, a "本报讯（记者 …）" lead instead of a byline line),
clean, or with the kicker and subtitle printed on the title's line (as extraction damage does).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections import defaultdict
from dataclasses import dataclass

from bench.gold import flat
from bench.issuefile import masthead
from bench.pieces import Layout, Piece, article_gold, header_lines, lay_out, story_pieces
from bench.stories import Block, Story
from transforms.model import ParsedIssue
from transforms.parse import parse_issue

DATE = dt.date(2024, 3, 9)

# (kicker, title, subtitle) per shape; None where the block has no such line.
Heading = tuple[str | None, str, str | None]
SHAPES: dict[str, list[Heading]] = {
    "title plain": [
        (None, "某某县春耕生产有序推进", None),
        (None, "全市新建改建农村公路三百公里", None),
        (None, "某某镇小庭院做出大文章", None),
    ],
    "title with column tag": [
        (None, "让老街区焕发新活力（走基层）", None),
        (None, "守护好群众的“钱袋子”（人民时评）", None),
        (None, "某省加快建设现代化产业体系（高质量发展调研行）", None),
    ],
    "title couplet": [
        (None, "稳住基本盘  激发新活力", None),
        (None, "老矿区  新产业  生产忙", None),
        (None, "擂响奋进鼓  提振精气神（文化行）", None),
    ],
    "title short (2-6)": [
        (None, "老街新韵", None),
        (None, "守望", None),
        (None, "春到某某村", None),
    ],
    "title question": [
        (None, "农村养老服务如何破题？", None),
        (None, "小区停车难该怎么解", None),
        (None, "大熊猫为什么爱吃竹子？（科普园地）", None),
    ],
    "title exclamation": [
        (None, "这个春天格外忙！", None),
        (None, "家门口的公园开园啦！", None),
    ],
    "title with colon": [
        (None, "某某县：小庭院做出大文章", None),
        (None, "短评：植树更要护树", None),
        (None, "“某某工程”：从规划图到实景画", None),
    ],
    "title with book marks or figures": [
        (None, "《某某省物业管理条例》今起施行", None),
        (None, "一季度某市地区生产总值增长5.6%", None),
        (None, "某某港集装箱吞吐量突破300万标箱", None),
    ],
    "title with comma": [
        (None, "稳就业稳经济，五方面举措将出台（权威发布）", None),
        (None, "小积分兑换大文明，某村乡风越来越好", None),
        (None, "警医联动，为生命开路", None),
    ],
    "title quotation": [
        (None, "“让孩子们的路走得更稳一些”", None),
        (None, "“这里就是我们的第二个家”（走基层）", None),
    ],
    "title two unequal phrases": [
        (None, "某某实施方案印发 到2027年全市新增绿地百公顷", None),
        (None, "完整准确贯彻某某方略 坚决保持社会大局持续稳定", None),
    ],
    "kicker dash + title": [
        ("某某县某某村——", "一渠清水润良田（走基层）", None),
        ("某市加强养老服务人才培养——", "养老护理员落户记（民生观察）", None),
        ("全国人大代表、某某研究院院长张三——", "寻找保护和利用的平衡点", None),
    ],
    "kicker statement longer than title": [
        ("某某县三年新建改建农村公路一千二百公里", "乡村路通百业兴", None),
        ("某省去年实现旅游综合收入近百亿元", "全域旅游激活县域经济", None),
        ("某某市推动老旧小区改造惠及十二万户居民", "老房子住出新滋味", None),
    ],
    "kicker with comma": [
        ("坚持问题导向，某市整治群众身边不正之风", "小切口解决大民生", None),
        ("某某村引进特色种植，同时发展乡村旅游", "把“小果子”做成大产业（乡村行）", None),
        ("机制更顺了，服务更优了", "某区政务服务提速增效", None),
    ],
    "kicker with enumeration (、)": [
        ("产业兴、生态美、百姓富", "某某村走出振兴新路子", None),
        ("讲政策、听民意、解难题", "某县干部走进田间地头", None),
    ],
    "kicker ending in colon": [
        ("某某县：", "畅通民意渠道  激发共治活力", None),
        ("某地皮影戏：", "一口唱尽千年事", None),
    ],
    "kicker ending in comma": [
        ("为了一村人的饮水安全，", "他在山里守了二十年", None),
        ("从“没人管”到“抢着管”，", "老旧小区有了新管家", None),
    ],
    "kicker reporting speech": [
        ("某某在某地调研时强调", "抓好春耕生产  保障粮食安全", None),
        ("某市主要负责同志在座谈会上指出", "以更实举措优化营商环境", None),
    ],
    "kicker and title of one length": [
        ("某省加快推进数字政府建设", "让企业群众办事更加便捷", None),
        ("某市全面启动春季造林", "十万亩荒山披上新绿", None),
    ],
    "kicker short (2-6)": [
        ("春耕时节", "某某县田间地头农机忙", None),
        ("记者手记", "藏在街巷里的温暖", None),
    ],
    "kicker with quotes": [
        ("“小积分”兑换“大文明”", "某村探索乡村治理新路径", None),
        ("从“一张图”到“一张网”", "某市智慧城管跑出加速度", None),
    ],
    "kicker asking": [
        ("村里的垃圾去哪了？", "某某县推行农村垃圾分类新模式", None),
        ("老人吃饭难怎么办？", "社区食堂端出幸福餐（民生一线）", None),
    ],
    "kicker asking, long": [
        ("农村生活垃圾到底该往哪里去？", "某某县推行垃圾分类新模式", None),
        ("如何让社区老人吃上放心热乎饭", "某某街道幸福食堂办到家门口", None),
    ],
    "kicker over a longer couplet title": [
        ("某县召开春季农业生产工作会议", "抓实春耕备耕工作  确保全年粮食丰收", None),
        ("某市持续推进城乡人居环境整治", "拆除违建还绿地  治理污水净河湖", None),
    ],
    "kicker naming the reporters' visit": [
        ("本报记者探访某某新区建设工地", "塔吊林立建设忙", None),
        ("记者蹲点某某村", "一位村支书的二十四小时", None),
    ],
    "kicker opening with a date": [
        ("3月8日，某某县首个智慧农场投入使用", "种地用上“智慧大脑”", None),
        ("4月15日是全民国家安全教育日", "筑牢国家安全人民防线", None),
    ],
    "kicker with person and post": [
        ("全国人大代表、某某村党支部书记张三", "让乡亲们的日子越过越红火", None),
        ("某某大学教授李四：", "把论文写在祖国大地上", None),
    ],
    "title a person's name (profile)": [
        ("追记某某县某某村党支部书记", "张建国", None),
        ("扎根乡村三十年的老支书", "王小明", None),
        ("某某市第一人民医院眼科主任", "李  华", None),
    ],
    "kicker with figures": [
        ("我国三大粮食作物化肥利用率达42.6%", "粮食的“粮食”，如何减肥增效（春耕进行时）", None),
        ("全市今年计划新增就业岗位3万个", "就业服务送到家门口", None),
    ],
    "kicker over a title opening with figures": [
        ("某市开展学雷锋志愿服务活动", "3000余名志愿者走进社区", None),
        ("某省持续推进高标准农田建设", "今年新建改造农田120万亩", None),
        ("某某县深化“放管服”改革", "98%的事项实现网上办理", None),
    ],
    "kicker labelled (label：statement)": [
        ("数说某市：一季度经济开局良好", "新动能加快成长", None),
        ("聚焦两会：代表委员建言乡村振兴", "让农业更强农村更美", None),
    ],
    "kicker with book title": [
        ("《某某省河道管理条例》施行一周年", "一条河的新生", None),
        ("重温《某某》里的故事", "红色基因代代传", None),
    ],
    "kicker two clauses, long": [
        ("今年以来，某市聚焦群众急难愁盼问题，推出二十项便民举措", "办事更方便了", None),
        ("走进田间地头，倾听农民心声，某县干部蹲点调研解难题", "把实事办到群众心坎上（走基层）", None),
        ("立足资源禀赋，发展特色产业，某某村集体经济收入翻番", "小山村走出致富路", None),
        ("政策更实了，服务更细了，企业更有信心了", "某区营商环境持续优化", None),
    ],
    "kicker with clause marks over a long title": [
        ("出席省第某届人大第某次会议的某某代表团继续审议报告、审查某某规划（草案）", "某某县县长李六到乡镇一线督办农村污水处理设施运行和管网建设情况", None),
        ("某县召开春季农业生产工作会议，部署春耕备耕", "全县上下齐心协力抓好春耕备耕各项工作确保今年全县粮食生产再获丰收", None),
    ],
    "kicker over a topic-and-comment title": [
        ("某型钻机作业深度从地表到深层、超深层，钻头直径从0.2米到超2米", "钻探机，“穿地尖兵”显身手", None),
        ("多地推出文旅消费新场景，夜游、夜市、夜演、夜购齐上阵，带动假日消费持续升温", "夜经济，点亮城市烟火气", None),
    ],
    "kicker a place": [
        ("某某省某某县", "荒山变果园  农民变股东", None),
        ("某某市某某区某某街道", "小巷里的大变化（民生一线）", None),
    ],
    "kicker exclaiming": [
        ("春天来了！", "某某县百万亩油菜花竞相开放", None),
        ("家门口就能看好病！", "某县推进县域医共体建设见实效", None),
    ],
    "title with exclamation inside quotes": [
        (None, "“这里的春天来得早！”", None),
        ("某某村发展特色种植", "“咱的日子越过越红火！”", None),
        (None, "“这样的好日子谁不盼？”", None),
        (None, "“老手艺可不能丢啊！”（文化中国行）", None),
    ],
    "title long (40+)": [
        (None, "深入贯彻落实某某会议精神奋力谱写某某省高质量发展新篇章", None),
        ("某某会议在某地召开", "坚持稳中求进工作总基调  扎实推进全面深化改革  奋力开创某某事业发展新局面", None),
    ],
    "title + dashed subtitle": [
        (None, "某某产业看今朝", "——某县特色产业发展纪实"),
        (None, "大国小城的春天", "——某某市推动高质量发展见闻"),
        (None, "把论文写在大地上", "——记某农业大学教授张三"),
    ],
    "title + long subtitle": [
        (None, "劳动创造幸福生活", "——广大职工群众积极弘扬劳模精神、劳动精神、工匠精神"),
        (None, "人类发展进步的大方向不会改变", "——某某访问某某银行为支持全球南方国家走好现代化道路注入动力"),
    ],
    "title + very long subtitle": [
        (None, "为推动高质量发展注入新动能", "——某某总书记在某某座谈会上的重要讲话为各地各部门谋划新一年工作指明方向、凝聚力量、提供遵循、激发干劲"),
        (None, "奋力书写中国式现代化的地方篇章", "——某某省深入学习贯彻某某会议精神，坚持稳中求进工作总基调，推动经济社会发展取得新成效综述"),
    ],
    "title + subtitle with clause marks": [
        (None, "让青春在基层绽放光彩", "——写在某某青年志愿服务行动实施十周年之际，献给奋斗在一线的志愿者"),
        (None, "一条老街的新生", "——某市推进城市更新，留住烟火气、激发新活力"),
    ],
    "title + subtitle with figures": [
        (None, "某行业智能化改造推进方案出台", "——到2030年重点工序数字化率达80%左右"),
        (None, "某市春季国土绿化行动启动", "——今年计划新增城市绿地120公顷"),
    ],
    "title + interview subtitle": [
        (None, "筑牢现代化的家庭根基", "——访某省妇联主席李四"),
        (None, "让文化交流之花常开", "——访某国资深翻译家王五"),
    ],
    "title + subtitle naming the piece, as long as the title": [
        (None, "建强支部班子  激发基层活力", "——访某镇党委书记某某"),
        (None, "把发展新兴产业摆在更加突出的位置", "——论学习贯彻某某重要讲话"),
    ],
    "tagged title + series subtitle": [
        (None, "从以旧换新看绿色消费（人民时评）", "——消费新亮点  发展新赛道③"),
        (None, "以实干笃定前行（人民论坛）", "——强作风促发展②"),
    ],
    "kicker + title + subtitle": [
        ("某某会议召开", "研究部署春季农业生产", "——某某主持会议"),
        ("春到田间农事忙", "某县多措并举保障春耕", "——来自某某县的调查"),
        ("某市推进城市更新——", "老街区留住烟火气（走基层）", "——某市城市更新见闻"),
    ],
}

# A story before the one measured and one after it (all made up), and the body of the measured
# one: its first paragraph opens in one of the ways a story opens (a date, a scene, a quotation,
# a time span), the others are the same for every example (the second finds the story again).
OPENINGS = (
    "3月8日，记者来到某某县某某镇，只见田间地头一派繁忙景象，村民们正忙着平整土地、检修农机。",
    "清晨六点，某某镇的农贸市场已经热闹起来，摊主们忙着摆放新鲜蔬菜，前来采购的居民络绎不绝。",
    "“以前办一件事要跑好几趟，现在在家门口就能办好。”某某社区居民李大妈高兴地说。",
    "近年来，某某县坚持把群众需求作为工作导向，一件件民生实事落地见效，群众获得感不断增强。",
)
PARAS = (
    "“今年我们村计划新建高标准农田五百亩，让种粮更省心。”某某村党支部书记张三说。",
    "据了解，近年来当地坚持把基础设施建设作为重点，累计投入资金二点三亿元，带动群众增收。",
)
BEFORE = Story(
    title="某某区启动社区服务提升行动",
    kicker=None,
    subtitle=None,
    label=None,
    byline="本报记者  钱  多",
    blocks=(
        Block("para", "近日，某某区召开社区服务提升行动动员会，部署推进十项便民服务措施，着力解决居民急难愁盼问题。"),
        Block("para", "该区相关负责人表示，将以此次行动为契机，持续完善社区服务设施，让居民生活更加便利。"),
    ),
    date=DATE,
    section_no=2,
    section_name="要闻",
    url="before",
)
AFTER = Story(
    title="某某公园樱花进入盛花期",
    kicker=None,
    subtitle=None,
    label=None,
    byline="本报记者  孙  丽",
    blocks=(Block("para", "连日来，某某公园的樱花竞相绽放，吸引众多市民游客前来踏青赏花，园内游人如织，处处洋溢着春天的气息。"),),
    date=DATE,
    section_no=2,
    section_name="要闻",
    url="after",
)
# How a story is signed, in turn: a byline line, a dateline lead, a writer's name, nothing.
BYLINES = ("本报记者  张  三", "本报记者  李小明  王  五", None, "赵  六")
LEADS = ("本报某某3月8日电  （记者周七）", "")


@dataclass(frozen=True)
class Context:
    """Where the heading block is printed: a page or an issue file, and how extraction printed it."""

    name: str
    layout: Layout
    issue: bool = False  # 辽源日报-style issue file (masthead, "## " on the title, 本报讯 leads)
    glued: bool = False  # kicker and subtitle printed on the title's line


CONTEXTS = (
    Context("page, blank lines", Layout("all", True, True)),
    Context("page, stacked heading", Layout("body", True, True)),
    Context("page, no blank lines", Layout("none", False, True)),
    Context("page, subtitle without dash", Layout("body", True, False)),
    Context("issue file", Layout("all", True, True, ascii_punct=True), issue=True),
    Context("page, one heading line", Layout("all", True, True), glued=True),
    Context("issue file, one heading line", Layout("all", True, True, ascii_punct=True), issue=True, glued=True),
    Context("issue file, stacked, no dash", Layout("body", True, False, ascii_punct=True), issue=True),
)


# Crossheads (小标题) inside the measured story, in the forms papers print them: two per story,
# each over a paragraph of its own.
CROSSHEADS: dict[str, list[tuple[str, str]]] = {
    "crosshead phrases": [("守护好一方绿水", "念好“山水经”"), ("小积分兑换大文明", "老手艺焕发新生机")],
    "crossheads with a comma": [("补齐短板，让服务更贴心", "创新机制，让治理更精细")],
    "crossheads asking": [("老旧小区改造难在哪？", "群众满意度如何提升？"), ("钱从哪里来？", "人往哪里去？")],
    "crossheads numbered": [("一、坚持规划引领", "二、强化要素保障"), ("（一）聚焦产业发展", "（二）聚焦民生改善")],
    "crossheads couplet": [("稳住基本盘  激发新活力", "做强新产业  培育新动能")],
    "crossheads with a colon": [("数字赋能：让群众少跑腿", "服务下沉：把实事办到家门口")],
}
CROSS_PARAS = (
    "走进某某社区，宽敞的道路、整洁的楼道让人眼前一亮，不少居民在小广场上锻炼身体、聊天散步。",
    "社区负责人介绍，下一步将继续完善配套设施，推动更多服务下沉到居民身边，让群众生活更舒心。",
)


def story(heading: Heading, n: int, crossheads: tuple[str, str] | None = None) -> Story:
    """The measured story: ``heading`` over a byline (or a lead) and three paragraphs (two more,
    each under a crosshead, with ``crossheads``); ``n`` picks the signature form."""
    kicker, title, subtitle = heading
    byline = BYLINES[n % len(BYLINES)]
    lead = LEADS[n % len(LEADS)] if byline is None else ""
    more = [b for c, p in zip(crossheads or (), CROSS_PARAS) for b in (Block("crosshead", c), Block("para", p))]
    return Story(
        title=title,
        kicker=kicker,
        subtitle=subtitle,
        label=None,
        byline=byline,
        blocks=(Block("para", lead + OPENINGS[n % len(OPENINGS)]), *(Block("para", p) for p in PARAS), *more),
        date=DATE,
        section_no=2,
        section_name="要闻",
        url="measured",
    )


def _styled(pieces: list[Piece], ctx: Context) -> list[Piece]:
    out = list(pieces)
    if ctx.issue:
        out = [dataclasses.replace(p, mark="## ") if p.role == "title" else p for p in out]
        b = next((i for i, p in enumerate(out) if p.role == "byline"), None)
        if b is not None and out[b].text.startswith("本报记者"):
            names = " ".join(out[b].text.split()[1:])
            first = b + 1
            out[first] = dataclasses.replace(out[first], text=f"本报讯（记者 {names}）{out[first].text}")
            del out[b]
    if ctx.glued:
        out = [
            dataclasses.replace(p, text="  " + p.text, glue=True, mark="")  # as bench.damage prints it
            if (p.role == "title" and k > 0 and out[k - 1].role == "kicker") or p.role == "subtitle" else p
            for k, p in enumerate(out)
        ]
    return out


def page(heading: Heading, n: int, ctx: Context, crossheads: tuple[str, str] | None = None) -> tuple[bytes, str, dict]:
    """(file bytes, source file name, gold of the measured story)."""
    import random

    rng = random.Random(n)
    printed = story_pieces(story(heading, n, crossheads), ctx.layout, rng, print_label=False)
    gold = article_gold(_styled(printed, dataclasses.replace(ctx, glued=False)))  # as bench.damage: gold before the glue
    measured = _styled(printed, ctx)
    pieces: list[Piece] = []
    if ctx.issue:
        top, _ = masthead(DATE, 8, rng)
        pieces += [Piece("furniture", x) for x in top]
        name = f"lyrb-{DATE:%Y%m%d}.txt"
    else:
        pieces += [Piece("furniture", x) for x in header_lines(DATE, 2, "要闻", rng)]
        name = f"pd-{DATE:%Y%m%d}-p02.txt"
    for s in (BEFORE,):
        pieces += _styled(story_pieces(s, ctx.layout, rng, print_label=False), ctx)
    pieces += measured
    pieces += _styled(story_pieces(AFTER, ctx.layout, rng, print_label=False), ctx)
    return lay_out(pieces, ctx.layout).encode("utf-8"), name, gold


def read(heading: Heading, n: int, ctx: Context, crossheads: tuple[str, str] | None = None) -> tuple[Heading, Heading]:
    """(gold, parsed) heading of the measured story; parsed is (None, "", None) when no article
    holds its body, or when its crossheads' paragraphs went elsewhere (a crosshead read as the
    headline of another story)."""
    data, name, gold = page(heading, n, ctx, crossheads)
    issue = parse_issue(data, source_file=name, default_paper="peoples-daily" if not ctx.issue else "liaoyuan-daily")
    assert isinstance(issue, ParsedIssue), issue
    want = (gold["kicker"], gold["headline"], gold["subtitle"])
    body = flat(PARAS[0])
    hit = next((a for a in issue.articles if body in flat(a.body)), None)
    whole = hit is not None and all(flat(p) in flat(hit.body) for p in CROSS_PARAS[: len(crossheads or ())])
    got = (hit.kicker, hit.headline, hit.subtitle) if hit and whole else (None, "", None)
    return want, got


def same(want: Heading, got: Heading) -> bool:
    return all(flat(a) == flat(b) for a, b in zip(want, got))


def main(argv: list[str]) -> int:
    """Per shape and context: examples read exactly / examples; -v prints every miss."""
    verbose = "-v" in argv
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[str] = []
    for shape, examples in SHAPES.items():
        cells = []
        for ctx in CONTEXTS:
            ok = 0
            for n, heading in enumerate(examples):
                want, got = read(heading, n, ctx)
                ok += same(want, got)
                if not same(want, got):
                    misses.append(f"{shape} | {ctx.name} | gold {want} | got {got}")
            cells.append(f"{ok}/{len(examples)}")
            totals[ctx.name][0] += ok
            totals[ctx.name][1] += len(examples)
        print(f"{shape:36} " + " ".join(f"{c:>5}" for c in cells))
    measured: Heading = (None, "某某社区换新颜", None)
    for shape, pairs in CROSSHEADS.items():
        cells = []
        for ctx in CONTEXTS:
            ok = 0
            for n, pair in enumerate(pairs):
                want, got = read(measured, n, ctx, pair)
                ok += same(want, got)
                if not same(want, got):
                    misses.append(f"{shape} | {ctx.name} | {pair} | got {got}")
            cells.append(f"{ok}/{len(pairs)}")
            totals[ctx.name][0] += ok
            totals[ctx.name][1] += len(pairs)
        print(f"{shape:36} " + " ".join(f"{c:>5}" for c in cells))
    print(f"{'all':36} " + " ".join(f"{ok}/{n}" for ok, n in totals.values()))
    print("contexts: " + "; ".join(c.name for c in CONTEXTS))
    if verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
