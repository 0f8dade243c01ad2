"""Make recombined sample text vary from issue to issue: names, towns, numbers, sentence order.

Recombined paragraphs would otherwise repeat verbatim thousands of times across a 10-year
archive, far more than a real paper repeats itself; anything that benefits from repetition
(a cache keyed on text, a dictionary that happens to hold every name) would flatter the figures.
All functions take an explicit ``random.Random``: same seed, same text.
"""

from __future__ import annotations

import random
import re

# People named in the bundled samples (officials, reporters, interviewees).
SAMPLE_NAMES = (
    "柴伟", "王茜", "杨光", "张凤林", "康忠贵", "张恒军", "马卫光", "杨涛", "王力辉", "孙弘", "于蕊", "谷云山",
    "江建平", "李洪波", "张志远", "李雪峰", "王茵", "汪琳", "程宇", "景俊海", "韩俊", "胡永为", "徐晖", "李鹏飞",
    "王彦雨", "徐楠", "于志", "李兆宇", "张铁友", "张莹莹", "台培青", "杜立智", "孙时光", "鲁晓彬", "张爱民",
    "王伟国", "张汉鸿", "姚顺", "王中",
)
# Towns and villages named in the samples.
SAMPLE_TOWNS = (
    "渭津镇", "安恕镇", "泉太镇", "辽河源镇", "建安镇", "云顶镇", "平岗镇", "灯塔镇", "金州乡", "凌云乡", "甲山乡",
    "信家村", "忠实村", "五龙村", "德仁村", "人和村", "潘家村", "辽河村", "荣华村", "老龙村", "六马村", "杏山村",
    "文官村", "大度村", "合兴村", "任家村", "安北村", "久安村",
)
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽"
TOWN_HEADS = "东西南北新老红青白金银石河山泉林松柏杏梨桃李安长永兴和平丰富太阳光明胜利向阳双龙凤"
TOWN_TAILS = ("镇", "乡", "村", "村", "村")
# A number before these is a date or a page or an issue number: leave it alone.
_NUMBER = re.compile(r"(?<![A-Za-z\d.])\d{2,}(?![\d年月日号时点期版])")
_SENTENCE = re.compile(r"[^。！？]*[。！？][”’」]?")
_CLAUSE = re.compile(r"(?<=[,，])")
# Attributions put before a sentence: "据王海燕介绍,…".
_SAYS = ("据{p}介绍,", "{p}表示,", "{p}说,", "据了解,", "{t}负责人介绍,", "记者了解到,", "{p}认为,")


def person_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def town_name(rng: random.Random) -> str:
    return "".join(rng.sample(TOWN_HEADS, 2)) + rng.choice(TOWN_TAILS)


class Variation:
    """One issue's substitutions, consistent within the issue (the same official throughout)."""

    def __init__(self, rng: random.Random, city: str | None = None) -> None:
        self.rng = rng
        self.names = {n: person_name(rng) for n in SAMPLE_NAMES}
        self.towns = {t: town_name(rng)[:-1] + t[-1] for t in SAMPLE_TOWNS}
        self.city = city
        words = dict(self.names) | dict(self.towns)
        if city and city != "辽源":
            words["辽源"] = city
        # Longest first, so "辽河源镇" is replaced before "辽源" could be.
        self._pattern = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
        self._words = words

    def words(self, text: str) -> str:
        return self._pattern.sub(lambda m: self._words[m.group(0)], text)

    def numbers(self, text: str) -> str:
        rng = self.rng

        def fresh(m: re.Match) -> str:
            digits = m.group(0)
            return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

        return _NUMBER.sub(fresh, text)

    def shuffle(self, paragraph: str) -> str:
        """Sentences after the first in a new order (the first carries the lead or the dateline)."""
        sentences = _SENTENCE.findall(paragraph)
        if len(sentences) < 3 or "".join(sentences) != paragraph or self.rng.random() < 0.3:
            return paragraph
        rest = sentences[1:]
        self.rng.shuffle(rest)
        return sentences[0] + "".join(rest)

    def clauses(self, paragraph: str) -> str:
        """Middle clauses of long sentences in a new order, and an attribution put in front of one.

        Makes a paragraph without names or numbers differ between issues too:
        "要A,要B,要C,要D。" -> "据王海燕介绍,要A,要C,要B,要D。"
        """
        sentences = _SENTENCE.findall(paragraph)
        head = "".join(sentences)
        if not sentences or not paragraph.startswith(head):
            sentences, head = [paragraph], paragraph
        tail = paragraph[len(head):]  # "(辽轩)" after the last full stop
        out = []
        for sentence in sentences:
            parts = _CLAUSE.split(sentence)
            if len(parts) >= 4 and self.rng.random() < 0.7:
                middle = parts[1:-1]
                self.rng.shuffle(middle)
                sentence = parts[0] + "".join(middle) + parts[-1]
            out.append(sentence)
        if self.rng.random() < 0.8:
            i = self.rng.randrange(len(out))
            says = self.rng.choice(_SAYS).format(p=person_name(self.rng), t=town_name(self.rng))
            if not out[i].startswith(("“", "《")):
                out[i] = says + out[i]
        return "".join(out) + tail

    def paragraph(self, text: str) -> str:
        return self.clauses(self.shuffle(self.numbers(self.words(text))))

    def line(self, text: str) -> str:
        return self.words(text)
