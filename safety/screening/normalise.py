"""Normalising night-time writing before the screening rules run: lower case, straight quotes,
contractions expanded ("didn't" -> "did not", "dont" -> "do not", "he's" -> "he is"), letters
stretched three times or more cut to two, the misspellings in rules.TYPOS corrected, and a long
keyword one slip away (same first letter, one edit) read as that keyword."""

import re
from functools import lru_cache

from safety.screening import rules

_QUOTES = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'}
)
_SPECIAL = [
    (re.compile(r"\bwon't\b"), "will not"),
    (re.compile(r"\bcan't\b|\bcannot\b"), "can not"),
    (re.compile(r"\bshan't\b"), "shall not"),
    (re.compile(r"\bain't\b"), "is not"),
    (re.compile(r"n't\b"), " not"),
    (re.compile(r"'m\b"), " am"),
    (re.compile(r"'re\b"), " are"),
    (re.compile(r"'ve\b"), " have"),
    (re.compile(r"'ll\b"), " will"),
    (re.compile(r"'d\b"), " would"),
    (re.compile(r"\b(he|she|it|that|there|who|what)'s\b"), r"\1 is"),
    # "he's been" / "she's got": the "'s" was "has", not "is"
    (re.compile(r"\b(he|she|it|that|there|who|what) is (been|got|gotten|had)\b"), r"\1 has \2"),
    (re.compile(r"\bany more\b"), "anymore"),
    # "id be" / "ill never": the apostrophe dropped, read as "i would" / "i will" before a verb
    (
        re.compile(
            r"\bid (?=(?:be|rather|love|like|have|never|just|kill|die|go|want|do|better|probably|honestly|really|"
            r"still|prefer|give|sooner|hate|end|leave|disappear)\b)"
        ),
        "i would ",
    ),
    (
        re.compile(
            r"\bill (?=(?:be|never|just|kill|die|go|do|try|probably|make|end|have|miss|see|get|stop|always|still|"
            r"leave|disappear|do it)\b)"
        ),
        "i will ",
    ),
    (re.compile(r"\bfianc[\u00e9e]e?\b"), "fiance"),
]
_BARE = {
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "wont": "will not",
    "isnt": "is not",
    "wasnt": "was not",
    "arent": "are not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "wouldnt": "would not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "aint": "is not",
    "im": "i am",
    "ive": "i have",
    "youre": "you are",
    "theyre": "they are",
    "hes": "he is",
    "shes": "she is",
    "thats": "that is",
    "whats": "what is",
    "theres": "there is",
    "idk": "i do not know",
    "hed": "he would",
    "theyd": "they would",
    "youd": "you would",
    "itll": "it will",
    "wouldve": "would have",
    "couldve": "could have",
}
# Long keywords that a one-letter slip should still reach (same first letter, one edit away).
_FUZZY = [
    "threatened",
    "threatening",
    "threatens",
    "strangled",
    "strangling",
    "strangle",
    "suicide",
    "suicidal",
    "messages",
    "password",
    "passwords",
    "alcohol",
    "alcoholic",
    "gambling",
    "divorce",
    "cheating",
    "terrified",
    "intimidated",
    "intimidating",
    "humiliated",
    "humiliates",
    "permission",
    "overdose",
    "separation",
    "pregnant",
]
_WORD = re.compile(r"[a-z']+")


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one insertion, deletion, substitution or adjacent swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


@lru_cache(maxsize=20000)
def _fix_word(word: str) -> str:
    if word in _BARE:
        return _BARE[word]
    if word in rules.TYPOS:
        return rules.TYPOS[word]
    if len(word) >= 7 and "'" not in word:
        for key in _FUZZY:
            if key[0] == word[0] and _one_edit(word, key):
                return key
    return word


def normalise(text: str) -> str:
    """Lower case, straight quotes, contractions expanded, stretched letters cut, typos fixed."""
    t = text.lower().translate(_QUOTES)
    t = re.sub(r"([a-z])\1{2,}", r"\1\1", t)
    t = _WORD.sub(lambda m: _fix_word(m.group()), t)
    for pattern, replacement in _SPECIAL:
        t = pattern.sub(replacement, t)
    return re.sub(r"[ \t]+", " ", t)
