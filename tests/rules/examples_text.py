"""Examples for the repetition, structure and terminology rules: (code, text, should_flag).

Written for texts other than the shipped report (a customs office, a statistics bureau, a water
authority...). tests/rules/test_examples.py runs each one with only its rule selected.
"""

from __future__ import annotations

_RESULTS_AND_PLANS = (
    "Annual Report of the Water Authority\n\n2025-02-10\n\n"
    "I. Work in 2024\n\n"
    "The authority issued the Implementation Plan for Flood Control in River Basins and trained "
    "3,000 inspectors.\n\n"
    "II. Work in 2025\n\n"
    "The authority will implement the plan for flood control in river basins and will train more "
    "inspectors.\n"
)

EXAMPLES = [
    # IPN201 duplicate-sentence
    ("IPN201",
     "Customs cleared 84,000 containers for the year, up 12.5% year-on-year; among them, refrigerated "
     "containers reached 9,000. Inspection rates fell. The number of containers cleared for the year "
     "was 84,500, up 12.5% year-on-year.", False),
    ("IPN201",
     "Customs cleared 84,000 containers for the year, up 12.5% year-on-year; among them, refrigerated "
     "containers reached 9,000. Inspection rates fell. Customs cleared 84,500 containers for the year, "
     "up 12.5% year-on-year.", True),
    ("IPN201",
     "The bureau published twelve monthly bulletins on regional employment and wages. Survey coverage "
     "widened. The bureau published twelve monthly bulletins on regional employment and wages.", True),
    ("IPN201", _RESULTS_AND_PLANS, False),  # a results part and a plans part in parallel wording
    ("IPN201",  # parallel sentences about two aggregates
     "Total exports fell by 2.1% in 2024, compared with a rise of 3.0% in 2023. Total imports rose by "
     "1.4% in 2024, compared with a rise of 2.2% in 2023.", False),
    ("IPN201",  # chart captions run into the text
     "Chart 4 Residential property prices and rents by size of flat in 2024\n\nPrices eased.\n\n"
     "Chart 5 Residential property prices and rents by district of flat in 2024\n\nRents rose.", False),
    ("IPN201",  # a speech formula with another minister each time
     "The Minister for Transport will say more at the committee debate next month. Rail fares stay "
     "frozen. The Minister for Health will say more at the committee debate next month.", False),
    ("IPN201",  # a list item and its negation
     "Where prices quoted in active markets were used, we checked them against independent dealer "
     "sources. Where prices not quoted in active markets were used, we checked them against "
     "independent dealer sources.", False),
    # IPN202 duplicate-clause
    ("IPN202",  # the next sentence takes up what the first introduced, as its subject
     "The portfolio holds listed equities of emerging markets, private credit and real estate. "
     "Listed equities of emerging markets are managed by external managers, while real estate is "
     "held directly.", False),
    ("IPN202",  # a contrast repeats the words to say something different
     "Enrolment of children aged five to six living in rental flats now matches the national rate. "
     "But for children aged three to four living in rental flats, enrolment is lower.", False),
    ("IPN202",
     "The agency strengthened inspections, built a nationwide early-warning network for drought and "
     "flood disasters, It will build a nationwide early-warning network for drought and flood "
     "disasters.", True),
    ("IPN202",
     "We recognised the lasting importance of the coastal restoration programme. Staff worked hard to "
     "recognise the lasting importance of the coastal restoration programme and to report on it.", True),
    ("IPN202",
     "The agency strengthened inspections and built an early-warning network. Next year it will train "
     "local staff and publish quarterly flood bulletins.", False),
    ("IPN202",  # a breakdown with different figures is not a restatement
     "Exports of processed seafood reached 41,000 tons, up 3.2%; among them, exports of processed "
     "seafood to Asian markets reached 17,000 tons, up 5.8%.", False),
    # IPN301 heading-numbering
    ("IPN301", "I. Overview\n\nText.\n\nII. Second, next steps\n\nMore text.\n", True),
    ("IPN301", "I. Overview\n\n1) Water\n\nText.\n\n2) Soil\n\nText.\n\n4) Air\n\nText.\n", True),
    ("IPN301", "I. Overview\n\n1) Water\n\nText.\n\n2) Soil\n\nText.\n\n3) Air\n\nText.\n", False),
    ("IPN301",  # dotted notes to accounts skip 3.3
     "# 3 ACCOUNTING POLICIES\n\n# 3.1 Basis of preparation\n\nText.\n\n# 3.2 Foreign currency\n\n"
     "Text.\n\n# 3.4 Leases\n\nText.\n", True),
    ("IPN301",  # Markdown headings numbered with roman numerals skip III
     "# I. Review of the year\n\nText.\n\n# II. Supervision\n\nText.\n\n# IV. Outlook\n\nText.\n", True),
    ("IPN301",  # a lettered outline: "C." is a letter, not 100
     "# A. Introduction\n\nText.\n\n# B. Growth\n\nText.\n\n# C. Jobs\n\nText.\n\n# D. Families\n\nText.\n", False),
    ("IPN301",  # a calendar of events: day-month headings are dates
     "# Events of the year\n\n# 4 Feb\n\nA seminar was held.\n\n# 21 Mar\n\nA workshop was held.\n\n"
     "# 2 June\n\nA conference was held.\n", False),
    ("IPN301",  # a second set of notes starts again at 1
     "# 1 GENERAL INFORMATION\n\nText.\n\n# 2 POLICIES\n\nText.\n\n# Fund statements\n\n"
     "# 1 GENERAL INFORMATION\n\nText.\n\n# 2 POLICIES\n\nText.\n", False),
    # IPN302 inconsistent-heading-punctuation
    ("IPN302", "I. Overview\n\n1). Water\n\nText.\n\n2) Soil\n\nText.\n\n3) Air\n\nText.\n", True),
    ("IPN302", "I. Overview\n\n1) Water\n\nText.\n\n2) Soil\n\nText.\n\n3) Air\n\nText.\n", False),
    # IPN303 enumeration-order
    ("IPN303",
     "Firstly, we revised the tariff code. Secondly, we trained examiners. Fourthly, we opened two new "
     "ports.", True),
    ("IPN303",
     "First, we revised the tariff code. Second, we trained examiners. Second, we opened two new "
     "ports.", True),
    ("IPN303",
     "Firstly, we revised the tariff code. The second is to train examiners. Thirdly, we opened two new "
     "ports. The second batch of ports opens in May.", False),
    ("IPN303",  # speech style: the second item is missing
     "There are three parts to the package. First, we will raise the grant for families. Third, we "
     "will extend the rebate for retirees.", True),
    ("IPN303",  # item one said with a cardinal
     "There are two prongs to the support we give. One is the permanent voucher scheme for lower-income "
     "homes. The second is the transitional package for all households.", False),
    # IPN304 enumeration-style
    ("IPN304",
     "First, we revised the tariff code. The second is to train examiners. Third, we opened two new "
     "ports.\n\nFirst, costs fell. Second, delays fell.", True),
    ("IPN304",
     "First, we revised the tariff code. Second, we trained examiners. Third, we opened two new ports.",
     False),
    # IPN410 term-inconsistency
    ("IPN410",
     "The 13th Development Programme ended in 2020 and the 14th Development Programme runs to 2025. "
     "Work has begun on the Ninth Development Programme for 2026-2030.", True),
    ("IPN410",
     "The National Water Saving Publicity Month opened in May. Next year the National Water Saving "
     "Awareness Month will open in June.", True),
    ("IPN410",
     "The State Intellectual Property Office signed the agreement. The China National Intellectual "
     "Property Administration will implement it.", True),
    ("IPN410", "The survey used multi-modal transport data. Multimodal data were also archived; "
               "multimodal methods helped.", True),
    ("IPN410",
     "The 18th Party Congress set the goal; the 20th Party Congress confirmed it. The 14th Development "
     "Programme runs to 2025 and the 15th Development Programme follows.", False),
    # IPN411 acronym-before-definition
    ("IPN411",
     "The NDMA published its plan. Later the National Disaster Management Authority (NDMA) held "
     "drills.", True),
    ("IPN411",
     "The National Disaster Management Authority (NDMA) published its plan. Later the NDMA held "
     "drills.", False),
    # IPN412 tense-inconsistency
    ("IPN412",
     "Report of the Statistics Bureau\n\n2025-03-01\n\nI. Results in 2024\n\n1) Coverage has been "
     "widened.\n\nText.\n\nII. Tasks for 2025\n\n1) Efforts will be made to widen coverage.\n\nText.\n\n"
     "2) Efforts have been made to speed up releases.\n\nText.\n\n3) Efforts will be made to train "
     "staff.\n\nText.\n", True),
    ("IPN412",
     "Report of the Statistics Bureau\n\n2025-03-01\n\nI. Results in 2024\n\n1) Coverage has been "
     "widened.\n\nIt has issued new rules.\n\nII. Tasks for 2025\n\n1) Efforts will be made to widen "
     "coverage.\n\nIt will issue new rules.\n\n2) Efforts will be made to speed up releases.\n\nText.\n",
     False),
    # IPN413 missing-space
    ("IPN413", "For details on eligibility, please refer toAnnex B-2 of the statement.", True),
    ("IPN413", "Grants are set out in Annex C. The grant is described inAnnex C as well.", True),
    ("IPN413",  # brand styles with one lower-case letter, and an acronym suffix
     "The mBridge project and the eHKD pilot ran on macOS and iPhone devices.", False),
    ("IPN413", "For details on eligibility, please refer to Annex B-2 of the statement.", False),
    # IPN414 misspelling (preview; needs the spelling extra)
    ("IPN414",
     "Lending to small firms grew. Lending standards were eased, and lendng to households rose. Lending "
     "to property developers fell.", True),
    ("IPN414",  # British spellings and inflections of a frequent word are not slips
     "The centre opened. The centre hired staff. The centre expanded, and two new centres were "
     "authorised by the board, which had authorized the centre.", False),
]
