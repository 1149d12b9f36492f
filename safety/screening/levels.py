"""Levels: what each reader's evidence for a flag leads to. Route now, ask first, or nothing.

Per flag, screen_text gathers (safety/screening/core.py):
- precise: a rule from rules.RULES matched (a phrase that names the act: "he choked me");
- broad: only a rule from rules.BROAD_RULES matched (a concept word near a person, or a general
  construction: these also fire on everyday senses, "this class nearly killed me");
- p: the tuned model's highest probability for the flag over the entry's windows and sentences;
- knn: the nearest-neighbour reader's highest vote share over the entry's sentences.

decide() turns them into a level with the thresholds in THRESHOLDS:
  route  if (precise and p >= precise_route), or p >= route, or (broad and p >= broad_route)
  ask    if (precise and p >= precise_ask), or (broad and p >= broad_ask), or p >= ask,
         or knn >= knn_ask
A danger level is decided from danger evidence alone (a danger rule or the danger probability):
abuse evidence never raises danger. Danger that routes brings abuse with it at the route level, and
danger that asks brings abuse at least to the ask level (screen_text does this).

The thresholds are chosen by bench/screening_thresholds.py on readings of writing the model never
learned from (bench/screening_eval.py: out of fold, or SHIPPED=1 for the shipped model on train/
files newer than it; see THRESHOLDS for which), minimising the expected cost below with ordinary nights weighted to their real share. The cost,
counted in units of one disclosure asked about rather than routed at once:
  a disclosure asked about rather than routed at once            0.5 (urgent 2)
  a needless question (ask) on a night that held none              4
  a needless route to guidance (abuse, infidelity, addiction, checked_out)   16
  a needless route to the urgent page (danger, self_harm)       48
  a missed danger or self-harm disclosure (neither route nor ask)  150
  a missed abuse disclosure                                      80
  a missed infidelity, addiction or checked-out disclosure       25
and ordinary and tricky nights weigh as if 19 in 20 nights were ordinary (DOMAIN.md: base rates).
So one missed danger disclosure weighs as much as about 37 needless questions or 3 needless urgent
pages. Until 2026-12-03 a needless question cost a quarter of this (and a needless route likewise):
out of fold that operating point asked a question on one ordinary night in six, so most questions
were needless and would teach a person to stop writing honestly; at this cost it is about one in
eighteen, for about six points of recall (README, Safety, has both operating points).
"""

from dataclasses import dataclass

import numpy as np

NONE, ASK, ROUTE = 0, 1, 2
LEVEL_NAMES = {ASK: "ask", ROUTE: "route"}


@dataclass(frozen=True)
class Levels:
    ask: float  # model probability at which to ask
    route: float  # model probability at which to route at once
    broad_ask: float  # with a broad rule, the model probability at which to ask
    broad_route: float  # with a broad rule, the model probability at which to route
    knn_ask: float  # neighbour share at which to ask (above 1: the neighbours are not heard)
    # With a precise rule: the model probability at which it routes, and below that at which it
    # still asks (0.0 and 0.0: a precise rule always routes). Even a phrase that names the act
    # has everyday senses ("choking up at the assembly"); where the model reads the words around
    # it as nothing, the rule is heard as a question, or not at all.
    precise_route: float = 0.0
    precise_ask: float = 0.0


# Chosen by bench/screening_thresholds.py (FALSE_SCALE=4, bench/results/screening_thresholds.txt)
# on out-of-fold readings: the shipped recipe (tuning.py: layers from SPLIT=2 up, SENTENCE_WEIGHT
# 0.3) trained on half of data/screening/train/ (bench/screening_eval.py, FOLDS=2, ONLY_FOLD=0)
# reading the 6,463 examples of the other half, in the product's voice and the corpora's
# (2026-12-03). 1.01 means never. A precise rule routes when the model gives its flag at least
# precise_route, asks from precise_ask, else is not heard; for danger and self-harm precise_ask is
# held at 0 (a phrase that names the act is always at least asked about).
THRESHOLDS = {
    "abuse": Levels(0.5, 0.98, 0.0, 0.3, 2.0, precise_route=0.5, precise_ask=0.02),
    "danger": Levels(0.15, 1.01, 0.02, 1.01, 2.0, precise_route=0.5, precise_ask=0.0),
    "self_harm": Levels(0.6, 1.01, 0.0, 1.01, 2.0, precise_route=0.5, precise_ask=0.0),
    # broad_ask 0.3, not the 0.7 the search chose: a tie out of fold (same recall, one more tricky
    # negative in 1,380), and at 0.7 a plain "she's cheating on me" (0.49) raised nothing.
    "infidelity": Levels(0.7, 1.01, 0.3, 1.01, 2.0, precise_route=0.5, precise_ask=0.2),
    "addiction": Levels(0.7, 1.01, 0.3, 1.01, 2.0, precise_route=0.5, precise_ask=0.5),
    "checked_out": Levels(0.7, 0.98, 0.7, 0.7, 2.0, precise_route=0.5, precise_ask=0.3),
}


def decide(precise, broad, p, knn, t: Levels):
    """Levels (NONE, ASK or ROUTE) for arrays of evidence about one flag (or scalars), and which
    reader decided: 'rule', 'model' or 'neighbours' (None where nothing)."""
    precise, broad = np.asarray(precise, bool), np.asarray(broad, bool)
    p, knn = np.asarray(p, float), np.asarray(knn, float)
    by_rule_route = (precise & (p >= t.precise_route)) | (broad & (p >= t.broad_route))
    by_model_route = ~by_rule_route & (p >= t.route)
    by_rule_ask = (
        ~by_rule_route
        & ~by_model_route
        & ((precise & (p >= t.precise_ask)) | (broad & (p >= t.broad_ask)))
    )
    routed = by_rule_route | by_model_route
    by_model_ask = ~routed & ~by_rule_ask & (p >= t.ask)
    by_knn = ~routed & ~by_rule_ask & ~by_model_ask & (knn >= t.knn_ask)
    level = np.where(routed, ROUTE, np.where(by_rule_ask | by_model_ask | by_knn, ASK, NONE))
    source = np.where(
        by_rule_route | by_rule_ask,
        "rule",
        np.where(by_model_route | by_model_ask, "model", np.where(by_knn, "neighbours", "")),
    )
    return level, source


def hears_neighbours() -> bool:
    """Whether any flag listens to the nearest-neighbour reader (else it is not run at all)."""
    return any(t.knn_ask <= 1.0 for t in THRESHOLDS.values())
