"""English language data: closed word lists and phrase patterns used by segmentation and extraction.

Open tables (units, scales, qualifiers) live in ``ipnlp/data/en/*.tsv``. Everything here is a short
closed list. Patterns are fragments (no capture groups of their own) that the extractors assemble.
"""

from __future__ import annotations

CODE = "en"

# --- numbers -------------------------------------------------------------------------------------
CARDINALS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dozen": 12,
}
TENS = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}
# "Firstly", "Secondly": enumeration adverbs, never quantities.
ORDINAL_ADVERBS = {w + "ly": n for w, n in ORDINALS.items()}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8,
             "eighths": 8, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100}
# "half a million", "a quarter billion", "three quarters of a million": a fraction of a scale word.
SCALE_FRACTIONS = {"half": "0.5", "half a": "0.5", "a half": "0.5", "quarter": "0.25", "a quarter": "0.25",
                   "quarter of a": "0.25", "a quarter of a": "0.25", "three quarters": "0.75",
                   "three quarters of a": "0.75"}
SCALE_WORDS_AFTER_FRACTION = ("thousand", "million", "billion", "trillion")
# Words that multiply the number written before them: "two dozen firms" (24), "3 dozens of eggs" (36).
MULTIPLYING_WORDS = {"dozen": 12, "dozens": 12}
# Vague quantities before "of": an order of magnitude, read as a range ("tens of thousands of jobs").
VAGUE_QUANTITIES = {"dozens": (12, 120), "scores": (40, 200), "hundreds": (100, 1000), "thousands": (1000, 10000),
                    "tens of thousands": (10000, 100000), "hundreds of thousands": (100000, 1000000),
                    "millions": (1000000, 10000000), "tens of millions": (10000000, 100000000),
                    "hundreds of millions": (100000000, 1000000000), "billions": (1000000000, 10000000000)}
VAGUE_NOTE = "vague quantity read as an order of magnitude"
# Units glued to a duration: "40min", "3hrs".
GLUED_DURATIONS = {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "yr": "year", "yrs": "year",
                   "sec": "second", "secs": "second"}
# Words that make the number after them negative: "minus five percent", "minus-5 yards".
MINUS_WORDS = ("minus", "negative")
# "a third of", "an eighth of": the article as numerator, only before "of" (else "a third party").
ARTICLE_NUMERATORS = {"a": 1, "an": 1}
# "half of the firms", "more than half of", "half the condos": a share with no numerator.
HALF_OF = r"half(?=\s+(?:of|the|its|their|all)\b)"
# "one in six", "four out of five": a share written as a ratio of two number words.
ONE_IN_N = r"\s+(?:in|out\s+of)\s+"
# "two and a half million": a half added to the number before a scale word.
AND_A_HALF = r"(?:\s+and\s+a\s+half|-and-a-half)(?![\w-])"
# Joiners inside one number written in words: "one hundred and two", "three million, two hundred".
COMPOUND_JOINERS = r"(?:\s+and\s+|\s*,\s*|\s+&\s+|\s+|-)"
# "a hundred", "a million": the article as the number one before a scale word.
ARTICLE_BEFORE_SCALE = r"(?:a|one)\s+(?=(?:hundred|thousand|million|billion|trillion)\b)"
ORDINAL_SUFFIX = r"(?:st|nd|rd|th)"
# Words joining the two ends of a range ("between 15 and 20", "15 to 20", "15-20"), and the words
# that must come before the first end when the joiner is a word.
RANGE_JOINERS = r"(?:\s*[-–—]\s*|\s+(?:to|and|or)\s+)"
# What may stand between the first end of a range and the joiner, or after the joiner, and still
# leave one range: "2.5% to 3.5%", "$10 to $15 billion", "HK$7.75–7.85".
RANGE_LOW_UNIT = r"(?:\s*%|\s+per\s*cent|\s*percent)?"
RANGE_OPENERS = {"between", "from", "of", "range", "ranging", "ranged"}
# "from X to Y" is a range only after words that say so ("prices range from", "anywhere from");
# otherwise it is an old and a new value ("raised the threshold from $4,000 to $8,000").
RANGE_OPENERS_NEEDING_CUE = {"from"}
RANGE_FROM_CUE = r"(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|anywhere|spann?(?:ing|s)?|estimates?)\b)"
# Verbs after which "up to" is a movement, not a bound: "edged up to 39.2%".
UP_TO_AFTER_VERBS = {"edged", "moved", "went", "crept", "ticked", "picked", "shot", "inched", "jumped",
                     "climbed", "rose", "surged", "go", "goes", "going", "gone", "move", "moves", "moving"}
# "rose from 15 to 20 million": a change between two values, not a range.
CHANGE_FROM_VERBS = r"(?:rose|risen|increased|grew|grown|climbed|jumped|fell|fallen|dropped|declined|decreased)"

# --- words around numbers ------------------------------------------------------------------------
# A number word after one of these restates a group already named ("the three countries"), or
# belongs to a fixed formula; it is not a measured quantity.
GROUP_DETERMINERS = {"the", "these", "those", "its", "their", "our", "both", "all", "each", "every"}
# "top 100": the size of a ranking list, not a measurement.
LIST_SCOPE_WORDS = {"top", "bottom", "first", "last"}
# Words before a number that make it a reference, not a quantity ("Article 20", "No. 5").
REFERENCE_WORDS = {
    "article", "articles", "art", "no", "nos", "number", "section", "chapter", "clause", "paragraph",
    "item", "rule", "decree", "order", "circular", "annex", "appendix", "table", "figure", "fig",
    "page", "p", "pp", "volume", "vol", "iso", "gb", "gb/t", "iec", "en", "part", "phase", "level",
    "grade", "class", "tel", "phone", "fax", "room", "line", "version", "v",
    # labels of report furniture and names that carry a number ("Chart 13", "note 2.5", "Tier 1")
    "chart", "charts", "tables", "figures", "box", "note", "notes", "footnote", "exhibit", "schedule",
    "annexes", "appendices", "paragraphs", "para", "pages", "sections", "chapters", "tier", "pillar",
    "terminal", "beps", "iphone", "windows", "galaxy", "basel", "route", "gate", "platform", "act",
    "step", "stage", "round", "batch", "model", "series", "flight", "block", "ward",
    "category", "categories", "steps", "stages", "phases", "tiers", "clauses",
    "s&p", "ftse", "stoxx", "nikkei", "dax", "cac",  # index names: "S&P 500" ("FTSE -0.6%" is a value)
    "nasdaq", "asx", "russell", "fortune", "sp",  # "Nasdaq 100", "S&P/ASX 200", "Fortune 500"
    "game", "row", "seat",  # "Game 7", "Row 21"
    "type",  # "Type 9 regulated activity", "type 2 diabetes"
    "cap", "regulation", "regulations",  # "(Cap. 155)", a chapter of Hong Kong's laws; "Regulation 5"
    "issue", "issues",  # "Vol 95, Issue 123"
}
# Units that may be hyphenated to their number and still make a figure: "a 300-basis point rise".
HYPHENATED_UNITS = r"-(?i:basis[- ]points?|percentage[- ]points?|per[- ]?cent|bps?)\b"
# Units of physical measure after a hanging hyphen that keep its number a figure: "a 7- or 8-inch screen"
# (where "3- and 4-room flats" labels a kind of flat).
MEASURES_AFTER_HYPHEN = {"inch", "foot", "metre", "meter", "mile", "kilometre", "kilometer", "km", "cm", "mm", "kg",
                         "pound", "litre", "liter", "gallon", "tonne", "ton", "acre", "hectare", "megawatt", "mw",
                         "kw", "gigawatt", "gw", "ounce", "gram", "yard", "degree"}
# Words before a number that make it an age condition for eligibility ("aged 55 and above").
AGE_CONDITION_WORDS = {"aged", "age", "ages"}
# Verbs before a bare number (or a number of years) that make it an age reached ("after you turn 40").
AGE_REACHED_WORDS = {"turn", "turns", "turning", "turned"}
# Measures whose bare figures are in years though the unit is never written: "life expectancy at birth
# rose to 84.1", "the median age of the workforce was 43". Read within a clause before the figure.
MEASURES_IN_YEARS_BEFORE = (r"(?i:\b(?:life\s+expectancy|(?:median|average|mean)\s+age)\b"
                            r"[^.,;:()\d]{0,60}(?:\d[\d.]*[^.,;:()\d]{1,30})?)$")
# "over the age of 21", "at the age of 40": the bare number after it is an age, in years.
AGE_OF_BEFORE = r"(?i:\bages?\s+of\s+)$"
AGE_UNIT = "year"
# Abbreviated months: "Oct. 31", "Sept. 20-24", "Jan 1": a day of the month, not a count (capitalised only).
MONTH_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
DAY_OF_MONTH_MAX = 31
# Words right after a number that make it part of a name ("737 Max").
NAMED_NUMBER_AFTER = r"\s+(?:Max|MAX|Plus|Pro|Ultra|Mini|Index)\b"  # "737 Max", "Standard & Poor's 500 Index"
# A street number: "18 Harbour Road", "55 Connaught Road Central", "1 Raffles Place".
STREET_AFTER = r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Street|Avenue|Lane|Drive|Square|Place|Boulevard|Terrace)\b"
# Words before a year that a note mark may be glued to: "since the crisis in 20092." is 2009, note 2.
YEAR_WORDS_BEFORE = r"(?i:\b(?:in|by|of|since|for|until|from|to|during|end-|mid-))\s*$"
# Clock times: "3.30 pm", "9am", "10 a.m.".
CLOCK_AFTER = r"\s?(?i:am|pm|a\.m\.|p\.m\.)(?![\w])"
# Words before a number word that make it a period, not a share: "the first three quarters".
PERIOD_ORDER_WORDS = {"first", "last", "next", "past", "previous", "final", "coming", "recent"}
# Spans of time a counted noun may name, beyond the duration units ("the past three decades").
TIME_SPAN_NOUNS = {"decade", "decades", "century", "centuries", "quarter", "quarters", "terms", "sessions"}
# Words after "the <ordinal>" that make it a rank ("the first country in the world to ...").
RANKED_ENTITY_NOUNS = {
    "country", "countries", "economy", "economies", "nation", "nations", "province", "provinces",
    "region", "city", "cities", "office", "offices", "company", "companies", "enterprise",
    "university", "universities", "place", "position",
}
RANK_VERBS = r"(?:rank(?:s|ed|ing)?|placed|placing|came|coming|finished|finishing|stood|standing)"
RANK_NOUNS = r"(?:place|position|spot)"
# Words before "N places" that make it a change of rank, not N localities.
RANK_CHANGE_CUES = (r"(?:improv\w*|ris(?:e|es|ing)|rose|climb\w*|jump\w*|advanc\w*|mov(?:e|ed|ing)|fell|"
                    r"fall\w*|drop\w*|slipp?\w*|up|down|gain\w*|los[st]\w*)")

# --- change phrases ------------------------------------------------------------------------------
# Text right before a percent/pp figure that makes it a change: "up 29.9%", "an increase of 0.44%".
CHANGE_UP = (r"(?:up|rising|rose|grew|growing|gain(?:ed|ing|s)?|climb(?:ed|ing|s)?|jump(?:ed|ing|s)?|"
             r"rall(?:ied|ying|ies)|rebound(?:ed|ing|s)?|spik(?:ed|ing)|le(?:a)?pt|leaped|"
             r"surg(?:ed|ing|es)|soar(?:ed|ing|s)?|added|advanc(?:ed|ing)|widen(?:ed|ing|s)?|"
             r"increas(?:e|ed|es|ing)(?:\s+(?:of|by))?|"
             r"(?:growth|rise|gain|jump|increase)\s+(?:of|by)|higher\s+by|an?\s+(?:year-on-year\s+)?"
             r"(?:increase|growth|rise|gain)\s+of)")
CHANGE_DOWN = (r"(?:down|falling|fell|dropp(?:ed|ing)|lost|los(?:e|es|ing)|shed|slipp(?:ed|ing)|"
               r"plummet(?:ed|ing|s)?|sank|slump(?:ed|ing|s)?|dipp(?:ed|ing)|shr(?:ank|unk|inking)|"
               r"retreat(?:ed|ing)|crash(?:ed|ing)|"
               r"slid|plung(?:ed|ing)|tumbl(?:ed|ing)|contract(?:ed|ing)|narrow(?:ed|ing|s)?|"
               r"declin(?:e|ed|es|ing)(?:\s+(?:of|by))?|"
               r"decreas(?:e|ed|es|ing)(?:\s+(?:of|by))?|(?:decline|drop|fall|decrease|reduction)\s+of|"
               r"lower\s+by|an?\s+(?:year-on-year\s+)?(?:decrease|decline|drop|fall|reduction)\s+of)")
# Between a change in points and the same change in percent: "fell 500 points, or 2.1%, to 17,000".
CHANGE_RESTATED = r",?\s+or\s+"
# After a stated change, another subject and "by" with the verb left out: "exports rose 5.1% and imports
# by 3.2%", "were down 2.3%, Burlington by 2.6%". No figure or verb in between: an auxiliary or a word
# in -ed, -ing, -en there is a verb of its own ("deposits were cut by 2%", "driven by 3%").
CHANGE_GAPPED = (r"(?:,\s*|,?\s+(?:and|while|whereas)\s+)"
                 r"(?:(?!(?:were|was|is|are|been|be|has|have|had|cut|set|put)\b)[A-Za-z][\w&'’-]*"
                 r"(?<!ed)(?<!ing)(?<!en)\s+){1,4}by\s+")
# Words between a change verb and its figure that qualify the change, not turn it into a level: "rose
# about 1.5%", "up nearly 57%", "fell more than 10%" (but "fell below 2%" is a level reached).
CHANGE_QUALIFIERS = (r"(?:about|around|roughly|approximately|nearly|almost|some|just|only|close\s+to|"
                     r"more\s+than|less\s+than|over|a\s+further|an\s+estimated)")
# After a change, the words that lead to the figure it changed: "rose 9% to €640m".
CHANGE_LEADS_TO = r"(?:\s+(?:year[- ]on[- ]year|yoy))?,?\s+(?i:to|at)\s+"
# What may follow a change figure and still belong to it.
CHANGE_TAIL = (r"(?:\s*(?:year[- ]on[- ]year|yoy|y/y|from\s+(?:a|the\s+previous|the\s+prior|last)\s+"
               r"year(?:\s+earlier)?|over\s+(?:the\s+)?(?:previous|prior|last|same\s+period\s+(?:of\s+)?"
               r"(?:last|the\s+previous)?)\s*(?:year|period)?(?:\s+last\s+year)?|compared\s+(?:with|to)\s+"
               r"(?:the\s+)?(?:previous|prior|last)\s+year|on\s+the\s+previous\s+year))?")

# Words between two figures that make the second the baseline of the first ("3.9 million headsets, up
# from 2.4 million", "460 cars compared with 63", "rose to 5.2% from 4.9"): the baseline is in the
# first figure's unit ("from" right after the figure; "compared with" may end a longer clause). And
# "280 million of the 1.5 billion shekels", "6 million homes including 1.5 million", "HK$500 billion, of
# which 120 billion": the part is in the whole's unit.
BASELINE_BETWEEN = (r"(?i:(?:,?\s+(?:(?:up|down)\s+)?from|\s+(?:compared\s+(?:with|to)|against|versus|vs\.?|"
                    r"including|of\s+which|of\s+whom))\s+"
                    r"(?:(?:about|around|roughly|nearly|almost|some|just|only)\s+)?)$")
PART_OF_WHOLE_BETWEEN = r"(?i:\s+of\s+(?:the|a|an|its|their)\s+(?:(?:total|planned|targeted)\s+)?)"

# A bare level whose unit the writer left out because a figure before it in the sentence gave it
# (extract/recognizers/counts.py::inherit_elided_units). Each form says so with its words, not with
# nearness alone, so "revenue was $5 billion and headcount was 120" keeps 120 a count.
_LEVEL_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|just|only)\s+)?"
# The level a counted change led to, after the change and its restatement in percent: "fell 500
# units, or 2.1%, to 17,000", "added 40 staff to 1,240".
LEVEL_AFTER_COUNTED_CHANGE = (r"(?i:(?:,?\s+or\s+(?:by\s+)?[-+\u2212]?\d[\d.,]*\s*(?:%|per\s*cent|percent)\s*,?)?"
                              rf"\s+to\s+{_LEVEL_HEDGE})")
# The level a percentage change led to: "climbed 0.1% to 1,333.18", "lost 1.1% to end at 1,334.20".
LEVEL_AFTER_CHANGE = (r"(?i:\s+(?:to|at)\s+(?:(?:a\s+)?(?:close|end|finish|settle)\s+(?:of|at)\s+)?"
                      rf"{_LEVEL_HEDGE})")
# A second clause that repeats the first with the change and its level only, joined by one of these.
PARALLEL_CLAUSE_JOINER = r"(?i:,|;|\b(?:and|while|whereas|but)\b)"
# A subject with its noun left out ("the highest forecast is 84.75 cents, while the lowest is 74.07"):
# the figure is in the unit of the figure of the clause before.
ELIDED_SUBJECT_BEFORE = (r"(?i:(?:,|;|\b(?:while|whereas|but|and))\s+the\s+(?:[a-z]+est|other|rest|remainder|"
                         rf"latter|former|second|third|next|last)\s+(?:is|was|are|were|stood\s+at)\s+{_LEVEL_HEDGE})$")
# "435 homes by open sale and 187 by tender", "400 seats for adults and 120 for children": the second
# figure answers the same preposition as the first.
SAME_PREPOSITION_AFTER = r"(?i:\s+(?P<prep>by|for|in|on|from|through|via)\s+[^;]{1,40}?\s+(?:and|while|but|whereas)\s+)"

# A relative pronoun of persons right after a bare figure: it counts people ("and 95,800 who have been
# unemployed for over two years", "300 who applied late").
PERSONS_AFTER = r"\s+(?:who|whom)\b"
PERSONS_UNIT = "people"
# A bare figure whose subject is an index is the index's level, in points: "The Hang Seng Index closed
# the year at 23,398".
INDEX_SUBJECT = r"(?i:\b(?:index|indices)\b)"
# Nouns that a number word before them makes the make-up of an illustrative household ("a couple with
# two young children"), not a count; in digits they count ("5 million children", "300 children").
HOUSEHOLD_MAKEUP_NOUNS = {"children"}
# A suffix that makes the figure approximate: "a 360-ish seat hall", "30-odd firms".
APPROXIMATE_SUFFIX = r"-(?:ish|odd)(?![\w-])"

# Bounds written after the figure ("5,000 or more", "aged 55 and above" is skipped earlier) and
# as symbols before it ("≥5%", "< 2 days").
BOUND_AFTER = (r"\s+(?i:(?:or|and)\s+(?:(?P<up>more|above|over|higher|greater|upwards)|"
               r"(?P<down>less|fewer|below|under|lower)))\b")
BOUND_SYMBOLS = {"≥": "at_least", "⩾": "at_least", ">": "more_than", "≤": "at_most", "⩽": "at_most",
                 "<": "less_than", "~": "approximately", "≈": "approximately",
                 ">=": "at_least", "=>": "at_least", "<=": "at_most", "=<": "at_most"}
# "less than 5000 or equal (to it)": the strict bound written first, loosened after the figure.
OR_EQUAL_AFTER = r"\s+(?i:or\s+equal)\b"
OR_EQUAL_BOUNDS = {"less_than": "at_most", "more_than": "at_least", "over": "at_least"}
# A bound after the figure says more than a vague word before it: "about 500 or more" is at least 500.
QUALIFIERS_A_BOUND_AFTER_OVERRIDES = {"approximately", "nearly"}

# "per cent of twenty-two", "percent of 10": the percent word written first, then the figure. Only
# where no figure comes before the percent word ("50 per cent of 20 firms" is 50%) and nothing is
# counted after the figure (see extract/recognizers/percent.py).
PERCENT_NAMED_BEFORE = r"(?i:(?<![\d%][\s\xa0]*)(?<!\bin\s+)\b(?:percents?|per\s?cents?)\s+of\s+)$"
PERCENT_NAMED_BEFORE_END = r"\s*(?:[.,;:!?)]|$)"

# --- money ---------------------------------------------------------------------------------------
# A declaration of the currency of bare amounts: "All amounts are in HK$", "expressed in Singapore
# dollars", "(in HK$ million)". {currency} is filled with every currency surface of units.tsv.
# Every declaration names one of CURRENCY_DECLARATION_WORDS (lower-case ASCII), and what comes before
# that word never changes the currency read after it: the pattern is tried only where one of those
# words is (money.document_facts), not at every place of the document.
CURRENCY_DECLARATION_WORDS = ("amounts", "figures", "values", "sums")
CURRENCY_DECLARATION = (r"(?i:\b(?:all\s+)?(?:" + "|".join(CURRENCY_DECLARATION_WORDS) + r")\s+(?:are\s+|were\s+)?"
                        r"(?:expressed\s+|stated\s+|given\s+|shown\s+|denominated\s+)?in\s+"
                        r"(?P<currency>{currency})(?![\w]))")
# How often a dollar jurisdiction must be named before a bare "$" is read as its dollar.
CURRENCY_JURISDICTION_MIN = 10
# How many explicit local dollars (HK$, S$ ...) a document must write before its bare "$" follows them.
CURRENCY_EXPLICIT_MIN = 3
# Currency symbols as ASCII transliteration writes them (unidecode folds "£" to "PS": "PS6m", "PS21,700";
# wire copy writes "¥" as "Y=": "Y=590 billion"). They are money only on a figure shaped like an amount
# (a scale, a comma or a decimal), never "PS5" or "y=3".
TRANSLITERATED_CURRENCY_PREFIXES = {"ps", "y="}
# Letters glued to a number that name a minor currency unit: "164p", "99c".
MINOR_UNIT_SUFFIXES = {"p": "pence", "c": "cent"}
# Plural nouns that a length or a size is taken of: "50m of cables", "100m sprints" are metres.
NOT_COUNTED_AFTER_ABBREVIATION = {"cables", "pipes", "roads", "sprints", "races", "lanes", "tracks", "metres",
                                  "meters", "steps", "lengths", "heights", "depths", "waves", "winds"}
# "30 MUSD", "MEUR 120": an ISO code after this letter counts millions.
MILLION_CODE_MARK = "m"
# "15 dollars 50", "3 dollars and 50 cents", "17 USD 25": minor units after a major amount.
MINOR_AFTER_MAJOR = r"(?:\s+and)?\s+"  # the whole gap between the two figures
# Words after a bare minor figure that keep it the amount's cents: "15 USD 50 more" (not a counted noun).
MINOR_FOLLOWERS = {"more", "less", "extra", "each", "apiece", "only"}
# "10 $ 30 cent": a currency symbol between the whole units and the cents it names.
MINOR_NAMED_AFTER = r"\s*cents?\b"
# Text before a bracketed amount that makes it a conversion, not a negative: "HK$3.7 billion (US$...".
CONVERSION_BEFORE_BRACKET = r"(?i:\d|million|billion|trillion|thousand|bn|mn|m|equivalent|or|about)\s*$"

# --- quantities in words -------------------------------------------------------------------------
# Verbs of multiplication: a change by a factor ("doubled" = up 100%, "halved" = down 50%).
MULTIPLIED_VERBS = {"doubled": ("up", 100), "doubling": ("up", 100), "doubles": ("up", 100),
                    "tripled": ("up", 200), "trebled": ("up", 200), "tripling": ("up", 200),
                    "quadrupled": ("up", 300), "halved": ("down", 50), "halving": ("down", 50)}
# "sixfold", "6-fold", "a tenfold increase": a ratio in times.
FOLD_SUFFIX = r"(?:-|\s)?fold\b"

# --- periods -------------------------------------------------------------------------------------
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
YEAR_MIN, YEAR_MAX = 1900, 2100
PERIOD_START_WORDS = r"(?:since|from)"  # "since 2019", "since the 18th National Congress"
PERIOD_PREPOSITIONS = r"(?:in|for|during|of)"  # "108,000 in 2024"

# --- sentences and headings ----------------------------------------------------------------------
# Tokens ending in "." that do not end a sentence.
ABBREVIATIONS = {
    "u.s.", "u.k.", "u.n.", "e.u.", "p.r.c.", "etc.", "e.g.", "i.e.", "no.", "nos.", "mr.", "mrs.",
    "ms.", "dr.", "prof.", "art.", "fig.", "vs.", "st.", "co.", "ltd.", "inc.", "corp.", "dept.",
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    "approx.", "vol.", "pp.", "p.",
}
# Abbreviations that end no sentence when a number follows: "(Cap. 628)", a chapter of Hong Kong's laws.
ABBREVIATIONS_BEFORE_NUMBER = {"cap."}
ORDINAL_WORDS_FOR_PARTS = {**CARDINALS, **ORDINALS}

# --- clause structure for subjects ---------------------------------------------------------------
# Words that end a noun phrase after a number (prepositions, relatives, auxiliaries, verbs).
NP_STOP_WORDS = {
    "of", "for", "in", "on", "at", "to", "from", "by", "with", "under", "across", "among", "between",
    "into", "through", "during", "since", "such", "as", "per", "via", "within", "without",
    "including", "like", "than", "that", "which", "who", "whose", "where", "when", "while", "is",
    "are", "was", "were", "has", "have", "had", "been", "be", "will", "would", "can", "could",
    "should", "may", "reached", "reaching", "rose", "increased", "decreased", "fell", "grew",
    "exceeded", "accounted", "stood", "totaled", "totalled", "amounted", "up", "down", "and/or",
    "so", "but", "or", "making", "bringing", "ranking", "becoming", "nationwide", "respectively",
    "each", "both", "all", "this", "these", "those", "its", "their", "the", "a", "an", "year-on-year",
    # verbs that end the noun a share is of: "a third of the population lives in", "45% of firms said"
    "said", "say", "says", "got", "get", "gets", "came", "come", "comes", "went", "go", "goes", "live",
    "lives", "having",
}
# Phrases that introduce what a bare figure counts: "the number of X reached N".
COUNT_HEAD_PHRASE = r"\b(?:total\s+|effective\s+|cumulative\s+)?(?:number|amount|volume|count|total)\s+of\b"
# Main verbs that link a subject to its figure: "X reached N", "X has been shortened to N".
LINKING_VERBS = (
    r"(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|are|was|were)\s+|will\s+(?:be\s+)?)?"
    r"(?:reach(?:ed|es)?|rose|risen|rise[sn]?|increased|decreased|fell|fallen|grew|grown|exceeded|"
    r"surpassed|stood|totall?ed|amounted|hit|dropped|declined|stabili[sz]ed|shortened|improved|"
    r"expanded|accounted|climbed|was|were|is|are|been)\b"
)

# --- small patterns the extractors assemble (English word order) -------------------------------
PARTITIVE_AFTER = r"\s+of\b"  # "two of them": a number word that picks from a group
# "a million and a half people", "two thousand and a half": half the scale word more (1.5 million).
HALF_OF_SCALE_AFTER = r"(?i:\s+and\s+a\s+half\b)"
PARTITIVE_BEFORE = {"of"}  # "one of seven": a number word inside a partitive
# "two of the banks", "three of its subsidiaries", "two of Johnson's deputies": a number word picking
# from a group that is named right after is a count of that group's noun ("two of them" is not).
PARTITIVE_WHOLE = (r"\s+of\s+(?:(?:the|its|their|our|his|her|these|those|this|that|"
                   r"[A-Za-z][\w&.-]*['\u2019]s)\s+)?")
# Prepositions that go on naming the whole a percentage is of ("the cost for reskilling workers").
SHARE_WHOLE_LINKS = {"for", "in", "on", "of", "to"}
SHARE_OF = r"\s+of\s+(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})"  # "13.04% of the GDP"
SHARE_SUBJECT = "{subject} share of {whole}"
RANK_WORD = "rank"  # appended to a ranked subject: "China's brand value rank"
BASELINE_BEFORE = r"(?i:\bfrom)\s+$"  # "from 29.0%": the earlier value of a change
DETERMINERS = r"\s*(?:(?i:the|a|an)\s+)?"
DEFINITE_BEFORE = "the "  # "the first country to ...": an ordinal ranking an entity
CHANGE_NOUN_AFTER = (r"\s+(?i:(?:year[- ]on[- ]year\s+)?(?:(?P<up>growth|increase|rise|gain)|"
                     r"(?P<down>decline|decrease|drop|fall|reduction)))\b")  # "15.7% year-on-year growth"
AMBIGUOUS_NUMBER_WORDS = {"one"}  # "one of the fastest", "one policy for one province": idioms
RANK_PLACE_NOUNS = {"places", "positions", "spots"}  # "24 places" after a rank change cue
COORDINATORS = {"and", "or"}
DURATION_OF_PREVIOUS = "for "  # "(ranking first) for two consecutive years"
# Clause boundaries inside a sentence: semicolons, ", and", ", with", "among them", and a comma
# followed by a capitalised word, a figure, "the" or a past-tense verb.
CLAUSE_BREAK = (r"[;:]|,\s+(?:and|while|with|whereas)\s+|(?i:\bamong\s+them\b),?|\bthat\s+|"
                r",\s+(?=[A-Z]|\d|the\s|[a-z]+ed\b)")
# Words a subject phrase must not end on when it was cut short ("... across the").
SUBJECT_DANGLING_WORDS = {"the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "across",
                          "and", "or", "from", "into", "under", "among"}
PAST_TENSE_SUFFIX = "ed"
# Endings of a verb form after a counted noun ("two sisters helped fraudsters", "dozens of vehicles
# following engine failures"): a plural after it is the verb's object, not the counted noun.
VERB_FORM_SUFFIXES = ("ed", "ing")
# A clause opening on a participle goes on with the subject before it: ", registering an overall gain of
# 9.1%" is the change of the figure before; adverbs that may come first: ", though still recording ...".
PARTICIPLE_ENDING = "ing"
# Where a change's own clause may start after the figure before it (searched backwards from the change).
CHANGE_CLAUSE_BREAK = r"(?:,|;|\b(?:and|while|whereas|but)\b)"
CLAUSE_ADVERBS = {"though", "although", "still", "thus", "also", "further", "even", "so", "thereby"}
IRREGULAR_PAST_VERBS = {"set", "built", "held", "made", "won", "sent", "paid", "led", "put"}
PLURAL_SUFFIX = "s"
NOT_PLURAL_ENDINGS = ("ss", "us", "is", "'s", "’s")  # "process", "campus", "basis", "China's"
MEN_PLURAL_SUFFIX = "men"  # "fishermen", "chairmen", "servicemen": plurals without an "s"
NOT_MEN_PLURAL_ENDINGS = ("imen", "omen", "umen", "amen")  # "specimen", "abdomen", "acumen", "stamen"
