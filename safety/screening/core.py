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

Levels. Every flag ends at one of three levels: route now (`flags`: the urgent page for danger
and self_harm, guidance for the others), ask first (`possible`: the next page asks one gentle,
direct question, and a No is remembered by the Django layer under a keyed hash of (flag,
passage)), or nothing. Asking is the middle band: where a reading is possible but not sure, a calm
question costs far less than a wrong route, and far less than a miss.

How it works: the text is normalised (see `normalise`) and split into sentences, and the readers
go over it (gather()):
1. The documented rules in safety/screening/rules/ (one file per flag). A match has to pass the guards described there
   (negation, someone else's story, a past that is over, the writer's own behaviour). Precise
   rules (rules.RULES) name the act and route at once; broad rules (rules.BROAD_RULES: a concept
   word near a person, general constructions) also fire on everyday senses, so they route only
   when the tuned model agrees strongly, ask when it sees some trace, and are dropped when it
   sees none.
2. The tuned model (safety/screening/readers.py, trained by safety/screening/training/tuning.py): MiniLM with its upper
   layers adapted to the six flags, reading windows of up to three sentences and each sentence
   alone, so the context around a phrase is in view. Its highest probability per flag, against
   two thresholds, routes or asks.
3. The nearest-neighbour reader (safety/screening/readers.py), heard only where safety/screening/levels.py gives
   it a threshold (see there for whether it is).
safety/screening/levels.py holds the decision and its thresholds, chosen out of fold with a stated cost.
Danger is decided from danger evidence alone (a danger rule or the model's danger probability):
abuse never brings danger. A danger flag brings the abuse flag with it at danger's level: danger
indicators are signs of dangerous abuse, and the abuse guidance applies. The passage of every
Match is the normalised sentence that raised it, so the same words give the same passage.
All readers miss things and misread things; screening sits next to the questionnaire and the
always visible "Get help now" link, never instead of them.

Measured limits: README (Safety, "Measured limits, honestly"), bench/screening_report.py on
data/screening/dev/ (pinned in tests/safety/test_screening_figures.py), and the out-of-fold
readings of bench/screening_eval.py.
"""

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from safety.screening import levels, readers, rules
from safety.screening.normalise import normalise

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
    precise: bool  # from rules.RULES; False for rules.BROAD_RULES (see safety/screening/levels.py)


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
        precise=precise,
    )
    for precise, group in ((True, rules.RULES), (False, rules.BROAD_RULES))
    for rule_id, flag, pattern, guards, _note in group
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


def _someone_else(sentences: list[str], index: int, m: "re.Match[str] | _LocalMatch") -> bool:
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


def _excerpt(sentence: str, m: "re.Match[str] | _LocalMatch") -> str:
    start = max(0, m.start() - 20)
    end = min(len(sentence), m.end() + 20)
    text = sentence[start:end].strip()
    return ("…" if start else "") + text + ("…" if end < len(sentence) else "")


def split_sentences(text: str) -> list[str]:
    """The normalised sentences both readers work on."""
    return [s.strip() for s in _SENTENCES.split(normalise(text)) if s and s.strip()]


def _sentence_excerpt(sentence: str, limit: int = 70) -> str:
    return sentence if len(sentence) <= limit else sentence[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class Evidence:
    """What the readers found for one flag in one entry (see safety/screening/levels.py)."""

    precise: tuple = ()  # (sentence index, Match) from rules.RULES
    broad: tuple = ()  # (sentence index, Match) from rules.BROAD_RULES
    p: float = 0.0  # the tuned model's highest probability
    p_at: int = 0  # the sentence it puts highest
    knn: float = 0.0  # the neighbours' highest vote share (outside guarded sentences)
    knn_at: int = 0


def _rule_matches(sentences):
    """(found, guarded): unguarded rule matches as (rule, sentence index, Match), and the
    (sentence, flag) pairs where a rule matched but a guard stopped it."""
    # One search per rule over the whole text: sentences are joined by newlines, which "." in the
    # patterns never crosses, and each match is mapped back to its sentence.
    joined = "\n".join(sentences)
    starts = []
    offset = 0
    for sentence in sentences:
        starts.append(offset)
        offset += len(sentence) + 1
    found = []
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
            found.append((rule, index, Match(rule.flag, rule.rule_id, _excerpt(sentence, local))))
            break
    return found, guarded


def rule_matches(text: str) -> tuple:
    """The rules alone (no model reader): every unguarded rule match, precise or broad, with its
    sentence as passage, and the abuse that danger brings. The rules' unit tests use this."""
    sentences = split_sentences(text or "")
    found, _guarded = _rule_matches(sentences)
    out = [replace(m, passage=sentences[i]) for _rule, i, m in found]
    danger = next((m for m in out if m.flag == "danger"), None)
    if danger and not any(m.flag == "abuse" for m in out):
        out.append(replace(danger, flag="abuse", rule_id="danger.implies-abuse"))
    return tuple(out)


def rule_flags(text: str) -> frozenset:
    """The flags the rules alone raise, at any level (see rule_matches)."""
    return frozenset(m.flag for m in rule_matches(text))


def gather(
    sentences: list[str],
    neighbours: bool | None = None,
    reader: readers.Readers | None = None,
) -> dict:
    """flag -> Evidence for an entry's normalised sentences (split_sentences). The neighbour
    reader runs when a flag listens to it (levels.hears_neighbours), or when `neighbours` says.
    `reader` defaults to the shipped model and index (readers.shipped())."""
    found, guarded = _rule_matches(sentences)
    if neighbours is None:
        neighbours = levels.hears_neighbours()
    reader = reader or readers.shipped()
    reader.prepare(sentences, neighbours=neighbours)  # one pass of the model for both readers
    reading = reader.read_in_context(sentences)
    shares = reader.neighbour_shares(sentences) if neighbours else None
    out = {}
    for j, flag in enumerate(readers.LABELS):
        precise = tuple((i, m) for rule, i, m in found if rule.flag == flag and rule.precise)
        broad = tuple((i, m) for rule, i, m in found if rule.flag == flag and not rule.precise)
        knn, knn_at = 0.0, 0
        if shares is not None:
            column = [
                (float(shares[i, j]), i) for i in range(len(sentences)) if (i, flag) not in guarded
            ]
            knn, knn_at = max(column, default=(0.0, 0))
        out[flag] = Evidence(
            precise=precise,
            broad=broad,
            p=float(reading.peak[j]),
            p_at=reading.where.get(flag, 0),
            knn=knn,
            knn_at=knn_at,
        )
    return out


def screen_text(text: str, reader: readers.Readers | None = None) -> ScreenResult:
    """The outcome for one night's text; `reader` as in gather()."""
    if not text or not text.strip():
        return ScreenResult()
    sentences = split_sentences(text)
    if not sentences:
        return ScreenResult()
    return _outcome(sentences, gather(sentences, reader=reader))


def _outcome(sentences, evidence) -> ScreenResult:
    decided = {}  # flag -> (level, ((sentence index, Match), ...))
    for flag, ev in evidence.items():
        level, source = levels.decide(
            bool(ev.precise), bool(ev.broad), ev.p, ev.knn, levels.THRESHOLDS[flag]
        )
        level, source = int(level), str(source)
        if level == levels.NONE:
            continue
        if source == "rule":
            shown = ev.precise + ev.broad
        elif source == "model":
            excerpt = _sentence_excerpt(sentences[ev.p_at])
            shown = ((ev.p_at, Match(flag, readers.MODEL_RULE_ID, excerpt)),)
        else:
            excerpt = _sentence_excerpt(sentences[ev.knn_at])
            shown = ((ev.knn_at, Match(flag, readers.RULE_ID, excerpt)),)
        decided[flag] = (level, shown)
    # Danger indicators are signs of dangerous abuse: the abuse guidance applies as well, at least
    # at danger's level. Abuse never raises danger.
    if "danger" in decided:
        level, shown = decided["danger"]
        own_level, own = decided.get("abuse", (levels.NONE, ()))
        if own_level < level:
            index, first = shown[0]
            implied = Match("abuse", "danger.implies-abuse", first.excerpt)
            decided["abuse"] = (level, own + ((index, implied),))
    matches = []
    for flag in readers.LABELS:
        if flag in decided:
            level, shown = decided[flag]
            name = levels.LEVEL_NAMES[level]
            matches += [replace(m, passage=sentences[i], level=name) for i, m in shown]
    return ScreenResult(
        flags=frozenset(m.flag for m in matches if m.level == "route"),
        matches=tuple(matches),
        possible=frozenset(m.flag for m in matches if m.level == "ask"),
    )


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
