"""The text-screening rules, one reviewable file per flag (abuse.py, danger.py, self_harm.py,
infidelity.py, addiction.py, checked_out.py) and what they share (common.py).

Each rule is (id, flag, pattern, guards, note). Each flag's file holds three lists:
- PRECISE: phrases that name the act; they route at once (safety/screening/levels.py says when the model
  can soften one to a question);
- BROAD: a concept word and a person in the same sentence. Four held-out rounds showed phrase rules
  reach 20-67% recall on phrasings they were not written for; these trade precision for recall,
  with the usual guards and a list of figures of speech;
- GENERAL: constructions rather than phrases, written after round six from its misses: a
  first-person subject with a lexicon of ceasing, disappearing or hurting oneself; method words
  with rumination; a partner with the body, breath or a threat in an "if I ..." clause; coercion
  phrased as "I have to ... or he ...". For self_harm the guards are loose on purpose.
Broad and general rules act only together with the model (safety/screening/levels.py). Patterns run on NORMALISED text (see
safety/screening/core.py): lower case, straight apostrophes, contractions expanded ("didn't" -> "did not",
"dont" -> "do not", "he's" -> "he is"), runs of three or more letters cut to two, and the common
misspellings in TYPOS corrected. Macros in braces are filled from MACROS before compiling.

Guards (all on by default; a rule can switch one off with guards={"past": False} and must say why):
- negation: a negating word ("not", "never", "no", "without", "hardly", "nobody", "no longer")
  in the four words before the match, inside the same clause, cancels it ("she has never laid a
  hand on me"). Hedges such as "not sure", "no idea", "do not know if" are not negations.
- third_party: a match that does not involve the writer (no "me", "my", "myself" in it) is
  cancelled when the sentence so far names someone else ("my sister's boyfriend drinks too much",
  "a friend says her husband is cheating") or the previous sentence did and this one goes on with
  "he" or "she". Stories from films, books and the news count as someone else's.
- past: a sentence that places the matter in a past that is over ("years ago", "in college",
  "sober for ten years", "it is over now", "before we met") cancels it, unless the same sentence
  says it is back ("again", "still", "relapsed", "but now he...").
- not_after: a rule may name words that make it a figure of speech when they come just before
  it ("the realization hit me").
- jest: (off by default) a sentence marked as a joke with "lol", "lmao", "haha" or "jk" cancels
  the match; on for the threat-to-kill rules, where "he'll kill me if I'm late lol" is a figure of speech.
- self: for rules about the partner's behaviour, "I" or "we" just before the match cancels it
  ("I drink too much" is not the partner's addiction).

Danger rules switch the past guard off: one past strangulation or a weapon used before is itself a
danger sign (DOMAIN.md, "Safety design facts"), however long ago.
"""

from safety.screening.rules import abuse, addiction, checked_out, danger, infidelity, self_harm
from safety.screening.rules.common import (
    ADV,
    HEDGES,
    MACROS,
    ME,
    NEGATIONS,
    PARTNER,
    PAST_OVER,
    RECURRENCE,
    SELF,
    THIRD_PARTY,
    TYPOS,
    WHO,
)

_BY_FLAG = (abuse, danger, self_harm, infidelity, addiction, checked_out)
# (id, flag, pattern, guards, note), flag by flag
RULES = [rule for module in _BY_FLAG for rule in module.PRECISE]
BROAD_RULES = [rule for module in _BY_FLAG for rule in module.BROAD + module.GENERAL]

__all__ = [
    "ADV",
    "BROAD_RULES",
    "HEDGES",
    "MACROS",
    "ME",
    "NEGATIONS",
    "PARTNER",
    "PAST_OVER",
    "RECURRENCE",
    "RULES",
    "SELF",
    "THIRD_PARTY",
    "TYPOS",
    "WHO",
]
