"""Corrections for the whole archive, said once in ``corrections.toml`` rather than in every article's front matter.

Applied to the inferred articles before they are linked, in the terms front matter uses for one article
(``aliases``, ``not_people``, ``councils``), so the link stage sees the corrected names and decides pages from
them as it does from inference::

    # One person, whatever the form; "name" is the canonical name, the page's title.
    [[person]]
    name = "Jane Doe"
    also = ["Janey Doe", "Cllr Doe"]

    # Two people who share a name: each rule says what tells them apart (any of council, role, from, until).
    [[person]]
    name = "John Smith (Leeds)"
    also = ["John Smith"]
    council = "Leeds City Council"   # in articles naming this council
    [[person]]
    name = "John Smith (headteacher)"
    also = ["John Smith"]
    role = "headteacher"             # where the article gives him this role
    from = 2015-09-01                # in articles dated from (and/or until) a day

    not_people = ["Grange Park"]     # names that are not people
    do_not_publish = ["Jane Resident"]  # on no page, in no search, in no export: her name is withheld

    # A council's other names, or a council the shipped register lacks: named in an article's text under any
    # of them, the article names that council.
    [[council]]
    name = "Northfold Council"
    also = ["Northfold District Council"]

A correction that matches nothing in the archive is reported (a renamed file, a typo, a person no longer named).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cuttings.errors import CuttingsError
from cuttings.model import Article, Paragraph, PersonMention, QuoteFact, RoleFact

CORRECTIONS_FILE = "corrections.toml"
WITHHELD = "[name withheld]"
"""What a do-not-publish name is replaced with wherever an article writes it."""
PERSON_KEYS = ("name", "also", "council", "role", "from", "until")
COUNCIL_KEYS = ("name", "also")
TOP_KEYS = ("person", "council", "not_people", "do_not_publish")


@dataclass(frozen=True)
class PersonRule:
    """These forms are this person (the canonical ``name``), in the articles that meet every condition given."""

    name: str
    also: tuple[str, ...] = ()
    council: str | None = None
    role: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    line: int | None = None

    @property
    def conditional(self) -> bool:
        return any(value is not None for value in (self.council, self.role, self.start, self.end))

    def forms(self) -> frozenset[str]:
        return frozenset(form.casefold() for form in (self.name, *self.also))

    def applies(self, article: Article, forms: Iterable[str]) -> bool:
        if self.council is not None and self.council.casefold() not in {c.casefold() for c in article.councils}:
            return False
        if self.start is not None and (article.date is None or article.date < self.start):
            return False
        if self.end is not None and (article.date is None or article.date > self.end):
            return False
        if self.role is not None:
            named = set(forms)
            role = self.role.casefold()
            return any(fact.person in named and role in fact.role.casefold() for fact in article.roles)
        return True


@dataclass(frozen=True)
class CouncilRule:
    name: str
    also: tuple[str, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class NameRule:
    name: str
    line: int | None = None


@dataclass(frozen=True)
class Corrections:
    people: tuple[PersonRule, ...] = ()
    councils: tuple[CouncilRule, ...] = ()
    not_people: tuple[NameRule, ...] = ()
    do_not_publish: tuple[NameRule, ...] = ()
    source: Path | None = None

    def __bool__(self) -> bool:
        return bool(self.people or self.councils or self.not_people or self.do_not_publish)


# --- reading the file ----------------------------------------------------------------------------


def _lines_of(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8", errors="replace").splitlines()


def _table_lines(lines: Sequence[str], table: str) -> list[int]:
    """The line of each ``[[table]]`` header, in order."""
    header = re.compile(rf"\s*\[\[\s*{re.escape(table)}\s*\]\]")
    return [number for number, line in enumerate(lines, start=1) if header.match(line)]


def _key_line(lines: Sequence[str], key: str, after: int = 0) -> int | None:
    assignment = re.compile(rf"""\s*(?:{re.escape(key)}|"{re.escape(key)}")\s*=""")
    for number, line in enumerate(lines[after:], start=after + 1):
        if assignment.match(line):
            return number
    return None


def load_corrections(path: Path) -> Corrections:
    """The corrections in ``path``; a mistake in the file is a CuttingsError naming its line."""
    try:
        with path.open("rb") as file:
            table = tomllib.load(file)
        lines = _lines_of(path)
    except tomllib.TOMLDecodeError as error:
        raise CuttingsError(f"not valid TOML: {error}", path, getattr(error, "lineno", None)) from error
    except OSError as error:
        raise CuttingsError(f"cannot read: {error.strerror}", path) from error
    return parse_corrections(table, path, lines)


def parse_corrections(table: dict[str, Any], path: Path, lines: Sequence[str]) -> Corrections:
    for key in table:
        if key not in TOP_KEYS:
            raise CuttingsError(f"unknown correction {key!r} (known: {', '.join(TOP_KEYS)})", path,
                                _key_line(lines, key) or _first_header(lines, key))

    def text(value: Any, what: str, line: int | None) -> str:
        if not isinstance(value, str) or not value.strip():
            raise CuttingsError(f"{what} must be a non-empty string, not {value!r}", path, line)
        return " ".join(value.split())

    def names(value: Any, what: str, line: int | None) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            raise CuttingsError(f"{what} must be a list of names, not {value!r}", path, line)
        return tuple(text(item, what, line) for item in value)

    def date(value: Any, what: str, line: int | None) -> dt.date:
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        raise CuttingsError(f"{what} must be a date written YYYY-MM-DD (no quotes), not {value!r}", path, line)

    def entries(key: str, allowed: tuple[str, ...]) -> list[tuple[dict[str, Any], int | None]]:
        found = table.get(key, [])
        if not isinstance(found, list) or not all(isinstance(item, dict) for item in found):
            raise CuttingsError(f"write each {key} as a [[{key}]] table", path, _key_line(lines, key))
        headers = _table_lines(lines, key)
        located = []
        for position, item in enumerate(found):
            line = headers[position] if position < len(headers) else None
            for name in item:
                if name not in allowed:
                    raise CuttingsError(f"unknown key {name!r} in [[{key}]] (known: {', '.join(allowed)})", path,
                                        _key_line(lines, name, (line or 1) - 1) or line)
            if "name" not in item:
                raise CuttingsError(f"[[{key}]] needs a name", path, line)
            located.append((item, line))
        return located

    people = []
    for item, line in entries("person", PERSON_KEYS):
        rule = PersonRule(
            name=text(item["name"], "name", line),
            also=names(item.get("also", []), "also", line),
            council=text(item["council"], "council", line) if "council" in item else None,
            role=text(item["role"], "role", line) if "role" in item else None,
            start=date(item["from"], "from", line) if "from" in item else None,
            end=date(item["until"], "until", line) if "until" in item else None,
            line=line,
        )
        people.append(rule)
    councils = [CouncilRule(text(item["name"], "name", line), names(item.get("also", []), "also", line), line)
                for item, line in entries("council", COUNCIL_KEYS)]

    def name_list(key: str) -> tuple[NameRule, ...]:
        line = _key_line(lines, key)
        return tuple(NameRule(name, line) for name in names(table.get(key, []), key, line))

    return Corrections(tuple(people), tuple(councils), name_list("not_people"), name_list("do_not_publish"), path)


def _first_header(lines: Sequence[str], key: str) -> int | None:
    found = _table_lines(lines, key)
    if found:
        return found[0]
    header = re.compile(rf"\s*\[\s*{re.escape(key)}\s*\]")
    return next((number for number, line in enumerate(lines, start=1) if header.match(line)), None)


# --- applying them -------------------------------------------------------------------------------


@dataclass
class Outcome:
    """The corrected articles, and what the corrections did."""

    articles: list[Article]
    unmatched: list[str] = field(default_factory=list)
    """A warning for each correction that matched nothing."""
    unlinked: int = 0
    """People left unlinked by the minimum-articles setting."""


class _Corrector:
    def __init__(self, corrections: Corrections) -> None:
        self.corrections = corrections
        self.used: Counter[int] = Counter()
        """id() of each rule that changed or matched something."""
        self.council_names = {form.casefold(): rule for rule in corrections.councils
                              for form in (rule.name, *rule.also)}
        council_forms = sorted({form for rule in corrections.councils for form in (rule.name, *rule.also)},
                               key=lambda form: (-len(form), form))
        self.council_pattern = _words_pattern(council_forms)
        self.not_people = {rule.name.casefold(): rule for rule in corrections.not_people}
        self.person_forms = [(rule, rule.forms()) for rule in corrections.people]
        self.person_names = frozenset().union(*(forms for _, forms in self.person_forms))
        self.withheld_patterns = [(rule, _words_pattern([rule.name])) for rule in corrections.do_not_publish]
        self.withheld_names = [rule.name.casefold() for rule in corrections.do_not_publish]
        self._folded: tuple[Article, str] | None = None

    def mentions_any(self, article: Article, folded_forms: Iterable[str]) -> bool:
        """Whether the article's text holds any of the forms, as a substring: most articles hold none, and a
        plain search of the folded text rules them out several times faster than the whole-word pattern."""
        if self._folded is None or self._folded[0] is not article:
            self._folded = (article, _all_text(article).casefold())
        text = self._folded[1]
        return any(form in text for form in folded_forms)

    def article(self, article: Article) -> Article:
        article = self.correct_councils(article)
        return self.correct_people(article)

    def correct_councils(self, article: Article) -> Article:
        if not self.corrections.councils:
            return article
        renamed: dict[str, str] = {}
        for council in article.councils:
            rule = self.council_names.get(council.casefold())
            if rule is not None:
                self.used[id(rule)] += 1
                if rule.name != council:
                    renamed[council] = rule.name
        found: list[str] = []
        if self.council_pattern is not None and self.mentions_any(article, self.council_names):
            for text in (article.title, *(paragraph.text for paragraph in article.paragraphs)):
                for match in self.council_pattern.finditer(text):
                    rule = self.council_names[match.group(0).casefold()]
                    self.used[id(rule)] += 1
                    found.append(rule.name)
        councils = tuple(dict.fromkeys([*(renamed.get(c, c) for c in article.councils), *found]))
        if not renamed and councils == article.councils:
            return article
        roles = tuple(dataclasses.replace(role, organisation=renamed[role.organisation])
                      if role.organisation in renamed else role for role in article.roles)
        mentions = tuple(dataclasses.replace(mention, name=renamed[mention.name])
                         if mention.kind == "council" and mention.name in renamed else mention
                         for mention in article.mentions)
        return dataclasses.replace(article, councils=councils, roles=roles, mentions=mentions)

    def person_rule(self, article: Article, forms: Sequence[str]) -> PersonRule | None:
        """The first rule, in the file's order, naming one of ``forms`` whose conditions the article meets."""
        folded = {form.casefold() for form in forms}
        if folded.isdisjoint(self.person_names):
            return None
        for rule, rule_forms in self.person_forms:
            if folded & rule_forms and rule.applies(article, forms):
                return rule
        return None

    def correct_people(self, article: Article) -> Article:
        merged: dict[str, list[str]] = {}
        renamed: dict[str, str] = {}
        dropped: set[str] = set()
        withheld_forms: set[str] = set()
        renaming = False
        for mention in article.people:
            forms = (mention.name, *mention.aliases)
            folded = [form.casefold() for form in forms]
            # "Mrs Jane Resident" and "Resident Jane Resident" are Jane Resident too, but "Jane" alone is not.
            withheld = [rule for rule, pattern in self.withheld_patterns
                        if pattern is not None and any(pattern.search(form) for form in forms)]
            not_person = [self.not_people[form] for form in folded if form in self.not_people]
            if withheld or not_person:
                for rule in (*withheld, *not_person):
                    self.used[id(rule)] += 1
                dropped.update(forms)
                if withheld:
                    withheld_forms.update(forms)
                continue
            rule = self.person_rule(article, forms)
            target = mention.name
            if rule is not None:
                self.used[id(rule)] += 1
                target = rule.name
                renaming = renaming or target != mention.name
            merged.setdefault(target, []).extend(form for form in forms if form != target)
            for form in forms:
                renamed[form] = target
        # A name withheld is withheld wherever the article writes it, whether or not inference found it there.
        withheld_here = self.withheld_patterns if self.mentions_any(article, self.withheld_names) else []
        text = _all_text(article) if withheld_here else ""
        for rule, pattern in withheld_here:
            if pattern is not None and pattern.search(text):
                self.used[id(rule)] += 1
                withheld_forms.add(rule.name)
        if not dropped and not withheld_forms and not renaming:
            return article
        people = tuple(PersonMention(name, tuple(dict.fromkeys(f for f in forms if f != name)))
                       for name, forms in merged.items())
        roles = tuple(dataclasses.replace(role, person=renamed[role.person])
                      for role in article.roles if role.person in renamed)
        quotes = tuple(dataclasses.replace(quote, person=renamed[quote.person])
                       for quote in article.quotes if quote.person in renamed)
        mentions = tuple(dataclasses.replace(mention, name=renamed[mention.name]) if mention.kind == "person"
                         else mention for mention in article.mentions
                         if mention.kind != "person" or mention.name in renamed)
        article = dataclasses.replace(article, people=people, roles=roles, quotes=quotes, mentions=mentions)
        return withhold(article, withheld_forms) if withheld_forms else article

    def unmatched(self) -> list[str]:
        where = str(self.corrections.source) if self.corrections.source else CORRECTIONS_FILE
        warnings = []
        rules: list[tuple[object, str]] = [
            *((rule, f"[[person]] {rule.name!r}") for rule in self.corrections.people),
            *((rule, f"[[council]] {rule.name!r}") for rule in self.corrections.councils),
            *((rule, f"not_people {rule.name!r}") for rule in self.corrections.not_people),
            *((rule, f"do_not_publish {rule.name!r}") for rule in self.corrections.do_not_publish),
        ]
        for rule, label in rules:
            if not self.used[id(rule)]:
                line = getattr(rule, "line", None)
                warnings.append(f"{where}{f':{line}' if line else ''}: {label} matches nothing in the articles; "
                                f"check its spelling, or remove it if it no longer applies")
        return warnings


def _words_pattern(forms: Sequence[str]) -> re.Pattern[str] | None:
    """Any of ``forms`` as whole words, longest first, ignoring case."""
    if not forms:
        return None
    ordered = sorted(set(forms), key=lambda form: (-len(form), form))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(form) for form in ordered) + r")(?!\w)", re.IGNORECASE)


def _all_text(article: Article) -> str:
    return "\n".join([article.title, *(p.text for p in article.paragraphs), article.body])


def withhold(article: Article, forms: Iterable[str]) -> Article:
    """The article with every one of ``forms`` replaced by ``WITHHELD``, in its title, text and quotes. Where a
    paragraph changes, the places found in it for other names no longer hold: the article's names are then
    found in its text as written (``Article.mentions`` is optional)."""
    pattern = _words_pattern([form for form in forms if form.strip()])
    if pattern is None:
        return article

    def redact(text: str) -> str:
        return pattern.sub(WITHHELD, text)

    paragraphs = tuple(Paragraph(redact(p.text), p.is_quote) for p in article.paragraphs)
    quotes = tuple(QuoteFact(q.person, redact(q.text)) for q in article.quotes)
    changed = any(new.text != old.text for new, old in zip(paragraphs, article.paragraphs, strict=True))
    return dataclasses.replace(
        article, title=redact(article.title), body=redact(article.body), paragraphs=paragraphs, quotes=quotes,
        roles=tuple(RoleFact(r.person, redact(r.role), r.organisation) for r in article.roles),
        mentions=() if changed else article.mentions,
    )


def unlink_occasional(articles: list[Article], minimum: int) -> tuple[list[Article], int]:
    """People with no role in any article and named in fewer than ``minimum`` articles are left out of the
    articles' people: their names stay in the text, unlinked, and they get no page. For a newsletter that names
    residents in passing."""
    if minimum <= 1:
        return articles, 0
    counts: Counter[str] = Counter()
    with_role: set[str] = set()
    for article in articles:
        counts.update({mention.name for mention in article.people})
        with_role.update(role.person for role in article.roles)
    unlinked = {name for name, count in counts.items() if count < minimum and name not in with_role}
    if not unlinked:
        return articles, 0
    kept = []
    for article in articles:
        if not any(mention.name in unlinked for mention in article.people):
            kept.append(article)
            continue
        kept.append(dataclasses.replace(
            article,
            people=tuple(m for m in article.people if m.name not in unlinked),
            quotes=tuple(q for q in article.quotes if q.person not in unlinked),
            mentions=tuple(m for m in article.mentions if m.kind != "person" or m.name not in unlinked),
        ))
    return kept, len(unlinked)


def apply_corrections(articles: Sequence[Article], corrections: Corrections, min_person_articles: int = 1) -> Outcome:
    """The articles as corrected, with a warning for each correction that matched nothing."""
    corrected = list(articles)
    unmatched: list[str] = []
    if corrections:
        corrector = _Corrector(corrections)
        corrected = [corrector.article(article) for article in corrected]
        unmatched = corrector.unmatched()
    corrected, unlinked = unlink_occasional(corrected, min_person_articles)
    return Outcome(corrected, unmatched, unlinked)
