"""Closed lists of words that the people rules (``cuttings/infer/people.py``) and the build's linking
(``cuttings/analysis/identity.py``, ``namesakes.py``) both read.

In a module of their own so that the build's process, which links but does not infer, need not import
``people.py``: its import compiled about 150 regular expressions, 0.13-0.14 s of every build whatever the edit
(``python -X importtime``); the inference workers import it when they first infer.
"""

from __future__ import annotations

PLACE_ENDINGS = frozenset(
    {"yard", "wharf", "row", "walk", "gardens", "mews", "terrace", "grove", "fields", "farm", "ferry",
     "common", "end", "link", "drove", "meadow", "meadows", "wells", "street", "road", "avenue"}
)
"""Last words of street and place names (not common surnames): enough to doubt the model alone."""

PLACE_WORDS = frozenset(
    {"lane", "close", "drive", "way", "crescent", "place", "quarry", "drain", "dyke", "pit", "lodge", "copse",
     "covert", "plantation", "fen", "pond", "view", "rise", "holme", "ward", "oak"}
)
"""Last words of places that are also surnames ("Dan Lane"): a place when what comes before is no known given
name ("Brookes Lane", "Bashams Quarry")."""

PLACE_WORDS_OF_SURNAMES = frozenset(
    {"wood", "woods", "heath", "marsh", "green", "hill", "field", "fields", "brook", "lake", "park", "manor",
     "grange", "barn", "chase", "hall", "house", "cross", "bridge", "mill", "water", "farm"}
)
"""Common surnames that are places too ("Hill", "Wood"): the given-name list misses too many given names
("Darryn Hill") for these to say "place" unless more does: three words or more ("Barton Saw Mill"), or a
first word that is an ordinary word or a plural ("Village Green", "Jacobs Field")."""

STREET_WORDS = PLACE_ENDINGS | PLACE_WORDS | PLACE_WORDS_OF_SURNAMES
"""Every last word of a street's or place's name that the rules know."""

GAME_WORDS = frozenset({"free-kick", "header", "volley", "spot-kick", "penalty", "try", "conversion", "drop-goal",
                        "cross", "corner", "shot", "strike", "goal", "effort", "tackle", "scored", "cleared", "saved",
                        "tackled", "crossed", "headed", "converted", "kicked", "booked", "sent off", "red-carded",
                        "shown a card", "line-up"})
"""The words ``_plays_of`` gives a person (``PersonMention.plays``): a match verb or noun, or "line-up"."""

SPORT_CALLINGS = frozenset(
    """keeper goalkeeper striker midfielder defender winger wing full-back fly-half scrum-half flanker hooker prop
    lock centre back-rower number-eight batsman bowler wicketkeeper all-rounder spinner paceman sprinter hurdler
    athlete footballer cricketer golfer jockey boxer swimmer cyclist decathlete heptathlete triathlete marathon
    runner jumper thrower medallist goalscorer playmaker forward fullback centre-back left-back right-back
    quarterback pitcher""".split())
"""Callings of a sportsman alone: no one else is called so before the name."""
