"""Text screening. CONTRACT (stable; the safety issue implements the rules):

screen_text(text: str) -> ScreenResult
ScreenResult.flags: frozenset drawn from FLAGS: what routes now (urgent page or guidance)
ScreenResult.possible: frozenset drawn from FLAGS: only possible; the next page asks gently and
    directly instead of routing. A name in `flags` is never also in `possible`.
ScreenResult.matches: tuple of Match(flag, rule_id, excerpt, passage, level) so the person can see
    why. Every name in `flags` or `possible` has at least one Match; `level` is "route" for
    `flags` and "ask" for `possible`. `passage` is the normalised sentence or window that raised
    it: the Django layer keeps a keyed hash of (flag, passage), never the text, so a passage the
    person dismissed or answered No to never raises that flag again.

How it works: the text is normalised (see `normalise`) and split into sentences, and three
readers go over it.
1. The documented rules in safety/rules.py. A match has to pass the guards described there
   (negation, someone else's story, a past that is over, the writer's own behaviour).
2. The similarity reader (safety/classifier.py): a sentence-embedding model compares each sentence
   with some twelve thousand labelled examples and its nearest neighbours vote. Where a rule
   matched but a guard stopped it, this reader may not raise that flag for that sentence.
3. The tuned model (safety/classifier.py, trained by safety/tuning.py): the same embedding model
   with its upper layers adapted to the six flags, reading windows of up to three sentences and
   each sentence alone, so the context around a phrase is in view.
A flag any reader raises counts, with one exception: a neighbour vote for abuse or a guidance
flag (infidelity, addiction, checked_out) is dropped when the tuned model, reading the whole
entry, gives that flag almost no chance (classifier.VETO). The urgent flags (danger, self_harm)
and anything a rule finds are never dropped. A danger flag brings the abuse flag with it: danger indicators are
signs of dangerous abuse, and the abuse guidance applies. All three readers miss things and
misread things; screening sits next to the questionnaire and the always visible "Get help now"
link, never instead of them.

Measured limits: see README (Safety, "Measured limits, honestly"), tests/safety/
test_screening_figures.py (the blind sets examples_round13.py and examples_round14.py) and
bench/screening_eval.py (leaving corpus files out).
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from safety import classifier, rules
from safety.normalise import normalise

FLAGS = frozenset({"abuse", "danger", "self_harm", "infidelity", "addiction", "checked_out"})
PARTNER_FLAGS = frozenset({"addiction", "checked_out"})  # the "self" guard applies to these
GUIDANCE_FLAGS = frozenset({"infidelity", "addiction", "checked_out"})


@dataclass(frozen=True)
class Match:
    flag: str
    rule_id: str
    excerpt: str
    passage: str = ""
    level: str = "route"  # "route" (in ScreenResult.flags) or "ask" (in ScreenResult.possible)


@dataclass(frozen=True)
class ScreenResult:
    flags: frozenset = field(default_factory=frozenset)
    matches: tuple = ()
    possible: frozenset = field(default_factory=frozenset)


# --- rules and guards ---------------------------------------------------------------------------


def _compile(pattern: str) -> re.Pattern:
    for name, value in rules.MACROS.items():
        pattern = pattern.replace("{" + name + "}", value)
    return re.compile(pattern)


@dataclass(frozen=True)
class _Rule:
    rule_id: str
    flag: str
    regex: re.Pattern
    negation: bool
    third_party: bool
    past: bool
    self_guard: bool
    jest: bool
    not_after: re.Pattern | None


RULES = tuple(
    _Rule(
        rule_id=rule_id,
        flag=flag,
        regex=_compile(pattern),
        negation=guards.get("negation", True),
        third_party=guards.get("third_party", True),
        past=guards.get("past", True),
        self_guard=guards.get("self", flag in PARTNER_FLAGS),
        jest=guards.get("jest", False),
        not_after=re.compile(guards["not_after"]) if "not_after" in guards else None,
    )
    for rule_id, flag, pattern, guards, _note in rules.RULES + rules.BROAD_RULES
)
assert {rule.flag for rule in RULES} <= FLAGS

_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+|;|(?<=[.!?])(?=[a-z])")
_CLAUSE = re.compile(
    r",|:|\(|\)| - |\b(?:but|and|though|although|however|so|because|then|yet|while|until|whereas)\b"
)
_NEGATION = re.compile(rules.NEGATIONS)
_HEDGES = re.compile(rules.HEDGES)
_THIRD = re.compile(rules.THIRD_PARTY)
_PAST = re.compile(rules.PAST_OVER)
_RECUR = re.compile(rules.RECURRENCE)
_SELF = re.compile(rules.SELF)
_JEST = re.compile(r"\b(?:lol|lmao|lmfao|haha\w*|hehe\w*|jk)\b|\U0001f602|\U0001f923")
_FIRST_PERSON = re.compile(r"\b(?:me|my|myself|i|mine)\b")
_PRONOUN_START = re.compile(r"^\W*(?:and |but |so |then )?(?:he|she|they|his|her|their)\b")
_PARTNER = re.compile(
    r"\bmy (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|fiance|fiancee|spouse|ex)\b|\bhubby\b"
)


def _clause_before(sentence: str, start: int) -> str:
    return _CLAUSE.split(sentence[:start])[-1]


def _negated(sentence: str, start: int) -> bool:
    clause = _HEDGES.sub(" ", _clause_before(sentence, start))
    words = clause.split()[-3:]
    return bool(_NEGATION.search(" ".join(words)))


def _someone_else(sentences: list[str], index: int, m: re.Match) -> bool:
    if _FIRST_PERSON.search(m.group()):
        return False
    sentence = sentences[index]
    clause = _clause_before(sentence, m.start()) + m.group()
    if _THIRD.search(clause):
        return True
    # "My sister's boyfriend is a mess. He drinks every night." -> still the sister's story.
    if index > 0 and _PRONOUN_START.search(sentence) and not _PARTNER.search(sentence):
        return bool(_THIRD.search(sentences[index - 1])) and not _PARTNER.search(
            sentences[index - 1]
        )
    return False


def _over(sentences: list[str], index: int, flag: str) -> bool:
    here = sentences[index]
    if _RECUR.search(here):
        return False
    if _PAST.search(here):
        return True
    # For the guidance flags the next sentence may close the story ("He drank a lot. Sober ten years.")
    if flag in GUIDANCE_FLAGS and index + 1 < len(sentences):
        nxt = sentences[index + 1]
        return bool(_PAST.search(nxt)) and not _RECUR.search(nxt)
    return False


def _by_writer(sentence: str, start: int) -> bool:
    return bool(_SELF.search(_clause_before(sentence, start)))


def _excerpt(sentence: str, m: re.Match) -> str:
    start = max(0, m.start() - 20)
    end = min(len(sentence), m.end() + 20)
    text = sentence[start:end].strip()
    return ("…" if start else "") + text + ("…" if end < len(sentence) else "")


def split_sentences(text: str) -> list[str]:
    """The normalised sentences both readers work on."""
    return [s.strip() for s in _SENTENCES.split(normalise(text)) if s and s.strip()]


def _sentence_excerpt(sentence: str, limit: int = 70) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


def screen_text(text: str) -> ScreenResult:
    if not text or not text.strip():
        return ScreenResult()
    sentences = split_sentences(text)
    if not sentences:
        return ScreenResult()
    # One search per rule over the whole text: sentences are joined by newlines, which "." in the
    # patterns never crosses, and each match is mapped back to its sentence.
    joined = "\n".join(sentences)
    starts = []
    offset = 0
    for sentence in sentences:
        starts.append(offset)
        offset += len(sentence) + 1
    matches = []
    # A rule that matched a sentence but was stopped by a guard (negation, someone else's story, a
    # past that is over, the writer's own habit) has read that sentence closely: the similarity
    # reader may not raise the same flag there.
    guarded = set()
    for rule in RULES:
        for m in rule.regex.finditer(joined):
            index = bisect_right(starts, m.start()) - 1
            sentence = sentences[index]
            local = _LocalMatch(m, starts[index])
            if "\n" in local.group():
                continue
            if (
                (rule.negation and _negated(sentence, local.start()))
                or (rule.third_party and _someone_else(sentences, index, local))
                or (rule.past and _over(sentences, index, rule.flag))
                or (rule.self_guard and _by_writer(sentence, local.start()))
                or (rule.jest and _JEST.search(sentence))
                or (
                    rule.not_after
                    and rule.not_after.search(_clause_before(sentence, local.start()))
                )
            ):
                guarded.add((index, rule.flag))
                continue
            matches.append(Match(rule.flag, rule.rule_id, _excerpt(sentence, local)))
            break
    classifier.prepare(sentences)  # one pass of the model for both of its readers
    reading = classifier.read_in_context(sentences)
    found = {m.flag for m in matches}
    for index, flags in enumerate(classifier.flags_by_sentence(sentences)):
        for flag in sorted(flags - found):
            if (index, flag) not in guarded and not _vetoed(flag, reading):
                matches.append(Match(flag, classifier.RULE_ID, _sentence_excerpt(sentences[index])))
                found.add(flag)
    for flag, index in sorted(reading.where.items()):
        if flag not in found:
            matches.append(
                Match(flag, classifier.MODEL_RULE_ID, _sentence_excerpt(sentences[index]))
            )
            found.add(flag)
    # Danger indicators are signs of dangerous abuse: the abuse guidance applies as well.
    if "danger" in found and "abuse" not in found:
        danger = next(m for m in matches if m.flag == "danger")
        matches.append(Match("abuse", "danger.implies-abuse", danger.excerpt))
        found.add("abuse")
    return ScreenResult(flags=frozenset(found), matches=tuple(matches))


def _vetoed(flag: str, reading) -> bool:
    """A neighbour vote the tuned model, reading the context, finds no trace of."""
    if flag in classifier.URGENT or classifier.VETO is None:
        return False
    return reading.peak[classifier.LABELS.index(flag)] < classifier.VETO


class _LocalMatch:
    """A match from the joined text, with positions relative to its own sentence."""

    __slots__ = ("_m", "_base")

    def __init__(self, m, base):
        self._m, self._base = m, base

    def group(self):
        return self._m.group()

    def start(self):
        return self._m.start() - self._base

    def end(self):
        return self._m.end() - self._base
