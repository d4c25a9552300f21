"""Front matter written by an editor: validated, then applied over what was inferred.

Keys (all optional):
  title, date, source, reference, slug     replace the inferred value
  people: [names]                          the article's people, exactly these
  councils: [names]                        the article's councils, exactly these
  aliases: {Canonical Name: [other forms]} other forms of a person; a person found under one of them
                                           is merged into the canonical name
  not_people: [names]                      drop a wrongly found person (by canonical name or alias)
  draft: true                              not published (site, search, export) unless built with --drafts
  redirect_from: [slugs]                   the article's former slugs: each gets a page redirecting to it
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

from cuttings.errors import ContentError
from cuttings.infer.dates import parse_date
from cuttings.model import Article, PersonMention, SourceArticle

KNOWN_KEYS = ("title", "date", "source", "reference", "slug", "people", "councils", "aliases", "not_people",
              "draft", "redirect_from")


@dataclasses.dataclass(frozen=True)
class Overrides:
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    reference: str | None = None
    slug: str | None = None
    people: tuple[str, ...] | None = None
    councils: tuple[str, ...] | None = None
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    not_people: tuple[str, ...] = ()
    draft: bool = False
    redirect_from: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


def _error(source: SourceArticle, key: str, message: str) -> ContentError:
    return ContentError(f"front matter '{key}': {message}", source.relative_path,
                        source.front_matter_lines.get(key))


def _text(source: SourceArticle, key: str, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _error(source, key, f"expected text, got {type(value).__name__}")
    text = " ".join(str(value).split())
    if not text:
        raise _error(source, key, "is empty")
    return text


def _names(source: SourceArticle, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise _error(source, key, f"expected a list of names, got {type(value).__name__}")
    return tuple(_text(source, key, item) for item in value)


def _date(source: SourceArticle, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parsed = parse_date(value) if isinstance(value, str) else None
    if parsed is None:
        raise _error(source, "date", f"{value!r} is not a date (write it as YYYY-MM-DD)")
    return parsed


def _flag(source: SourceArticle, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise _error(source, key, f"expected true or false, got {value!r}")
    return value


def read_overrides(source: SourceArticle) -> Overrides:
    """The editor's front matter as typed overrides; a value of the wrong type is a ContentError."""
    matter = source.front_matter
    unknown = sorted(set(matter) - set(KNOWN_KEYS))
    warnings = tuple(
        f"{source.relative_path}:{source.front_matter_lines.get(key, 1)}: unknown front matter key "
        f"'{key}' ignored (known: {', '.join(KNOWN_KEYS)})"
        for key in unknown
    )
    aliases: list[tuple[str, tuple[str, ...]]] = []
    if "aliases" in matter:
        if not isinstance(matter["aliases"], dict):
            raise _error(source, "aliases", "expected a mapping of a name to its other forms")
        for name, forms in matter["aliases"].items():
            aliases.append((_text(source, "aliases", name), _names(source, "aliases", forms)))

    def optional(key: str, convert: Callable[[SourceArticle, str, Any], Any]) -> Any:
        return convert(source, key, matter[key]) if matter.get(key) is not None else None

    return Overrides(
        title=optional("title", _text),
        date=_date(source, matter["date"]) if matter.get("date") is not None else None,
        source=optional("source", _text),
        reference=optional("reference", _text),
        slug=optional("slug", _text),
        people=optional("people", _names),
        councils=optional("councils", _names),
        aliases=tuple(aliases),
        not_people=optional("not_people", _names) or (),
        draft=optional("draft", _flag) or False,
        redirect_from=optional("redirect_from", _names) or (),
        warnings=warnings,
    )


def _apply_people(article: Article, overrides: Overrides) -> Article:
    canonical_of: dict[str, str] = {}
    for name, forms in overrides.aliases:
        canonical_of[name.casefold()] = name
        for form in forms:
            canonical_of[form.casefold()] = name

    merged: dict[str, list[str]] = {}
    for mention in article.people:
        forms = (mention.name, *mention.aliases)
        target = next((canonical_of[f.casefold()] for f in forms if f.casefold() in canonical_of), mention.name)
        merged.setdefault(target, [])
        merged[target].extend(form for form in forms if form != target)
    for name, forms in overrides.aliases:
        if name in merged:
            merged[name].extend(forms)

    if overrides.people is not None:
        merged = {name: merged.get(name, []) for name in overrides.people}
    dropped = {name.casefold() for name in overrides.not_people}
    people = tuple(
        PersonMention(name, tuple(dict.fromkeys(form for form in forms if form != name)))
        for name, forms in merged.items()
        if name.casefold() not in dropped and not any(form.casefold() in dropped for form in forms)
    )
    kept = {mention.name for mention in people}
    renamed = {form: mention.name for mention in people for form in (mention.name, *mention.aliases)}
    roles = tuple(
        dataclasses.replace(role, person=renamed[role.person]) for role in article.roles if role.person in renamed
    )
    quotes = tuple(
        dataclasses.replace(quote, person=renamed[quote.person])
        for quote in article.quotes
        if quote.person in renamed and renamed[quote.person] in kept
    )
    mentions = tuple(
        dataclasses.replace(mention, name=renamed[mention.name]) if mention.kind == "person" else mention
        for mention in article.mentions
        if mention.kind != "person" or (mention.name in renamed and renamed[mention.name] in kept)
    )
    return dataclasses.replace(article, people=people, roles=roles, quotes=quotes, mentions=mentions)


def apply_overrides(article: Article, overrides: Overrides) -> Article:
    """The article with every value the editor set replacing the inferred one."""
    changes: dict[str, Any] = {
        key: getattr(overrides, key)
        for key in ("title", "date", "source", "reference", "slug")
        if getattr(overrides, key) is not None
    }
    if overrides.councils is not None:
        changes["councils"] = overrides.councils
        changes["mentions"] = tuple(
            m for m in article.mentions if m.kind != "council" or m.name in overrides.councils
        )
    if overrides.draft:
        changes["draft"] = True
    if overrides.redirect_from:
        changes["redirect_from"] = overrides.redirect_from
    if overrides.warnings:
        changes["warnings"] = (*article.warnings, *overrides.warnings)
    article = dataclasses.replace(article, **changes)
    if overrides.people is not None or overrides.aliases or overrides.not_people:
        article = _apply_people(article, overrides)
    return article
