"""English word lists for the repetition, structure and terminology rules (IPN2xx, IPN3xx, IPN41x).

Closed lists only, kept as fenced constants so a second language is a sibling module with the same
names. Ordinal numbers themselves come from ``ipnlp.lang.en`` (read, never copied).
"""

from __future__ import annotations

from .._languages import any_language_set


def _word_set(words: str) -> frozenset[str]:
    """A closed list written as whitespace-separated words, for lists too long for one line."""
    return frozenset(words.split())


# --- tokens that carry no content when comparing clauses ----------------------------------------
# Function words: two clauses that share only these share nothing.
FUNCTION_WORDS = _word_set(
    """a an the of to for in on at by with from and or but nor as so than that this these those it
    its they their them we our us he she his her is are was were be been being has have had will
    would shall should can could may might must do does did done not no also such which who whom
    whose what when where while into onto upon over under about across among between through during
    within without via per all any each every both other others more most further very well"""
) | any_language_set((), "FUNCTION_WORDS")  # Chinese: characters ("的", "了") compared one by one

# --- parallel sentences ------------------------------------------------------------------------
# Verbs that state a figure: swapping one for another ("reached" / "was") rewords a sentence, it
# does not make it about something else.
REPORTING_VERBS = _word_set(
    """reach reached reaches reaching stood stand stands total totals totalled totaled totalling amount
    amounted amounts came come comes rose rise rises risen grew grow grows grown fell fall falls fallen
    increased increase increases decreased decrease decreases declined decline declines remained
    remain remains stayed stay stays recorded record records registered register was were is are
    been be hit hits climbed dropped expanded contracted"""
)
# Words whose insertion turns a sentence into its counterpart, not its copy ("inputs not based on
# observable data", "values above $13,000").
CONTRAST_WORDS = _word_set("not no non never without except excluding above below under over up less more") \
    | any_language_set((), "CONTRAST_WORDS")
# Labels that open a caption, not a sentence: "Chart 13 Liquidity ratios of designated AIs".
CAPTION_LABELS = r"(?:Chart|Table|Figure|Fig\.|Box|Exhibit|Graph|Diagram|Map|Panel)"

# --- enumerations --------------------------------------------------------------------------------
# "The second is to ...": an ordinal introduced as a clause, not as an adverb.
ENUMERATION_CLAUSE_LEAD = r"(?:the|its)"
ENUMERATION_CLAUSE_VERBS = r"(?:is|are|was|were)"

# --- tense ---------------------------------------------------------------------------------------
# Part headings that announce plans ("do a good job of ... work in 2025", "Tasks for 2025").
PLAN_HEADING_CUES = (
    r"(?:do\s+a\s+good\s+job|tasks?\s+for|plans?\s+for|priorities|work\s+plan|key\s+work|will|"
    r"arrangements?\s+for|outlook|next\s+steps?)"
)
# Part headings that announce results ("Main Progress of ... Work in 2024", "Review of 2024").
RESULT_HEADING_CUES = r"(?:progress|achievements?|results?|review|retrospect|looking\s+back|summary)"
# Grammatical subjects that open a report sentence about the reporting body's own actions.
ACTOR_SUBJECTS = r"(?:It|We|They|The\s+(?:Party|office|administration|system|department|ministry))"
FUTURE_AUX = r"(?:will|shall|is\s+going\s+to|are\s+going\s+to)"
PERFECT_AUX = r"(?:has|have)"
# Adverbs allowed between an auxiliary and its verb ("has further promoted", "will actively ...").
MANNER_ADVERB = r"(?:\w+ly|further|also|still|already|continuously|always|not)"

# --- names ---------------------------------------------------------------------------------------
# Lower-case words allowed inside a capitalised multi-word name ("Outline for the Construction of a
# Powerful Country with Intellectual Property Rights", "Belt and Road").
NAME_CONNECTORS = frozenset({"of", "for", "the", "a", "an", "and", "with", "on", "in", "to", "between"})
# Words that start a sentence or a clause in title case without starting a name.
NAME_STOP_STARTERS = _word_set(
    """The A An This That These Those It Its We Our They Their In On At By For From With To And But
    Or As Of Among Over Under After Before During Since Together Jointly Continuously Promoting
    Deepening"""
)

# Former and alternate English names of the same body: (name, preferred name, relation).
# Domain data, kept small: a report that uses both forms names one body two ways.
BODY_ALIASES: tuple[tuple[str, str, str], ...] = (
    ("State Intellectual Property Office", "China National Intellectual Property Administration",
     "former name"),
    ("SIPO", "China National Intellectual Property Administration", "former acronym"),
    ("State Administration for Industry and Commerce", "State Administration for Market Regulation",
     "former name"),
    ("General Administration of Market Supervision", "State Administration for Market Regulation",
     "alternate translation"),
    ("Office for Harmonization in the Internal Market", "European Union Intellectual Property Office",
     "former name"),
    ("OHIM", "European Union Intellectual Property Office", "former acronym"),
    ("Korean Intellectual Property Office", "Ministry of Intellectual Property", "former name"),
)

# Spelling variants of one word: (suffix, alternative suffix). "geographic" / "geographical",
# "organisation" / "organization".
SUFFIX_VARIANTS: tuple[tuple[str, str], ...] = (
    ("ical", "ic"),
    ("isation", "ization"),
    ("ise", "ize"),
    ("ised", "ized"),
    ("ising", "izing"),
    ("our", "or"),
    ("tre", "ter"),
)
