"""Pure (round 33): a desk's sign-off closing the last paragraph that the older tables
(boilerplate_credits.END_MARKS) did not know, as regular expressions for them to join.

- slashed codes whose parts carry a hyphen, a web address or the (c) year, with or without
  spaces round the slashes: "(Hum-PRT/Bjn/Rsd)", "(adi/ jemberkab.go.id /Diskominfo©2026)",
  "(rin / sidoarjokab.go.id)": every part one token, at least one a desk's (a hyphen, an
  address, a year's mark) and none a number alone ("(30/3)" is the story's date);
- a press office's name in lower case and the day it sent the release: "(humas dinkeskab,
  12/3)", "(tim kominfo, 21/2)": no story's aside is all lower case before a bare day/month.

No sentence of a story ends in either."""

from __future__ import annotations

import re

_PART = r"[A-Za-z][\w.©-]{0,24}"
# one part a desk's: a hyphened code, an address, a (c) year
_MARKED = r"(?:[A-Za-z]{2,8}-[A-Za-z]{2,8}|(?:[\w-]+\.)+[a-z]{2,3}|[A-Za-z]{3,15}\s?©\s?\d{4})"
SLASHED_DESK = (rf"\((?=[^()]*{_MARKED}[/)\s])(?-i:{_PART})(?:\s?/\s?(?-i:{_PART}"
                r"(?:\s(?-i:[A-Z][a-z]+))?(?:\s?©\s?\d{4})?)){1,4}\)")
DATED_DESK = (r"\((?-i:(?:humas|tim|redaksi|kominfo|diskominfo|prokopim|rilis|pr)"
              r"(?: [a-z]{2,20}){0,3}),\s?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)")
# Round 34: a writer's shouted name over the editor's lower-case initial, "(RINA WATI/m)"; an
# outlet's shouted address over initials, "(KABARKOTA.COM/Sap)"; initials over the paper's
# name in lower case, "(asw/palu ekspres)" (never "dan/atau"); initials with a space inside
# the bracket, "( red)"; a lower-case code alone after the last stop, "... miliar. nzr".
SHOUTED_DESK = (r"\((?-i:[A-Z]{2,}(?: [A-Z]{2,}){1,3})\s?/\s?(?-i:[a-z]{1,4})\)"
                r"|\((?-i:[A-Z0-9-]{3,}(?:\.[A-Z]{2,3}){1,2})\s?/\s?(?-i:[A-Za-z]{2,5})\)")
PAPER_DESK = (r"\((?-i:(?!dan\b|atau\b)[a-z]{2,4})\s?/\s?(?-i:[a-z]{3,15}(?: [a-z]{3,15}){1,2})\)"
              r"|\(\s+(?-i:[a-z]{2,4})\s*\)|\((?-i:[a-z]{2,4})\s+\)"
              r"|(?<=[a-z]{2}[.!?”’\"]\s)(?-i:[a-z]{2,4})")
# Round 35: initials between stars, "*(ana)*", "*(RED)*"; one capital in brackets after the
# last stop, "... bulan depan. (B)" (a list's "(a)" opens its item, never closes a story); a
# star before the writer's name and the editor's code, "(*Ardi/ZIK)", "(**Rina/red)"; the
# paper's letters hyphened to the writer's name, "(EM-Fatah)", "(TR-Yusuf)".
STARRED_DESK = (r"\*\((?-i:[A-Za-z]{2,5})\)\*|\((?-i:[A-Z])\)"
                r"|\(\*{1,3}(?-i:[A-Z][A-Za-z]{1,15})(?:\s?/\s?(?-i:[A-Za-z]{2,6})){0,2}\)"
                r"|\((?-i:[A-Z]{2,4}-[A-Z][a-z]{2,15})\)")
# Round 37: stars after a desk's code in brackets, "... surut.(hms)**", "... [red]**" (three
# alone are the old end mark; one or two follow only a code); a desk's initials in three or four
# capitals after the last stop with no brackets, "... selesai. TYO", "... kemarin. RDK" (a
# caption's photo credit, "IST", "DOK", "ANT", stays: the caption rules read it).
_CREDIT_CAPS = r"IST|DOK|DOC|ANT|AFP|NET|FOTO|REPRO|HUMAS"
STARS_AFTER_CODE = r"(?<=[)\]])\*{1,2}"
CAPS_DESK = rf"(?<=[a-z]{{2}}[.!?”’\"]\s)(?!(?:{_CREDIT_CAPS})\.?$)(?-i:[A-Z]{{3,4}})"
# Round 38: a writer's handle with a number over the outlet's short name, lower case and slashed,
# "(enon15/i2klu)", "(rina07/kabarbima)" (every part opens with a letter, one mixes letters and
# digits: "(30/3)" is the story's date); a writer's lower-case names in square brackets,
# "[surya atm]", "[dedi santoso]".
NUMBERED_HANDLE = (r"\((?=[^()]*(?-i:[a-z]\d|\d[a-z]))(?-i:[a-z][a-z0-9]{1,14})"
                   r"(?:\s?/\s?(?-i:[a-z][a-z0-9]{1,14})){1,3}\)")
SQUARE_NAMES = r"\[(?-i:[a-z]{2,12}(?: [a-z]{2,12}){0,2})\]"
DESK_TAILS = (rf"{SLASHED_DESK}|{DATED_DESK}|{SHOUTED_DESK}|{PAPER_DESK}|{STARRED_DESK}"
              rf"|{STARS_AFTER_CODE}|{CAPS_DESK}|{NUMBERED_HANDLE}|{SQUARE_NAMES}")
# Round 35: what may follow the last stop of a story's last paragraph without a stop of its
# own, judged as no part of its shape (the paragraph keeps it): a quotation's attribution
# left after its mark, "... sungai. “Pungkasnya Maria", "... lagi. “Kata Stefanus" (a desk's
# code after it, "(tim)", is cut as after a stop), and a parish's or an imam's closing
# blessing, "... gereja. Berkah Dalem", "... bersama. Wassalamu’alaikum".
_SAID = (r"(?:[Pp]ungkas|[Kk]ata|[Uu]jar|[Tt]utur|[Jj]elas|[Tt]ambah|[Uu]ngkap|[Ii]mbuh|[Tt]egas"
         r"|[Cc]etus|[Uu]cap|[Tt]utup)")
# the verb with its "-nya" or "dia" and a few lower-case words ("ucapnya disambut teriakan
# massa"), or with the speaker's name ("Kata Stefanus")
SAID_TAIL = (rf"[“\"]?{_SAID}(?:(?:nya|\s(?:dia|beliau))(?:\s(?-i:[a-z]+)){{0,4}}"
             rf"|(?:nya)?(?:\s(?-i:[A-Z][\w'’.-]*)){{1,3}})")
_BLESSING = (r"Berkah Dalem|(?:Tuhan (?:Yesus )?|Allah )[Mm]emberkati|Salam (?:[A-Z]?[a-z]+ ?){1,2}"
             r"|Wassalam\S*(?: \S+){0,5}|Aa?mi+n|Syalom|Shalom")
_STOP_BEFORE = r"(?:(?<=[.!?])|(?<=[.!?][”’\"]))"  # a sentence's stop, never a comma's quote
CLOSING_TAIL = re.compile(rf"{_STOP_BEFORE}(?:\s*{SAID_TAIL}|\s+(?:{_BLESSING}))(?<![.!?…])$")
# "... sungai. “Pungkasnya Maria (tim)": a desk's code after such an attribution
SAID_NAME_BEFORE_MARK = re.compile(
    rf"{_STOP_BEFORE}\s{SAID_TAIL}(?=\s*[(\[][^()\[\]]{{1,40}}[)\]]$)")


# A press release's end mark alone on its line: "###", "- END -", "(selesai)". The
# boilerplate about the organisation follows it ("X is a global advocacy organization ...");
# a divider of dashes or stars between two parts of a story ("---------", "***") is none.
_RELEASE_END = re.compile(r"#{3,}|[-–—]{1,2}\s?(?i:end|selesai|tamat)\s?[-–—]{1,2}"
                          r"|\((?i:end|selesai|tamat)\)")
_SIGNING_KINDS = ("byline", "source")


def closes_story(kind: str, text: str) -> bool:
    """Whether a non-text line below the story's paragraphs closes it: a byline or a source's
    credit ("Oleh: Redaksi", "Sumber : Humas"), or a release's end mark."""
    return kind in _SIGNING_KINDS or bool(_RELEASE_END.fullmatch(text.strip()))
