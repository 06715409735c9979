"""Chinese language data (Simplified and Traditional): closed word lists read by the Han number
grammar (``extract/zh_numbers.py``), the Chinese recognizers (``extract/recognizers/zh_*.py``) and
the Chinese period reader (``extract/zh_period.py``).

Open tables (units and measure words, scales, qualifiers) live in ``ipnlp/data/zh/*.tsv``. Every list
here names both scripts where they differ (万/萬, 个/個); patterns are fragments without capture
groups of their own. Chinese writes no spaces between words, so nothing here relies on word
boundaries: a pattern says which characters may stand next to a figure.
"""

from __future__ import annotations

CODE = "zh"
#: Which number grammar ``extract/numbers.find_mentions`` runs: Han numbers are read by
#: ``extract/zh_numbers.py`` (no spaces, 万/亿 scales, Han numerals), Latin-script ones by the default.
NUMBER_GRAMMAR = "han"

# =================================================================================================
# --- extraction: numbers -------------------------------------------------------------------------
HAN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
              "七": 7, "八": 8, "九": 9}
HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
HAN_SCALES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
HAN_DECIMAL_POINTS = "点點"
# Words in the sign position: "負4.5%", "负增长" (the latter has no figure).
MINUS_WORDS = "负負"
# Dashes that are a minus sign before a figure when no digit or letter stands before them ("（–5.2%）").
MINUS_SIGNS = "-–−－"
# "百分之十五" and "百分之4.5": a percent written before the number.
PERCENT_BEFORE = "百分之"
HUNDRED_PERCENT = "百分百"  # "政府百分百擔保": 100%
# "八成": tenths, only after a Han digit and not where 成 begins a word ("一成不变", "八成为").
TENTHS = "成"
TENTHS_NOT_BEFORE = "为為立功果本员員熟交效长長就份分品型都熟"
# A scale character is no scale before these: 百分点 (percentage point), 千米/千克/千瓦 (SI prefixes).
NOT_SCALE_BEFORE = {"百": "分", "千": "米克瓦"}
# "100多家", "1万余件": an unstated remainder, so more than the figure.
MORE_AFTER_NUMBER = "多余餘"
# Between a figure and its counted unit these may stand: "100多家", "约5万余人".
ORDINAL_PREFIX = "第"
RANK_FIRST = ("首位",)  # "高踞全球首位": rank 1

# --- extraction: words around numbers --------------------------------------------------------------
# Words right before a figure that make it a reference or a label, not a quantity ("圖5", "表1", "附註3").
REFERENCE_BEFORE = ("图示", "圖示", "图", "圖", "表", "附注", "附註", "注", "註", "附录", "附錄", "章", "节", "節",
                    "页", "頁", "条", "條", "款", "项", "項", "段", "编号", "編號", "号", "號", "规则", "規則",
                    "附件", "附表", "方框", "专栏", "專欄", "图表", "圖表", "框")
# After an amount, a banknote or coin makes it a denomination ("10港元流通紙幣", "20港元及50港元面額新鈔"),
# the name of a note, not a sum of money; other amounts may be listed before the noun.
DENOMINATION_AFTER = (r"(?:\s?[及和与與、]\s?\d+(?:\.\d+)?(?:港元|港币|港幣|元|美元))*"
                      r"\s?(?:面额|面額|面值|流通纸币|流通紙幣|纸币|紙幣|钞票|鈔票|新钞|新鈔|硬币|硬幣)")
# Words ending in a reference word that are verbs, not references: "發表20篇論文" (published), "代表".
# Money words end in 款 or 项 too: "貸款300億港元", "罚款20万元", "拨付款项5亿元".
NOT_REFERENCE_BEFORE = ("发表", "發表", "代表", "贷款", "貸款", "存款", "罚款", "罰款", "借款", "欠款", "捐款",
                        "付款", "拨款", "撥款", "放款", "还款", "還款", "款项", "款項")
# Words right after an ordinal (第N) that make it a reference or the name of an event, not a rank.
ORDINAL_REFERENCES = ("条", "條", "款", "章", "节", "節", "页", "頁", "届", "屆", "次", "期", "批", "类", "類",
                      "季", "阶段", "階段", "部分", "部", "个", "個", "项", "項", "卷", "号", "號", "版", "轮", "輪",
                      "年", "天", "日", "周", "週", "级", "級", "代", "世纪", "世紀", "方", "组", "組", "点", "點",
                      "步", "段", "层", "層", "支柱", "种", "種", "场", "場", "篇", "波", "任", "把", "大")
# Words after the number that make it part of a label or a name: "10年期" (a tenor), "第1類機構".
LABEL_AFTER = ("年期", "年度", "类", "類", "级", "級", "型", "号", "號", "强", "強", "指数", "指數", "版", "代",
               "座", "周年", "週年",
               # "16年高位", "10年來首次": a record over a span of years names a level, it measures no time
               "年高位", "年的高位", "年低位", "年的低位", "年新高", "年新低", "年來最", "年来最", "年來首次",
               "年来首次", "年来", "年來", "年以来", "年以來")
# A duration directly followed by a noun modifies it ("1個月香港銀行同業拆息", "5天移動平均數", "24小時實時"):
# a tenor or a label. These characters after a duration leave it a duration ("15個月內", "為期兩天的會議").
# After 连续 ("连续8年保持第一") a duration is one whatever follows it.
DURATION_RUN_BEFORE = ("连续", "連續")
DURATION_FOLLOWERS = "的内內来來以后後前间間里裡中期「“（(，,。、；;：:及和与與或至到"
# A measure word followed by these characters is the first half of a word: 部分, 名单, 份额, 家庭, 场所, 项目.
NOT_MEASURE_BEFORE = {"部": "分门門署长長", "名": "单單义義称稱", "份": "额額", "家": "庭属屬", "场": "所合",
                      "所": "有以属屬在得", "项": "目", "个": "人体體性别別案", "人": "民员員士口才力们們",
                      "次": "序数數", "种": "类類子"}
# "未來幾十年", "数百家": a Han numeral after these is an order of magnitude, not a figure.
VAGUE_BEFORE = ("几", "幾", "数", "數", "上")
# "全球前10名", "排名前三位": the size of a ranking list, not a count.
LIST_SCOPE_BEFORE = ("前", "头", "頭")
LIST_SCOPE_AFTER = ("名", "位", "强", "強")
# Words before a number of months, quarters or years that make it which period, not how long: "首5個月".
PERIOD_ORDER_BEFORE = ("首", "前", "头", "頭", "后", "後", "上", "下", "近", "过去", "過去", "最近", "未来", "未來")
# Quotation marks and book-title marks: a figure inside them is a name ("“十四五”", "《巴塞爾協定三》").
QUOTES = {"“": "”", "「": "」", "『": "』", "《": "》", "〈": "〉", "‘": "’", '"': '"'}
# Words before a number of a measure word that make the number one a determiner, not a count ("一项重要举措").
ARTICLE_VALUES = (1,)
# Generic measure words after a small Han numeral announce an enumeration, not a measured count
# ("分成兩個主要組合：", "三个方面", "两类机构"); Arabic digits with them are counts ("5个国家级中心").
ENUMERATING_MEASURES = ("个", "种", "类", "项", "方面")
# "以7.85港元兌1美元": the unit amount of an exchange rate.
EXCHANGE_RATE_BEFORE = ("兌", "兑", "对", "對", "折合", "換", "换")

# --- extraction: ranks ---------------------------------------------------------------------------
# "第11位", "第二名": an ordinal ranked by its noun; "居世界第二", "位列全球第3": by a verb before it.
RANK_NOUNS_AFTER = ("位", "名")
RANK_VERBS_BEFORE = ("居", "踞", "位列", "排名", "排在", "排行", "名列", "位居", "稳居", "穩居", "跃居", "躍居",
                     "升至", "跃升至", "躍升至", "降至", "保持")
RANK_WORD = "排名"  # appended to a ranked subject: "发明专利拥有量排名"

# --- extraction: stated changes ------------------------------------------------------------------
# A verb right before a percent or point figure that makes the figure a change ("同比增长13.5%").
# Followed by 至/到 ("上升至3.0%") the verb leads to a level, not a change.
CHANGE_UP = ("增长", "增長", "增加", "上升", "上涨", "上漲", "提高", "提升", "上调", "上調", "调高", "調高", "扩大",
             "擴大", "回升", "反弹", "反彈", "攀升", "上扬", "上揚", "升值", "加快", "提速", "扩阔", "擴闊", "增", "升",
             "涨", "漲", "多")
CHANGE_DOWN = ("下降", "下跌", "减少", "減少", "降低", "回落", "收缩", "收縮", "下滑", "下调", "下調", "调低", "調低",
               "缩小", "縮小", "贬值", "貶值", "萎缩", "萎縮", "放缓", "放緩", "减缓", "減緩", "收窄", "回调", "回調",
               "减", "減", "降", "跌", "少", "下挫", "急挫", "挫")
# Nouns of a change's size, before the figure ("增幅为5.1%") or after it ("5%升幅"); the other change
# words name a change after the figure only with 的 ("錄得2.9%的增長"), since "2.9%上升至3.1%" is a level.
CHANGE_SIZE_NOUNS = ("增幅", "升幅", "涨幅", "漲幅", "跌幅", "降幅", "减幅", "減幅")
CHANGE_NOUNS_UP = ("增幅", "升幅", "涨幅", "漲幅", "增长", "增長", "增加", "上升", "上涨", "上漲", "反弹", "反彈",
                   "增速")
CHANGE_NOUNS_DOWN = ("跌幅", "降幅", "减幅", "減幅", "下跌", "下降", "减少", "減少", "收缩", "收縮", "回落")
# What may stand between a change word and its figure: adverbs of degree, 了, 为/為, a qualifier.
CHANGE_GAP = (r"(?:[了為为达達有]|大幅|显著|顯著|明顯|明显|稍|微|略|分別|分别|累计|累計|共|再|进一步|進一步|亦|也|一度|"
              r"整体|整體)*")
# Words that make the figure after them the new level, not the change ("上升至", "增至", "降到").
CHANGE_TO = "至到"
# Words that say a change is measured against the year before ("同比增长", "比上年增加").
YOY_MARKERS = ("同比", "按年", "比上年", "较上年", "較上年", "比去年", "较去年", "較去年", "较前一年", "較前一年",
               "比前一年", "按年计", "按年計", "年均", "环比", "環比", "按季")
# Clause ends inside a sentence: a change or a subject never reaches across these.
CLAUSE_BREAKS = "，,；;：:。！？!?\n"
SENTENCE_BREAKS = "。！？!?；;\n"

# --- extraction: subjects ------------------------------------------------------------------------
# A Chinese subject is the noun phrase before the figure's predicate: "[主语][时间状语][谓语]数字"
# ("香港經濟在2019年收縮1.2%" -> 香港經濟). The reader drops time adverbials, then the predicate
# at the phrase's end, keeps what follows a disposal marker (將/把: "公布將比率由2.5%下調至"), cuts at the
# first remaining preposition ("整體樓價由高位回落") and drops connectives at the start.
# Predicates a figure follows (besides the change words above); "X至" forms are the change word and 至.
SUBJECT_PREDICATES = ("为", "為", "是", "达到", "達到", "达", "達", "录得", "錄得", "收报", "收報", "处于", "處於",
                      "维持", "維持", "保持", "占", "佔", "共有", "共计", "共計", "合计", "合計", "合共", "总计",
                      "總計", "累计", "累計", "约为", "約為", "分别为", "分別為", "分别", "分別", "收缩", "收縮",
                      "扩阔", "擴闊", "收窄", "录", "錄", "至", "到", "了", "的", "则", "則", "亦", "仍", "也", "已",
                      "共", "有", "再", "进一步", "進一步", "大幅", "显著", "顯著", "轻微", "輕微", "稍", "微", "略",
                      "都", "曾", "一度", "年率", "按年", "同比", "按季", "环比", "環比", "全年", "年内", "年內",
                      "年均", "平均", "实际", "實際", "名义", "名義", "拟", "擬", "拟按", "擬按", "按", "安排", "首次",
                      "再次", "再创", "再創",
                      "整体", "整體", "计", "計", "起计", "起計", "以来", "以來", "期间", "期間", "连续", "連續",
                      "多年", "全球", "世界", "全国", "全國", "高", "会", "會", "将会", "將會")
# Words after which the figure's own subject begins: a disposal construction puts its object before the
# verb ("公布將比率由2.5%下調至2.0%"), and 來自 names what an increase came from ("主要來自淨利息收入增加").
SUBJECT_DISPOSAL = ("将", "將", "把", "来自", "來自", "源自", "其中包括", "包括", "由于", "由於", "预计", "預計",
                    "预期", "預期", "预测", "預測", "估计", "估計")
# A clause that opens with a cause ("受到社會事件影響，……升至2.9%") holds no subject.
SUBJECT_CAUSE_STARTS = ("受到", "因为", "因為", "随着", "隨着", "隨著")
# Prepositions that open an adverbial after the subject ("由高位", "較前一年"), each with what may not stand
# around it for it to be one: 比率 and 比重 are nouns, 由於 a conjunction, 因素 a noun. 在, 於 and 與 open a
# time adverbial ("與2018年相比"), dropped before, or stay inside the subject: "未來基金在投資組合……的比重",
# "總結餘與未償還外匯基金票據及債券總額" (與 joins two nouns).
SUBJECT_PREPOSITIONS = (r"(?<![自理經经])由(?![於于])", "从", "從", r"自(?![動动己身主由然])", "较", "較",
                        r"比(?![率例重價价值較较分])", "相比", "对比", "對比",
                        "截至", "随着", "隨着", "隨著", r"因(?![素此])")
SUBJECT_LEADS = ("與此同時", "与此同时", "其中", "此外", "另外", "另一方面", "而且", "而", "及", "以及", "和", "并",
                 "並", "同时", "同時",
                 "当中", "當中", "全年", "年内", "年內", "其", "这", "這", "该", "該", "首先", "因此", "所以", "方面",
                 "虽然", "雖然", "尽管", "儘管", "由于", "由於", "然而", "但", "不过", "不過", "整体而言", "整體而言",
                 "具体而言", "具體而言", "总体", "總體", "加上", "包括", "其后", "其後", "随后", "隨後", "则", "則",
                 "同期", "年底", "年末", "亦", "也", "仍", "共", "累计", "累計", "合共", "总共", "總共", "拟", "擬",
                 "发行", "發行", "实际", "實際")

# --- extraction: periods -------------------------------------------------------------------------
YEAR_MIN, YEAR_MAX = 1900, 2100
# A year's end: "2024年底", "2023年末", "年底".
YEAR_END_WORDS = ("年底", "年末", "年終", "年终", "底", "末")
HALF_WORDS = {"上半年": "H1", "下半年": "H2", "上半年度": "H1", "下半年度": "H2"}
QUARTER_DIGITS = {"1": "Q1", "2": "Q2", "3": "Q3", "4": "Q4", "一": "Q1", "二": "Q2", "三": "Q3", "四": "Q4"}
# The year before the one the sentence speaks of: "相比上一年為20.1%".
PREVIOUS_YEAR_WORDS = ("上一年", "上年", "去年", "前一年", "一年前")
# Words before a year that make it the start of a span ("自1994年起", "自2009年以來").
PERIOD_START_BEFORE = ("自", "从", "從", "自从", "自從")
# Words before a period that make it a comparison base, not the period of figures later in the clause
# ("较2018年下跌10%"); a figure right after it with 的 still takes it ("比2018年的4.4%").
PERIOD_BASELINE_BEFORE = ("比", "较", "較", "与", "與", "相比", "对比", "對比")

# =================================================================================================
# --- names the shared core reads (segmentation, table cells). The segmentation helper extends these.
MONTHS = ["一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"]
ABBREVIATIONS: set[str] = set()
ORDINAL_WORDS_FOR_PARTS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

# Sentence ends, outline markers and date lines: the segmentation data (lang/zh_text.py).
from .zh_text import *  # noqa: E402, F403
