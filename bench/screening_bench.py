"""Screening benchmark: entries per second for safety.screening.screen_text against a plain regex
scan of the same entries in the same run.

    .venv/bin/python bench/screening_bench.py [--entries 1000] [--cold 200] [--repeat 3]

(1,000 entries by default: every entry is first read once cold, about 0.1-0.2 s each with the
tuned model, so that the "seen before" figure measures a warm process.)

Three figures for screen_text: the rules alone; all three readers on an entry never seen before
(every sentence, and every window of sentences, goes through the model: what an explicit save of
a new entry costs); and all readers on an entry seen before (an autosave or a re-render, where the
process remembers each sentence's embedding and each window's reading, and only the rules, the
neighbour vote and the combining run).

The entries are built from the rule rounds' examples in data/screening/train/ padded with ordinary sentences to
a typical nightly-note length (a few hundred characters). The plain scan is one compiled
alternation of the obvious keywords, lower-cased text, no normalisation and no guards: the cheapest
thing a "keyword filter" could be, and the floor to compare against.

The model's runtimes (the NumPy reference, ONNX Runtime fp32 as the app runs it, int8) are timed
against each other on new four-sentence entries by bench/screening_runtime.py.
"""

import argparse
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")

import django  # noqa: E402
import numpy as np  # noqa: E402

django.setup()

from safety.screening import readers, screen_text  # noqa: E402
from safety.screening.training import dataset  # noqa: E402


class RulesOnly(readers.Readers):
    """Both model readers silent: the rules' own cost."""

    def prepare(self, sentences, neighbours=True):
        return None

    def read_in_context(self, sentences):
        return readers.Reading(peak=np.zeros(len(readers.LABELS)), where={})

    def neighbour_shares(self, sentences):
        return np.zeros((len(sentences), len(readers.LABELS)))


PLAIN = re.compile(
    r"\b(?:kill|choke|strangle|gun|knife|weapon|hit|slap|punch|kick|shove|afraid|scared|threat\w*|"
    r"messages|password|money|keys|suicid\w*|die|dead|hurt myself|cutting|affair|cheat\w*|drunk|"
    r"drink\w*|gambl\w*|drugs|divorce|leaving|checked out)\b"
)
FILLER = [
    "Work ran late and dinner was leftovers.",
    "The kids went down easily for once.",
    "I tried to stay calm when the bills came up.",
    "We watched half a film and went to bed at different times.",
    "I noticed I was waiting for a reaction again.",
    "Tomorrow I want to ask plainly for help with the school run.",
    "It rained all day and everyone was tired.",
    "I wrote down one thing I did well tonight.",
]


def corpus(n: int, rng: random.Random) -> list[str]:
    names = ("tuning", "heldout", "fresh", "final")
    seeds = [e.text for n in names for e in dataset.read(dataset.TRAIN / f"rounds_{n}.jsonl")]
    entries = []
    for _ in range(n):
        parts = rng.sample(FILLER, 4) + [rng.choice(seeds)]
        rng.shuffle(parts)
        entries.append(" ".join(parts))
    return entries


def rate(fn, entries, repeat):
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for text in entries:
            fn(text)
        runs.append(len(entries) / (time.perf_counter() - start))
    return statistics.median(runs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--cold", type=int, default=200, help="new entries timed (slow)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    entries = corpus(args.entries, random.Random(7))
    avg = sum(map(len, entries)) / len(entries)
    screen_text(entries[0])  # load the model and index, compile the rules
    plain = rate(lambda t: PLAIN.search(t.lower()), entries, args.repeat)
    silent = RulesOnly()
    rules_only = rate(lambda t: screen_text(t, reader=silent), entries, args.repeat)
    new = rate(lambda t: screen_text(t, reader=readers.Readers()), entries[: args.cold], 1)
    big = readers.Readers(memory=10**6)
    for text in entries:
        screen_text(text, reader=big)
    seen = rate(lambda t: screen_text(t, reader=big), entries, args.repeat)
    flagged = sum(1 for t in entries if screen_text(t).flags)
    asked = sum(1 for t in entries if screen_text(t).possible)
    print(f"entries: {len(entries)}, average {avg:.0f} characters, median of {args.repeat} runs")
    print(f"plain regex scan          : {plain:10,.0f} entries/s")
    for name, value in (
        ("rules alone", rules_only),
        ("all readers, new entry", new),
        ("all readers, seen before", seen),
    ):
        print(
            f"{name.strip():26}: {value:10,.0f} entries/s  {1e3 / value:7.2f} ms each"
            f"  ({plain / value:,.0f}x the plain scan)"
        )
    print(f"entries routed: {flagged}, asked about: {asked}, of {len(entries)}")


if __name__ == "__main__":
    main()
