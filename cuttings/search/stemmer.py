"""The Porter stemmer exactly as lunr.js 2.3.9 applies it (static/vendor/lunr, MIT licence).

lunr.py ships a different Porter implementation: it makes "day" "dai" where lunr.js keeps "day" (lunr.js turns a
final y into i only after a consonant), so an index stemmed by lunr.py's would miss words lunr.js stems in a
query. The index is therefore stemmed by this port of lunr.js's rules; tests/browser/test_search.py compares
the two stemmers word by word in Chromium.
"""

from __future__ import annotations

import re

from lunr.pipeline import Pipeline
from lunr.token import Token

STEP2_SUFFIXES = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble", "alli": "al",
    "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate", "ator": "ate", "alism": "al",
    "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al", "iviti": "ive", "biliti": "ble", "logi": "log",
}
STEP3_SUFFIXES = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}

CONSONANT = "[^aeiou]"
VOWEL = "[aeiouy]"
CONSONANTS = CONSONANT + "[^aeiouy]*"
VOWELS = VOWEL + "[aeiou]*"
MEASURE_ABOVE_0 = re.compile(f"^({CONSONANTS})?{VOWELS}{CONSONANTS}")
MEASURE_IS_1 = re.compile(f"^({CONSONANTS})?{VOWELS}{CONSONANTS}({VOWELS})?$")
MEASURE_ABOVE_1 = re.compile(f"^({CONSONANTS})?{VOWELS}{CONSONANTS}{VOWELS}{CONSONANTS}")
VOWEL_IN_STEM = re.compile(f"^({CONSONANTS})?{VOWEL}")
CVC_ENDING = re.compile(f"^{CONSONANTS}{VOWEL}[^aeiouwxy]$")

PLURAL_SSES_IES = re.compile(r"^(.+?)(ss|i)es$")
PLURAL_S = re.compile(r"^(.+?)([^s])s$")
EED = re.compile(r"^(.+?)eed$")
ED_ING = re.compile(r"^(.+?)(ed|ing)$")
LAST_CHARACTER = re.compile(r".$")
AT_BL_IZ = re.compile(r"(at|bl|iz)$")
DOUBLE_CONSONANT = re.compile(r"([^aeiouylsz])\1$")
Y_AFTER_CONSONANT = re.compile(r"^(.+?[^aeiou])y$")
STEP2 = re.compile(r"^(.+?)(" + "|".join(STEP2_SUFFIXES) + ")$")
STEP3 = re.compile(r"^(.+?)(" + "|".join(STEP3_SUFFIXES) + ")$")
STEP4 = re.compile(r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$")
STEP4_ION = re.compile(r"^(.+?)(s|t)(ion)$")
FINAL_E = re.compile(r"^(.+?)e$")
DOUBLE_L = re.compile(r"ll$")


def stem(word: str) -> str:
    if len(word.encode("utf-16-le")) < 6:  # JavaScript's length counts UTF-16 units
        return word
    starts_with_y = word[0] == "y"
    if starts_with_y:
        word = "Y" + word[1:]

    if (match := PLURAL_SSES_IES.search(word)) or (match := PLURAL_S.search(word)):
        word = match[1] + match[2]

    if match := EED.search(word):
        if MEASURE_ABOVE_0.search(match[1]):
            word = word[:-1]
    elif match := ED_ING.search(word):
        stem_part = match[1]
        if VOWEL_IN_STEM.search(stem_part):
            word = stem_part
            if AT_BL_IZ.search(word):
                word += "e"
            elif DOUBLE_CONSONANT.search(word):
                word = word[:-1]
            elif CVC_ENDING.search(word):
                word += "e"

    if match := Y_AFTER_CONSONANT.search(word):
        word = match[1] + "i"

    if (match := STEP2.search(word)) and MEASURE_ABOVE_0.search(match[1]):
        word = match[1] + STEP2_SUFFIXES[match[2]]

    if (match := STEP3.search(word)) and MEASURE_ABOVE_0.search(match[1]):
        word = match[1] + STEP3_SUFFIXES[match[2]]

    if match := STEP4.search(word):
        if MEASURE_ABOVE_1.search(match[1]):
            word = match[1]
    elif (match := STEP4_ION.search(word)) and MEASURE_ABOVE_1.search(match[1] + match[2]):
        word = match[1] + match[2]

    if match := FINAL_E.search(word):
        base = match[1]
        if MEASURE_ABOVE_1.search(base) or (MEASURE_IS_1.search(base) and not CVC_ENDING.search(base)):
            word = base

    if DOUBLE_L.search(word) and MEASURE_ABOVE_1.search(word):
        word = word[:-1]

    if starts_with_y:
        word = "y" + word[1:]
    return word


def lunr_js_stemmer(token: Token, i: int | None = None, tokens: list[Token] | None = None) -> Token:
    return token.update(lambda text, metadata=None: stem(text))


Pipeline.register_function(lunr_js_stemmer, "cuttings-stemmer")
