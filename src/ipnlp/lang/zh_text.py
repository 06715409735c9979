"""Chinese words for segmentation and the consistency rules (Simplified and Traditional).

Extraction data (numbers, scales, units, changes) lives in ``lang/zh.py`` and ``data/zh/``; this
module holds what sentences, headings, enumerations and the rules read. ``lang/zh.py`` re-exports
it (``from .zh_text import *``), so ``load("zh")`` has every name ``load("en")`` has for
segmentation. The rule cues (``*_CUES`` and friends) are regex fragments in the shape of their
English namesakes in ``rules/figures/_words.py``; rules try the cues of every language together,
which is safe because the scripts never overlap.
"""

from __future__ import annotations

# What ``lang/zh.py`` re-exports: the names segmentation reads through ``load("zh")``. The rule
# cues below are read from this module directly (``rules/_languages.py``).
__all__ = [
    "DATE_LINE", "HALF_WIDTH_TERMINATORS", "HEADING_FAMILY_DEPTHS", "HEADING_PATTERNS", "PARAGRAPH_END_CHARS",
    "RUN_IN_HEADING_MAX_CHARS", "SENTENCE_CLOSERS", "SENTENCE_TERMINATORS", "heading_number",
]

# --- numerals ------------------------------------------------------------------------------------
# Digits and the two multipliers a heading or enumeration number uses ("二十三、", "（十一）").
# 〇 and 零 are zero, 两/兩 is two ("两是" is never an item, but "第两" appears in converted text).
HAN_NUMERALS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                "七": 7, "八": 8, "九": 9}
HAN_MULTIPLIERS = {"十": 10, "百": 100}
# The formal numerals of Traditional-Chinese outlines ("壹、貳、參、": the parts above "一、").
HAN_FORMAL_NUMERALS = {"壹": 1, "貳": 2, "贰": 2, "參": 3, "叁": 3, "肆": 4, "伍": 5, "陸": 6, "陆": 6, "柒": 7,
                       "捌": 8, "玖": 9, "拾": 10}
_HAN_NUMERAL_CHARS = "〇零一二两兩三四五六七八九十百"


def han_number(numeral: str) -> int | None:
    """The value of a Chinese numeral up to 999 ("三" 3, "十一" 11, "二十" 20, "一百零五" 105,
    "二〇二五" 2025 digit by digit); None for anything else."""
    if numeral in HAN_FORMAL_NUMERALS:
        return HAN_FORMAL_NUMERALS[numeral]
    if not numeral or any(ch not in HAN_NUMERALS and ch not in HAN_MULTIPLIERS for ch in numeral):
        return None
    if not any(ch in HAN_MULTIPLIERS for ch in numeral):  # "二〇二五": digits written one by one
        value = 0
        for ch in numeral:
            value = value * 10 + HAN_NUMERALS[ch]
        return value
    total, digit = 0, None
    for ch in numeral:
        if ch in HAN_NUMERALS:
            digit = HAN_NUMERALS[ch]
        else:
            total += (1 if digit is None else digit) * HAN_MULTIPLIERS[ch]  # "十一": the ten has no digit
            digit = None
    return total + (digit or 0)


def han_numeral(number: int) -> str:
    """The numeral an outline or enumeration writes for 1..99: 3 "三", 11 "十一", 20 "二十"."""
    digits = "〇一二三四五六七八九"
    tens, units = divmod(number, 10)
    if not 0 < number < 100:
        raise ValueError(f"outline numerals run from 1 to 99, not {number}")
    if tens == 0:
        return digits[units]
    return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")


def heading_number(raw: str) -> int | None:
    """The number of a heading marker: "三" (一、二、三、), "十二" (（十二）), "3" (第3章)."""
    return int(raw) if raw.isdigit() else han_number(raw)


# --- sentences -----------------------------------------------------------------------------------
# Full stop, exclamation and question marks and the semicolon end a Chinese sentence with no space
# after them. The semicolon too: government reports chain enumerated items with it ("一是……；二是……").
SENTENCE_TERMINATORS = "。｡！？；"
# Their half-width forms end a sentence only after a Chinese character: "A;B" in a code or
# "(1)?" in English stays whole.
HALF_WIDTH_TERMINATORS = "!?;"
# Closing quotes and brackets that stay with the sentence they close: "……。”" "……。）".
SENTENCE_CLOSERS = "”’」』）》〉】〕)\"'"
# A line ending in one of these ends its paragraph even without a blank line after it: Chinese
# reports are often written one paragraph per line, and a line wrapped inside a paragraph by a PDF
# converter stops mid-sentence, on a character or a comma. Not "；" or "：": list items end on the
# one and the line before a list on the other, and a list is one paragraph.
PARAGRAPH_END_CHARS = "。｡！？”」』）》)"

# --- headings ------------------------------------------------------------------------------------
# (family, pattern) for the Chinese outline markers, tried before the shared ones. Named groups as
# in segment/headings.py: marker, num, title. "一、" opens a part, "（一）" a subsection of it,
# "1." one below that, "（1）" below that; "第一部分"/"第一章" are above "一、".
_N = _HAN_NUMERAL_CHARS
HEADING_PATTERNS: tuple[tuple[str, str], ...] = (
    ("cn-part-word",
     rf"^(?P<marker>第(?P<num>[{_N}]{{1,4}}|\d{{1,3}})(?:部分|篇|编|編|章))[\s：:、.．]*(?P<title>\S.*)$"),
    ("cn-section-word", rf"^(?P<marker>第(?P<num>[{_N}]{{1,4}}|\d{{1,3}})(?:节|節))[\s：:、.．]*(?P<title>\S.*)$"),
    ("cn-formal", r"^(?P<marker>(?P<num>[壹貳贰參叁肆伍陸陆柒捌玖拾])[、．.])\s*(?P<title>\S.*)$"),
    ("cn-dun", rf"^(?P<marker>(?P<num>[{_N}]{{1,4}})[、．.])\s*(?P<title>\S.*)$"),
    ("cn-paren", rf"^(?P<marker>[（(](?P<num>[{_N}]{{1,4}})[）)][、.．]?)\s*(?P<title>\S.*)$"),
    # "1." / "1．" / "1、" with or without a space; never "1.5万" (a decimal) or "1.1" (dotted).
    ("dot", r"^(?P<marker>(?P<num>\d{1,2})(?:[.．](?![\d.．])|、))\s*(?P<title>[^\s\d].*)$"),
)
# The outline depth of each family in Chinese official writing, outermost first. A family keeps
# its depth whichever appears first: a "1." list in a preamble does not put "一、" under it.
HEADING_FAMILY_DEPTHS = {"cn-part-word": 0, "cn-section-word": 1, "cn-formal": 2, "cn-dun": 3, "cn-paren": 4,
                         "dot": 5, "paren-both": 6, "paren": 7}
# "（一）坚持稳中求进。全年……": a heading run into its paragraph. The heading is the first
# sentence when it is at most this long; a longer one is a numbered paragraph.
RUN_IN_HEADING_MAX_CHARS = 60
# A date line under the title: "2025年1月15日", "（二〇二五年一月十五日）", "2025年1月".
DATE_LINE = (rf"^[（(]?\s*(?:\d{{4}}|[{_N}]{{4}})\s*年\s*(?:\d{{1,2}}|[{_N}]{{1,3}})\s*月"
             rf"(?:\s*(?:\d{{1,2}}|[{_N}]{{1,3}})\s*日)?\s*[）)]?$")

# --- enumerations in running text -----------------------------------------------------------------
# "一是……；二是……" and "第一，……第二，……": ordinals that open an item inside a sentence, after
# its start or a colon, comma or semicolon. Not headings: they never stand alone on a line.
ENUMERATION_LEADS = "：:，,；;。"
ENUMERATION_ITEM = (rf"(?:(?P<shi>(?P<shi_num>[{_N}]{{1,3}})是)(?![否非])|"
                    rf"(?P<di>第(?P<di_num>[{_N}]{{1,3}}))(?=[，,、]))")
# "首先，……第二，……": item one said as "first of all".
ENUMERATION_FIRST = r"首先|其一"

# --- repetition ----------------------------------------------------------------------------------
# Characters that carry no content when comparing two sentences character by character.
FUNCTION_WORDS = frozenset("的了和与與及並并在是等對对为為以于於把被将將也都又而或其之这這该該")
# Characters whose insertion turns a sentence into its counterpart, not its copy ("未纳入").
CONTRAST_WORDS = frozenset("不未无無非没沒")
# A caption ("圖 1 ……", "表2 ……") or a cross-reference ("請參閱財務報表附註2.5"): boilerplate that
# differs only in its labels, never a repeated statement.
NOT_A_STATEMENT = r"(?:[圖图表]\s*\d|請參閱|请参阅|參閱|参阅|詳見|详见|參見|参见)"
# Clause breaks for the figure rules, besides the English ";" and ":": a Chinese semicolon or colon,
# and a comma that opens something added outside a breakdown ("包括10次……，又安排了25次媒体访谈").
CLAUSE_BREAK = r"[；：]|，(?=又|另|此外|同时|同時|並|并)"

# --- figure rules (the shape of rules/figures/_words.py) -----------------------------------------
# Character pairs of a subject that name no metric ("全年", "全省", "达到"): subjects are compared by
# their character pairs, Chinese having no spaces between words.
SUBJECT_STOPWORDS = frozenset({"全年", "年度", "本年", "今年", "年内", "年內", "全省", "全市", "全国", "全國",
                               "达到", "達到", "累计", "累計", "数量", "數量", "共计", "共計", "合计", "合計",
                               "同比", "比上", "上年", "其中"})
# Characters that make a pair of subject characters a grammatical joint, not a name ("年的", "量和").
SUBJECT_JOINT_CHARACTERS = frozenset("的了之及与與和或")
# "其中": the figures after it are parts of the figure before ("受理120万件，其中发明专利……").
PART_CUES = r"(?:其中|包括|包含|涵盖|涵蓋|分别为|分別為|分为|分為|含)"
# "分别为"/"分为" announce a complete breakdown: the parts must add up.
EXHAUSTIVE_PART_CUES = r"(?:分别为|分別為|分为|分為)"
# "共受理", "总计", "合计": the figure after it totals those listed with it.
TOTAL_CUES = r"(?:共计|共計|总计|總計|合计|合計|总共|總共|(?<![公一总總])共(?=[\u4e00-\u9fff]{0,8}$))"
# "累计达到", "总数达到": a running total that includes figures stated elsewhere.
ACCUMULATION_CUES = r"(?:累计|累計|总数达到|總數達到|总量达到|總量達到)"
# "比上年的96万件", "上年为96万件", "由96万件增至": the earlier value of a change.
# "由2021年底的15,263亿港元，减少至……": the start of a change, dated or not.
PREVIOUS_VALUE_BEFORE = (r"(?:比上年的?|较上年的?|較上年的?|上年为|上年為|上年同期为|上年同期為|"
                         r"(?:由|从|從)(?:[^，。；、]{1,12}的)?)")
PREVIOUS_VALUE_AFTER = r"(?:的?上年水平|上年同期)"
# A share or rate: "占比", "比重", "占……的", and every "…率" ("增长率" is a rate of growth).
RATE_OR_SHARE_BEFORE = r"(?:占比|比重|比例|份额|份額|占|佔|率)"
SHARE_CUES = r"(?:占比|比重|比例|份额|份額|占|佔)"
# "分别为45%、30%和25%": shares listed together that cover one whole.
PARTITION_CUES = r"(?:分别|分別|其余|其餘|剩余|剩餘)"
# Verbs that state a figure crossed a mark ("首次突破200亿元", "跌破3%"); "超过" is a bound, not a crossing.
CROSSED_ABOVE = r"(?:突破|跨越|迈上|邁上|站上)"
CROSSED_BELOW = r"(?:跌破)"
# Between a level and a change that belongs to another subject: "占比45.2%，而出口增长3%".
OTHER_SUBJECT = r"(?:[；：]|而|但|同时|同時|其中)"
# A part larger than its whole is no contradiction when another part is a loss: "投资收入478亿港元
# （其中包括境外股票收益688亿港元及香港股票亏损210亿港元）".
LOSS_CUES = r"(?:亏损|虧損|损失|損失|减值|減值)"
# A subject ending in a verb of doing ("金管局共进行196次非现场审查") names who acts; what is counted
# follows the measure word, so the subject identifies no metric.
ACTOR_VERB_ENDINGS = ("进行", "進行", "开展", "開展", "举办", "舉辦", "举行", "舉行", "处理", "處理", "发布", "發布",
                      "发出", "發出", "签署", "簽署", "接获", "接獲", "批出", "组织", "組織", "完成", "安排", "召开",
                      "召開")
# "延长……计划6个月": a figure that lengthens or shortens something is a change, not a level.
INCREMENT_BEFORE = r"(?:延长|延長|缩短|縮短)[^，。；至到]{0,15}$"
# Clause marks a part cue, a total or a rate word does not reach across.
CLAUSE_MARKS = "。；：，"
