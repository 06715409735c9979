"""English wording the figure rules look for, as fenced constants.

Each constant is a closed list or a regex fragment without capture groups of its own; the rule
modules assemble them. A second language adds a sibling module with the same names.
Units and currencies are not listed here: they come from ``ipnlp/data/<lang>/units.tsv``.
"""

from __future__ import annotations

# --- subjects ------------------------------------------------------------------------------------
# Words that carry no identity when comparing what two figures measure ("the number of ...").
SUBJECT_STOPWORDS = frozenset({
    "the", "a", "an", "of", "for", "in", "on", "to", "and", "or", "by", "with", "from", "at", "as",
    "its", "their", "this", "that", "these", "those", "our", "number", "numbers", "total", "amount",
    "amounts", "volume", "year", "years", "annual", "nationwide", "whole", "country's", "reached",
    "was", "were", "is", "are", "has", "have", "had", "been", "be", "new-added", "about"
})

# Words of a subject that name who acts or how, not what is measured ("I will provide", "we will set
# aside", "households will receive"): a subject of only these identifies no metric.
GENERIC_SUBJECT_WORDS = frozenset({
    "i", "we", "you", "he", "she", "it", "they", "us", "them", "our", "my", "your", "his", "her",
    "will", "shall", "would", "should", "can", "could", "may", "might", "must", "also", "further",
    "provide", "provides", "provided", "providing", "receive", "receives", "received", "receiving",
    "give", "gives", "given", "giving", "set", "aside", "put", "get", "gets", "got", "make", "makes",
    "made", "take", "takes", "took", "increase", "increases", "increased", "raise", "raised",
    "allocate", "allocated", "spend", "spent", "commit", "committed", "invest", "invested", "extend",
    "extended", "introduce", "introduced", "enhance", "enhanced", "top", "up", "additional", "more",
    "each", "every", "all", "some", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "now", "then", "so", "which", "who", "what", "there", "here", "around", "over",
    # Verbs that state a figure, when the subject runs into them ("fintech firms reached").
    "reach", "reached", "reaches", "stood", "stands", "total", "totalled", "totaled", "totals",
    "amounted", "amounts", "came", "hit", "rose", "risen", "grew", "grown", "fell", "fallen",
    "decreased", "declined", "climbed", "dropped", "remained", "stayed", "was", "were", "is", "are",
    # A benchmark a figure is compared with ("well above the statutory minimum requirement of 3%",
    # "below the long-run historical average of 1.8%") is not the figure's metric.
    "requirement", "requirements", "minimum", "maximum", "statutory", "regulatory", "threshold",
    "target", "limit", "benchmark", "average", "ceiling", "floor", "historical", "long-run",
    "long-term",
})
# A time inside the period right after a figure ("to 2.00% in early November", "on 18 March"): the
# figure is a reading at that time, not the period's value.
MONTH_NAMES = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
               r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")
# Words right before a figure that make it a label of a part of the document, not a value:
# "Annex F-1", "notes 2.5 and 2.11", "Chart 13", "paragraph 4".
REFERENCE_LABEL_WORDS = (
    r"annex(?:es)?|appendix|appendices|notes?|charts?|tables?|figures?|figs?\.|box(?:es)?|"
    r"sections?|paragraphs?|paras?\.?|pages?|pp?\.|chapters?|articles?|clauses?|schedules?|exhibits?"
)

# --- part and whole ------------------------------------------------------------------------------
# A figure after one of these is a part of a figure stated before it ("...; among them, 76,000").
PART_CUES = (
    r"(?:among\s+(?:them|which|these|those|whom)|of\s+(?:which|whom|these|them)|including|"
    r"in\s+particular|out\s+of\s+which|consisting\s+of|comprising|composed\s+of|made\s+up\s+of|"
    r"namely|divided\s+into|split\s+into|broken\s+down\s+into)"
)
# Of those, the ones that announce a complete breakdown: the parts must add up to the whole.
EXHAUSTIVE_PART_CUES = (
    r"(?:of\s+(?:which|whom)|out\s+of\s+which|consisting\s+of|comprising|composed\s+of|"
    r"made\s+up\s+of|namely|divided\s+into|split\s+into|broken\s+down\s+into)"
)
# Words before a figure that make it a total of the figures listed with it ("a total of 80").
TOTAL_CUES = r"(?:\btotal(?:l?ing|l?ed)?\b|\baltogether\b|\bin\s+all\b|\bcombined\b|\bsum\s+of\b)"
# "..., bringing the total to 80": the total includes figures stated elsewhere, not just the
# ones in the sentence, so listed parts need only stay below it.
ACCUMULATION_CUES = (
    r"(?:bring(?:ing|s)?|brought|rais(?:e|es|ing|ed)|tak(?:e|es|ing)|took|push(?:es|ing|ed)?|"
    r"increas(?:e|es|ing|ed))\s+(?:the\s+|its\s+|their\s+)?(?:cumulative\s+|overall\s+)?total"
)

# --- previous values and changes -----------------------------------------------------------------
# Words right before a figure that make it the earlier value of a change ("rose from 100 to 120").
PREVIOUS_VALUE_BEFORE = (
    r"(?:\bfrom|\bcompared\s+(?:with|to)|\bagainst|\bversus|\bvs\.?|\bup\s+from|\bdown\s+from)"
)
# Words right after a figure that make it the earlier value ("100 a year earlier").
PREVIOUS_VALUE_AFTER = (
    r"(?:a\s+year\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+year|"
    r"the\s+year\s+before|last\s+year|in\s+the\s+(?:previous|prior|preceding|same)\s+(?:year|period))"
)

# --- thresholds ----------------------------------------------------------------------------------
# Verbs (not bare "over"/"above", which only qualify a figure) that state a figure crossed a
# mark from below ("the first country to exceed 4 million").
CROSSED_ABOVE = (
    r"(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|br(?:oke|eak|eaks|eaking)\s+(?:through|the)|"
    r"cross(?:es|ed|ing)?|top(?:s|ped|ping)|pass(?:es|ed|ing)?\s+the)"
)
# Verbs that state a figure went under a mark ("fell below 3%").
CROSSED_BELOW = (
    r"(?:(?:fell|fall(?:s|ing)?|dropp?(?:ed|ing|s)?|dipp?(?:ed|ing|s)?|went|go(?:es|ing)?)\s+"
    r"(?:below|under))"
)
LOWER_BOUND_QUALIFIERS = frozenset({"more_than", "over", "at_least"})
UPPER_BOUND_QUALIFIERS = frozenset({"less_than", "at_most", "nearly"})

# --- shares --------------------------------------------------------------------------------------
# A percentage near one of these is a share of a whole, not a growth figure or a rate.
SHARE_CUES = (
    r"(?:account(?:s|ed|ing)?\s+for|\bshares?\b|\bproportion\b|\bpercent(?:age)?\s+of\b|%\s+of\b)"
)
# Words that make a percentage the level of a rate or a share ("accounted for 13.04% of GDP", "the
# unemployment rate was 3.1%"): its change is a difference in percentage points. A percentage without
# one is usually a growth rate of a count or an amount ("housing prices fell 15%").
RATE_OR_SHARE_BEFORE = (
    r"(?:account(?:s|ed|ing)?\s+for|made\s+up|represent(?:s|ed|ing)?|\bshares?\b|\bproportions?\b|"
    r"\bratios?\b|\brates?\b|\bpercentage\b|\byields?\b|\bmargins?\b|\bcoverage\b|\bpenetration\b)"
)
# Right after the percentage: "13.04% of GDP", "12% of all filings".
RATE_OR_SHARE_AFTER = r"^\s*(?:of|per\s*cent\s+of)\s"
# Shares listed with one of these cover the whole: they must add up to about 100%.
PARTITION_CUES = (
    r"(?:\brespectively\b|\bthe\s+(?:rest|remainder|remaining|others?)\b|\bdivided\s+into\b|"
    r"\bbroken\s+down\b|\bsplit\b|\bdistribution\b)"
)

# --- wording -------------------------------------------------------------------------------------
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
# Characters that join the two ends of a range ("January-November", "2021–2025").
RANGE_DASHES = "-‐‑–—~"
# Words ending in "." that take a number right after them ("No.1", "Fig.2"): not footnotes.
NUMBERING_ABBREVIATIONS = frozenset({
    "no", "nos", "fig", "figs", "art", "arts", "vol", "vols", "p", "pp", "sec", "ch", "chap",
    "para", "tab", "eq", "ref", "refs", "item", "op"
})
SUPERSCRIPT_DIGITS = "¹²³⁴⁵⁶⁷⁸⁹⁰"

# Nouns that cannot be counted directly: "400 data" needs "items", "sets" or "types".
MASS_NOUNS = frozenset({
    "data", "information", "equipment", "software", "hardware", "advice", "evidence", "feedback",
    "knowledge", "research", "guidance", "assistance", "funding", "machinery", "furniture", "news",
    "progress", "training", "support", "materiel", "intelligence", "infrastructure"
})
# Words before a number that make it part of a name, not a count ("Level 3 support", "Article 5").
NUMBER_NAME_WORDS = frozenset({
    "level", "tier", "grade", "class", "phase", "stage", "article", "section", "chapter", "no",
    "number", "version", "category", "type", "annex", "appendix", "table", "figure", "item",
})
# Conjunctions after a mass noun: "20 research and development projects" counts the projects.
COORDINATORS = frozenset({"and", "or", "&"})
# Words allowed between a number and the mass noun it counts ("400 basic data").
COUNT_MODIFIER_MAX = 3
# Words that end the noun phrase after a number: if one comes first, no mass noun is counted.
NOUN_PHRASE_BREAKS = frozenset({
    "of", "for", "in", "on", "at", "to", "from", "by", "with", "under", "across", "among",
    "between", "into", "through", "during", "since", "such", "as", "per", "via", "within",
    "without", "including", "like", "than", "that", "which", "who", "whose", "where", "when",
    "while", "is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "would", "can",
    "could", "should", "may", "and", "or", "but", "so", "the", "a", "an", "its", "their", "this",
    "these", "those", "each", "both", "all"
})

# IPN407: a flow ("new", "newly added") stated with a verb that sets a level ("increased to").
FLOW_COUNT = r"\bnumber\s+of\s+(?:new|newly\s+\w+|additional)\b"
LEVEL_VERB_BEFORE = (r"\b(?:increased|rose|risen|grown|grew|climbed|reached|expanded)\s+to\s+"
                     r"(?:(?:more\s+than|over|nearly|about)\s+)?$")
TOTAL_WORD = r"\btotal\b"
