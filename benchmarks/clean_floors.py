"""The clean-quality gate's sets and their pinned floors (benchmarks/clean_quality.py reads them).

Each set's first score, before any round tuned on it, is recorded beside its FLOORS row: that
is the honest figure of generalisation; rows are re-pinned after the round that tuned on the set.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SETS = {"tuned": FIXTURES / "text", "held-out": FIXTURES / "heldout",
        "outlets": FIXTURES / "outlets", "fresh": FIXTURES / "fresh",
        "fresh2": FIXTURES / "fresh2", "fresh3": FIXTURES / "fresh3",
        "fresh4": FIXTURES / "fresh4",
        "fresh5": FIXTURES / "fresh5",
        "fresh6": FIXTURES / "fresh6",
        "fresh7": FIXTURES / "fresh7",
        "fresh8": FIXTURES / "fresh8",
        "fresh9": FIXTURES / "fresh9",
        "fresh10": FIXTURES / "fresh10",
        "fresh11": FIXTURES / "fresh11",
        "fresh12": FIXTURES / "fresh12",
        "fresh13": FIXTURES / "fresh13",
        "fresh14": FIXTURES / "fresh14",
        "fresh15": FIXTURES / "fresh15",
        "fresh16": FIXTURES / "fresh16",
        "fresh17": FIXTURES / "fresh17",
        "fresh18": FIXTURES / "fresh18",
        "fresh19": FIXTURES / "fresh19",
        "fresh20": FIXTURES / "fresh20",
        "fresh21": FIXTURES / "fresh21",
        "fresh22": FIXTURES / "fresh22",
        "fresh23": FIXTURES / "fresh23",
        "fresh24": FIXTURES / "fresh24",
        "fresh25": FIXTURES / "fresh25",
        "fresh26": FIXTURES / "fresh26",
        "fresh27": FIXTURES / "fresh27",
        "fresh28": FIXTURES / "fresh28",
        "fresh29": FIXTURES / "fresh29",
        "fresh30": FIXTURES / "fresh30",
        "fresh31": FIXTURES / "fresh31",
        "fresh32": FIXTURES / "fresh32",
        "fresh33": FIXTURES / "fresh33",
        "fresh34": FIXTURES / "fresh34",
        "fresh35": FIXTURES / "fresh35",
        "fresh36": FIXTURES / "fresh36",
        "fresh37": FIXTURES / "fresh37",
        "fresh38": FIXTURES / "fresh38",
        "fresh39": FIXTURES / "fresh39",
        "fresh40": FIXTURES / "fresh40",
        "fresh41": FIXTURES / "fresh41",
        "fresh42": FIXTURES / "fresh42",
        "fresh43": FIXTURES / "fresh43",
        "fresh44": FIXTURES / "fresh44",
        "fresh45": FIXTURES / "fresh45",
        "fresh46": FIXTURES / "fresh46",
        "fresh47": FIXTURES / "fresh47",
        "fresh48": FIXTURES / "fresh48",
        "fresh49": FIXTURES / "fresh49",
        "fresh50": FIXTURES / "fresh50",
        "fresh51": FIXTURES / "fresh51",
        "fresh52": FIXTURES / "fresh52",
        "fresh53": FIXTURES / "fresh53",
        "fresh54": FIXTURES / "fresh54",
        "fresh55": FIXTURES / "fresh55",
        "fresh56": FIXTURES / "fresh56",
        "fresh57": FIXTURES / "fresh57",
        "fresh58": FIXTURES / "fresh58",
        "fresh59": FIXTURES / "fresh59",
        "fresh60": FIXTURES / "fresh60",
        "fresh61": FIXTURES / "fresh61",
        "fresh62": FIXTURES / "fresh62",
        "fresh63": FIXTURES / "fresh63",
        "fresh64": FIXTURES / "fresh64",
        "fresh65": FIXTURES / "fresh65",
        "fresh66": FIXTURES / "fresh66",
        "fresh67": FIXTURES / "fresh67",
        "fresh68": FIXTURES / "fresh68",
        "fresh69": FIXTURES / "fresh69",
        "fresh70": FIXTURES / "fresh70",
        "fresh71": FIXTURES / "fresh71",
        "fresh72": FIXTURES / "fresh72",
        "fresh73": FIXTURES / "fresh73",
        "fresh74": FIXTURES / "fresh74",
        "fresh75": FIXTURES / "fresh75",
        "fresh76": FIXTURES / "fresh76",
        "fresh77": FIXTURES / "fresh77",
        "fresh78": FIXTURES / "fresh78",
        "fresh79": FIXTURES / "fresh79",
        "fresh80": FIXTURES / "fresh80",
        "fresh81": FIXTURES / "fresh81",
        "fresh82": FIXTURES / "fresh82",
        "fresh83": FIXTURES / "fresh83",
        "fresh84": FIXTURES / "fresh84",
        "fresh85": FIXTURES / "fresh85",
        "fresh86": FIXTURES / "fresh86",
        "fresh87": FIXTURES / "fresh87",
        "fresh88": FIXTURES / "fresh88",
        "fresh89": FIXTURES / "fresh89",
        "fresh90": FIXTURES / "fresh90",
        "fresh91": FIXTURES / "fresh91",
        "fresh92": FIXTURES / "fresh92",
        "fresh93": FIXTURES / "fresh93",
        "fresh94": FIXTURES / "fresh94",
        "fresh95": FIXTURES / "fresh95",
        "fresh96": FIXTURES / "fresh96",
        "fresh97": FIXTURES / "fresh97",
        "fresh98": FIXTURES / "fresh98",
        "fresh99": FIXTURES / "fresh99",
        "fresh100": FIXTURES / "fresh100",
        "fresh101": FIXTURES / "fresh101",
        "fresh102": FIXTURES / "fresh102",
        "fresh103": FIXTURES / "fresh103",
        "fresh104": FIXTURES / "fresh104",
        "fresh105": FIXTURES / "fresh105",
        "fresh106": FIXTURES / "fresh106",
        "fresh107": FIXTURES / "fresh107",
        "fresh108": FIXTURES / "fresh108",
        "fresh109": FIXTURES / "fresh109",
        "fresh110": FIXTURES / "fresh110",
        "fresh111": FIXTURES / "fresh111",
        "fresh112": FIXTURES / "fresh112",
        "fresh113": FIXTURES / "fresh113",
        "fresh114": FIXTURES / "fresh114",
        "fresh115": FIXTURES / "fresh115",
        "fresh116": FIXTURES / "fresh116",
        "fresh117": FIXTURES / "fresh117"}

# Pinned floors (rounded down to two places). Rates are at-least floors; `duplicates` and
# `furniture` at-most ceilings (0: no furniture word ever as title or dateline). `tuned`,
# `held-out`, `outlets`: re-pinned after the issue 9 second round (all three score 1.0 on every
# rate; `outlets` was tuned on in that round, so it no longer measures generalisation).
# `exact` (paragraphs returned word for word) is reported, not gated yet.
RATES = ("recall", "removal", "title", "published", "dateline")
CEILINGS = ("duplicates", "furniture")


def _row(*values: float) -> dict[str, float]:
    return dict(zip(RATES + CEILINGS, values, strict=True))


FLOORS: dict[str, dict[str, float]] = {
    #                recall removal title published dateline  duplicates furniture
    "tuned":    _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "held-out": _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "outlets":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh`: untuned when added (recall 1.00 removal 0.98 title 0.86 published 0.93 dateline
    # 0.60, furniture 1); re-pinned after the issue 9 third round tuned on it (1.0 on every rate).
    "fresh":    _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh2`: 16 pages of 21 further publishers, written before any run of the cleaner and
    # first scored after the third round (recall 0.9810 removal 0.9752 title 14/16 published
    # 15/16 dateline 11/16 outlet 2/16 furniture 0): the honest figure of that round.
    # Re-pinned after the issue 9 fourth round tuned on it (1.0 on every rate).
    "fresh2":   _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh3`: 14 pages of 23 further publishers, written before any run of the cleaner and
    # first scored after the fourth round (recall 1.0000 removal 0.9241 title 13/14 published
    # 13/14 dateline 9/14 outlet 5/14 furniture 0): the honest figure of that round.
    # Re-pinned after the issue 9 fifth round tuned on it (1.0 on every rate).
    "fresh3":   _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh4`: 14 pages of 21 further outlets, written before any run of the cleaner and first
    # scored after the fifth round (the dateline shape detector): recall 1.0000 removal 0.9759
    # title 12/14 published 13/14 dateline 13/14 outlet 8/14 furniture 0 - that round's honest
    # figure.
    # Re-pinned after the issue 9 sixth round tuned on it (1.0 on every rate).
    "fresh4":   _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh5`: 15 pages of 19 further outlets, written before any run of the cleaner and first
    # scored after the sixth round (title by shape and lead overlap): recall 0.9897 removal
    # 0.9919 title 13/15 published 15/15 dateline 13/15 outlet 10/15 furniture 1 - that round's
    # honest figure.
    # Re-pinned after the issue 9 seventh round tuned on it (1.0 on every rate).
    "fresh5":   _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh6`: 13 pages of 13 further outlets, written before any run of the cleaner and first
    # scored after the seventh round: recall 0.9875 removal 0.9101 title 11/13 published 11/13
    # dateline 10/13 outlet 4/13 furniture 0 - untuned. Tuned on in round eight (general rules:
    # a dateline's own date, a bracketed dateline, a shouted slogan or a menu of places never
    # the title, an English page's shouted rubric no place, an advert's scroll prompt): re-pinned
    # at recall 0.9875 removal 0.9551 title 13/13 published 13/13 dateline 13/13 (outlet 5/13).
    "fresh6":   _row(0.98,  0.95,   0.99, 0.99,     0.99,     0,         0),
    # `fresh7`: 11 pages of 14 further outlets, written before any run of the cleaner and first
    # scored after the eighth round: recall 0.9825 removal 0.9583 title 11/11 published 9/11
    # dateline 9/11 outlet 6/11 furniture 2 (outlet names read as the place) - untuned. Tuned on
    # in round nine (general rules: the page's own shouted name or a shouted two-word brand
    # before a known place is the outlet, a date-time-writer-place-share line is a byline, a
    # feed's stamp is a date line, a byline's desk section, a writer bulleted under "Oleh :",
    # a desk code "(OL-13)"/"(Red)", two sign-offs "(dpr)(+)", a video prompt "Watch the video
    # ... here:", a tag box's definition): re-pinned at recall 1.0 removal 0.9792 title 11/11
    # published 11/11 dateline 11/11 (author 11/11, outlet 7/11) furniture 0.
    "fresh7":   _row(0.99,  0.97,   0.99, 0.99,     0.99,     0,         0),
    # `fresh8`: 12 pages of 13 further outlets, written before any run of the cleaner and first
    # scored after the ninth round: recall 1.0000 removal 0.9888 title 12/12 published 12/12
    # dateline 11/12 outlet 4/12 furniture 0 - untuned. Tuned on in round ten (general rules: a
    # dateline split over two lines, names above and the dash opening the lead; a sign-off in
    # title case "(Nad)" or of slashed parts "(R17/FM/SB/Adv)"; a Markdown heading's marks; a
    # line of mis-decoded styled letters; a logo's own case of a known brand; an address alone
    # as the first line is the logo; a credit's slash no part of the name): re-pinned at recall
    # 1.0 removal 1.0 title 12/12 published 12/12 dateline 12/12 (author 12/12, outlet 8/12).
    "fresh8":   _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh9`: 15 pages of 24 further outlets, written before any run of the cleaner and first
    # scored after the tenth round: recall 0.9925 removal 0.9647 title 15/15 published 14/15
    # dateline 10/15 author 11/15 outlet 5/15 furniture 2 (outlet names read as the place) -
    # untuned. `fresh10`: 15 pages of 29 further outlets, likewise: recall 0.9421 removal
    # 0.9795 title 11/15 published 15/15 dateline 9/15 author 13/15 outlet 3/15 furniture 1.
    # Tuned on in round eleven (general rules: the dateline read by its names and separators of
    # any punctuation - a rubric word before the place, a place glued to the address, an
    # address glued to the lead by its full stop, a space before the comma, a comma before the
    # dash, a metadata token before the dateline, a lone word the page prints nowhere else as
    # the outlet; a top-bar date never the title, an appended address stripped from it, a
    # report's byline, a digest's contents list; bylines under the date above the desk's label;
    # the page's top line as its name; a bracketed credit alone between paragraphs; a listing's
    # next item; a bare address ending a sentence): re-pinned at recall 1.0 removal 1.0 title
    # 15/15 published 15/15 dateline 15/15 (author 15/15, outlet 15/15) furniture 0, both sets.
    "fresh9":   _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh10":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh11`: 15 pages of 15-18 further outlets (national portals' sections, TV sites,
    # magazines, English editions), written before any run of the cleaner, scored after rounds
    # nine, ten and eleven alike: recall 1.0000 removal 0.9619 title 14/15 published 14/15
    # dateline 15/15 author 13/15 outlet 7/15 furniture 0. `fresh12`: 15 pages of 29 further
    # outlets (least-used provinces, government, courts, universities, citizen journalism,
    # English sites), first scored after round eleven: recall 0.9912 removal 0.9273 title 15/15
    # published 13/15 dateline 11/15 author 13/15 outlet 5/15 furniture 0. Never tuned on
    # before round twelve: the honest measure of rounds ten and eleven. Tuned on in round
    # twelve (general rules: a dateline's names of any kind - a radio frequency, a brand of
    # three words ending in an outlet's word, an address in any case - and an underscore
    # between them; a long institution's name after both place and outlet; a caption glued
    # before the dateline; a date after the place's dash; a name's short form in brackets
    # is no dateline; a top-bar date above the headline yields to the article's own; an
    # image's alt text is the headline plus a name; a kicker is no byline, a byline label
    # alone names the line below, a role in brackets and an avatar's label are no part of
    # the name; a question deck; platform notices, contact blocks, translator credits, a
    # bracketed teaser over the desk code, credits glued to the last sentence, a digest's
    # source credit (its source and date); a portal's, a campus's or a radio station's own
    # name): re-pinned at recall 1.0 removal 1.0 title 15/15 published 15/15 dateline 15/15
    # author 15/15 furniture 0 on both (outlet 8/15 and 13/15: the rest are OPEN in
    # tests/test_outlet_fixtures.py).
    "fresh11":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh12":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh13`: 15 pages of 31 further Sumatra and Java outlets (regional sites, government,
    # police, KPU), written before any run of the cleaner; scored after rounds eleven and twelve
    # alike: recall 1.0000 removal 0.9927 title 15/15 published 15/15 dateline 13/15 author 12/15
    # outlet 13/15 furniture 0. `fresh14`: 15 pages of 27 further outlets (Nusa Tenggara, Bali,
    # Papua, Sulawesi, Maluku Utara, Kalimantan; campus, sport, tech; four English pages): after
    # round eleven recall 0.9899 removal 0.8690 title 13/15 published 14/15 dateline 12/15, after
    # round twelve the same but published 15/15; author 15/15 outlet 8/15 furniture 0. Never
    # tuned on: the honest measure of round twelve. Tuned on in round thirteen (general rules:
    # a dateline of a known place and a comma with no dash, one alone on its line with a stray
    # mark, `OUTLET.ID CITY –` with no comma, `CITY, outlet |` in lower case, the page's own
    # name after the place's dash with no second dash, a dateline's short form of the
    # masthead; a featured-post slider above the post, a listing's next post under the share
    # bar that closes both, a title-cased headline that shares no word with the story, desk
    # codes with digits or a stray stop, a paywall's plea glued to the teaser, a headline
    # printed below a headerless teaser; an academic degree is no place, a press office's
    # `DESK/NAME` credit and a name under the closing code are bylines; a masthead over a
    # blog's date header or a lower-case logo over the menu, a source credited by its address
    # or as the credit prints it): re-pinned at recall 1.0 removal 1.0 title 15/15 published
    # 15/15 dateline 15/15 author 15/15 outlet 15/15 furniture 0 on both.
    "fresh13":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh14":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh15`: 15 pages of 31 further western-Indonesian outlets (local dailies in WordPress
    # themes, Blogspot portals, an e-paper, a radio newsroom, government press pages), written
    # before any run of the cleaner; after round twelve recall 0.9825 removal 0.9444 title 15/15
    # published 14/15 dateline 9/15 furniture 2, after round thirteen the same but removal 0.9537
    # (outlet names read as the place: `THE REPORTER - Banda Aceh |`, `PORTALJABAR`). `fresh16`:
    # 15 pages of 26 further eastern, Kalimantan and English-language outlets (JNews themes, an
    # e-paper, trade portals): after round twelve recall 0.9135 removal 0.9267 title 12/15
    # published 13/15 dateline 8/15 furniture 2; after round thirteen recall 0.9038 (one body
    # sentence lost) dateline 9/15. Never tuned on: the honest measure of round thirteen.
    # Tuned on in round fourteen (general rules: a dateline name that ends in or holds an
    # outlet word (Reporter, Magazine, Portal..., Lensa) or is spelt in camel case is the
    # outlet, the known place after it (`OUTLET - CITY |`) the place; a compass-named region
    # glued to its dash, an address glued to the first word, the masthead's last word after the
    # place, a capitalised name with digits before a dash; an e-paper's headline glued to
    # `Place (Outlet)` and its lead, a jump line and a lower-case signature set apart, a camera's
    # folder name before the lead dropped; an acronym the words before it spell is no desk code
    # (round thirteen's stray-stop code had cut "(PSR)."), a chat group named in a sentence is
    # no promo, a date line closing the sentence above and the paragraph under a caption that
    # carries its own credit are the story's, a quotation closed by "ujarnya" with no stop is
    # prose; a feed's footer ends the story, a camera's file name and an assistant's offer are
    # furniture; "By" and "Laporan Reporter X," are no part of a byline's name): re-pinned at
    # fresh15 recall 1.0 removal 1.0 title 15/15 published 15/15 dateline 14/15 author 13/15
    # outlet 11/15 furniture 0, fresh16 recall 1.0 removal 0.9419 title 13/15 published 13/15
    # dateline 14/15 author 14/15 outlet 11/15 furniture 0 (the rest are OPEN in
    # tests/test_outlet_fixtures.py).
    "fresh15":  _row(0.99,  0.99,   0.99, 0.99,     0.93,     0,         0),
    "fresh16":  _row(0.99,  0.94,   0.86, 0.86,     0.93,     0,         0),
    # `fresh17`: 15 pages of national portals' sections and layouts not studied before
    # (roundups, AMP, video, paginated and copied articles; 13 outlets), and `fresh18`: 15 pages of
    # 21 further local, police, court, religious and campus outlets (four English pages), written
    # before any run of the cleaner; first scored after round fourteen: fresh17 recall 0.9237
    # removal 0.8534 title 12/15 published 15/15 dateline 13/15 author 13/15 outlet 8/15
    # furniture 0; fresh18 recall 0.9898 removal 0.9877 title 14/15 published 13/15 dateline
    # 13/15 author 15/15 outlet 9/15 furniture 0. Never tuned on: the honest measure of round
    # fourteen. Tuned on in round fifteen (general rules: a video's crew credit "(A/B/C)" after
    # a multi-sentence description set apart, no caption's; a name printed more than once on the
    # page is no bare dateline, and a few capitalised words printed again down the page are a
    # banner; a roundup's read-more link lines; a page number or a day's date after the
    # headline; a spaced underscore for the dash, a domain glued to the shouted place, a place
    # glued to the lead's first word; a blog theme's widget titles): re-pinned at fresh17
    # recall 0.9831 removal 0.9573 title 15/15 published 15/15 dateline 14/15 author 13/15
    # outlet 9/15 furniture 0, fresh18 recall 0.9898 removal 0.9877 title 15/15 published 13/15
    # dateline 15/15 author 15/15 outlet 11/15 furniture 0 (the rest are OPEN in
    # tests/test_outlet_fixtures.py).
    "fresh17":  _row(0.98,  0.95,   0.99, 0.99,     0.93,     0,         0),
    "fresh18":  _row(0.98,  0.98,   0.99, 0.86,     0.99,     0,         0),
    # `fresh19`: 15 pages of 21 further Sumatra, Java, Bali and Nusa Tenggara outlets (two
    # English pages), and `fresh20`: 15 pages of 17 further Kalimantan, Sulawesi, Maluku and Papua
    # outlets (four English pages), written before any run of the cleaner; after round fourteen
    # fresh19 recall 1.0000 removal 0.9825 title 13/15 published 15/15 dateline 11/15 and fresh20
    # recall 0.9741 removal 0.9000 title 14/15 published 15/15 dateline 11/15, furniture 0;
    # after round fifteen the same. Never tuned on: the honest measure of rounds fourteen and
    # fifteen. Tuned on in round sixteen (general rules: an agency in brackets after the city's
    # province, an outlet after the city's comma, a word after the city's full stop, an
    # address glued to the place, a title-case kicker glued before the shouted city, a camel-case
    # brand glued to its dash; the lead's sharing read without its dateline, a caption closed by
    # its photo credit never the title, a running ticker in capitals no story start, a Markdown
    # quotation mark cut; on a blog's listing a date line over a headline over prose below the
    # story opens the next post): re-pinned at fresh19 recall 1.0 removal 1.0 title 15/15
    # published 15/15 dateline 14/15 author 15/15 outlet 11/15 furniture 0, fresh20 recall
    # 0.9741 removal 0.9667 title 15/15 published 15/15 dateline 14/15 author 15/15 outlet
    # 12/15 furniture 0 (the rest are OPEN in tests/test_outlet_fixtures.py).
    "fresh19":  _row(0.99,  0.99,   0.99, 0.99,     0.93,     0,         0),
    "fresh20":  _row(0.97,  0.96,   0.99, 0.99,     0.93,     0,         0),
    # `fresh21`: 12 pages of 16 further western-Indonesian outlets (two English pages), and
    # `fresh22`: 12 pages of 13 further eastern-Indonesian outlets and two national portals'
    # English sections (three English pages), written before any run of the cleaner; after
    # rounds fifteen and sixteen alike: fresh21 recall 0.9872 removal 0.9556 title 12/12
    # published 12/12 dateline 9/12 author 10/12 outlet 7/12, fresh22 recall 1.0 removal 1.0
    # title 12/12 published 12/12 dateline 11/12 author 12/12 outlet 9/12, furniture 0. Never
    # tuned on: the honest measure of rounds fifteen and sixteen. Tuned on in round seventeen
    # (general rules: a gazetteer of every province, regency, city and regency seat; a comma
    # before the bracketed outlet, an outlet's name then a bracketed date, a place and the
    # site's address alone on a line, a press office after the dateline's comma; a lead closed
    # by its bracketed date; "Prepared by" bylines without the office credited beside the
    # writer; a copyright line's tagline; a listing's next teaser under its comment count):
    # re-pinned at fresh21 recall 1.0 removal 1.0 title 12/12 published 12/12 dateline 12/12
    # author 12/12 outlet 11/12, fresh22 recall 1.0 removal 1.0 title 12/12 published 12/12
    # dateline 12/12 author 12/12 outlet 11/12, furniture 0 (the rest are OPEN in
    # tests/test_outlet_fixtures.py).
    "fresh21":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh22":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh23` (15 pages: Aceh, Riau Islands, South Sumatra, Jambi, Bengkulu, Banten, Java, two
    # English campus sites), `fresh24` (15: Tribun and Suara network editions, Maluku and
    # Sulawesi outlets, three English), `fresh25` (14: state company, ministry, election, school,
    # religious and sector press pages, three English), `fresh26` (15: North Sumatra, Bangka,
    # Kalimantan, Bali, Nusa Tenggara, three English), `fresh27` (14: Java and Jakarta local
    # portals and blogs, two English), `fresh28` (15: Nusa Tenggara, Papua, North Maluku,
    # Sulawesi, Kalimantan, two English): 88 pages of 88 outlets in no earlier set, written
    # before any run of the cleaner. First scored after round seventeen (untuned): fresh23
    # recall 0.9792 removal 0.9543 title 14/15 published 15/15 dateline 13/15 author 14/15
    # outlet 13/15; fresh24 1.0 0.9756 10/15 13/15 13/15 14/15 8/15; fresh25 0.9917 0.9365
    # 12/14 14/14 12/14 14/14 5/14; fresh26 0.9850 0.9850 14/15 15/15 11/15 14/15 9/15
    # (furniture 1); fresh27 0.9919 0.9730 13/14 13/14 12/14 13/14 10/14; fresh28 0.9837
    # 0.9897 13/15 15/15 12/15 11/15 12/15; duplicates 0 everywhere. fresh23-fresh26 tuned on
    # in round eighteen (three tuners: titles and times, datelines and outlets, the body; the
    # families are in the commit): re-pinned at fresh23 recall 1.0 removal 1.0 title 15/15
    # published 15/15 dateline 14/15 outlet 14/15, fresh24 1.0 1.0 15/15 15/15 15/15 11/15,
    # fresh25 1.0 0.9841 14/14 14/14 14/14 12/14, fresh26 1.0 0.9925 15/15 15/15 15/15 15/15,
    # furniture 0 (the rest are OPEN in tests/test_outlet_fixtures.py). fresh27 and fresh28,
    # scored again after round eighteen: the same figures to the digit.
    "fresh23":  _row(0.99,  0.99,   0.99, 0.99,     0.93,     0,         0),
    "fresh24":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh25":  _row(0.99,  0.98,   0.99, 0.99,     0.99,     0,         0),
    "fresh26":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh29` (15 pages: North and Central Kalimantan, Riau Islands, West Sulawesi, Jambi,
    # Bengkulu, West Papua, West Sumatra, two English) and `fresh30` (14: nine English pages
    # about Indonesia from NGO, campus, central-bank, business and tourism sites; press-release
    # stories, opinion columns and an explainer), written before any run of the cleaner; first
    # scored after round eighteen (untuned): fresh29 recall 1.0 removal 0.9206 title 14/15
    # published 14/15 dateline 13/15 author 13/15 outlet 10/15 furniture 0; fresh30 recall
    # 0.9313 removal 0.8425 title 9/14 published 14/14 dateline 11/14 author 10/14 outlet 7/14
    # furniture 1.
    # fresh27-fresh30 tuned on in round nineteen (three tuners; the families are in the commit),
    # with run-on text broken back into lines (runon.py) and the learned title ranker as the
    # fallback where the rules give no title (title_model.py): re-pinned at fresh27 recall 1.0
    # removal 1.0 title 14/14 published 14/14 dateline 14/14 outlet 13/14, fresh28 1.0 1.0 15/15
    # 15/15 13/15 14/15, fresh29 1.0 1.0 15/15 15/15 15/15 14/15, fresh30 1.0 1.0 13/14 14/14
    # 14/14 11/14, furniture 0 (the rest are OPEN in tests/test_outlet_fixtures.py).
    "fresh27":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh28":  _row(0.99,  0.99,   0.99, 0.99,     0.86,     0,         0),
    "fresh29":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh30":  _row(0.99,  0.99,   0.92, 0.99,     0.99,     0,         0),
    # `fresh31` (15 pages: Java, Jakarta, Yogyakarta; two English), `fresh32` (14: Sumatra; two
    # English), `fresh33` (14: Papua, Maluku, Sulawesi, Kalimantan, Nusa Tenggara; a feed
    # digest, a raw-HTML paste; two English), `fresh34` (12: a fact check, a network edition,
    # listings, a radio newsroom, an aggregator, an academic opinion site; three English): 55
    # pages of 55 outlets in no earlier set, written before any run of the cleaner. First scored
    # after round eighteen (untuned): fresh31 recall 0.9921 removal 0.9388 title 13/15
    # published 14/15 dateline 11/15 (furniture 1); fresh32 0.9912 0.9204 14/14 13/14 10/14
    # (duplicates 1); fresh33 0.9909 0.8990 13/14 12/14 11/14 (furniture 1); fresh34 0.9789
    # 0.9563 11/12 10/12 10/12. Again after round nineteen (with the title fallback, whose
    # threshold was fixed on the tuned sets after the ranker's titles on these four were seen):
    # fresh31 0.9921 0.9320 14/15 14/15 11/15 (furniture 1); fresh32 0.9912 0.9558 14/14 14/14
    # 10/14 (duplicates 1); fresh33 0.9909 0.8990 14/14 12/14 11/14 (furniture 1); fresh34
    # 0.9789 0.9313 11/12 10/12 10/12. With the learned dateline fallback (dateline_model.py,
    # its threshold fixed on the tuned sets before any run on these): fresh32 dateline 11/14,
    # the rest the same.
    # Re-pinned after round twenty tuned on fresh31-fresh36 (recall 1.0 on all six, removal
    # 0.9932-1.0, title, published and dateline 80/80, furniture 0).
    "fresh31":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh32":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh33":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh34":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh35` (13 pages: Aceh, Riau Islands, Bali, Yogyakarta, Central Java, Banten; two
    # English) and `fresh36` (12: Central and Southeast Sulawesi, North Kalimantan, West and
    # East Nusa Tenggara; two English): 25 pages of 25 outlets in no earlier set, written
    # before any run of the cleaner, after every choice of this session. First scored after
    # round nineteen (untuned): fresh35 recall 1.0 removal 0.9744 title 13/13 published 11/13
    # dateline 8/13 (furniture 1); fresh36 1.0 0.9750 12/12 12/12 10/12 (furniture 2). With the
    # dateline fallback: fresh35 dateline 10/13, fresh36 the same.
    "fresh35":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh36":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh37` ... `fresh43` (97 pages of 97 outlets in no earlier set, written before any run of
    # the cleaner while round twenty tuned on fresh31-36). First scored after round twenty
    # (untuned; recall removal title published dateline):
    # fresh37 (Java and Banten): 1.0000 0.9709 12/12 12/12 11/12
    # fresh38 (Sumatra and Nusa Tenggara): 1.0000 0.9726 14/15 15/15 13/15 (furniture 1)
    # fresh39 (Sulawesi, Kalimantan, Maluku, Papua): 0.9905 1.0000 14/14 14/14 13/14
    # fresh40 (national, magazine, radio, tech, trade, religious): 0.9787 0.9677 13/13 13/13 13/13
    # fresh41 (Central/East/West Java, Yogyakarta, pesantren): 1.0000 0.9796 15/15 14/15 14/15
    # fresh42 (North/South Sulawesi, Kalimantan, Papua): 1.0000 0.9877 13/14 13/14 13/14
    #   (furniture 1)
    # fresh43 (English pages about Indonesia; court, regency, parliament, police pages):
    #   0.9902 0.9632 12/14 11/14 12/14 (duplicates 1)
    # Re-pinned after rounds twenty-one, twenty-two and 22b tuned on fresh37-fresh43 (recall 1.0
    # but fresh40 0.9858, removal 1.0, title, published and dateline 97/97, duplicates and
    # furniture 0, exact 1.0 but fresh40 0.9733).
    "fresh37":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh38":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh39":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh40":  _row(0.98,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh41":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh42":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh43":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh44` ... `fresh47` (58 pages written before round twenty-one) and `fresh48`, `fresh49`
    # (30 pages written during round twenty-two), outlets in no earlier set, each written before
    # any run of the cleaner. First scored after round 22b, once, from a clone of HEAD
    # (untuned; recall removal title published dateline):
    # fresh44 (Sumatra): 1.0000 0.9867 15/15 14/15 12/15 (furniture 1)
    # fresh45 (Bali, Nusa Tenggara, Jakarta, Banten, West Java): 1.0000 1.0000 14/14 13/14 11/14
    # fresh46 (eastern Indonesia): 0.9932 1.0000 15/15 14/15 12/15 (furniture 1)
    # fresh47 (network editions, special media, page types): 0.9531 0.9620 14/14 13/14 14/14
    # fresh48 (Sumatra and Kalimantan, campus pages): 1.0000 0.9923 13/15 15/15 13/15
    #   (furniture 1)
    # fresh49 (Java to Papua portals, national sections): 1.0000 0.9711 15/15 14/15 12/15
    # fresh44-47 re-pinned after rounds twenty-three and 23b tuned on them (recall, removal,
    # exact, title, published and dateline 1.0 on all four, furniture 0). fresh48-49 scored
    # again after round twenty-three, which never read them: the same to the digit.
    "fresh44":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh45":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh46":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh47":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # fresh48-49 re-pinned after round twenty-four tuned on them with fresh50-51 (recall,
    # title, published and dateline 1.0 on all four, removal 0.9962-1.0, furniture 0).
    "fresh48":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh49":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh50` (national desks, detikJateng, East Java portals, ministry releases, two English
    # pages) and `fresh51` (church, campus, radio and local pages of Nusa Tenggara, Sulawesi and
    # Maluku; one English), 27 pages written at the end of round 23b before any run of the
    # cleaner. First scored at the start of round twenty-four, once, from a clone of HEAD
    # (untuned; recall removal title published dateline):
    # fresh50: 0.9865 0.9880 13/14 14/14 12/14
    # fresh51: 1.0000 0.9942 13/13 13/13 9/13 (furniture 1)
    # Both re-pinned after round twenty-four tuned on them (recall, removal, title, published
    # and dateline 1.0, exact 0.9726-0.9891, furniture 0).
    "fresh50":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh51":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh52` (ANTARA Kalbar, detikJatim, an RSS mirror, local sites of Java, Sumatra and
    # Sulawesi), `fresh53` (Sumatra, Kalimantan and Papua portals, a provincial secretariat, an
    # English regional section), `fresh54` (Bekasi, Banten and West Java locals, special-interest
    # portals, two English pages) and `fresh55` (church, mosque, pesantren, campus, village and
    # district pages of Bali, NTB, Java and Yogyakarta; two English): 57 pages written during
    # round twenty-four before any run of the cleaner, first scored after it, once, from a clone
    # of HEAD (untuned; recall removal title published dateline):
    # fresh52: 1.0000 0.9895 15/15 15/15 14/15
    # fresh53: 0.9921 1.0000 14/14 14/14 12/14
    # fresh54: 0.9786 0.9726 13/14 13/14 9/14 (furniture 1)
    # fresh55: 0.9268 0.9676 12/14 11/14 13/14 (duplicates 1)
    # All four re-pinned after round twenty-five tuned on them (recall, removal, title, published
    # and dateline 1.0, exact 0.9667-1.0, duplicates and furniture 0).
    "fresh52":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh53":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh54":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh55":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh56` (Gorontalo, North Sulawesi and North Maluku portals, police, prosecutors, DPRD;
    # two English police pages), `fresh57` (Aceh, North Sumatra, Riau Islands, Bangka Belitung,
    # Lampung; campus press, a regency PPID, ANTARA Babel's English page) and `fresh58` (Central
    # and East Java and Madura portals, Tribun regional pages, national sections, three English
    # pages): 45 pages written during round twenty-five before any run of the cleaner, first
    # scored after it, once, from a clone of HEAD (untuned; recall removal title published
    # dateline):
    # fresh56: 0.9852 0.9965 15/15 15/15 11/15
    # fresh57: 1.0000 0.9632 14/15 14/15 12/15 (furniture 1)
    # fresh58: 0.9324 0.9805 14/15 14/15 12/15 (furniture 1)
    # Re-pinned after round twenty-six tuned on them (recall 1.0, removal 0.9951-1.0, title and
    # published 1.0, dateline 1.0 but fresh58 14/15, exact 0.9882-1.0, furniture 0).
    "fresh56":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh57":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh58":  _row(0.99,  0.99,   0.99, 0.99,     0.93,     0,         0),
    # `fresh59` (Central, South and North Kalimantan and West Sulawesi local and government
    # portals; two English), `fresh60` (West Java, Banten and Jakarta locals, sports, automotive
    # and health sites; three English) and `fresh61` (Papua, Maluku and NTT portals, a church
    # council, a regency parliament, a campus; two English): 42 pages written during round
    # twenty-six before any run of the cleaner, first scored after it, once, from a clone of HEAD
    # (untuned; recall removal title published dateline; the same at the commit before round
    # twenty-six but fresh60 exact 0.9717 there):
    # fresh59: 0.9831 0.9830 11/14 14/14 12/14
    # fresh60: 0.9895 0.9418 10/14 14/14 12/14
    # fresh61: 0.9104 0.9936 13/14 14/14 13/14 (against its first expectations, whose twelve
    # leads kept their dateline against every other set's convention; corrected 2026-12-02, the
    # same cleaner gives 1.0000 0.9939, exact 1.0000)
    # Re-pinned after round twenty-seven tuned on them (recall 1.0, removal 0.9947-1.0, title,
    # published, dateline, author and outlet 1.0, exact 1.0, furniture 0).
    "fresh59":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh60":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh61":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh62` (West Sumatra, Riau, Jambi, Bengkulu, South Sumatra; radio and TV sites, adat
    # and cooperative news), `fresh63` (Bali, NTB, Yogyakarta, Central Java; education, religion,
    # culture, pesantren and school news; two English), `fresh64` (East Kalimantan, South and
    # Southeast Sulawesi; state companies', agencies', port and airport press pages; one
    # English), `fresh65` (trade and sector press; two English mining pages), `fresh66` (West
    # Kalimantan, Malay and Dayak community news, local sports; one English) and `fresh67` (law
    # and court news, legal-aid and NGO releases, Jakarta hyperlocal; two English): 88 pages
    # from 88 outlets written during round twenty-seven before any run of the cleaner, scored
    # once from a clone of HEAD before the round (6e47b52) and once after it (3b171c1), the
    # same but fresh66 exact 0.9643 -> 0.9762 (recall removal title published dateline):
    # fresh62: 1.0000 0.9956 14/14 14/14 11/14
    # fresh63: 0.9832 0.9911 14/15 14/15 12/15 (furniture 2)
    # fresh64: 1.0000 0.9655 14/14 14/14 12/14 (furniture 1)
    # fresh65: 0.9774 0.9724 13/15 14/15 15/15
    # fresh66: 1.0000 1.0000 14/15 15/15 12/15 (furniture 1)
    # fresh67: 0.9932 1.0000 15/15 14/15 15/15
    # Re-pinned after round twenty-eight tuned on fresh62-64 (recall 1.0, removal 0.9956-1.0,
    # titles, published, datelines and authors 1.0, outlets 41/43, exact 0.9889-1.0,
    # furniture 0). fresh65-67 stayed untouched for round twenty-eight as well.
    "fresh62":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh63":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh64":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh68` (Central and North Sulawesi, Gorontalo and North Maluku; disaster and health
    # news; two English), `fresh69` (East and Central Java and Madura; technology, automotive,
    # celebrity and lifestyle sections; two English) and `fresh70` (Lampung, Bangka Belitung,
    # Riau Islands, Banten; tourism, fisheries, a village portal; one English reprint): 42 pages
    # written during round twenty-eight before any run of the cleaner. fresh65-70 (87 pages) are
    # round twenty-eight's untouched measure, scored from clones of HEAD before the round
    # (1a4fada) and after it (fed8ea3): the same but fresh66 datelines 12/15 -> 13/15
    # (recall removal title published dateline, after):
    # fresh65: 0.9774 0.9724 13/15 14/15 15/15
    # fresh66: 1.0000 1.0000 14/15 15/15 13/15 (furniture 1)
    # fresh67: 0.9932 1.0000 15/15 14/15 15/15
    # fresh68: 1.0000 1.0000 13/14 13/14 13/14
    # fresh69: 1.0000 0.9950 14/14 14/14 14/14
    # fresh70: 0.9928 1.0000 14/14 14/14 11/14
    # Re-pinned after round twenty-nine tuned on fresh65-70 (recall 0.9932-1.0, removal
    # 0.9954-1.0, titles, published and datelines 1.0, exact 0.9894-1.0, furniture 0).
    "fresh65":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh66":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh67":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh68":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh69":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh70":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh71` (Aceh, North and West Sumatra; dayah, mosque and Muhammadiyah news), `fresh72`
    # (Bekasi, Bogor, Depok, Tangerang; transport, housing, floods, city hall; one English) and
    # `fresh73` (Bima, Sumbawa, Lombok, Central Kalimantan, Makassar; campus and farm news; two
    # English): 42 pages written during round twenty-nine before any run of the cleaner, scored
    # from clones of HEAD before the round (0bcf172) and after it (f55ad5d), (recall removal
    # title published dateline; before -> after):
    # fresh71: 0.9927 0.9795 11/14 13/14 11/14 -> 1.0000 0.9846 12/14 13/14 12/14
    # fresh72: 1.0000 0.9955 14/14 13/14 14/14 -> the same (authors 13 -> 14)
    # fresh73: 0.9864 0.9907 14/14 13/14 13/14 -> the same
    # Re-pinned after round thirty tuned on fresh71-73 (HEAD e5cfba9): every gated rate 1.0
    # but fresh72's removal (0.9955) and fresh73's datelines (13/14).
    "fresh71":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh72":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh73":  _row(0.99,  0.99,   0.99, 0.99,     0.92,     0,         0),
    # `fresh74` (North Kalimantan, West Sulawesi, the new Papua provinces; police and military
    # pages; two English), `fresh75` (regional governments, Bawaslu, KPU, Kemenag), `fresh76`
    # (network regional and sports desks; one English) and `fresh77` (church, temple and vihara
    # news, arts, opinion, a release wire; two English): 56 pages written during round thirty
    # before any run of the cleaner, scored from clones of HEAD before the round (43421fd) and
    # after it (e5cfba9) (recall removal title published dateline; before -> after):
    # fresh74: 0.9911 1.0000 15/15 15/15 14/15 -> the same
    # fresh75: 0.9810 0.9943 10/13 13/13 11/13 -> the same
    # fresh76: 0.9860 1.0000 14/14 14/14 14/14 -> the same (exact 0.9560 -> 0.9670)
    # fresh77: 0.9583 0.9774 12/14 13/14 12/14 -> the same (furniture 1: a byline as title)
    # Re-pinned after round thirty-one tuned on fresh74-77 (HEAD 5d42ac1): recall, titles,
    # published and datelines 1.0 on all four, removal 0.9943-1.0, furniture 0.
    "fresh74":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh75":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh76":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh77":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh78` (Banten, Cirebon, Indramayu, the Central Java north coast; one English),
    # `fresh79` (NTT, Maluku, Bali; one English), `fresh80` (national politics and law desks,
    # reprints, aggregators; one English) and `fresh81` (Riau Islands border towns, the IKN
    # area; two English): 57 pages written during round thirty before any run of the cleaner,
    # scored from clones of HEAD after round thirty (e5cfba9) and after round thirty-one
    # (5d42ac1) (recall removal title published dateline; before -> after):
    # fresh78: 1.0000 0.9873 13/14 14/14 12/14 -> the same
    # fresh79: 0.9759 0.9961 13/14 13/14 13/14 -> the same (furniture 1)
    # fresh80: 0.9932 0.9955 13/14 12/14 13/14 -> the same
    # fresh81: 1.0000 0.9809 14/15 14/15 14/15 -> removal 0.9847, the rest the same
    # Re-pinned after round thirty-two tuned on fresh78-81 (two tuners; recall removal title
    # published dateline, at 66bb48c -> after the round):
    # fresh78: 1.0000 0.9873 13/14 14/14 12/14 -> 1.0000 0.9915 13/14 14/14 14/14
    # fresh79: 0.9759 0.9961 13/14 13/14 13/14 -> 0.9940 1.0000 13/14 13/14 14/14 (furniture 1)
    # fresh80: 0.9932 0.9955 13/14 12/14 13/14 -> 1.0000 0.9955 14/14 14/14 14/14
    # fresh81: 1.0000 0.9847 14/15 14/15 14/15 -> 1.0000 1.0000 15/15 15/15 15/15
    # Left: fresh78's capitals headline printed below the body, fresh79's roundup page (its
    # title is its first item's, and the roundup's own dated title reads as a date line).
    "fresh78":  _row(0.99,  0.99,   0.92, 0.99,     0.99,     0,         0),
    "fresh79":  _row(0.99,  0.99,   0.92, 0.92,     0.99,     0,         1),
    "fresh80":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh81":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh82` (Central Java south and Solo Raya; two English), `fresh83` (health, science and
    # environment desks; two English), `fresh84` (East Java's Tapal Kuda and Malang Raya; two
    # English) and `fresh85` (business, finance and market desks; two English): 60 pages
    # written before round thirty-two and any run of the cleaner, scored from clones of HEAD
    # before the round (66bb48c) and after it (recall removal title published dateline;
    # before -> after):
    # fresh82: 1.0000 0.9913 13/15 14/15 14/15 -> published 15/15, the rest the same
    # fresh83: 1.0000 0.9670 15/15 15/15 12/15 -> the same
    # fresh84: 0.9909 1.0000 14/15 15/15 14/15 -> the same (recall with jatimnet's expectation
    #          corrected: an inline `Baca Juga:` line had been expected in the body; 0.9864)
    # fresh85: 0.9891 0.9877 15/15 14/15 15/15 -> the same
    # Re-pinned after round thirty-three tuned on them (two tuners): titles, published and
    # datelines 60/60, recall 0.9909-1.0, removal 0.9811-1.0, furniture 0.
    "fresh82":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh83":  _row(0.99,  0.98,   0.99, 0.99,     0.99,     0,         0),
    "fresh84":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh85":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh86` (transport and logistics desks; two English), `fresh87` (agriculture,
    # plantation and fisheries; two English), `fresh88` (campus and education news in Sulawesi,
    # Kalimantan, Maluku and Papua; two English) and `fresh89` (culture, tourism and lifestyle;
    # two English): 58 pages written during round thirty-two before any run of the cleaner,
    # scored from clones of HEAD before round thirty-two (66bb48c), after it (2b3c36a) and
    # after round thirty-three (540debe) (recall removal title published dateline):
    # fresh86: 1.0000 0.9952 14/14 13/14 12/14 -> the same -> the same (furniture 1)
    # fresh87: 1.0000 0.9852 13/15 14/15 14/15 -> the same -> the same
    # fresh88: 0.9897 0.9924 14/15 13/15 11/15 -> published 14/15 -> the same
    # fresh89: 0.9950 0.9956 14/14 13/14 14/14 -> the same -> the same
    "fresh86":  _row(0.99,  0.99,   0.99, 0.99,     0.92,     0,         1),
    # Round 38: every set reads a Blogspot footer's time with its date header's date; here
    # each set's one blog page expects it in its place's zone, which the gazetteer does not
    # know (a site named for Gumbasa district, a dateline "Kurulu Village"): 14/15 -> 13/15.
    "fresh87":  _row(0.99,  0.98,   0.93, 0.86,     0.99,     0,         0),
    "fresh88":  _row(0.99,  0.99,   0.93, 0.86,     0.99,     0,         0),
    "fresh89":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh90` (West Java's Priangan and south coast; one English), `fresh91` (North Sumatra
    # beyond Medan; one English), `fresh92` (South, West and Central Sulawesi beyond the
    # capitals; one English) and `fresh93` (sports beyond the network desks; two English): 59
    # pages written after round thirty-three before any run of the cleaner, scored from clones
    # of HEAD before the districts joined the gazetteer (4e6eaa3) and after (00db900)
    # (recall removal title published dateline):
    # fresh90: 0.9826 0.9954 14/15 14/15 13/15 -> dateline 14/15 (furniture 1 -> 0)
    # fresh91: 0.9844 0.9890 14/14 13/14 12/14 -> the same
    # fresh92: 0.9903 0.9958 14/15 13/15 12/15 -> the same
    # fresh93: 1.0000 0.9731 15/15 15/15 12/15 -> the same
    "fresh90":  _row(0.99,  0.99,   0.99, 0.93,     0.99,     0,         0),
    "fresh91":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh92":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh93":  _row(0.99,  0.98,   0.99, 0.99,     0.93,     0,         0),
    # `fresh94` (Aceh beyond Banda Aceh; one English), `fresh95` (the interior of Jambi,
    # Bengkulu and South Sumatra; one English), `fresh96` (Papua's highlands, south and north
    # coast; one English) and `fresh97` (technology, telecom and automotive desks; two English):
    # 60 pages written at the end of the session of 2026-12-02 afternoon, scored once from a clone
    # of its final cleaner (dae00a4) and pinned there (recall removal title published dateline):
    # fresh94: 1.0000 1.0000 14/15 15/15 12/15
    # fresh95: 0.9944 0.9959 15/15 13/15 14/15
    # fresh96: 1.0000 0.9900 12/15 11/15 14/15
    # fresh97: 1.0000 0.9683 13/15 15/15 15/15
    "fresh94":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh95":  _row(0.99,  0.99,   0.99, 0.93,     0.99,     0,         0),
    "fresh96":  _row(0.99,  0.99,   0.80, 0.80,     0.93,     0,         0),
    "fresh97":  _row(0.99,  0.97,   0.93, 0.99,     0.99,     0,         0),
    # Round thirty-four (two tuners: titles and datelines; published times and the body) tuned
    # on fresh86-97 and re-pinned them above; their scores after it (recall removal title
    # published dateline): 177 pages, sentences 2297 -> 2308 of 2309, furniture removed 2727 ->
    # 2738 of 2755, titles shown 166 -> 170 of 176, published shown 114 -> 121 of 128,
    # datelines shown 95 -> 112 of 114 (made up 2 -> 1).
    # `fresh98` (Kalimantan's interior, Bangka-Belitung and the Riau Islands), `fresh99` (Nusa
    # Tenggara, Bali's regencies, Maluku; parish and village-blog news), `fresh100` (police,
    # courts and religious affairs; two English) and `fresh101` (DPRD and city halls; women's,
    # family, health and food desks; two English): 56 pages written during round thirty-four
    # before any run of the cleaner, round thirty-four's untouched measure, scored from HEAD
    # before it (a9f4d43) and after it: set by set the same, pinned at those scores:
    # fresh98: 0.9858 1.0000 13/13 13/13 12/13
    # fresh99: 0.9781 0.9853 13/13 11/13 10/13
    # fresh100: 0.9724 0.9862 15/15 15/15 14/15
    # fresh101: 0.9316 0.9865 14/15 13/15 12/15
    # Re-pinned after round thirty-five (two tuners: body; titles, dates and datelines) tuned
    # on them: sentences 739 -> 768 of 768, furniture removed 1008 -> 1016 of 1017, duplicates
    # 1 -> 0, titles shown 55 -> 56 of 56, published shown 41 -> 43 of 45, datelines shown
    # 35 -> 42 of 42 (made up 1 -> 0), furniture fields 1 -> 0.
    "fresh98":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh99":  _row(0.99,  0.99,   0.99, 0.84,     0.99,     0,         0),
    "fresh100":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh101":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    # `fresh102` (Central Java's north coast and interior, DIY's regencies; two English),
    # `fresh103` (entertainment, celebrity, K-pop, gaming, viral and column pages; two English),
    # `fresh104` (ministries', agencies' and institutions' pages; labour, migrant-worker,
    # consumer and housing desks; two English) and `fresh105` (foreign broadcasters' Indonesian
    # services and diaspora sites; two English): 60 pages written during round thirty-five
    # before any run of the cleaner, its untouched measure, scored from HEAD before it (5d91517)
    # and after it (1ff76dd): set by set the same, pinned at those scores (recall removal title
    # published dateline):
    # fresh102: 0.9886 1.0000 15/15 15/15 14/15
    # fresh103: 0.9351 0.9589 14/15 15/15 14/15
    # fresh104: 1.0000 1.0000 15/15 13/15 14/15
    # fresh105: 1.0000 0.9391 14/15 8/15 12/15
    # Re-pinned after round thirty-six (two tuners: body; titles, dates and datelines) tuned on
    # them: sentences 777 -> 792 of 794, furniture removed 991 -> 1011 of 1017, titles shown
    # 58 -> 59 of 59, published shown 38 -> 47 of 47, datelines shown 24 -> 28 of 28 (made up
    # 3 -> 0).
    "fresh102":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh103":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh104":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh105":  _row(0.99,  0.97,   0.99, 0.99,     0.99,     0,         0),
    # `fresh106` (mainland Riau's regencies; two English), `fresh107` (school and education
    # desks in western Indonesia; two English), `fresh108` (hajj, umrah, halal, zakat and
    # sharia-economy portals; two English) and `fresh109` (UMKM, cooperative and BUMDes news,
    # press-release sites; two English): 60 pages written during round thirty-six before any
    # run of the cleaner, its untouched measure, scored from HEAD before it (bf8786e) and after
    # it (363f66b): set by set the same, pinned at those scores (recall removal title published
    # dateline):
    # fresh106: 0.9937 0.9953 14/15 14/15 12/15
    # fresh107: 1.0000 1.0000 14/15 13/15 14/15
    # fresh108: 1.0000 0.9841 15/15 13/15 15/15
    # fresh109: 0.9894 0.9835 14/15 13/15 14/15
    # Re-pinned after round thirty-seven (two tuners: body; titles, dates and datelines) tuned
    # on them: sentences 747 -> 750 of 750, furniture removed 940 -> 951 of 951, titles shown
    # 56 -> 59 of 59, published shown 42 -> 46 of 49, datelines shown 36 -> 40 of 40 (made up
    # 1 -> 0), outlets 39 -> 56 of 60.
    "fresh106":  _row(0.99,  0.99,   0.99, 0.93,     0.99,     0,         0),
    "fresh107":  _row(0.99,  0.99,   0.99, 0.93,     0.99,     0,         0),
    "fresh108":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh109":  _row(0.99,  0.99,   0.99, 0.93,     0.99,     0,         0),
    # `fresh110` (East Java's Mataraman and north coast; two English), `fresh111` (crime,
    # accident, fire and disaster desks, live pages; two English), `fresh112` (fact-check,
    # explainer and Q&A pages; two English) and `fresh113` (West Nusa Tenggara; two English):
    # 60 pages written during round thirty-seven before any run of the cleaner, its untouched
    # measure, scored from HEAD before it (754d77d) and after it (fe5bbbc): set by set the same
    # but one outlet (fresh110 rasifm: "Rasi FM Magetan", the copyright line's fuller name, for
    # the masthead's "Rasi FM"), pinned at the scores after (recall removal title published
    # dateline):
    # fresh110: 1.0000 1.0000 15/15 13/15 13/15
    # fresh111: 0.9732 0.9927 14/15 13/15 12/15
    # fresh112: 0.9420 0.9816 12/15 12/15 12/15
    # fresh113: 1.0000 0.9959 15/15 11/15 12/15
    # Re-pinned after round thirty-eight tuned on them (two tuners; the Blogspot footer's time
    # settled for every set first): recall 0.9420-1.0 -> 0.9601-1.0, published 49 -> 57 of 60,
    # datelines 49 -> 58 of 60, outlets 49 -> 55 of 60.
    "fresh110":  _row(0.99,  0.99,   0.99, 0.99,     0.99,     0,         0),
    "fresh111":  _row(0.99,  0.99,   0.93, 0.99,     0.93,     0,         0),
    "fresh112":  _row(0.96,  0.98,   0.80, 0.86,     0.93,     0,         0),
    "fresh113":  _row(0.99,  0.99,   0.99, 0.93,     0.99,     0,         0),
    # `fresh114` (West Sumatra beyond Padang, Minang diaspora; two English), `fresh115` (energy,
    # mining, oil and gas, electricity, palm oil and commodities; two English), `fresh116`
    # (Southeast Sulawesi, Gorontalo, North Sulawesi's islands; two English) and `fresh117`
    # (military and police-unit news pages, citizen journalism; two English): 60 pages written
    # during round thirty-eight before any run of the cleaner, its untouched measure, scored
    # from HEAD before it (743b807), after the Blogspot footer's time (9cafa1d) and after the
    # round (beee648) (recall removal title published dateline):
    # fresh114: 1.0000 0.9765 15/15 14/15 14/15 -> published 15/15 -> the same
    # fresh115: 1.0000 0.9959 15/15 13/15 13/15 -> published 15/15 -> the same
    # fresh116: 1.0000 0.9857 15/15  8/15 12/15 -> published 12/15 -> the same
    # fresh117: 0.9554 1.0000 14/15 11/15 11/15 -> published 15/15 -> the same (furniture 1)
    "fresh114":  _row(0.99,  0.97,   0.99, 0.99,     0.93,     0,         0),
    "fresh115":  _row(0.99,  0.99,   0.99, 0.99,     0.86,     0,         0),
    "fresh116":  _row(0.99,  0.98,   0.99, 0.80,     0.80,     0,         0),
    "fresh117":  _row(0.95,  0.99,   0.93, 0.99,     0.73,     0,         1),
}
