"""Line rules: page furniture recognised one line at a time.

A *line* is a run of text between newlines, without its surrounding whitespace (a paragraph
of a ``.txt`` file or one block of an HTML page). Every rule matches a **whole line** (or, for
datelines, the start of one of the first lines), and every pattern is anchored and bounded, so
a sentence of an article that merely mentions "related" or starts with "By" never matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class Line:
    """A non-blank line of a text: ``text[start:end]`` without surrounding whitespace."""

    start: int
    end: int
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of ``text`` with their offsets (linear; ``\\r`` counts as whitespace)."""
    lines = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + (len(raw) - len(raw.lstrip()))
            lines.append(Line(start, start + len(stripped), stripped))
    return lines


# --- whole-line furniture -------------------------------------------------------------------

_SOCIAL = (r"(?:facebook|twitter|x|instagram|whatsapp|linkedin|pinterest|reddit|telegram|youtube|tiktok|threads"
           r"|bluesky|flipboard|messenger|e-?mail)")
_NAVIGATION = re.compile(
    r"(?:skip to (?:main |the )?(?:content|navigation|article|search)|jump to (?:main )?content"
    r"|advertisement|advertising|ad feedback|sponsored content"
    r"|(?:story|article) continues below(?: this)? (?:advertisement|ad)"
    r"|continue reading(?: (?:the main story|below|the article|the rest of the story))?"
    r"|read the (?:rest|full story|full article)(?: here)?"
    r"|read (?:the )?full (?:story|article)|click here(?: to| for) [^.]{1,60}|back to top|return to top"
    r"|scroll (?:down|to continue)"
    r"|home|menu|search|log ?in|sign ?in|log ?out|sign ?out|register|subscribe(?: now)?|close|print|comments?|next|previous"
    r"|(?:sign up|subscribe|register)(?: now)? (?:for|to) (?:our |the |my )?[\w' -]{0,40}newsletters?(?: [^.]{0,40})?"
    r"|get (?:our|the) [\w' -]{0,40}newsletter(?: [^.]{0,40})?"
    r"|(?:view|leave|show|load|read) (?:\d+ )?comments?|listen to (?:this|the) (?:article|story)(?: \d+ min)?"
    r"|\d+ min(?:ute)?s? read)"
    r"[\s.:!>»›|-]*", _FLAGS)
_SHARE = re.compile(
    r"(?:share (?:this|the) (?:article|story|page|post|video)(?: on .{1,40})?|share on " + _SOCIAL + r"(?: .{0,20})?"
    r"|share(?: via)?:?|follow us(?: on .{1,60})?|like us on facebook"
    r"|(?:follow|join) (?:the )?[\w ]{1,30} on " + _SOCIAL + r".{0,40}"
    r"|(?:(?:share|tweet|email|e-mail|copy(?: the)? link|print|comments?|save|" + _SOCIAL[3:-1] + r")\b[\s|,•·/]*){2,})"
    r"[\s.:!>»›|-]*", _FLAGS)
_COOKIE = re.compile(
    r"(?=.{0,500}$).*\bcookies?\b.*\b(?:we use|this (?:web)?site uses|uses cookies|accept|consent|privacy policy"
    r"|by continuing|you agree|personali[sz]e|your experience|partners)\b.*", _FLAGS)
_COOKIE_BUTTON = re.compile(
    r"(?:accept(?: all)?(?: cookies)?|reject(?: all)?(?: cookies)?|manage (?:cookie )?(?:settings|preferences|options|choices)"
    r"|cookie (?:settings|policy|preferences)|i agree|i accept|got it|ok|agree|more options)[\s.!]*", _FLAGS)
_COPYRIGHT = re.compile(
    r"(?=.{0,300}$)(?:(?:©|copyright\s*(?:©|\(c\)|\d{4})|\(c\)\s*\d{4}).*|.*\ball rights reserved\b.*)", _FLAGS)

# --- photo credits and caption labels (inline) ---------------------------------------------

# A label opens with a capital ("Image caption", "IMAGE COPYRIGHT"; never "the image caption").
_CAP = r"(?=[A-Z])"
# Labels after which a credit (a photographer, an agency) follows: "Image copyright Mark Pilbeam".
_CREDIT_LABELS = (r"(?i:(?:image|photo|picture|video|media)s?\s+(?:copyright|source|credits?|courtesy)"
                  r"|(?:file\s+)?(?:photo|photograph|picture|pic|image)s?\s+(?:by|credit:?|courtesy(?:\s+of)?)"
                  r"|(?:file\s+)?(?:photo|photograph|picture|pic)s?\s*:|credits?\s*:|source\s*:)")
# Labels with no credit: the caption's own words follow them and stay article text.
_CAPTION_LABELS = r"(?i:(?:image|media|video|photo)\s+caption|caption\s*:)|FILE PHOTO\s*[:-]"
_ANY_LABEL = rf"{_CAP}(?:{_CREDIT_LABELS}|{_CAPTION_LABELS})"
# One word of a credit: a capitalised name or agency, maybe slash-joined ("Jane Roe/AFP").
_CREDIT_WORD = r"[A-Z0-9][\w.&'’-]{0,30}(?:/[A-Z0-9][\w.&'’-]{0,30}){0,3}"
# Capitalised words that start the caption or the sentence after a credit, never part of it.
_NOT_CREDIT = r"(?:The|A|An|This|That|These|Those|He|She|It|They|We|I|In|On|At|But|And|As|After|When|His|Her)\b"
_CREDIT = (rf"(?:(?!{_ANY_LABEL}|{_NOT_CREDIT}){_CREDIT_WORD}"
           rf"(?:[ \t]+(?:(?:of|for|and|&|via|de|van|von|/)[ \t]+)?(?!{_ANY_LABEL}|{_NOT_CREDIT}){_CREDIT_WORD}){{0,7}})")
_INLINE_CAPTION = re.compile(
    rf"{_CAP}(?:{_CAPTION_LABELS})"
    rf"|{_CAP}(?P<credit>{_CREDIT_LABELS})[ \t]*[,:]?[ \t]*{_CREDIT}"
    # "(Photo by Jane Roe/Getty Images)", "(AP Photo/Ashwini Bhatia)", "[Photo: Reuters]"
    r"|[(\[](?:[A-Z][\w.&'’-]{0,30}[ \t]+){0,3}(?:Photo|PHOTO|Photograph|Picture|Image|File)s?"
    r"(?:[ \t]+by[ \t]+|[ \t]*[:/][ \t]*|[ \t]+(?:credit|courtesy(?:[ \t]+of)?):?[ \t]*)[^()\[\]\n]{1,80}[)\]]")
# A whole line crediting a photo to an agency ("Images: Getty", "Image: Jane Roe/Reuters")
_CAPTION_LINE = re.compile(r"images?:? .{0,60}(?:getty|reuters|ap|afp|epa|shutterstock)(?: images)?[\s.]*", _FLAGS)
# Before a label: the start of the line, or a date, a full stop, a bracket, another label
_BEFORE_LABEL = frozenset(".!?)]}”\"’'|:;—–-0123456789")
#: Labels that may not stand inside a line at all: they open a credit line ("Credit: ...")
_LINE_START_ONLY = re.compile(r"(?i:credits?|source)\s*:")


def caption_spans(line: str) -> list[tuple[int, int]]:
    """Offsets in ``line`` of its photo credits ("Image copyright Mark Pilbeam", "Photo: RNZ",
    "Picture by Peter Short", "(AP Photo/Ashwini Bhatia)") and caption labels ("Image caption",
    "Media caption", "FILE PHOTO:"); the caption's own words after a label are not included.

    Conservative: a label opens with a capital and stands at the start of the line, after a
    full stop, a date, a bracket or another label ("The image caption was wrong", "a photo of
    the mayor", "Picture this: ..." never match). Linear: every part of the pattern is bounded.
    """
    spans: list[tuple[int, int]] = []
    for match in _INLINE_CAPTION.finditer(line):
        start, end = match.span()
        k = start  # the character before the label, past spaces (each space is passed once)
        while k > 0 and line[k - 1].isspace():
            k -= 1
        before = line[k - 1] if k > 0 else None
        after_label = bool(spans) and spans[-1][1] == k
        if line[start] not in "([" and before is not None and not after_label and before not in _BEFORE_LABEL:
            continue
        if match.group("credit") and before is not None and _LINE_START_ONLY.fullmatch(match.group("credit")):
            continue
        spans.append((start, end))
    return spans


# --- bylines --------------------------------------------------------------------------------

_NAME_WORD = r"(?:(?:[A-Z]\.){1,3}|[A-Z][\w'’\-]*\.?)"
_PARTICLE = r"(?:de|da|del|della|di|van|von|der|den|al|el|bin|ibn|la|le|du|dos)"
_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_PARTICLE})){{0,4}}"
_NAMES = rf"{_NAME}(?:\s*(?:,|and|AND|&)\s*{_NAME})*"
_BYLINE = re.compile(
    rf"(?i:by|posted by|written by|words by|story by|report by|reported by|text by)\s+(?P<names>{_NAMES})"
    r"(?P<trail>\s*(?:[,|–—:-]|\bin\b|\bfor\b)\s*.{0,90})?")
_BYLINE_PIPE = re.compile(rf"(?P<names>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})\s*\|\s*[^|]{{1,60}}(?:\|[^|]{{1,60}}){{0,2}}")
_CREDITS = re.compile(r"\(?(?:additional )?(?:reporting|writing|editing|compiled|produced|research) by\b.{1,250}", _FLAGS)
# First words that make "By X" a sentence or a headline, not a byline ("By Monday, ...").
_NOT_A_NAME = frozenset(
    "the a an any every no this that these those then now all some far contrast comparison law order way means design default "
    "night day noon midnight early late next last one two three most many much far ending doing using making "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday christmas easter spring summer autumn fall winter "
    "god heaven comparison virtue definition nature chance accident choice hand air land sea car train bus plane "
    "it he she they we you his her their our its".split())
# Lower-case words allowed after a byline's names ("By Jane Roe, staff writer, updated 5 pm").
_TRAIL_WORDS = frozenset(
    "staff writer writers reporter reporters correspondent correspondents editor editors contributor contributing "
    "special to the of and for at in on senior political chief news updated published posted last et pm am gmt "
    "utc bst est edt cet ist ago hours hour minutes min mins read".split())


def _is_byline(line: str) -> bool:
    if len(line) > 160:
        return False
    if line.endswith((".", "?", "!")) and not re.search(r"\b[A-Z][a-z]?\.$", line):
        return False  # a sentence; a credit line ends in a name ("Jr.", an initial) if in a full stop
    match = _BYLINE.fullmatch(line)
    if match:
        first = match.group("names").split()[0].strip(".,").lower()
        if first in _NOT_A_NAME:
            return False
        trail = match.group("trail") or ""
        return all(w in _TRAIL_WORDS for w in re.findall(r"\b[a-z]+\b", trail))
    if _CREDITS.fullmatch(line):
        return True
    match = _BYLINE_PIPE.fullmatch(line)
    return match is not None and match.group("names").split()[0].lower() not in _NOT_A_NAME


def line_reason(line: str, previous: str | None = None) -> str | None:
    """The boilerplate reason of a whole line, or None when it may be article text.

    previous: the reason of the line before (a cookie banner's buttons follow its text).
    """
    if len(line) > 500:
        return None
    if _COPYRIGHT.fullmatch(line):
        return "copyright"
    if _COOKIE.fullmatch(line) or (previous == "cookie" and _COOKIE_BUTTON.fullmatch(line)):
        return "cookie"
    if len(line) <= 200 and _SHARE.fullmatch(line):
        return "share"
    if len(line) <= 200 and (_CAPTION_LINE.fullmatch(line) or caption_spans(line) == [(0, len(line))]):
        return "caption"
    if len(line) <= 200 and _NAVIGATION.fullmatch(line):
        return "navigation"
    if _is_byline(line):
        return "byline"
    return None


# --- datelines ------------------------------------------------------------------------------

_AGENCIES = (r"(?:AP|AFP|Reuters|UPI|CNN(?: [A-Z][a-z]+)?|Bloomberg|dpa|DPA|Xinhua|BBC|NPR|CNBC|TASS|IANS|PTI|ANI|Yonhap"
             r"|Kyodo|EFE|ANSA|AAP|CP|JTA|RNS|Sputnik|Interfax|IRNA|KUNA|WAM|Anadolu|AA|Al Jazeera|The Hill|Fox News)")
_ANY_AGENCY = r"\([A-Z][\w.&/' -]{0,30}\)"
_DASH = r"\s*(?:-{1,2}|[–—])(?=\s)"
_DATELINE = re.compile(
    # LONDON —  /  NEW YORK (AP) —  /  BEIRUT, Lebanon —  /  LONDON, March 5 (Reuters) -
    rf"(?:[A-Z][A-Z.'’-]*[A-Z.](?:\s+[A-Z][A-Z.'’-]*[A-Z.]){{0,3}}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Za-z0-9.]+){{0,2}})?"
    rf"(?:\s*{_ANY_AGENCY})?{_DASH}"
    # Washington (CNN) —  /  Washington (CNN)The ...  (a title-case place needs a known agency)
    rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}(?:,\s+[A-Z][a-z.]+(?:\s+[A-Za-z0-9.]+){{0,2}})?\s*\({_AGENCIES}\)(?:{_DASH})?"
    # (Reuters) -  /  March 3 (Reuters) -  (wire copy as syndicated and on the agency's own site
    # gives the agency, or the date and the agency, with no place; a known agency and the dash)
    rf"|(?:[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}\s*)?\({_AGENCIES}\){_DASH})"
    r"(?=\s*\S)")


#: the South Asian press's dateline ends in a colon: "CHENNAI:", "NEW DELHI, March 3 (PTI):"; the
#: same shape as a transcript's turn ("WALLACE: ..."), so it only counts where no other line is one
_COLON_DATELINE = re.compile(
    rf"[A-Z][A-Z.'’-]*[A-Z.](?:\s+[A-Z][A-Z.'’-]*[A-Z.]){{0,2}}(?:,\s+[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?"
    rf"(?:\s*{_ANY_AGENCY})?:(?=\s+[A-Z\"“])")
#: a transcript's turn: "OWENS: ..."
_TURN = re.compile(r"[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}:\s")


def colon_dateline_end(line: str) -> int | None:
    """Length of the colon dateline that starts ``line`` ("CHENNAI:"), or None."""
    match = _COLON_DATELINE.match(line)
    if not match or len(re.sub(r"[^A-Za-z]", "", match.group())) < 3:
        return None
    return match.end()


def is_transcript_turn(line: str) -> bool:
    """Whether ``line`` opens with a speaker's name in capitals and a colon ("MARSH: ...")."""
    return _TURN.match(line) is not None


def dateline_end(line: str) -> int | None:
    """Length of the dateline that starts ``line`` ("WASHINGTON (Reuters) -"), or None."""
    match = _DATELINE.match(line)
    if not match:
        return None
    if match.group().startswith("("):
        return match.end()  # "(Reuters) -": a known agency, no place
    city = re.match(r"[A-Za-z.'’ -]+", match.group())
    letters = re.sub(r"[^A-Za-z]", "", city.group() if city else "")
    if len(letters) < 2 or (letters.isupper() and len(letters) < 3 and "(" not in match.group()):
        return None
    return match.end()


# --- teaser lists ---------------------------------------------------------------------------

_TEASER_HEADING = re.compile(
    r"(?:most (?:viewed|read|popular|shared|commented|emailed|watched)"
    r"(?: (?:stories|articles|news|this week|today|now|in [\w ]{1,20}))?"
    r"|latest(?: (?:news|stories|headlines|articles|videos|from [\w ]{1,30}))?"
    r"|related(?: (?:articles?|stories|story|content|coverage"
    r"|news|links|posts|topics|reading|videos|items))?"
    r"|read more(?: (?:stories|articles|news|from [\w' ]{1,30}|on [\w' ]{1,30}|about [\w' ]{1,30}))?"
    r"|more (?:from|on|in|about) [\w' .:-]{1,40}|more (?:stories|news|headlines|articles|like this|to read|to explore)"
    r"|trending(?: now| stories| topics| articles| in [\w ]{1,20})?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)"
    r"|recommended(?: for you| stories| reading| articles| videos)?|top (?:stories|news|headlines)|editor'?s'? picks?"
    r"|what to read next|also read|read also|see also|don'?t miss|popular(?: now| stories| articles| today)?"
    r"|in other news|explore more|(?:from )?around the web|sponsored(?: content| stories| links)?|promoted stories"
    r"|recent (?:posts|stories|articles)|further reading|more top stories|in case you missed it|icymi"
    r"|new (?:articles|stories|posts)|next in [\w ]{1,20}|others also read|people also read)"
    r"(?:\s*\(\d+\))?[\s:>»›|-]*", _FLAGS)
_INLINE_TEASER = re.compile(
    r"(?:read more|related|see also|also read|read also|recommended|more on this|more on this story|most read|icymi"
    r"|watch|listen|related coverage|related story|related article)\s*[:|»›>]+\s*\S.{0,200}", _FLAGS)
TEASER_MAX_CHARS = 160  # teaser headlines are short...
TEASER_MAX_WORDS = 14  # ...and a short line ending in a full stop counts only below this many words
TEASER_MAX_ITEMS = 40
TEASER_SUMMARY_MAX_CHARS = 400  # a summary cut off with "..." under a teaser headline


def is_teaser_heading(line: str) -> bool:
    """True for a heading that starts a list of links to other stories ("Most read", "Related")."""
    return len(line) <= 60 and bool(_TEASER_HEADING.fullmatch(line))


def is_inline_teaser(line: str) -> bool:
    """True for a single link line such as "Read more: Mayor vows to fix the harbour"."""
    return bool(_INLINE_TEASER.fullmatch(line))


def is_teaser_item(line: str) -> bool:
    """True for a line that can be one entry of a teaser list: a short headline, not a
    paragraph; or a teaser's summary, cut off with "..." (headline and summary pairs)."""
    if line.rstrip().endswith(("...", "…")) and len(line) <= TEASER_SUMMARY_MAX_CHARS:
        return True
    if len(line) > TEASER_MAX_CHARS:
        return False
    return not (line.endswith(".") and len(line.split()) > TEASER_MAX_WORDS)
