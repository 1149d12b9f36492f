"""Print the counts table for data/screening/DATASHEET.md (train/ and dev/ only; never blind/).

PYTHONPATH=. .venv/bin/python bench/screening_datasheet.py
"""

from collections import Counter

from safety.screening.training import dataset


def main():
    print("| file | lines | positives | ordinary | tricky | flags among positives | voice |")
    print("|---|---|---|---|---|---|---|")
    for folder in (dataset.TRAIN, dataset.DEV):
        for path in dataset.files(folder):
            rows = dataset.read(path)
            kinds = Counter(e.kind for e in rows)
            flags = Counter(f for e in rows for f in e.flags)
            voices = sorted({e.voice for e in rows})
            print(
                f"| `{folder.name}/{path.name}` | {len(rows)} | {kinds['positive']} | "
                f"{kinds['ordinary']} | {kinds['tricky']} | "
                + ", ".join(f"{f} {n}" for f, n in sorted(flags.items()))
                + f" | {', '.join(voices)[:60]} |"
            )


if __name__ == "__main__":
    main()
