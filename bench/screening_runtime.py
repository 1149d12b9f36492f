"""The screening model's runtimes side by side, in one process: the NumPy reference
(safety/screening/reference.py, what the app ran before), ONNX Runtime fp32 (what it runs now) and
ONNX Runtime with int8 weights (quantize_dynamic, measured here only).

    OPENBLAS_NUM_THREADS=1 .venv/bin/python bench/screening_runtime.py [--entries 120]
        [--repeat 2] [--agreement 2000] [--out bench/results/screening_runtime.txt [--append]]

Speed: screen_text on a new four-sentence entry (both per-process memories cleared, so every
window and sentence goes through the model, as on an explicit save of new words), end to end, and
the model pass alone (encoder.run on the entry's units). Each entry is timed under every runtime
in turn, the order rotating, so all see the same machine load; each web worker runs one thread
(OPENBLAS_NUM_THREADS=1, as dvoe/wsgi.py sets, and one intra-op thread for ONNX Runtime).

Agreement: the tuned model's probabilities on the units (windows and sentences) of the frozen
dev entries (data/screening/dev/), each runtime against the reference: max and mean |dp|, and how
many (text, flag) pairs change side of 0.2, 0.5 and 0.9; embeddings as 1 - cosine.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # before NumPy loads, as in dvoe/wsgi.py
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "dvoe.settings")

import django  # noqa: E402
import numpy as np  # noqa: E402

django.setup()

from screening_bench import FILLER  # noqa: E402  (the same ordinary sentences)

from safety.screening import (  # noqa: E402
    encoder,
    onnx_runtime,
    readers,
    reference,
    screen_text,
    split_sentences,
)
from safety.screening.training import dataset  # noqa: E402

THRESHOLDS = (0.2, 0.5, 0.9)


def entries(n: int, rng: random.Random) -> list[str]:
    """New four-sentence entries: three ordinary sentences and one from the training examples,
    kept only if screening splits them into exactly four sentences."""
    seeds = [
        s
        for e in dataset.load()
        for s in split_sentences(e.text)
        if 4 <= len(s.split()) <= 30 and s.endswith((".", "!", "?"))
    ]
    out = []
    while len(out) < n:
        parts = rng.sample(FILLER, 3) + [rng.choice(seeds)]
        rng.shuffle(parts)
        text = " ".join(p[0].upper() + p[1:] for p in parts)
        if len(split_sentences(text)) == 4 and text not in out:
            out.append(text)
    return out


def int8_runner():
    """encoder.run's work on int8 sessions built from the same graphs."""
    embeddings, layers = encoder.published()
    tuned = encoder.load_tuned()

    def built(graph):
        return onnx_runtime.session(onnx_runtime.quantised(graph))

    sessions = (
        built(onnx_runtime.lower_graph(embeddings, layers[: encoder.SPLIT])),
        built(onnx_runtime.upper_graph(layers[encoder.SPLIT :])),
        built(
            onnx_runtime.upper_graph(
                encoder.merge(layers[encoder.SPLIT :], tuned), tuned.head, encoder.HEAD_SCALE
            )
        ),
    )

    def run(texts, base=True, tuned=False, batch_size=32):
        n = len(texts)
        want_base = np.broadcast_to(np.asarray(base, dtype=bool), (n,))
        want_tuned = np.broadcast_to(np.asarray(tuned, dtype=bool), (n,))
        return onnx_runtime.forward(
            encoder.encode(texts), want_base, want_tuned, sessions, batch_size
        )

    return run


def summary(times):
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return statistics.median(ordered) * 1e3, p95 * 1e3


def speed(runtimes, texts, repeat, out):
    """screen_text and the model pass alone, per entry, every runtime on every entry in turn."""
    real = encoder.run
    screen = {name: [] for name in runtimes}
    model = {name: [] for name in runtimes}
    units = []
    for text in texts:
        sentences = split_sentences(text)
        units.append([readers._text(sentences, span) for span in readers.units(sentences)])
    try:
        for round_ in range(repeat):
            for k, text in enumerate(texts):
                names = list(runtimes)
                names = names[(k + round_) % len(names) :] + names[: (k + round_) % len(names)]
                for name in names:
                    encoder.run = runtimes[name]
                    fresh = readers.Readers()  # nothing remembered: a new entry
                    start = time.perf_counter()
                    screen_text(text, reader=fresh)
                    screen[name].append(time.perf_counter() - start)
                    start = time.perf_counter()
                    runtimes[name](units[k], base=False, tuned=True)
                    model[name].append(time.perf_counter() - start)
    finally:
        encoder.run = real
    n_units = statistics.mean(len(u) for u in units)
    n_tokens = statistics.mean(sum(len(ids) for ids in encoder.encode(u)) for u in units)
    print(
        f"speed: {len(texts)} new four-sentence entries x {repeat} rounds; each entry's"
        f" {n_units:.1f} units (windows and sentences), {n_tokens:.0f} tokens on average",
        file=out,
    )
    base_screen, base_model = summary(screen["numpy"])[0], summary(model["numpy"])[0]
    print(
        f"{'runtime':14} {'screen_text median':>19} {'p95':>8} {'ratio':>6}"
        f" {'model pass median':>18} {'p95':>8} {'ratio':>6}",
        file=out,
    )
    for name in runtimes:
        s_med, s_p95 = summary(screen[name])
        m_med, m_p95 = summary(model[name])
        print(
            f"{name:14} {s_med:16.1f} ms {s_p95:5.1f} ms {base_screen / s_med:5.2f}x"
            f" {m_med:15.1f} ms {m_p95:5.1f} ms {base_model / m_med:5.2f}x",
            file=out,
        )


def agreement(runtimes, limit, out):
    texts = []
    for example in dataset.load(dataset.files(dataset.DEV)):
        sentences = split_sentences(example.text)
        for span in readers.units(sentences):
            text = readers._text(sentences, span)
            if text not in texts:
                texts.append(text)
    texts = texts[:limit]
    expected_e, expected_p = reference.run(texts, base=True, tuned=True)
    print(
        f"\nagreement with the NumPy reference on {len(texts)} texts (units of the dev entries),"
        f" {len(texts) * len(encoder.LABELS)} (text, flag) probabilities",
        file=out,
    )
    for name, run in runtimes.items():
        if name == "numpy":
            continue
        vectors, probs = run(texts, base=True, tuned=True)
        gap = np.abs(probs - expected_p)
        flips = [
            int(((probs >= t) != (expected_p >= t)).sum()) for t in THRESHOLDS
        ]  # pairs on the other side
        flipped_texts = int(
            np.any([(probs >= t) != (expected_p >= t) for t in THRESHOLDS], axis=(0, 2)).sum()
        )
        cosine = 1.0 - (vectors * expected_e).sum(axis=1)
        print(
            f"{name:14} |dp| max {gap.max():.2e} mean {gap.mean():.2e}; "
            + ", ".join(f"{n} flip at {t}" for n, t in zip(flips, THRESHOLDS, strict=True))
            + f" ({flipped_texts} texts); embeddings 1-cos max {cosine.max():.2e}"
            f" mean {cosine.mean():.2e}",
            file=out,
        )


class Tee:
    def __init__(self, *streams):
        self.streams = streams

    def write(self, text):
        for stream in self.streams:
            stream.write(text)

    def flush(self):
        for stream in self.streams:
            stream.flush()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=120)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--agreement", type=int, default=2000, help="dev texts (0 skips)")
    parser.add_argument("--no-int8", action="store_true")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--append", action="store_true", help="add to --out (a repeat run)")
    args = parser.parse_args()
    runtimes = {"numpy": reference.run, "onnx fp32": encoder.run}
    if not args.no_int8:
        runtimes["onnx int8"] = int8_runner()
    for run in runtimes.values():  # build every session and load every weight before timing
        run(["warming up"], base=True, tuned=True)
    screen_text("warming up the rules before anything is timed.")
    mode = "a" if args.append else "w"
    with open(args.out, mode) if args.out else open(os.devnull, "w") as file:
        out = Tee(sys.stdout, file)
        print(
            f"bench/screening_runtime.py, {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC,"
            f" {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start",
            file=out,
        )
        speed(runtimes, entries(args.entries, random.Random(17)), args.repeat, out)
        if args.agreement:
            agreement(runtimes, args.agreement, out)
        print(f"load average at end {os.getloadavg()[0]:.1f}", file=out)


if __name__ == "__main__":
    main()
