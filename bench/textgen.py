"""Deterministic English-like and Chinese text for the benchmarks.

The vocabulary mixes common English function words, the words of detention reporting on Xinjiang
(places, officials, institutions), and a long tail of made-up words drawn from syllables, all with
Zipf-like frequencies, so the index has a realistic term distribution: a few very common terms,
many rare ones.
"""

from __future__ import annotations

import random

import numpy as np


def words(text: str) -> list[str]:
    return text.split()


FUNCTION_WORDS = words(
    "the of and to in a was were for by that with on as at from is be had their his her which "
    "they it are not or this an have has been who after into also would there more other than "
    "some all about when over its under while because during between these those said told "
    "according where before without against since many most several each both such only then "
    "them he she we our one two three four five first new last later former local official"
)

COMMON_WORDS = words(
    "people family families relatives father mother brother sister son daughter wife husband "
    "children child home house village town city street school university teacher student "
    "doctor worker farmer driver business shop market money phone message letter document "
    "report record file list form notice order decision meeting plan year month week day night "
    "time place country government state law rule policy system work job life health food "
    "water land road border travel abroad visit return leave arrive wait ask answer write read "
    "speak hear see know think believe remember forget continue begin end stop start change "
    "move send receive give take hold keep find lose show hide open close question information "
    "evidence witness testimony account statement interview source leaked internal secret "
    "classified directive instruction telegram circular bulletin spreadsheet database entry "
    "number name age address identity card category reason status result score assessment "
    "released transferred sentenced arrested disappeared missing interrogated monitored "
    "registered reported recorded confirmed denied described identified located documented"
)

DOMAIN_WORDS = words(
    "camp camps detention detained detainee detainees internment interned prison prisoners "
    "prisoner facility facilities centre center compound cell cells guard guards police "
    "officer officers security bureau station checkpoint checkpoints surveillance camera "
    "cameras biometric biometrics DNA iris scan scanning tracking app data platform "
    "transformation education vocational training indoctrination reeducation ideological "
    "political extremism extremist terrorism terrorist separatism separatist religious "
    "religion mosque mosques imam prayer Quran fasting Ramadan veil beard halal Islam Muslim "
    "Muslims Uyghur Uyghurs Kazakh Kazakhs Kyrgyz Hui Han minority minorities ethnic language "
    "Mandarin Turkic passport passports confiscated quota quotas points score untrustworthy "
    "suspicious trustworthy precautionary preventive sentence sentences sentencing court courts "
    "trial verdict charge charges accused lawyer procuratorate judicial criminal administrative "
    "labour labor forced transfer transfers factory factories cotton tomato textile garment "
    "supply chain sanction sanctions boarding kindergarten orphanage sterilisation birth "
    "demolished destroyed shrine cemetery graveyard satellite imagery wall walls fence watchtower "
    "barbed wire gate dormitory classroom canteen hospital death deaths torture abuse beating "
    "interrogation confession televised tribunal testimony survivor survivors exile diaspora "
    "Party Communist cadre cadres secretary committee county prefecture township region "
    "autonomous regional provincial national ministry commission directive campaign stability "
    "maintenance grid management neighbourhood household homestay relatives visiting "
    "Xinjiang Urumqi Kashgar Hotan Aksu Yarkand Turpan Ghulja Yining Korla Karamay Altay "
    "Tacheng Bortala Kizilsu Atush Artux Kuqa Shihezi Hami Kumul Changji Dabancheng Lop Keriya "
    "Yengisar Peyziwat Qaraqash Guma Chira Niya Toksu Shayar Bay Uchturpan Kargilik Poskam "
    "Mekit Maralbexi Yopurga Konasheher Tashkurgan Qapqal Nilka Tekes Zhaosu Mongolkure"
)

PEOPLE = (
    "Chen Quanguo",
    "Zhu Hailun",
    "Shohrat Zakir",
    "Wang Junzheng",
    "Erkin Tuniyaz",
    "Ma Xingrui",
    "Hu Lianhe",
    "Zhao Kezhi",
    "Wang Mingshan",
    "Chen Mingguo",
    "Huo Liujun",
    "Zhang Chunxian",
    "Nur Bekri",
    "Sun Jinlong",
    "Ilham Tohti",
    "Rahile Dawut",
    "Gulshan Abbas",
    "Sayragul Sauytbay",
    "Mihrigul Tursun",
    "Tursunay Ziyawudun",
)

PHRASES = (
    "Integrated Joint Operations Platform",
    "vocational skills education and training centre",
    "Xinjiang Production and Construction Corps",
    "Strike Hard Campaign",
    "China Cables",
    "Xinjiang Police Files",
    "Karakax List",
    "Becoming Family",
    "Xinjiang Papers",
    "public security bureau",
    "people's armed police",
    "re-education camp",
    "detention centre",
    "political education",
    "labour transfer",
    "forced labour",
    "county party secretary",
    "two-faced",
    "pre-trial detention",
    "residential surveillance",
    "closed-off management",
    "round up everyone who should be rounded up",
    "mass detention",
    "family separation",
    "religious extremism",
    "state secrets",
    "internal documents",
    "satellite images",
    *PEOPLE,
)

SYLLABLES = words(
    "ka ra ta ma na la sa da ba ga ha ya za pa fa va ke re te me ne le se de be ge he ye "
    "ki ri ti mi ni li si di bi gi hi yi ko ro to mo no lo so do bo go ho yo ku ru tu mu nu "
    "lu su du bu gu hu yu an en in on un ar er ir or ur al el il ol ul as es is os us at et "
    "it ot ut ex ox ix str pl tr br cr dr gr fl sl sp st sh ch th ph wh qu tion ment ness ing "
    "ed er est ly ous ive able ism ist ity ure age ance ence ship hood"
)

CHINESE_WORDS = words(
    "新疆 乌鲁木齐 喀什 和田 阿克苏 莎车 吐鲁番 伊宁 库尔勒 克拉玛依 阿勒泰 塔城 博尔塔拉 "
    "克孜勒苏 阿图什 库车 石河子 哈密 昌吉 达坂城 洛浦 于田 墨玉 皮山 疏附 疏勒 英吉沙 "
    "职业技能教育培训中心 教育转化 再教育 集中营 拘留 拘押 看守所 监狱 学员 收押 羁押 "
    "一体化联合作战平台 公安局 派出所 便民警务站 检查站 监控 摄像头 人脸识别 "
    "维吾尔族 哈萨克族 柯尔克孜族 回族 汉族 少数民族 宗教 清真寺 伊玛目 礼拜 古兰经 "
    "极端主义 恐怖主义 分裂主义 去极端化 严打 维稳 网格化管理 结对认亲 访惠聚 "
    "陈全国 朱海仑 雪克来提·扎克尔 王君正 艾尔肯·吐尼亚孜 马兴瑞 胡联合 "
    "自治区 党委 书记 政法委 县委 乡镇 村委会 文件 通知 电报 内部 机密 名单 "
    "家属 亲属 父亲 母亲 儿子 女儿 失踪 释放 判刑 劳动力转移 工厂 棉花 纺织 "
    "的 了 在 是 和 对 被 有 等 将 及 与 为 中 上 下 人员 工作 进行 开展 加强 落实 要求"
)

TAIL_WORDS = 40_000  # made-up words in the long tail


def build_vocabulary(seed: int = 7) -> tuple[list[str], np.ndarray]:
    """Words (some multi-word units) and their probabilities, most frequent first."""
    rng = random.Random(seed)
    made_up: set[str] = set()
    while len(made_up) < TAIL_WORDS:
        made_up.add("".join(rng.choices(SYLLABLES, k=rng.choice((2, 2, 3, 3, 3, 4)))))
    tail = sorted(made_up)
    rng.shuffle(tail)
    words = FUNCTION_WORDS + COMMON_WORDS + DOMAIN_WORDS + list(PHRASES) + tail
    weights = np.empty(len(words))
    n_fun, n_com, n_dom, n_phr = len(FUNCTION_WORDS), len(COMMON_WORDS), len(DOMAIN_WORDS), len(PHRASES)
    ranks = np.arange(1, len(words) + 1, dtype=float)
    weights[:] = 1.0 / ranks**1.05
    weights[:n_fun] *= 1.2
    weights[n_fun : n_fun + n_com] *= 4.0
    # Domain words and phrases: frequent enough to matter, spread over the middle of the curve.
    start = n_fun + n_com
    weights[start : start + n_dom] = [1.0 / rng.uniform(60, 2500) for _ in range(n_dom)]
    weights[start + n_dom : start + n_dom + n_phr] = [1.0 / rng.uniform(800, 12000) for _ in range(n_phr)]
    return words, weights / weights.sum()


class TextGenerator:
    """Paragraphs of English-like text (and some Chinese), reproducible from the seed."""

    def __init__(self, seed: int = 1, chinese_share: float = 0.03) -> None:
        self.words, self.probs = build_vocabulary()
        self._array = np.array(self.words, dtype=object)
        self._cdf = np.cumsum(self.probs)
        self._cdf[-1] = 1.0
        self._zh = np.array(CHINESE_WORDS, dtype=object)
        zh_weights = np.array([3.0 if len(w) == 1 else 1.0 for w in CHINESE_WORDS])
        self._zh_cdf = np.cumsum(zh_weights / zh_weights.sum())
        self._zh_cdf[-1] = 1.0
        self.rng = np.random.default_rng(seed)
        self.chinese_share = chinese_share

    def reseed(self, *seed: int) -> None:
        self.rng = np.random.default_rng(list(seed))

    def _draw(self, cdf: np.ndarray, k: int) -> np.ndarray:
        return np.minimum(np.searchsorted(cdf, self.rng.random(k), side="right"), len(cdf) - 1)

    def paragraphs(
        self, n: int, min_words: int = 25, max_words: int = 90, chinese_share: float | None = None
    ) -> list[str]:
        """``n`` paragraphs; about ``chinese_share`` of them Chinese."""
        rng = self.rng
        share = self.chinese_share if chinese_share is None else chinese_share
        lengths = rng.integers(min_words, max_words + 1, size=n)
        chinese = rng.random(n) < share
        words = self._array[self._draw(self._cdf, int(lengths.sum()))]
        cuts = rng.integers(7, 22, size=int(lengths.sum()) // 7 + 8)
        out: list[str] = []
        pos = 0
        cut_pos = 0
        for length, is_zh in zip(lengths.tolist(), chinese.tolist(), strict=True):
            if is_zh:
                out.append(self.chinese_paragraph(int(length)))
                continue
            end = pos + length
            sentences = []
            while pos < end:
                step = int(cuts[cut_pos % len(cuts)])
                cut_pos += 1
                chunk = words[pos : min(end, pos + step)]
                pos += step
                sentence = " ".join(chunk)
                sentences.append(sentence[:1].upper() + sentence[1:] + ".")
            pos = end
            out.append(" ".join(sentences))
        return out

    def chinese_paragraph(self, length: int) -> str:
        picks = self._zh[self._draw(self._zh_cdf, max(8, length // 2))]
        parts = []
        for i, word in enumerate(picks.tolist()):
            parts.append(word)
            if i % 9 == 8:
                parts.append("。" if i % 2 else "，")
        return "".join(parts) + "。"

    def text(self, approx_chars: int, chinese_share: float | None = None) -> str:
        """Paragraphs separated by blank lines, about ``approx_chars`` long."""
        count = max(1, round(approx_chars / 330))
        return "\n\n".join(self.paragraphs(count, chinese_share=chinese_share))

    def words_line(self, count: int) -> str:
        """A few words, e.g. for a title."""
        words = " ".join(self._array[self._draw(self._cdf, count)].tolist())
        return words[:1].upper() + words[1:]
