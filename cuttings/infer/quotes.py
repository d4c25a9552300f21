"""Direct quotations and who said them.

A quotation is text in double quotes ("..." or “...”) or single quotes ('...' or ‘...’). A paragraph
that opens a quote and never closes it continues into the next paragraph when that one opens with a
quote mark again (the newspaper convention for long quotes), so the quotation spans both; its text
keeps the paragraphs apart with a blank line.

The speaker is, in order of preference:
1. a person named outside the quote marks in the quotation's paragraph next to a speech verb
   ("Jane Smith said: ...", "... ," said Mr Smith, "Smith added");
2. for "he said" / "she added", the person named most recently before the quotation (outside quotes);
3. for a paragraph with no attribution of its own, the speaker of a quotation in the paragraph before
   (a quote continuing over several paragraphs), or the person named in a lead-in ending with a colon.
Quotations of fewer than four words are scare quotes or single phrases ('inadequate') and are skipped;
so are quotations nobody can be found for.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from cuttings.infer.findings import NameSpan, PeopleResult
from cuttings.infer.gates import one_of, starts_with_one_of
from cuttings.infer.names import is_common_word, is_world_given_name
from cuttings.model import QuoteFact

MIN_QUOTE_WORDS = 4
QUOTE_PARAGRAPH_SHARE = 0.5
"""A paragraph is direct speech when at least this share of its characters is inside quote marks."""

SPEECH_VERBS = (
    "said", "says", "say", "added", "adds", "told", "tells", "explained", "explains", "commented",
    "stated", "states", "warned", "warns", "claimed", "claims", "insisted", "insists", "argued",
    "argues", "continued", "continues", "replied", "confirmed", "admitted", "noted", "urged", "wrote",
    "writes", "revealed", "announced", "asked", "asks", "agreed", "responded", "acknowledged",
    "stressed", "emphasised", "emphasized", "described", "declared", "concluded", "remarked",
    "recalled", "according", "remarks", "comments", "statement", "joked", "jokes", "quipped", "laughed",
    "conceded", "concedes", "countered", "predicted", "predicts", "suggested", "suggests", "reckoned", "reckons",
    "maintained", "maintains", "promised", "pledged", "vowed", "complained", "complains", "lamented", "boasted",
    "observed", "retorted", "cautioned", "demanded", "exclaimed", "asserted", "reiterated", "repeated", "assured",
    "protested", "enthused", "mused", "pondered", "hinted", "accepted", "denied", "reflected", "recounted",
    "saying", "adding", "telling", "insisting", "warning", "arguing", "explaining", "claiming", "stressing",
    "noting", "stating", "declaring", "commenting", "admitting", "conceding", "urging", "writing", "replying",
    "responding", "concluding", "joking", "predicting", "suggesting", "promising", "complaining", "laughs",
    "smiled", "smiles",
    # Minutes write a member's report so ("Cllr Jo Bell reported that \"...\""); not "reports", far more often the noun.
    "reported",
    # The present tense of past forms above, as features and newsletters write them ("..., notes Mr Doe"). Not
    # those that take a clause whose subject is named next ("admits Jane Doe will have the final say", "confirms",
    # "reveals", "agrees"): on the BBC development half "admits" moved a "He told ..." quotation to that person.
    "notes", "observes", "stresses", "concludes", "declares", "replies", "responds", "emphasises", "emphasizes",
    # The bare form, after "does", "did" or "to": letters and columns report so what someone grants in a reply ("he
    # does admit that assembly is "of a Christian nature""). Not "admits", for the reason above.
    "admit",
)
_SPEECH_VERB_WORD = starts_with_one_of(SPEECH_VERBS) + one_of(SPEECH_VERBS, ignore_case=True)
_SPEECH_VERB = re.compile(rf"\b{_SPEECH_VERB_WORD}\b", re.IGNORECASE)
_SPEECH_VERB_LOWER = re.compile(rf"\b{_SPEECH_VERB_WORD}\b")
"""``_SPEECH_VERB`` for lower-cased text."""
_PRONOUN_SPEECH = re.compile(
    rf"\b(?:he|she)\s+(?:(?:\w+ly|has|had|have|had\s+earlier|would|will|also|then|later|once|does|did)"
    r"(?:\s*,\s*(?:however|though|nonetheless|nevertheless|still|also|too)\s*,)?\s+){0,2}"
    rf"{_SPEECH_VERB_WORD}\b|\b{_SPEECH_VERB_WORD}\s+(?:he|she)\b(?!\s+[a-z])"
    r"|\b(?:he|she)\s+(?:is|was|has\s+been|had\s+been)\s+quoted\s+as\s+saying\b",
    re.IGNORECASE,
)
_SPEECH_VERB_NEXT_BEFORE = re.compile(rf"\b{_SPEECH_VERB_WORD}\s*[,:]?\s*$", re.IGNORECASE)
_SPEECH_VERB_NEXT_AFTER = re.compile(rf"\s*,?\s*{_SPEECH_VERB_WORD}\b", re.IGNORECASE)
"""A speech verb right before or after a quotation: a short quotation so placed is speech ('"Yeah" said Rick')."""
_TITLED = re.compile(r"\s*[A-Z0-9][\w'’&.-]*(?:\s+(?:[A-Z0-9][\w'’&.-]*|[a-z]{1,3}))*\s*[\"”’']")
"""A quoted name, the closing mark included: capitalised words, short lower-case ones between ("Friends of the
Green")."""
_DOUBLE_MARK = re.compile("[\"“”]")
_OPENS_AFTER = frozenset("([{—–-/")
_CLOSES_BEFORE = frozenset(".,;:!?)]}—–-/'’")
_ENDS_LOOSE_MARK = frozenset(".,;:!?")
"""After a straight mark that follows a space, what shows it closes a quote rather than opens one."""
_SINGLE_QUOTE = re.compile(r"(?=['‘])(?<![\w])['‘](?P<text>[^\s'‘’](?:.*?[^\s])?)['’](?![\w])")
_INTRODUCES = re.compile(r"\s*:")
_SENTENCE_END = re.compile(r"[.!?]\s")
_SENTENCE_END_IN_TEXT = re.compile(r"[.!?][\"”’']?\s")
"""A sentence's end in a paragraph as written, where a quotation ending a sentence keeps its closing mark."""
ATTRIBUTION_WINDOW = 300
"""How far (in characters) from a quotation its speech verb may be."""
QUOTE_REACH = 160
"""How far (in characters, within one sentence) a speech verb may be from the quotation it attributes."""
ATTRIBUTION_REACH = 90
"""How far (in characters) a name may be from its speech verb and still be its subject."""


@dataclass(frozen=True)
class _Segment:
    paragraph: int
    start: int
    end: int
    text: str
    closed: bool
    runs_on: bool = False
    """Ended by a mark opening the next quotation, not by a closing mark: newspaper paragraphs of one speech,
    run together ('"A. "B," she said.'), so the next quotation has the same speaker."""


@dataclass
class _Quotation:
    segments: list[_Segment]

    @property
    def paragraph(self) -> int:
        return self.segments[0].paragraph

    @functools.cached_property
    def text(self) -> str:
        return "\n\n".join(_tidy(segment.text) for segment in self.segments)


def quote_paragraphs(paragraphs: Sequence[str]) -> tuple[bool, ...]:
    """Which paragraphs are (mostly) direct speech."""
    flags: list[bool] = []
    for index, text in enumerate(paragraphs):
        quoted = sum(len(segment.text) + 2 for segment in _segments(text, index))
        content = len(text.strip())
        flags.append(content > 0 and quoted / content >= QUOTE_PARAGRAPH_SHARE)
    return tuple(flags)


def find_quotes(paragraphs: Sequence[str], people: PeopleResult) -> tuple[QuoteFact, ...]:
    """Each substantial direct quotation with the canonical name of who said it, in text order."""
    quotations = _quotations(paragraphs)
    if not quotations:
        return ()
    context = _Context(paragraphs)
    for quotation in quotations:
        for segment in quotation.segments:
            context.quoted_ranges.setdefault(segment.paragraph, []).append((segment.start, segment.end))
    # Names after the last quotation's paragraph attribute nothing: the surnames are looked for before it only.
    spans = _with_surnames_alone(paragraphs[: quotations[-1].segments[-1].paragraph + 1], people.spans)
    spans = _with_given_names_alone(paragraphs[: quotations[-1].segments[-1].paragraph + 1], spans)
    for span in spans:
        if _names_a_publication(paragraphs[span.paragraph], span):
            continue  # '"...," said Le Monde newspaper': a paper, not a person who speaks
        if not any(start <= span.start < end for start, end in context.quoted_ranges.get(span.paragraph, [])):
            context.outside.append(span)
            context.names_by_paragraph.setdefault(span.paragraph, []).append(span)
    context.spans = spans
    spoken = [quotation for quotation in quotations if not _is_a_mention(quotation, paragraphs)]
    speakers: list[str | None] = []
    for position, quotation in enumerate(spoken):
        speaker = _speaker(quotation, context)
        if speaker is not None and (_BODY_NAME.search(speaker) or _common_word(speaker, context)):
            speaker = None  # a body or a word the name finder took for a person ("Deutsche Bank", "Item")
        if speaker is not None and _names_the_speaker(quotation.text, speaker):
            speaker = None  # '"... a chance against Roger," he said': nobody talks of himself by his given name
        if speaker is None and position and _runs_on(spoken[position - 1], quotation):
            speaker = speakers[-1]  # '"A," she said. "B. "C."': C goes on with B's speaker
        speakers.append(speaker)
        if speaker is None:
            if len(quotation.text.split()) >= MIN_QUOTE_WORDS:
                context.previous = None  # '"A," said Jo. "B," said the driver. "C."': C is not Jo's
            continue
        for segment in quotation.segments:
            context.speaker_by_paragraph[segment.paragraph] = speaker
        last = quotation.segments[-1]
        context.previous = (last.paragraph, last.end, speaker)
        context.last_speaker = (last.paragraph, speaker)
    for position in range(len(spoken) - 2, -1, -1):
        if speakers[position] is None and _runs_on(spoken[position], spoken[position + 1]):
            speakers[position] = speakers[position + 1]  # '"A. "B," she said.': A is hers too
    facts: list[QuoteFact] = []
    for quotation, speaker in zip(spoken, speakers, strict=True):
        if speaker is not None and len(quotation.text.split()) >= MIN_QUOTE_WORDS:
            first = quotation.segments[0]
            facts.append(QuoteFact(person=speaker, text=quotation.text, paragraph=first.paragraph,
                                   offset=_sentence_start(paragraphs[first.paragraph], first.start)))
    return tuple(facts)


_PUBLICATION_AFTER = re.compile(r"\s+(?:newspaper|magazine|paper|daily|weekly|tabloid|website|news\s+agency)\b")


def _names_a_publication(text: str, span: NameSpan) -> bool:
    """Whether a name is a publication's, as the word after it says ("Le Monde newspaper")."""
    return _PUBLICATION_AFTER.match(text, span.end) is not None


_SURNAME_SHAPE = re.compile(r"[A-Z][a-z'’-]{2,}")
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+$")


def _whole_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is not part of a longer word (nor of a hyphened or elided one)."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_'’-" or after.isalnum() or after in "_-")


def _with_surnames_alone(paragraphs: Sequence[str], spans: tuple[NameSpan, ...]) -> tuple[NameSpan, ...]:
    """The name finder's spans, with the surname of a person it named in full added wherever, in ``paragraphs``
    (the article's first ones), the surname stands alone and the finder missed it ("Bell, who ..., claims she
    knew ..." after "Jo Bell"): otherwise "she said" after that sentence goes to whoever else it names. A surname
    two people share, or one right after another capitalised word (someone else's given name), is left alone."""
    owners: dict[str, list[str]] = {}
    for person in {span.person for span in spans}:
        words = person.rsplit(None, 1)
        if len(words) > 1 and _SURNAME_SHAPE.fullmatch(words[1]):
            owners.setdefault(words[1], []).append(person)
    surnames = {surname: people[0] for surname, people in owners.items() if len(people) == 1}
    return _with_words_alone(paragraphs, spans, surnames, capital_after=True)


def _with_words_alone(paragraphs: Sequence[str], spans: tuple[NameSpan, ...], owners: dict[str, str], *,
                      capital_after: bool) -> tuple[NameSpan, ...]:
    """The spans, with a span for each whole-word ``owners`` word (a surname or a given name, to its person) that no
    span covers and that no capitalised word stands right before ("Cherie Blair" beside "Tony Blair", or "Mr Blair",
    whose person the name finder gives) nor, unless ``capital_after``, right after ("King John")."""
    if not owners:
        return spans
    # One text, each word found in it with str.find: a loop per paragraph and word, or one pattern of all the words
    # compiled per article, took several times as long (benchmarks/facts_rules.py).
    text = "\n".join(paragraphs)
    starts = list(itertools.accumulate((len(paragraph) + 1 for paragraph in paragraphs[:-1]), initial=0))
    # Most words found end a span the finder gave (which covers them): a set of those ends settles them first.
    span_ends = {starts[span.paragraph] + span.end for span in spans if span.paragraph < len(starts)}
    added: list[NameSpan] = []
    for word, person in owners.items():
        found = text.find(word)
        while found >= 0:
            if found + len(word) not in span_ends:
                index = bisect.bisect_right(starts, found) - 1
                paragraph = paragraphs[index]
                start = found - starts[index]
                end = start + len(word)
                if (_whole_word(paragraph, start, end)
                        and not any(span.paragraph == index and span.start < end and start < span.end
                                    for span in spans)
                        and not _CAPITALISED_BEFORE.search(paragraph, max(0, start - 30), start)
                        and (capital_after or not _CAPITALISED_AFTER_NAME.match(paragraph, end))):
                    added.append(NameSpan(index, start, end, word, person))
            found = text.find(word, found + len(word))
    if not added:
        return spans
    return tuple(sorted((*spans, *added), key=lambda span: (span.paragraph, span.start)))


_CAPITALISED_AFTER_NAME = re.compile(r"\s+[A-Z]")


def _with_given_names_alone(paragraphs: Sequence[str], spans: tuple[NameSpan, ...]) -> tuple[NameSpan, ...]:
    """The spans, with the given name of a person named in full added wherever it stands alone and the name finder
    missed it ("Jo Lawton's letter", then "what Jo is trying to say ... he states that "...""): letters and columns
    call a writer by the given name, and "he" after it means him, not another person named between. Only a given
    name the census knows that is no common word ("Les", not "Will"), one person of the article bears, and that no
    capitalised word stands right before or after (another person's name, "King John")."""
    owners: dict[str, list[str]] = {}
    for person in {span.person for span in spans}:
        words = person.split()
        if (len(words) > 1 and _SURNAME_SHAPE.fullmatch(words[0]) and is_world_given_name(words[0])
                and not is_common_word(words[0])):
            owners.setdefault(words[0], []).append(person)
    given = {name: people[0] for name, people in owners.items() if len(people) == 1}
    return _with_words_alone(paragraphs, spans, given, capital_after=False)


def _names_the_speaker(text: str, speaker: str) -> bool:
    """Whether the words name the speaker as someone else: his whole name, or his given name alone (not "the same
    Jo as before")."""
    words = speaker.split()
    if len(words) < 2 or words[0] not in text:
        return False  # a substring test first: most quotations name nobody (the pattern is compiled per speaker)
    given = rf"(?<!\bsame\s)(?<!\bold\s)\b{re.escape(words[0])}\b(?!\s+{re.escape(words[-1])}\b)"
    return re.search(rf"\b{re.escape(speaker)}\b|{given}", text) is not None


def _common_word(speaker: str, context: _Context) -> bool:
    """Whether a one-word speaker is a word the article also writes in lower case ("Item", "Meeting" opening a
    line of minutes): a common noun, not a name."""
    if " " in speaker or not speaker[:1].isupper() or not speaker[1:].islower():
        return False
    word = speaker.lower()
    if word not in context.text:
        return False  # a substring test first: most names are never written in lower case
    return re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", context.text) is not None


def _runs_on(earlier: _Quotation, later: _Quotation) -> bool:
    """Whether ``later`` opens where ``earlier`` breaks off unclosed: the same speech run on."""
    last, first = earlier.segments[-1], later.segments[0]
    return last.runs_on and last.paragraph == first.paragraph and last.end == first.start


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``text[position]`` starts."""
    ends = _sentence_ends(text)
    index = bisect.bisect_right(ends, position)
    return ends[index - 1] if index else 0


@lru_cache(maxsize=256)
def _sentence_ends(text: str) -> tuple[int, ...]:
    """Where each sentence of a paragraph ends, found once for all the quotations and names in it (the same
    sentence starts as scanning up to each position: an end counts once it is complete before that position)."""
    return tuple(match.end() for match in _SENTENCE_END_IN_TEXT.finditer(text))


_BODY_NAME = re.compile(
    r"\s(?:Bank|Research|Group|Council|Party|Club|Union|Association|Ltd|Inc|Corp|Plc|plc|Capital|Securities"
    r"|Partners|Institute|Agency|Foundation|Trust|Society|Commission|Committee|Company|Services|Systems|Networks"
    r"|Studios|Airlines|Airways|Motors|Holdings|Consulting|Associates|Communications|Industries|Ministry"
    r"|Department|Federation|League|Show|Hour|Programme|Radio|Television|TV|News|Times|Post)$"
)
"""The last word of a body's name, not a person's: a general vocabulary of English organisation names."""
_MENTIONED_AS = re.compile(
    r"\b(?:entitled|titled|called|named|dubbed|headlined|labelled|branded|nicknamed|known\s+as|described\s+as"
    r"|(?:billed|touted|hailed|advertised|marketed|promoted)\s+as"
    r"|the\s+(?:words?|wording|phrase|term|slogan|motto|title|headline|heading|caption|sign|banner|poster)"
    r"|(?:words?|wording)\s+(?:added|amended|replaced|changed)(?:\s+(?:to|with|by))?|replaced\s+with|amended\s+to"
    r"|(?:text|words?|wording|inscription)\s+(?:to\s+read\s+)?as\s+follows"
    r"|to\s+read"
    r"|(?:sign|notice|banner|poster|plaque|placard|label|inscription|sticker|headstone|memorial)s?\s+(?:\w+\s+)?"
    r"(?:reading|saying|stating|bearing|(?:which|that)\s+(?:reads|read|says|said|states|stated)|with\s+the\s+words))"
    r"\s*,?\s*:?\s*$",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    r"\b(?:letter|article|book|song|film|poem|play|programme|series|column|album|novel|show|leaflet|booklet"
    r"|pamphlet|notice|item|motion|petition|campaign|scheme|project|event|exhibition)\b[^.!?:\"“”‘’']{0,40}$",
    re.IGNORECASE,
)
_MENTION_CUES = frozenset("""entitled titled called named dubbed headlined labelled branded nicknamed known described
    billed touted hailed advertised marketed promoted
    word words wording phrase term slogan motto title headline heading caption sign banner poster added amended text
    replaced changed read letter article book song film poem play programme series column album novel show leaflet
    booklet pamphlet notice item motion petition campaign scheme project event exhibition plaque plaques placard
    placards label labels inscription sticker stickers headstone memorial signs notices banners posters""".split())
"""The words one of which ``_MENTIONED_AS`` or ``_DOCUMENT`` needs: a set lookup before either is tried."""
_AMENDING = re.compile(
    r"\b(?:amendments?|amend|amended|corrections?|corrected|reworded|re-worded|rewording|insertion|inserted"
    r"|deleted|deletion|wording)\b[^.!?\"“”]*(?:[\"“”][^\"“”]*[\"“”][^.!?\"“”]*)?$",
    re.IGNORECASE,
)
"""In the sentence before a quotation, a change to a text's wording: the quotation is that wording, not speech."""
_AMENDING_CUE = re.compile("mend|orrect|word|nsert|elet")
"""Parts of the words ``_AMENDING`` needs, in either case: a quick test before the pattern is tried."""
_NAMED_DOCUMENT = re.compile(
    r"\b(?:a|an|the)\s+(?:statement|précis|summary|document|report|leaflet|booklet|guide|policy|survey|questionnaire"
    r"|presentation|talk|lecture)\s+(?:(?:of|on)\s+(?:the\s+)?)?$", re.IGNORECASE)
"""Right before a quotation (no colon, no comma), a paper or talk the quotation then names: a title unless it
ends like a sentence ('a statement "We are sorry."' gives its words)."""
_LOWER_WORD = re.compile(r"[a-z]+")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'’&.-]*")


def _is_a_mention(quotation: _Quotation, paragraphs: Sequence[str]) -> bool:
    """Words in quote marks that nobody is saying here: a title or name ("The Story So Far"), a slogan, the
    wording of a sign or of minutes ("the words '...' should be replaced")."""
    first = quotation.segments[0]
    text = paragraphs[first.paragraph]
    before = text[max(0, first.start - 60) : first.start].lower()
    if not _MENTION_CUES.isdisjoint(_LOWER_WORD.findall(before)):  # the patterns need one of these words
        if _MENTIONED_AS.search(before[-40:]):
            return True
        document = _DOCUMENT.search(text, max(0, first.start - 60), first.start)
        if document and not _SPEECH_VERB.search(text, document.end(), first.start):
            return True  # 'the letter in the August edition "How lucky we are"': a title
    if (_NAMED_DOCUMENT.search(text, max(0, first.start - 60), first.start)
            and quotation.text.rstrip()[-1:] not in ".!?,"):
        return True  # 'read out a statement "notes for the public"': the paper's name, not what it says
    if _AMENDING_CUE.search(text, max(0, first.start - 120), first.start):
        lead_in = text[max(0, first.start - 120, _sentence_start(text, first.start)) : first.start]
        if _AMENDING.search(lead_in):
            return True  # 'asked for an amendment to the item as follows - "..."': wording for the minutes
    words = quotation.text.split()
    if len(quotation.segments) > 1 or len(words) > 8 or quotation.text.rstrip()[-1:] in ".!?":
        return False
    long_words = [word for word in words if len(word.strip("-–")) > 3]
    return bool(long_words) and all(_TITLE_WORD.match(word) for word in long_words)


_MASCULINE = frozenset({"mr", "sir", "lord", "baron", "duke", "prince", "king", "father", "brother", "master"})
_FEMININE = frozenset({"mrs", "ms", "miss", "dame", "lady", "baroness", "duchess", "princess", "queen", "sister"})


def _genders(paragraphs: Sequence[str], spans: Sequence[NameSpan]) -> dict[str, str]:
    """"he" or "she" for the people whose honorific says which ("Mr Smith", "Baroness Boothroyd")."""
    found: dict[str, set[str]] = {}
    for span in spans:
        first = span.surface.split(None, 1)
        text_before = paragraphs[span.paragraph][max(0, span.start - 12) : span.start]
        before = text_before.split() if text_before[-1:].isspace() else []
        for word in (first[0] if first else "", before[-1].lstrip("([\"'“‘") if before else ""):
            word = word.strip(".").lower()
            if word in _MASCULINE:
                found.setdefault(span.person, set()).add("he")
            elif word in _FEMININE:
                found.setdefault(span.person, set()).add("she")
    genders = {person: next(iter(genders)) for person, genders in found.items() if len(genders) == 1}
    by_given_name = _given_name_genders()
    for person in {span.person for span in spans}:
        if person not in found and " " in person:
            gender = by_given_name.get(person.split(None, 1)[0].lower())
            if gender is not None:
                genders[person] = gender  # "Tessa Jowell" is "she"; an honorific, where there is one, wins
    return genders


@functools.cache
def _given_name_genders() -> dict[str, str]:
    """"he" or "she" for the given names the census gives one gender far more often (given_names_gender.txt)."""
    text = resources.files("cuttings.data").joinpath("given_names_gender.txt").read_text(encoding="utf-8")
    pronouns = {"m": "he", "f": "she"}
    return {name: pronouns[gender] for line in text.splitlines() if line and not line.startswith("#")
            for name, gender in [line.split()]}


# --- finding quotations -------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _segments(text: str, paragraph: int) -> tuple[_Segment, ...]:
    """The quoted spans of one paragraph (cached: quote_paragraphs and find_quotes both need them)."""
    segments = _double_quoted(text, paragraph)
    for match in _SINGLE_QUOTE.finditer(text):
        if any(s.start <= match.start() < s.end for s in segments):
            continue
        segments.append(_Segment(paragraph, match.start(), match.end(), match.group("text"), closed=True))
    stripped = text.lstrip()
    if not segments and stripped[:1] in {"'", "‘"}:
        start = len(text) - len(stripped)
        segments.append(_Segment(paragraph, start, len(text), stripped[1:], closed=False))
    segments.sort(key=lambda segment: segment.start)
    return tuple(segment for segment in segments if segment.text.strip())


def _double_quoted(text: str, paragraph: int) -> list[_Segment]:
    """Spans in double quotes. A straight mark opens after a space and closes before one; an opening
    mark inside an open quote starts a new quote, as when two quoted paragraphs were run together."""
    segments: list[_Segment] = []
    open_at: int | None = None
    for found in _DOUBLE_MARK.finditer(text):
        index, mark = found.start(), found.group(0)
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if mark == "“":
            opens = True
        elif mark == "”":
            opens = False
        else:
            can_open = before.isspace() or before in _OPENS_AFTER
            can_close = not before.isspace() and (after.isspace() or after in _CLOSES_BEFORE)
            if before.isspace() and (after.isspace() or after in _ENDS_LOOSE_MARK):
                can_close = True  # 'Acme, " he said': a mark with no word after it, loose behind the quote's end
            opens = can_open if can_open != can_close else open_at is None
        if opens:
            if open_at is not None:
                segments.append(_Segment(paragraph, open_at, index, text[open_at + 1 : index], closed=True,
                                         runs_on=True))
            open_at = index
        elif open_at is not None:
            segments.append(_Segment(paragraph, open_at, index + 1, text[open_at + 1 : index], closed=True))
            open_at = None
    if open_at is not None:
        segments.append(_Segment(paragraph, open_at, len(text), text[open_at + 1 :], closed=False))
    return segments


def _quotations(paragraphs: Sequence[str]) -> list[_Quotation]:
    quotations: list[_Quotation] = []
    open_quotation: _Quotation | None = None
    for index, text in enumerate(paragraphs):
        segments = tuple(_run_on_cut(segment) if segment.runs_on else segment for segment in _segments(text, index))
        opens_with_quote = bool(segments) and not text[: segments[0].start].strip()
        for position, segment in enumerate(segments):
            if position == 0 and open_quotation is not None and opens_with_quote:
                open_quotation.segments.append(segment)
            else:
                open_quotation = _Quotation([segment])
                quotations.append(open_quotation)
        last_open = bool(segments) and not segments[-1].closed
        if not last_open:
            open_quotation = None
    return [ended for quotation in quotations if (ended := _ended(quotation, paragraphs)) is not None]


def _run_on_cut(segment: _Segment) -> _Segment:
    """A quotation broken off by the next one's opening mark with no closing mark of its own: its speech goes on
    while its sentences speak in the first or second person, as for a quotation left open at a paragraph's end."""
    cut = next((found for found in _RUN_ON.finditer(segment.text)
                if not _SPEAKING.search(segment.text, found.end(), _sentence_end(segment.text, found.end()))), None)
    if cut is None:
        return segment
    end = cut.start() + 1
    return _Segment(segment.paragraph, segment.start, segment.start + 1 + end, segment.text[:end], closed=True)


_RUN_ON = re.compile(r"[.!?]['’]?\s+(?=[A-Z])")
_SPEAKING = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|we|we're|we've|we'll|us|our|you|you're|your)\b", re.IGNORECASE)


def _sentence_end(text: str, start: int) -> int:
    found = _RUN_ON.search(text, start)
    return found.end() if found else len(text)


def _ended(quotation: _Quotation, paragraphs: Sequence[str]) -> _Quotation | None:
    """A quotation whose closing mark is missing (its last paragraph is not followed by one that opens with a
    quote mark) ends with its first sentence, so it does not run on into the reporter's next sentence; a lone
    mark followed by a space opens nothing."""
    last = quotation.segments[-1]
    if last.closed:
        return quotation
    following = last.paragraph + 1
    if following < len(paragraphs) and paragraphs[following].lstrip()[:1] in {'"', "“", "'", "‘"}:
        return quotation
    if len(quotation.segments) == 1 and paragraphs[last.paragraph][last.start + 1 : last.start + 2].isspace():
        return None
    # Speech goes on while its sentences speak in the first or second person; the first that does not is the
    # reporter's ("... in March. The council then voted on the budget.").
    cut = next((found for found in _RUN_ON.finditer(last.text)
                if not _SPEAKING.search(last.text, found.end(), _sentence_end(last.text, found.end()))), None)
    if cut is None:
        return quotation
    end = cut.start() + 1
    shortened = _Segment(last.paragraph, last.start, last.start + 1 + end, last.text[:end], closed=False)
    return _Quotation([*quotation.segments[:-1], shortened])


def _tidy(text: str) -> str:
    return " ".join(text.split()).rstrip(",")


# --- attribution --------------------------------------------------------------------------------


@dataclass
class _Context:
    """What attribution needs to know about the article, built once per article."""

    paragraphs: Sequence[str]
    quoted_ranges: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    outside: list[NameSpan] = field(default_factory=list)
    """Name mentions outside quote marks, in text order."""
    names_by_paragraph: dict[int, list[NameSpan]] = field(default_factory=dict)
    speaker_by_paragraph: dict[int, str] = field(default_factory=dict)
    previous: tuple[int, int, str] | None = None
    """Paragraph, end offset and speaker of the last attributed quotation."""
    last_speaker: tuple[int, str] | None = None
    """Paragraph and speaker of the last attributed quotation, kept past unattributed ones (``previous`` is not):
    who "he said" most likely goes on with when the sentence before only mentions someone."""
    frames: dict[int, str] = field(default_factory=dict)
    spans: Sequence[NameSpan] = ()
    _genders: dict[str, str] | None = None
    _text: str | None = None

    @property
    def text(self) -> str:
        """The article's paragraphs as one text (joined the first time a one-word speaker needs it)."""
        if self._text is None:
            self._text = "\n".join(self.paragraphs)
        return self._text

    @property
    def genders(self) -> dict[str, str]:
        """"he" or "she" for the people whose honorific says which (found the first time a pronoun needs it)."""
        if self._genders is None:
            self._genders = _genders(self.paragraphs, self.spans)
        return self._genders
    speech_verbs: dict[int, list[re.Match[str]]] = field(default_factory=dict)
    """Speech verbs in each frame, found once: every quotation in the paragraph looks for them."""

    def frame(self, index: int) -> str:
        """The paragraph with quoted text blanked out, so offsets stay valid."""
        if index not in self.frames:
            text = self.paragraphs[index]
            characters = list(text)
            for start, end in self.quoted_ranges.get(index, []):
                characters[start:end] = " " * (end - start)
                if text[max(start, end - 4) : end].rstrip("\"”’' ")[-1:] in (".", "!", "?"):
                    characters[end - 1] = "."  # a quotation that ends its sentence ends it in the frame too
            self.frames[index] = "".join(characters)
        return self.frames[index]

    def spoken_ranges(self, index: int) -> list[tuple[int, int]]:
        """The quoted ranges of a paragraph that may be someone's words: words in lower case (the "scorching" of
        'Al Hunt had a "scorching" from MPs adding'), a sentence, or words with a speech verb next to them ('"Yeah"
        said Rick'). Not a name in quote marks, its words capitalised ("Jo Bell, chair of the 'Friends of the
        Green', said"), which stands between a name and its verb as any other words do."""
        ranges = self.quoted_ranges.get(index, [])
        if not ranges:
            return ranges
        text = self.paragraphs[index]
        frame = self.frame(index)
        return [(start, end) for start, end in ranges
                if not _TITLED.fullmatch(text, start + 1, end)
                or text[start + 1 : end].rstrip("\"”’' ")[-1:] in (".", "!", "?")
                or _SPEECH_VERB_NEXT_BEFORE.search(frame, max(0, start - 16), start)
                or _SPEECH_VERB_NEXT_AFTER.match(frame, end)]

    def verbs_in_frame(self, index: int) -> list[re.Match[str]]:
        """The speech verbs of a frame, found in its lower-cased copy (``re`` matches a case-sensitive pattern
        about twice as fast as a case-insensitive one) when lower-casing keeps every offset."""
        if index not in self.speech_verbs:
            frame = self.frame(index)
            lowered = frame.lower()
            pattern = _SPEECH_VERB_LOWER if len(lowered) == len(frame) else _SPEECH_VERB
            self.speech_verbs[index] = list(pattern.finditer(lowered if pattern is _SPEECH_VERB_LOWER else frame))
        return self.speech_verbs[index]


def _speaker(quotation: _Quotation, context: _Context) -> str | None:
    made_by = (_made_by(quotation.segments[0], context) or _cited(quotation.segments[0], context)
               or _placed_after_name(quotation.segments[0], context)
               or _signed_after(quotation.segments[-1], context) or _signed_below(quotation, context))
    if made_by is not None:
        return made_by
    for segment in (quotation.segments[0], quotation.segments[-1]):
        index = segment.paragraph
        frame = context.frame(index)
        low, high = max(0, segment.start - ATTRIBUTION_WINDOW), segment.end + ATTRIBUTION_WINDOW
        nearby = _speech_verbs_within(frame, context.verbs_in_frame(index), low, high)
        verbs = _attributing_verbs(frame, nearby, segment)
        nearest = min(verbs, key=lambda pair: len(pair[1].strip())) if verbs else None
        described = _described_subject(frame, nearest[0]) if nearest is not None else None
        if described is not None:
            # '"...," the 25-year-old told the BBC': the person the report is about, else the one just named
            by_age = _AGED.search(frame, max(0, nearest[0].start() - 40), nearest[0].end() + 30) is not None
            return _report_subject(context, index, segment.start, by_age) or _most_recent(
                context, index, segment.start, described, any_gender=described == "they")
        if nearest is not None and _text_as_subject(frame, *nearest, context.names_by_paragraph.get(index, []),
                                                    before_quote=nearest[0].end() <= segment.start):
            return None  # 'The Parish Plan says "...", Cllr Jo Bell said': the plan's words, not the councillor's
        if nearest is not None and _unnamed_subject(frame, *nearest, context.names_by_paragraph.get(index, []),
                                                    before_quote=nearest[0].end() <= segment.start):
            return None  # '"...," said the driver', 'the chairman said: "..."': nobody the article names
        if nearest is not None and nearest[0].start() >= segment.end and _unknown_name_after(
                frame, nearest[0], context.names_by_paragraph.get(index, []), context.quoted_ranges.get(index, [])):
            return None  # '"It looks fine" said Paddy', where the name finder knows no Paddy: not someone else's
        named = _named_speaker(frame, context.names_by_paragraph.get(index, []), verbs,
                               context.spoken_ranges(index))
        if named is not None:
            return named
        put_it = _AS_THEY_PUT_IT.match(frame, segment.end)
        if put_it is not None and not verbs:
            # '"a chance to win" as he puts it': the words are his, whoever "he" is
            return _most_recent(context, index, segment.start, put_it.group("pronoun").lower())
        # The window reaches past "said she" to the word after it: "said she had" is no inverted "said she".
        pronouns = [found for verb, _ in verbs
                    if (found := _PRONOUN_SPEECH.search(frame, max(0, verb.start() - 25), verb.end() + 8))]
        if pronouns:
            pronoun = "she" if re.search(r"\bshe\b", pronouns[0].group(0), re.IGNORECASE) else "he"
            return _most_recent(context, index, segment.start, pronoun)
    first = quotation.segments[0]
    index = first.paragraph
    if context.previous is not None and context.previous[0] == index:
        # '"A," said Smith. "B."': a second quotation in the paragraph goes on with the same speaker
        # unless someone else is named in between.
        # A speech verb leading into this quotation whose speaker we could not name ('it said: "..."')
        # means someone else is speaking.
        _, previous_end, previous_speaker = context.previous
        frame = context.frame(index)
        others = [span for span in context.names_by_paragraph.get(index, [])
                  if previous_end <= span.start < first.start and span.person != previous_speaker]
        leads_in = any(
            not _SENTENCE_END.search(frame, verb.end(), first.start)
            for verb in _speech_verbs_within(frame, context.verbs_in_frame(index), previous_end, first.start)
        )
        if not others and not leads_in:
            return previous_speaker
    opens_paragraph = not context.paragraphs[index][: first.start].strip()
    if index - 1 in context.speaker_by_paragraph and not context.verbs_in_frame(index) and opens_paragraph:
        return context.speaker_by_paragraph[index - 1]
    if index > 0 and (context.paragraphs[index - 1].rstrip().endswith(":") or (
            opens_paragraph and _READS_INTO_NEXT.search(context.paragraphs[index - 1]))):
        # 'the reply from Inspector Jo Bell read' with no colon: the next paragraph's quotation is what it read
        lead_in = context.names_by_paragraph.get(index - 1, [])
        previous = context.frame(index - 1)
        read_out = _READS_OUT_A_TEXT.search(previous, _sentence_start(previous, len(previous.rstrip()) - 1))
        if read_out is not None:
            return _writer_of(previous, read_out, lead_in)
        if lead_in:
            return lead_in[-1].person
    return _lead_in_speaker(first, context)


_MADE_BY = re.compile(r"\b(?:comments?|remarks?|statements?|words|question|point)\s*,?\s+(?:made|raised|put|spoken)"
                      r"\s+by\s+(?:(?:the|a)\s+)?(?:\w+\s+)?$", re.IGNORECASE)
"""Before a name, words saying the quotation is that person's remark ("the comment, made by Cllr Jo Bell, be
minuted: "...""), whoever the sentence's subject is."""


_MADE_BY_REACH = 160
"""How far before a quotation "made by <name>" may start (the name is at most this far back)."""


def _made_by(first: _Segment, context: _Context) -> str | None:
    """The person a lead-in names as the maker of the remark quoted ("asked that the comment made by Jo Bell be
    minuted: "...""), in the quotation's sentence."""
    index = first.paragraph
    text = context.paragraphs[index]
    if text.find(" by ", max(0, first.start - _MADE_BY_REACH), first.start) < 0:
        return None  # a substring test first: most lead-ins have no "by"
    frame = context.frame(index)
    start = max(_sentence_start(frame, first.start), first.start - _MADE_BY_REACH)
    for name in context.names_by_paragraph.get(index, []):
        if start <= name.start < first.start and _MADE_BY.search(frame, max(start, name.start - 60), name.start):
            return name.person
    return None


_CITING = re.compile(
    r"(?:\b(?:in\s+the\s+(?:(?:immortal|famous|wise|memorable|oft-quoted)\s+)?words\s+of|to\s+quote|quoting)"
    r"|\b(?P<put>as))\s+(?:(?:the\s+)?(?:late|great)\s+)?$", re.IGNORECASE)
_CITED_WORDS_AFTER = re.compile(
    r"(?:\s+(?:once|famously|so\s+rightly|rightly|memorably|so\s+aptly|aptly|himself|herself))?"
    r"(?P<put>\s+(?:put|puts)\s+it)?\s*[,:]?\s*(?:[-–—]\s*)?")
"""Around a name right before a quotation, the words that cite it as the name's ("In the words of Jo Bell, "...",
"To quote Jo Bell: "...", "As Jo Bell once put it, "...""): no speech verb, but the words are plainly given to her."""


def _cited(first: _Segment, context: _Context) -> str | None:
    """The person a quotation is cited from by a lead-in right before it ("In the words of Jo Bell, "..."", "As Jo
    Bell put it, "...""), in the quotation's paragraph."""
    index = first.paragraph
    frame = context.frame(index)
    before = [name for name in context.names_by_paragraph.get(index, []) if name.end <= first.start]
    if not before or first.start - before[-1].end > 40:
        return None
    name = before[-1]
    citing = _CITING.search(frame, max(0, name.start - 50), name.start)
    if citing is None:
        return None
    after = _CITED_WORDS_AFTER.match(frame, name.end, first.start)
    if after is None or after.end() != first.start or (citing.group("put") is not None) != (
            after.group("put") is not None):
        return None  # "as" cites only with "put it" ("As Jo Bell put it,"); "As Jo Bell said" has its verb
    return name.person


_READS_OUT_A_TEXT = re.compile(
    r"\b(?:read|reads|reading|quoted|quotes|quoting|cited|cites|citing|referred\s+to|refers\s+to|circulated"
    r"|presented)\b(?:\s+(?:out|from|aloud))?\s+(?:(?!(?:his|her|their|my|our)\b)[\w'’-]+\s+){0,4}?"
    r"(?:letter|e-?mail|policy|report|document|minutes|regulations?|act|agreement|notice|guidance|plan|extract"
    r"|article|paragraph|clause|section|constitution|rules|orders|leaflet|booklet|newsletter|resolution|motion"
    r"|code|law|bylaws?|byelaws?|conditions|terms)\b",
    re.IGNORECASE)
"""In the sentence leading into a quotation with a colon, a text someone reads out or cites ("Cllr Jo Bell read the
letter from the county:", "quoted the policy:"): what follows is the text's, not the reader's (her own letter,
"read from her letter:", is hers)."""
_FROM_WRITER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?from\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?$",
                          re.IGNORECASE)


def _writer_of(frame: str, read_out: re.Match[str], names: Sequence[NameSpan]) -> str | None:
    """The person a text read out is from ("read the letter from Mrs Jo Bell:"), if the lead-in names one."""
    for name in names:
        if name.start >= read_out.end() and _FROM_WRITER.fullmatch(frame, read_out.end(), name.start):
            return name.person
    return None


_READS_INTO_NEXT = re.compile(
    r"\b(?:reads|read|reading|states|stated|stating|wrote|writes|as\s+follows|the\s+following)\s*[-–—]*\s*$",
    re.IGNORECASE)
"""A paragraph ending, with no colon, in the verb that gives the next paragraph's words ("... which read")."""
_PARENTHESIS_OPENS = re.compile(r"\s*\(\s*$")
_WRITTEN_FROM = re.compile(
    r"\b(?:letter|e-?mail|note|message)\s+(?:\w+\s+){0,2}?from\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?$",
    re.IGNORECASE)
_READS = re.compile(r"[^.!?\"“”]{0,60}?\b(?:reads|read|reading|stating|states|stated|saying|says|said)\s*[:,-]*\s*$",
                    re.IGNORECASE)
"""Between the writer's name and the words of a letter, the verb that gives them ("..., which reads")."""
_AS_THEY_PUT_IT = re.compile(r"\s*(?:,\s*)?as\s+(?P<pronoun>he|she)\s+(?:puts|put|says|said)\s+it\b", re.IGNORECASE)
"""After a quotation, the pronoun whose words it is ('"a chance to win" as he puts it')."""


def _placed_after_name(first: _Segment, context: _Context) -> str | None:
    """The person a quotation is given to by where it stands: in brackets right after the name ("lusty hitting by
    Jo Bell ("my best ever!")"), or as the words of a letter from them ("a letter from Mrs Bell to the clerk which
    reads "...""). Neither needs a speech verb by the name."""
    index = first.paragraph
    frame = context.frame(index)
    before = [name for name in context.names_by_paragraph.get(index, []) if name.end <= first.start]
    if not before:
        return None
    last = before[-1]
    if _PARENTHESIS_OPENS.fullmatch(frame, last.end, first.start):
        return last.person
    if frame.find("from", max(0, first.start - 200), first.start) < 0:
        return None  # a substring test first: most lead-ins have no letter in them
    for name in reversed(before):
        if first.start - name.end > 120:
            break
        if (_WRITTEN_FROM.search(frame, max(0, name.start - 40), name.start)
                and _READS.fullmatch(frame, name.end, first.start)):
            return name.person
    return None


_BEFORE_SIGNATURE = re.compile(r"[\s,–—-]*\(?\s*")
_AFTER_SIGNATURE = re.compile(r"(?:\s*,\s*(?:[\w'’&.-]+\s+){0,5}[\w'’&.-]+)?\s*\)?\s*(?:[.!?]?\s*$|[.!?]\s)"
                              r"|(?:\s+[A-Z][\w'’&.-]*){1,4}\s*$")
"""After a quotation, the name alone, or with a short description, ending the sentence ('"...," Mrs Jo Bell.',
'"..." - Jo Bell, organiser.', '"..." (Jo Bell, Chair)'), or with a few capitalised words and no comma ending the
paragraph ('"..." Jo Bell Acme Radio'): the words are signed by her, with no speech verb."""


def _signed_after(last: _Segment, context: _Context) -> str | None:
    """The person whose name follows a quotation with nothing but punctuation between and nothing after it in the
    sentence but a short description ("..." - Jo Bell, organiser.): newsletters sign remarks so."""
    index = last.paragraph
    frame = context.frame(index)
    gap = _BEFORE_SIGNATURE.match(frame, last.end)
    for name in context.names_by_paragraph.get(index, []):
        if name.start < last.end:
            continue
        if name.start != gap.end() or _is_possessive(frame, name):
            return None
        return name.person if _AFTER_SIGNATURE.match(frame, name.end) else None
    return None


_SIGNATURE_LINE = re.compile(r"\s*(?:[-–—~]\s*)?(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Rev|Revd)\.?\s+)?")
_SIGNATURE_END = re.compile(r"(?:\s*[,(]\s*(?:[\w'’&.-]+\s+){0,5}[\w'’&.-]+\s*\)?"
                            r"|(?:\s+[\w'’&.-]+){0,6}?\s+\(?\d{4}(?:\s*[-–—]\s*\d{4})?\)?)?"
                            r"\s*\.?\s*")
"""A paragraph that is only a name, after a dash or not, with at most a short description after it ("Jo Bell,
Chair"), or a few words ending in a year or the years of a life without a comma, as a quotation of the month is
signed ("Jo Bell American Poet 1901 - 1960"; the year keeps out a heading such as "Jo Bell Memorial Fund"): a
signature."""


def _signed_below(quotation: _Quotation, context: _Context) -> str | None:
    """The signer of a letter quoted whole: the quotation fills its paragraphs from first mark to last, and the
    paragraph after it is a name alone ("Dear Sir," then '"I write to ..."', then "Jo Bell"). A quotation inside
    a paragraph of the reporter's own is not signed so: the name under a letter that quotes someone is the
    letter writer's, not the speaker's."""
    first, last = quotation.segments[0], quotation.segments[-1]
    below = last.paragraph + 1
    if below >= len(context.paragraphs) or context.paragraphs[first.paragraph][: first.start].strip():
        return None
    if context.paragraphs[last.paragraph][last.end :].strip(" .,\"”’'"):
        return None
    names = context.names_by_paragraph.get(below, [])
    if not names:
        return None
    text = context.paragraphs[below]
    name = names[0]
    if _SIGNATURE_LINE.fullmatch(text, 0, name.start) and _SIGNATURE_END.fullmatch(text, name.end):
        return name.person
    return None


_OPENING_WORDS = re.compile(r"(?:(?:but|and|so|yet|however|meanwhile|now|then|also|later|earlier),?\s+)*",
                            re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"(?:he|she)\b", re.IGNORECASE)


def _lead_in_speaker(first: _Segment, context: _Context) -> str | None:
    """Who speaks a quotation that opens a sentence with no speech verb of its own, from the sentence before it:
    one whose subject says something ("Jo Bell said the plan was sound. "We will build it."") or one ending in
    a colon whose subject is a person ("Jo Bell was in no doubt: "We will build it.""). The subject is a
    name (or "he"/"she") that starts the sentence."""
    index = first.paragraph
    frame = context.frame(index)
    lead = frame[: first.start].rstrip()
    if not lead or lead[-1] not in ".:" or not first.text.rstrip(" ,").endswith((".", "!", "?")):
        return None
    colon = lead.endswith(":")
    start = _sentence_start(frame, len(lead) - 1)
    verbs = _speech_verbs_within(frame, context.verbs_in_frame(index), start, len(lead))
    if colon == bool(verbs) or any(_is_passive(frame, verb.start()) for verb in verbs):
        return None  # a colon after a speech verb nobody named ('the firm said:'), or a sentence saying nothing
    if colon and (read_out := _READS_OUT_A_TEXT.search(frame, start, len(lead))):
        # 'Cllr Jo Bell read the letter from the county:': the letter's words, not hers
        return _writer_of(frame, read_out, context.names_by_paragraph.get(index, []))
    subject_at = _OPENING_WORDS.match(frame, start).end()
    pronoun = _PRONOUN_SUBJECT.match(frame, subject_at)
    if pronoun is not None and verbs:
        return _most_recent(context, index, start, pronoun.group(0).lower())
    for name in context.names_by_paragraph.get(index, []):
        if start <= name.start < len(lead) and not _is_possessive(frame, name):
            opens = name.start - subject_at <= 4 and not frame[subject_at : name.start].strip(" .").islower()
            if opens and (colon or _speaks_in(frame, name)):
                return name.person
            return None
    return None


def _speech_verbs_within(frame: str, verbs: list[re.Match[str]], low: int, high: int) -> list[re.Match[str]]:
    """What ``_SPEECH_VERB.finditer(frame, low, high)`` finds, taken from ``verbs``, the whole frame's matches.

    The window ends the text at ``high``, so a word running over ``high`` is read only up to it, where it may
    be a speech verb the whole frame does not have ("say" of "says", "said" of "saidx")."""
    found = [verb for verb in verbs if verb.start() >= low and verb.end() <= high]
    cut_word = _start_of_word_across(frame, high)
    if cut_word is not None and cut_word >= low:
        cut_verb = _SPEECH_VERB.match(frame, cut_word, high)
        if cut_verb is not None:
            found.append(cut_verb)
    return found


def _start_of_word_across(text: str, position: int) -> int | None:
    """Where the word (a run of ``re``'s word characters) holding both ``text[position - 1]`` and
    ``text[position]`` starts, if there is one."""
    if not 0 < position < len(text):
        return None
    if not (_is_word_character(text[position - 1]) and _is_word_character(text[position])):
        return None
    start = position - 1
    while start > 0 and _is_word_character(text[start - 1]):
        start -= 1
    return start


def _is_word_character(character: str) -> bool:
    """``re``'s ``\\w`` for text: alphanumeric or the underscore."""
    return character.isalnum() or character == "_"


def _attributing_verbs(
    frame: str, verbs_in_window: list[re.Match[str]], segment: _Segment
) -> list[tuple[re.Match[str], str]]:
    """Speech verbs that can attribute this quotation, each with the text between it and the quotation.

    A verb after the quotation attributes it only if the quotation ends mid-sentence ('"...," said
    Smith'); a verb before it only if no sentence ends in between ('Smith said: "..."')."""
    ends_sentence = segment.text.rstrip().endswith(".")
    verbs: list[tuple[re.Match[str], str]] = []
    for verb in verbs_in_window:
        if verb.start() >= segment.end:
            if ends_sentence or _INTRODUCES.match(frame, verb.end()):
                continue  # a new sentence, or "Smith said:" introducing what follows
            gap = frame[segment.end : verb.start()]
            if _ANSWERING.search(gap):
                continue  # '"Anything off the top?" to which he replied': the reply is the next quotation's
            if segment.text.rstrip()[-1:] not in ",!?" and _NEW_SENTENCE_SUBJECT.match(gap):
                continue  # '"I was a fool" He replied, "..."': a new sentence, its verb is the next quotation's
            if _NEW_CLAUSE.match(gap):
                continue  # 'the policy states "..." but Cllr Jo Bell said': a clause of its own, not the quote's
            if _CLAUSE_WITH_THAT.search(gap):
                continue  # '"..." Cllr Jo Bell advised that it be noted, suggesting ...': her own clause's verb
        elif verb.end() <= segment.start:
            gap = frame[verb.end() : segment.start]
        else:
            continue
        if len(gap) <= QUOTE_REACH and not _SENTENCE_END.search(gap) and not _is_passive(frame, verb.start()):
            verbs.append((verb, gap))
    return verbs


_NEW_CLAUSE = re.compile(r"\s*[,;]?\s*(?:and|but|while|whilst|whereas|although|though|yet|so|because|when|after"
                         r"|before|until|if|then)\b[^,;:]*$", re.IGNORECASE)
"""Between a quotation and a speech verb after it, a conjunction opening another clause, whose verb is its own
('the policy states "..." but Cllr Jo Bell said'); not when a comma sets the verb apart, as an attribution ending
the sentence is ('Jo had "no choice" but to go, Al Hunt has said')."""
_CLAUSE_WITH_THAT = re.compile(r"\b[a-z]{3,}(?:ed|s)\s+that\b")
"""Between a quotation and a speech verb after it, a verb of another clause with its "that" ("advised that", "felt
that"): the speech verb is that clause's (a participle, "suggesting"), and the quotation, a document's words read
before it, is not its subject's."""
_NEW_SENTENCE_SUBJECT = re.compile(r"\s*(?:He|She|They|We|I)\b")
_ANSWERING = re.compile(r"\bto which\b", re.IGNORECASE)
_PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "be", "is", "are"})


def _is_passive(frame: str, verb_start: int) -> bool:
    """ "he was asked", "it has been described as": the verb's subject is not its speaker."""
    words = frame[max(0, verb_start - 25) : verb_start].lower().split()
    if words and words[-1].endswith("ly"):
        words.pop()
    return bool(words) and words[-1] in _PASSIVE_AUXILIARIES


_OTHER_SUBJECT = re.compile(r"^(?:['’]s?\s|\s+(?:the|a|an|his|her|their|its)\s+\w)", re.IGNORECASE)
_BARE_APPOSITION = re.compile(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[A-Za-z-]+)\s+(?:of|from|at|for|with|in)\s",
                              re.IGNORECASE)
"""After a name, "a Director from Acme" with no commas, as newsletters write an apposition: the name is still the
subject (not "Mr Reed the minister said", where "the minister" is)."""


def _bare_apposition(between: str) -> bool:
    found = _BARE_APPOSITION.match(between)
    return found is not None and found.group("noun").lower() in _OCCUPATIONS


_SUBJECT_PRONOUN = re.compile(r"\b(?:I|we|they|you)\b")
"""Between a name and the speech verb after it, a subject of the verb's own ("Well I could say")."""
_OTHERS_RELATIVE = re.compile(
    r"^(?!\s*(?:of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|\([^)]*\)|,\s*\d+)?\s*,?\s*who\b).*\bwho\b|\bwhich\b(?:(?!\s[-–—]\s)[^,])*$",
    re.DOTALL
)
"""Between a name and the speech verb after it, "who" of someone else's clause ("Jo went to the barber, who asked"),
or "which" of a thing's ("Jo Bell read out the policy, which states "..."": the policy's words, not hers; not an
aside closed by a comma or a dash before the verb: "Jo Bell, spokesman for Acme, which made it, said")."""
_OBJECT_WORDS = frozenset("told tells telling at of for from with by on about against to".split())
"""Before a name, words that make it an object, not the subject of the speech verb after it."""
_ADDRESSEE_WORDS = frozenset("told tells telling".split())
_AS_AFTER = re.compile(r"\s+as\b")


_UNNAMED_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|one)\s+(?:[a-z][\w'’-]*\s+){1,3}$")
_UNNAMED_INVERTED = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|one)\s+(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*"
                               r"\s*[,:]\s*")
"""Between a speech verb and the quotation after it, only the verb's unnamed subject ('said his daughter, "...')."""
_UNNAMED_AFTER = re.compile(r"\s+(?:the|a|an|his|her|their|its|our|one)\s+[a-z]")
_SEAT_HOLDER_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z][\w'’-]*\s+){0,2}(?:MPs?|MSPs?|AMs?|MEPs?|MLAs?|TDs?)"
    r"\s+for\s+(?:[A-Z][\w'’.-]*,?\s+(?:(?:and|&|upon|on|under|in)\s+)?){1,5}$")
"""A member named by the seat alone before a speech verb ("The MP for Ayton and Bexworth said"): an unnamed
speaker, however many capitalised words the seat's name has."""
SEAT_HOLDER_REACH = 90
"""How far before a speech verb "the MP for ..." may start (the longest seats' names run to 50 letters)."""


_DESCRIBED = (
    r"the\s+(?:\d+-year-old|(?:former|new|veteran|young|experienced)\s+[A-Z][a-z]+|"
    r"(?:American|Australian|Argentine|Brazilian|Briton|Canadian|Croat|Czech|Dane|Dutchman|Englishman|Frenchman"
    r"|German|Irishman|Italian|Russian|Scot|Scotsman|Spaniard|Swede|Swiss|Welshman|Belgian|Frenchwoman"
    r"|Englishwoman|Kiwi|Portuguese|Serb|Pole|Norwegian|Finn|Greek|Dutchwoman|Argentinian|Chilean|Colombian"
    r"|Mexican|Nigerian|Kenyan|Ethiopian|Moroccan|Cameroonian|Ghanaian|Senegalese|Japanese|Chinese|Korean|Indian"
    r"|Pakistani|South\s+African|New\s+Zealander))"
)
_DESCRIBED_BEFORE = re.compile(rf"\b{_DESCRIBED}\s+(?:(?:has|had|also|then|later)\s+)?$")
_DESCRIBED_AFTER = re.compile(rf"\s+{_DESCRIBED}\b(?!\s+[a-z]+(?:er|or|ist|ian|man)\b)")
"""A speaker described, not named, as sports and news reports refer back to the person they are about: by age
("the 25-year-old") or nationality ("the Swede")."""


def _report_subject(context: _Context, paragraph: int, offset: int, by_age: bool = False) -> str | None:
    """The person a report is about: the one its opening paragraph names (the second paragraph, when the first
    names nobody), if that is before ``offset`` ("Jo Bell will race on Sunday", then "the 25-year-old said").
    When the opening names several people, the first of them only for a description by age (``by_age``): a
    nationality ("the American") fits one of them, and which one the text does not say."""
    for opening in (0, 1):
        named = [span for span in context.outside if span.paragraph == opening]
        if named:
            if (named[0].paragraph, named[0].start) >= (paragraph, offset):
                return None
            if not by_age and any(span.person != named[0].person for span in named):
                return None
            return named[0].person
    return None


def _described_subject(frame: str, verb: re.Match[str]) -> str | None:
    """ "he", "she" or "they" for a speech verb whose subject is a description of someone named before."""
    found = _DESCRIBED_BEFORE.search(frame, max(0, verb.start() - 40), verb.start()) or _DESCRIBED_AFTER.match(
        frame, verb.end())
    if found is None:
        return None
    words = found.group(0)
    if re.search(r"(?:man|Briton)\b", words):
        return "he" if "woman" not in words else "she"
    return "they"


_CAPITALISED_AFTER = re.compile(r"\s+(?!(?:The|A|An|His|Her|Their|Its|Our|One)\b)[A-Z][\w'’-]+")
_UNKNOWN_NAME_REACH = 40
"""How far after a speech verb a known name may start and still be the capitalised word's (a title before it:
"said Chief Executive Jo Bell")."""


def _unknown_name_after(frame: str, verb: re.Match[str], names: Sequence[NameSpan],
                        quoted: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether a speech verb after a quotation is followed by a capitalised word with no known name near: the
    speaker is someone the name finder missed, so no one else named nearby is. A name past another quotation
    is that quotation's speaker ('"A" said Paddy "B" said Rick': Paddy, unknown, says A, not Rick)."""
    if verb.group(0).lower() in ("told", "tells", "according", "telling"):
        return False  # '"...," he told Radio 4': the capitalised word is the one spoken to
    if _CAPITALISED_AFTER.match(frame, verb.end()) is None:
        return False
    return not any(verb.end() <= name.start <= verb.end() + _UNKNOWN_NAME_REACH
                   and not _quoted_between(quoted, verb.end(), name.start) for name in names)


def _unnamed_subject(frame: str, verb: re.Match[str], gap: str, names: Sequence[NameSpan],
                     before_quote: bool = False) -> bool:
    """Whether the speech verb next to a quotation ('the chairman said: "..."', '"...," asked the driver', 'a
    wife said to her husband "..."', 'said his daughter, "..."') has a speaker the text does not name (and no
    name follows in apposition)."""
    seat = _SEAT_HOLDER_BEFORE.search(frame, max(0, verb.start() - SEAT_HOLDER_REACH), verb.start())
    if seat is not None and not any(seat.start() <= name.start < verb.start() for name in names):
        # 'The MP for Ayton and Bexworth said Prime Minister Jo Bell had been "..."': the member, whom the sentence
        # does not name, not the name after the verb nor a person read from the seat's name
        return True
    if before_quote and not any(verb.end() <= name.start < verb.end() + len(gap) for name in names):
        subject = _UNNAMED_BEFORE.search(frame, max(0, verb.start() - 40), verb.start())
        if subject is not None and _OPENING_WORDS.fullmatch(
                frame, _sentence_start(frame, subject.start()), subject.start()) is not None:
            return True  # 'A wife said to her husband "..."': whatever the verb's object, its subject is unnamed
        if _UNNAMED_INVERTED.fullmatch(gap) and verb.group(0).lower() not in ("told", "tells", "according"):
            return True  # '"Well," said his daughter, "..."'
    if gap.strip(" ,:") or verb.group(0).lower() in ("told", "tells", "according"):
        return False  # '"...," he told the paper': the verb's subject comes first
    if _UNNAMED_BEFORE.search(frame, max(0, verb.start() - 40), verb.start()):
        return True
    if _UNNAMED_AFTER.match(frame, verb.end()):
        return not any(verb.end() <= name.start <= verb.end() + 50 for name in names)
    return False


_TEXTS_AND_BODIES = (
    r"(?:plan|policy|policies|letter|report|document|response|reply|answer|minutes|survey|statement|leaflet"
    r"|guidance|website|agenda|consultation|strategy|framework|notice|e-?mail|application|proposal|appraisal|study"
    r"|review|assessment|regulations?|constitution|article|paper|newsletter|booklet|summary|conditions|agreement"
    r"|draft|guide|brochure|questionnaire|bulletin|release|memo|handbook|charter|code|clause|section|paragraph"
    r"|contract|licence|decision|findings|audit|resolution|motion|petition|council|authority|department"
    r"|government|ministry|agency|committee|board|inspectorate|highways|constabulary)"
)
_TEXT_SUBJECT_BEFORE = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our)\s+|\b[A-Z][\w’'-]*[’']s?\s+)"
    rf"(?:[\w’'&-]+\s+){{0,4}}?(?i:{_TEXTS_AND_BODIES})s?\s+"
    r"(?:(?:also|clearly|now|still|then|simply|specifically|only|further|itself|actually)\s+)?$")
_TEXT_SUBJECT_AFTER = re.compile(
    rf"[\s,]*(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir|[Oo]ur)\s+(?:[\w’'&-]+\s+){{0,4}}?(?i:{_TEXTS_AND_BODIES})s?"
    r"\s+(?:(?:also|clearly|now|still|then|further|itself)\s+)?$")
"""Next to a speech verb, its subject a text or a body, not a person: "The Parish Plan says", "the county's
policy states", '"...," the report says' (not "his letter said": a person's own words). ``_named_speaker`` would
otherwise give the quotation to a councillor whose own verb comes later in the sentence."""
_WHAT_TEXTS_DO = frozenset("""says said states stated adds added notes noted concludes concluded warns warned claims
    claimed describes described explains explained suggests suggested declares declared insists insisted argues argued
    reported writes wrote continues continued confirms confirmed stresses stressed emphasises emphasised""".split())
"""The speech verbs a text or a body is the subject of, giving its own words ("the report states"); not those a
text may do without words of its own ("the constitution reflected a "..."": the phrase is whoever's argues it)."""
_TEXT_OWNER_PREPOSITIONS = frozenset("of from at for with in on by to within".split())
"""Before a text or a body, words that make it no subject: it describes the name before ("Jo Bell of the Borough
Council said", "a spokesman for the department said")."""
TEXT_SUBJECT_REACH = 80
"""How far before a speech verb its text or body subject may start ("the Borough Council's planning policy")."""


def _text_as_subject(frame: str, verb: re.Match[str], gap: str, names: Sequence[NameSpan],
                     before_quote: bool) -> bool:
    """Whether the speech verb nearest a quotation has a text or a body, with no name in it or before it in the
    possessive, as its subject: the quotation is the text's wording ('The Parish Plan says "..."', '"...," the
    report says'), whoever speaks elsewhere in the sentence."""
    if verb.group(0).lower() not in _WHAT_TEXTS_DO:
        return False  # 'Jo Bell argues the constitution reflected a "..."': a text reflects no words, hers are
    if before_quote:
        found = _TEXT_SUBJECT_BEFORE.search(frame, max(0, verb.start() - TEXT_SUBJECT_REACH), verb.start())
        subject_start = found.start() if found is not None else 0
    else:
        found = _TEXT_SUBJECT_AFTER.fullmatch(gap)
        subject_start = verb.start() - len(gap)
    if found is None:
        return False
    if _word_before(frame, found.start()) in _TEXT_OWNER_PREPOSITIONS:
        return False  # "Jo Bell of the Borough Council said": the text or body only says where the speaker is from
    # "a letter from Mrs Bell says", "Mrs Bell's letter says": her words
    return not any(name.start < verb.start() and name.end > subject_start for name in names)


def _quoted_between(quoted: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(start <= low and high <= end for low, high in quoted)


def _named_speaker(frame: str, names: Sequence[NameSpan], verbs: list[tuple[re.Match[str], str]],
                   quoted: Sequence[tuple[int, int]] = ()) -> str | None:
    """The name next to an attributing verb (same sentence), the pair nearest the quotation first."""
    best: tuple[int, str] | None = None
    for verb, gap in verbs:
        objects_from = _objects_of_coordinated_verb(frame, names, verb)
        for name in names:
            if name.end <= verb.start():
                if name.start >= objects_from:
                    continue  # "she hoped to meet Jo Bell and Al Hunt but joked": objects, not the verb's subject
                between = frame[name.end : verb.start()]
            elif name.start >= verb.end():
                between = frame[verb.end() : name.start]
            else:
                continue
            aside = name.end <= verb.start() and _ASIDE.fullmatch(between) is not None
            if aside:
                between = ""  # "Jo Bell, whose rivalry with Al Hunt is well known, said": the aside is skipped
            if len(between) > ATTRIBUTION_REACH:
                continue
            distance = len(between.strip()) + len(gap.strip())
            if best is not None and distance >= best[0]:
                continue  # the tests below only for a pair that would be the nearest
            if _SENTENCE_END.search(between):
                continue
            if name.start >= verb.end() and _CLAUSE_AFTER_VERB.search(between):
                continue  # 'said she hoped to meet Jo Bell', 'said that Jo Bell': the name is in what was said
            if name.end <= verb.start() and _in_an_aside(frame, name, verb):
                continue  # "Jo Bell, whose rivalry with Al Hunt is well known, said": Al Hunt is not the speaker
            if name.start >= verb.end() and _describes_next_name(frame, name, names):
                continue  # 'said Acme Films producer Jo Bell': the speaker is the name after the description
            if name.end <= verb.start() and ((_OTHER_SUBJECT.match(between) and not _bare_apposition(between))
                                              or _SUBJECT_PRONOUN.search(between)
                                              or _OTHERS_RELATIVE.search(between)):
                continue  # "According to Mr Reed the minister said:", "Smith's spokesman said"
            objects = _OBJECT_WORDS if name.end <= verb.start() else _ADDRESSEE_WORDS
            if _word_before(frame, name.start) in objects:
                continue  # "an economist at Global Insight said", "told Agence France Presse"
            if (name.end <= verb.start() and _IN_APPOSITION.search(frame, max(0, name.start - 60), name.start)
                    and not _styled_with_the(frame, name)):
                continue  # "Jo Bell, an analyst at Acme, said": Acme is not the speaker
            if name.start >= verb.end() and verb.group(0).lower() in _ADDRESSEE_WORDS:
                continue  # 'he told Radio Acme's Breakfast with Al Hunt:' names who heard it, never who said it
            if (name.start >= verb.end() and verb.group(0).lower() in ("described", "describes")
                    and _AS_AFTER.match(frame, name.end) and _word_before(frame, name.start) != "by"):
                continue  # 'the filing described Jo Bell as "..."': words about her ("described by Jo Bell as": hers)
            if _quoted_between(quoted, min(name.end, verb.end()), max(name.start, verb.start())):
                continue  # '"A," said Paddy. "B," said Rick': Rick says B only
            if _is_as_saying(frame, verb) and not (name.end <= verb.start() and _QUOTED_AS.fullmatch(between)):
                continue  # 'quoted its plan as saying': the speaker is the one right before "as saying"
            best = (distance, name.person)
    return best[1] if best is not None else None


_COORDINATION = re.compile(r"\s*,?\s+(?:and|but)(?:\s+then|\s+also)?\s+")
"""Between a name and a speech verb, a conjunction: the verb shares the subject of the clause before it."""
_CLAUSE_AFTER_VERB = re.compile(r"\b(?:he|she|they|I|we|you|it|that|was|were|is|are|had|has|would|will)\b",
                                re.IGNORECASE)
"""Between a speech verb and a name after it, words of a clause of its own: the name is not the verb's subject."""
_LISTED = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s*(?:[A-Z][\w'’-]*\s+)?")
"""Between two names of a list, its joint (and a given name the name finder left out of the second)."""


def _objects_of_coordinated_verb(frame: str, names: Sequence[NameSpan], verb: re.Match[str]) -> int:
    """Where the names before a speech verb that follows a conjunction start being objects of the clause before
    it ("she hoped to meet Jo Bell and Al Hunt but joked"): from the first of the names listed right before the
    conjunction, when the sentence has words before them (a name opening the sentence is its subject). The verb's
    position when there is no such conjunction."""
    before = [name for name in names if name.end <= verb.start()]
    if not before or not _COORDINATION.fullmatch(frame, before[-1].end, verb.start()):
        return verb.start()
    first = len(before) - 1
    while first and _LISTED.fullmatch(frame, before[first - 1].end, before[first].start):
        first -= 1
    if not _LOWER_WORD.search(frame, _sentence_start(frame, before[first].start), before[first].start):
        return verb.start()
    return before[first].start


_ASIDE = re.compile(r"\s*,\s*(?:who|whose|which|where|when)\b[^,.;:!?]{0,200},\s*(?:(?:has|had|have)\s+)?",
                    re.IGNORECASE)
"""Between a name and its speech verb, a relative clause in commas about the name ("Jo Bell, who ...,")."""
_ASIDE_OPENING = re.compile(r",\s*(?:who|whose|which|where|when)\b(?!\s+real\s+name)[^,.;:!?]*$", re.IGNORECASE)


def _in_an_aside(frame: str, name: NameSpan, verb: re.Match[str]) -> bool:
    """Whether a name before a speech verb is inside a relative clause in commas that closes before the verb:
    someone the aside mentions, not the verb's subject."""
    return (_ASIDE_OPENING.search(frame, max(0, name.start - 120), name.start) is not None
            and "," in frame[name.end : verb.start()])


_DESCRIBING_WORDS = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?P<noun>[a-z][\w-]*)\s+")
_OCCUPATIONS = frozenset("""boss coach captain keeper goalkeeper striker midfielder defender winger team-mate colleague
    analyst economist chief founder co-founder owner star singer actor actress writer author presenter host lawyer
    agent adviser advisor strategist official expert researcher professor designer developer producer director
    executive chairman chairwoman chair president manager editor spokesman spokeswoman spokesperson secretary
    minister leader head member officer partner founder boss""".split())
"""Nouns saying what someone is, which a body's or a work's name can modify ("Acme Films producer")."""


def _describes_next_name(frame: str, name: NameSpan, names: Sequence[NameSpan]) -> bool:
    """Whether a name is followed by an occupation and another name ("Acme Films producer Jo Bell"): it names
    what the next person works for or on, not a person of its own."""
    words = _DESCRIBING_WORDS.match(frame, name.end)
    if words is None or words.group("noun") not in _OCCUPATIONS:
        return False
    return any(other.start == words.end() for other in names)


_AS_SAYING = re.compile(r"\bas\s+$", re.IGNORECASE)
_QUOTED_AS = re.compile(r"\s*(?:(?:is|was|has\s+been|had\s+been)\s+quoted\s+)?as\s*", re.IGNORECASE)
"""Between a name and "saying": "Jo Bell was quoted as saying" is hers, as "quoted Jo Bell as saying" is."""


def _is_as_saying(frame: str, verb: re.Match[str]) -> bool:
    """ "quoted X as saying": the speaker is X, the object of another verb."""
    if verb.group(0).lower() != "saying":
        return False
    return _AS_SAYING.search(frame, max(0, verb.start() - 4), verb.start()) is not None


_IN_APPOSITION = re.compile(r"\w,\s+(?:a|an|the|its|his|her|their)\s+[^,.;:!?]*$", re.IGNORECASE)
"""Before a name, the start of an aside describing someone else ("Jo Bell, a director at ...")."""
_STYLE = r"(?:(?:Rt|Right|Very|Most)\.?\s+)?(?:Rev|Revd|Reverend|Ven|Venerable|Hon|Honourable)\.?\s+"
_STYLED_WITH_THE = re.compile(rf",\s+(?i:the)\s+(?:{_STYLE})?$")
_STYLE_OPENS = re.compile(_STYLE)


def _styled_with_the(frame: str, name: NameSpan) -> bool:
    """Whether a style that takes "the" stands before the name, in it or not ("The vicar, the Rev Jo Bell,
    said"): the name is the aside itself, not a word of an aside about someone else."""
    styled = _STYLED_WITH_THE.search(frame, max(0, name.start - 40), name.start)
    if styled is None:
        return False
    has_style = not styled.group(0).rstrip().lower().endswith("the")
    return has_style or _STYLE_OPENS.match(name.surface) is not None


def _word_before(frame: str, position: int) -> str:
    """The word before ``position``, past a "the"."""
    words = frame[max(0, position - 30) : position].lower().split()
    if words and words[-1] == "the":
        words.pop()
    return words[-1] if words else ""


_PREPOSITIONS = frozenset("of against with to from at on about over into under between behind including".split())
"""Before a name, words that make it the object of a preposition ("the sending off of Jo Bell", "big names
including Jo Bell"); not "by" or "for", whose names often hold the view reported ("echoed by Jo Bell", "For Jo
Bell, the future ..."), nor "according to"."""
_DESCRIPTION_WORD = re.compile(r"[a-z][a-z-]*[a-z]")
"""A lower-case word between a preposition and a name may describe the person ("of boss Jo Bell", "with
team-mate Jo Bell")."""
_NOT_DESCRIPTIONS = frozenset("""the a an and or but that which who whom whose as than said says told is was were are
    be been has had have will would could should may might can do did does not also then now when while where after
    before since if so""".split())


def _after_preposition(text: str, span: NameSpan) -> bool:
    """Whether a name is a preposition's object, not at the head of its sentence ("To Jo Bell, the answer is"),
    also past a word or two describing the person ("the backing of boss Jo Bell")."""
    words = text[_sentence_start(text, span.start) : span.start].split()
    if words and words[-1].lower() == "the":
        words.pop()
    for described in (1, 2):
        if len(words) > described + 1 and all(
            _DESCRIPTION_WORD.fullmatch(word) and word not in _NOT_DESCRIPTIONS and word not in _PREPOSITIONS
            and not word.endswith("ed") and not _SPEECH_VERB.fullmatch(word)
            for word in words[-described:]
        ) and words[-described - 1].lower() in _PREPOSITIONS and (
            len(words) < described + 2 or words[-described - 2].lower() not in _OCCUPATIONS
        ):  # not "director of sport Jo Bell", whose words are a post's
            del words[-described:]  # "the backing of boss Jo Bell": the description looked past
            break
    words = [word.lower() for word in words]
    return len(words) > 1 and words[-1] in _PREPOSITIONS and words[-2:] != ["according", "to"]


_LIST_JOINT = re.compile(r"\s*(?:,|,?\s+(?:and|or|&))\s*")
_LAST_JOINT = re.compile(r",?\s+(?:and|or|&)\s+")


def _objects_of_prepositions(text: str, spans: Sequence[NameSpan], fitting: Sequence[NameSpan]) -> list[bool]:
    """For each of ``fitting`` (some of ``spans``, one sentence's names in text order), whether it is a
    preposition's object, alone or in a list after one ("names including Jo Bell, Al Hunt and Di Lee"; a comma
    alone joins a list only when an "and" later goes on with it, not in "For Jo Bell, Al Hunt said")."""
    pairs = list(itertools.pairwise(spans))
    joints = [_LIST_JOINT.fullmatch(text, before.end, after.start) is not None for before, after in pairs]
    ends = [_LAST_JOINT.fullmatch(text, before.end, after.start) is not None for before, after in pairs]
    objects: dict[int, bool] = {}
    for index, span in enumerate(spans):
        joined = index > 0 and objects[spans[index - 1].start] and all(joints[index - 1 :]) and any(ends[index - 1 :])
        objects[span.start] = joined or _after_preposition(text, span)
    return [objects[span.start] for span in fitting]


def _most_recent(context: _Context, paragraph: int, offset: int, pronoun: str, any_gender: bool = False) -> str | None:
    """Who "he" or "she" is: the first person named in the latest sentence before ``offset`` that names anyone
    who fits (an honorific gives "Mr Smith" as "he"), since the subject of the previous sentence is the likeliest
    antecedent. A sentence whose subject is that pronoun again ("So he praised Jo Bell and Al Hunt") goes on
    with the same person, so the search goes back past it."""
    before = [span for span in context.outside if (span.paragraph, span.start) < (paragraph, offset)]
    pronoun_subject = re.compile(rf"^\W*(?:\w+\s+){{0,3}}?{pronoun}\b", re.IGNORECASE)
    while before:
        last = before[-1]
        text = context.paragraphs[last.paragraph]
        sentence_start = _sentence_start(text, last.start)
        same_sentence = [span for span in before if span.paragraph == last.paragraph and span.start >= sentence_start]
        del before[len(before) - len(same_sentence) :]
        if pronoun_subject.match(text[sentence_start : same_sentence[0].start]):
            continue
        fitting = [span for span in same_sentence
                   if (any_gender or context.genders.get(span.person, pronoun) == pronoun)
                   and not _describes_next_name(text, span, same_sentence)]
        objects = _objects_of_prepositions(text, same_sentence, fitting) if fitting else []
        if fitting and all(objects):
            # 'the sending off of Jo Bell': a name after a preposition is not what "he" goes back to. (Tried on the
            # development half: the last quotation's speaker instead, when these names were met before; 6 quotes
            # right, 3 wrong, as a person the name finder does not know is often the sentence's subject.)
            return None
        if fitting:
            # The one the sentence has speaking ("Mr Lee's plan fails, Mr Roe said"), else the first not a possessive;
            # never a preposition's object before a name that is none ("Jo Bell, a partner of Acme Lee said").
            is_object = {span.start: object_ for span, object_ in zip(fitting, objects, strict=True)}
            fitting.sort(key=lambda span: (is_object[span.start], not _speaks_in(text, span),
                                           _is_possessive(text, span)))
            if _unnamed_person_since(context, fitting[0], paragraph, offset, pronoun):
                return None  # 'Jo Bell asked the mechanic. "It is fine," he said': the mechanic, whom nobody names
            if _unknown_subject_since(context, fitting[0], paragraph, offset):
                # 'Kowalczyk is angry and says Jo Bell ... "...," she said': whom the name finder missed. Before the
                # description below: in 'Kowalczyk said ... The Pole hit himself. "...," he said' the Pole is
                # Kowalczyk, not the one the report is about.
                return None
            if (described := _described_since(context, fitting[0], paragraph, offset)) is not None:
                # 'Al Hunt wants him. But the 25-year-old is happy. He added: "..."': the one the report is about
                return (_report_subject(context, paragraph, offset, by_age=_AGED.search(described) is not None)
                        or fitting[0].person)
            if _only_possessive(text, fitting[0]):
                # '"A," said Jo Bell. Al Hunt's tackle broke his leg. "B," he said': Jo Bell goes on speaking
                going_on = _speaker_going_on(context, paragraph, pronoun, any_gender)
                if going_on is not None and going_on != fitting[0].person:
                    return going_on
            return fitting[0].person
    return None


_UNKNOWN_SUBJECT_TEXT = (
    r"(?:(?i:but|and|so|yet|however|meanwhile|now|then|also|later),?\s+)*"
    r"(?!(?:He|She|It|They|We|You|This|That|These|Those|There|Who|One|Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\b)"
    r"(?P<word>[A-Z][a-z'’-]+)(?:\s*,\s*\d+\s*,|\s+(?:also|too|then|later|now|still|however|though))?"
    r"\s+(?:says|said|claims|claimed|insists|insisted|admits|admitted|believes|believed|added|is\s+also|was\s+also)\b"
)
_UNKNOWN_SUBJECT = re.compile(_UNKNOWN_SUBJECT_TEXT)
"""A sentence opening with one capitalised word, no pronoun or honorific, and a verb a person is the subject of
("Kowalczyk admits", "Kowalczyk, 27, said")."""
_UNKNOWN_SUBJECT_AFTER_END = re.compile(r"(?<=[.!?]\s)" + _UNKNOWN_SUBJECT_TEXT)
"""The same after a sentence's end: one search of a stretch finds every such sentence (a loop over the sentence
starts took as long as the rest of ``_most_recent``)."""


def _unknown_subject_since(context: _Context, span: NameSpan, paragraph: int, offset: int) -> bool:
    """Whether a sentence from the one naming ``span`` up to ``offset`` has for its subject a single capitalised
    word that is no name the name finder gave and no common English word: a person it missed, whom "she said"
    after it is likelier to mean than ``span``."""
    for index in range(span.paragraph, paragraph + 1):
        frame = context.frame(index)
        low = _sentence_start(frame, span.start) if index == span.paragraph else 0
        high = offset if index == paragraph else len(frame)
        opening = _UNKNOWN_SUBJECT.match(frame, low, high)
        for found in (opening,) if opening else ():
            if _names_someone_unknown(context, index, found):
                return True
        for found in _UNKNOWN_SUBJECT_AFTER_END.finditer(frame, low, high):
            if _names_someone_unknown(context, index, found):
                return True
    return False


def _names_someone_unknown(context: _Context, index: int, found: re.Match[str]) -> bool:
    word_at = found.start("word")
    if any(name.paragraph == index and name.start <= word_at < name.end for name in context.spans):
        return False
    return not is_common_word(found.group("word"))


_SPEAKER_REACH = 1
"""How many paragraphs back the last quotation's speaker may be for "he said" to go on with him past a person the
sentence before only mentions (the same paragraph or the one before: BBC paragraphs hold several sentences)."""


def _speaker_going_on(context: _Context, paragraph: int, pronoun: str, any_gender: bool) -> str | None:
    """The speaker of the last attributed quotation, if it is at most ``_SPEAKER_REACH`` paragraphs back and the
    pronoun fits them (an honorific or given name of the other sex rules them out)."""
    if context.last_speaker is None:
        return None
    last_paragraph, speaker = context.last_speaker
    if paragraph - last_paragraph > _SPEAKER_REACH:
        return None
    if not any_gender and context.genders.get(speaker, pronoun) != pronoun:
        return None
    return speaker


def _only_possessive(text: str, span: NameSpan) -> bool:
    """Whether the best name of the sentence before "he said" is only a possessive that does not speak ("Al
    Hunt's tackle broke his leg"), so "he" is likelier the one speaking before. The sentence's other names fitting
    the pronoun are then possessives or a preposition's objects too (``_most_recent`` sorts them after).
    (Tried on the development half: a "him" after the name, as in "Al Hunt kicked him", as a sign of someone
    else; it took "Jo Bell, who has the spotlight on him" from Jo Bell, 6 quotes worse.)"""
    return _is_possessive(text, span) and not _speaks_in(text, span)


_UNNAMED_PERSON = re.compile(
    r"\b(?i:the|a|an|one|his|her|their)\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?(?P<noun>man|woman|boy|girl|lady|gentleman|wife"
    r"|husband|son|daughter|mother|father|mum|dad|brother|sister|friend|neighbour|driver|technician|mechanic"
    r"|barber|doctor|nurse|teacher|pupil|child|customer|passenger|resident|colleague|spokesman|spokeswoman"
    r"|spokesperson|officer|policeman|policewoman|worker|engineer|stranger|owner|farmer|landlord|landlady|vicar"
    r"|waiter|waitress|barman|official|insider|witness|[Cc]ouncillor)\b"
)
"""A person the text mentions without a name: as a sentence's subject, a pronoun after it more likely means them
than someone named before ("A department spokeswoman said ...")."""
_FEMININE_NOUNS = frozenset("woman girl lady wife daughter mother mum sister spokeswoman policewoman landlady waitress"
                            .split())
_MASCULINE_NOUNS = frozenset("man boy gentleman husband son father dad brother spokesman policeman waiter barman"
                             .split())


_SPOKEN_TO = re.compile(rf"\b{_SPEECH_VERB_WORD}\s+to\s+$", re.IGNORECASE)
"""Before an unnamed person, a speech verb addressing them ("said to her husband")."""
_SPEECH_NOUN = re.compile(r"\b(?:statements?|comments|remarks|according)$", re.IGNORECASE)
"""Words of ``SPEECH_VERBS`` that after a noun are no verb of it ("an official statement")."""


def _unnamed_person_since(context: _Context, span: NameSpan, paragraph: int, offset: int, pronoun: str) -> bool:
    """Whether a sentence between ``span`` and ``offset`` has for its subject an unnamed person who fits the
    pronoun (outside quote marks, not in apposition to a name), opening it or speaking in it ('"...," a
    spokeswoman said. She added the pair "..."': hers, not the pair's)."""
    for index in range(span.paragraph, paragraph + 1):
        frame = context.frame(index)
        low = span.end if index == span.paragraph else 0
        high = offset if index == paragraph else len(frame)
        for found in _UNNAMED_PERSON.finditer(frame, low, high):
            noun = found.group("noun")
            other_gender = _MASCULINE_NOUNS if pronoun == "she" else _FEMININE_NOUNS
            opens = _OPENING_WORDS.fullmatch(frame, _sentence_start(frame, found.start()), found.start()) is not None
            named = re.match(r"\s*(?:,\s*[A-Z]|of\b)", frame[found.end() :]) is not None
            # Speaking: a speech verb right after ("a spokeswoman said"), not a noun ("an official statement");
            # not one before, which is as often the reporter's ("He said the child could ...").
            speaks = (speech := _SPEAKS_AFTER.match(frame, found.end())) is not None and not _SPEECH_NOUN.search(
                speech.group(0))
            # Spoken to: 'a wife said to her husband "..." He replied': the one spoken to answers.
            spoken_to = _SPOKEN_TO.search(frame, max(0, found.start() - 30), found.start()) is not None
            if noun not in other_gender and (opens or speaks or spoken_to) and not named:
                return True
    return False


_AGED = re.compile(r"\b\d+-year-old\b")
_DESCRIBED_ANYWHERE = re.compile(_DESCRIBED.replace("the", "(?i:the)", 1))
_DESCRIBED_OPENING = re.compile(
    r"(?:(?i:but|and|so|yet|however|meanwhile|now|then|also),?\s+)*" + _DESCRIBED.replace("the", "(?i:the)", 1) + r"\b"
)


def _described_since(context: _Context, span: NameSpan, paragraph: int, offset: int) -> str | None:
    """The description opening a sentence between ``span`` and ``offset`` ("But the 25-year-old Dubliner ..."),
    if one does: the report's subject, not ``span``, is then who "he" is."""
    for index in range(span.paragraph, paragraph + 1):
        frame = context.frame(index)
        low = span.end if index == span.paragraph else 0
        high = offset if index == paragraph else len(frame)
        if not _DESCRIBED_ANYWHERE.search(frame, low, high):
            continue  # one search of the stretch first: most hold no description at all
        starts = [found.end() for found in _SENTENCE_END.finditer(frame, low, high)]
        if index != span.paragraph:
            starts.insert(0, 0)
        for start in starts:
            if start < high and (found := _DESCRIBED_OPENING.match(frame, start)):
                return found.group(0)
    return None


_SPEAKS_AFTER = re.compile(rf"(?:\s*,[^,.]{{0,80}},)?\s+(?:\w+ly\s+)?(?:(?:has|had|have)\s+)?{_SPEECH_VERB_WORD}\b",
                           re.IGNORECASE)
_SPEAKS_BEFORE = re.compile(rf"\b{_SPEECH_VERB_WORD}\s+$", re.IGNORECASE)


def _speaks_in(text: str, span: NameSpan) -> bool:
    return bool(_SPEAKS_AFTER.match(text, span.end) or _SPEAKS_BEFORE.search(text, max(0, span.start - 20), span.start))


def _is_possessive(text: str, span: NameSpan) -> bool:
    return text[span.end : span.end + 2] in ("'s", "’s") or text[span.end : span.end + 1] in ("'", "’")
