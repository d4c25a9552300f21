"""Can person linking be redone for the changed articles' names only? Measures it on a built site.

    python benchmarks/link_groups.py --work WORK [--edits 20] [--seed 0] [--drop slip,surname]

``WORK`` is a folder ``benchmarks/edits.py`` built (its ``cache/linked.pickle`` holds the last linked articles).
``analysis/identity.py:page_names`` decides each name's page across the archive, but every join it makes is
between names that share a key: a surname, the last word of one, the name in other capitals, the name with words
taken off the front or the end, the two words hyphenated, or the given names with the surname a letter out
(``join_keys`` lists them). Names joined through shared keys (a union-find) form groups; an incremental link
would redo only the groups of the names a changed article gives, before and after the change. This prints the
groups' sizes, what building them costs beside ``page_names`` itself, and then makes random edits (a new article
or an edited one whose names are another article's with a nickname, a surname a letter out, a surname alone or an
initial) and checks that no name outside those groups changed its page. A changed article touches the names it
gives (before and after) and the names it calls things (``Article.other_entities``: a name the model calls a
thing in enough articles gets no page). ``--drop`` leaves kinds of key out, to show the check finds the
changes that escape groups made without them. It assumes, as the incremental link
would, that the set of council places (``_council_place``) did not change; the edits here keep the councils.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from collections import Counter
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `cuttings` importable from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cuttings.analysis.identity import page_names
from cuttings.cache import inference_fingerprint
from cuttings.infer.names import name_key, parse_name
from cuttings.model import Article
from cuttings.relink import LinkedStore


def join_keys(name: str) -> set[str]:
    """Every key through which ``page_names`` may join ``name`` with another name (kept in step by hand)."""
    parsed = parse_name(name)
    words = name.split()
    surname = name_key(parsed.surname)
    keys = {"name " + name, "case " + name_key(name), "surname " + surname,
            "surname " + name_key(parsed.surname if len(words) == 1 else name), "tail " + name.casefold()}
    keys.update("name " + " ".join(words[cut:]) for cut in (1, 2) if len(words) - cut >= 2)  # words in front
    keys.update("tail " + " ".join(words[cut:]).casefold() for cut in range(1, len(words) - 1))  # double surname
    if parsed.surname:
        keys.add("last " + name_key(parsed.surname.split()[-1]))
    if parsed.given:  # surname slips: the given names, and the surname with a letter out
        given = name_key(" ".join(parsed.given))
        keys.update(f"slip {given}|{variant}"
                    for variant in {surname, *(surname[:cut] + surname[cut + 1:] for cut in range(len(surname)))})
    if "-" in parsed.surname:
        keys.add("hyphen " + parsed.surname.casefold())
    if len(words) == 2:
        keys.add("hyphen " + "-".join(words).casefold())
    return keys


DROPPED: set[str] = set()
"""Kinds of key left out (``--drop``)."""


def groups(names: set[str]) -> dict[str, str]:
    """Each name -> its group (a representative key), joining names that share a key."""
    parent: dict[str, str] = {}

    def find(item: str) -> str:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for name in names:
        for key in join_keys(name):
            if key.split(" ", 1)[0] in DROPPED:
                continue
            first, second = find("=" + name), find(key)
            if first != second:
                parent[first] = second
    return {name: find("=" + name) for name in names}


def mutate(name: str, rng: random.Random) -> str:
    words = name.split()
    roll = rng.random()
    if roll < 0.3 and len(words) >= 2 and len(words[-1]) > 5:
        cut = rng.randrange(1, len(words[-1]))
        words[-1] = words[-1][:cut] + words[-1][cut + 1:]
    elif roll < 0.5 and len(words) >= 2:
        words[0] = rng.choice(["Dave", "Bob", "Liz", "Jim", "Tom", "Sue", "Andy", "Kate"])
    elif roll < 0.7:
        words = words[-1:]
    elif roll < 0.8:
        words = [words[0][0], *words[1:]]
    return " ".join(words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--drop", default="", help="kinds of key to leave out (name, case, surname, ...)")
    options = parser.parse_args()
    DROPPED.update(kind for kind in options.drop.split(",") if kind)
    saved = LinkedStore(options.work / "cache" / "linked.pickle", inference_fingerprint()).load()
    if saved is None:
        sys.exit(f"no linked catalogue in {options.work / 'cache'}")
    articles: list[Article] = [entry.article for entry in saved.catalogue.articles.values()]
    started = time.perf_counter()
    before = page_names(articles)
    linking = time.perf_counter() - started
    names = {person.name for article in articles for person in article.people}
    started = time.perf_counter()
    group_of = groups(names)
    grouping = time.perf_counter() - started
    sizes = sorted(Counter(group_of.values()).values(), reverse=True)
    print(f"{len(articles)} articles, {len(names)} names in {len(sizes)} groups; largest {sizes[:5]}; "
          f"page_names {linking:.2f} s, the groups {grouping:.2f} s (parse_name cached)")
    rng = random.Random(options.seed)
    escaped = 0
    for step in range(options.edits):
        source = rng.choice(articles)
        people = tuple(dataclasses.replace(person, name=mutate(person.name, rng)) for person in source.people)
        if rng.random() < 0.5:
            new = dataclasses.replace(source, source_file=f"{source.source_file}.{step}.txt", people=people)
            edited, touched = [new, *articles], {person.name for person in people}
        else:
            position = articles.index(source)
            edited = [*articles[:position], dataclasses.replace(source, people=people), *articles[position + 1:]]
            touched = {person.name for person in (*people, *source.people)}
        touched |= set(source.other_entities)  # "not a person" counts the articles calling a name a thing
        after = page_names(edited)
        group_of = groups(set(before) | set(after))
        dirty = {group_of[name] for name in touched if name in group_of}
        differing = {name for name in set(before) | set(after) if before.get(name, "") != after.get(name, "")}
        outside = sorted(name for name in differing if group_of[name] not in dirty)
        regrouped = sum(1 for group in group_of.values() if group in dirty)
        print(f"edit {step}: {len(touched)} names touched, {regrouped} names to link again, "
              f"{len(differing)} changed page, {len(outside)} outside the groups {outside[:3]}")
        for name in outside[:3]:
            print("   ", name, before.get(name), "->", after.get(name), sorted(touched))
        escaped += bool(outside)
    print(f"edits that changed a page outside the touched groups: {escaped} of {options.edits}")


if __name__ == "__main__":
    main()
