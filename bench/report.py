"""Print the page figures from locust's CSV files, each page also as a ratio to /healthz.

Capacity (requests per second when only that page is asked for) comes from the HealthzOnly and
TonightOnly phases; latency per page comes from the Night phase, where /healthz is sampled too.
`report.py OUT renders TAG TITLE` prints one tree's full renders and reloads (bench/run.sh renders),
each page against /healthz on the same server.
"""

import csv
import sys
from pathlib import Path


def rows(prefix: Path) -> dict[str, dict]:
    path = Path(f"{prefix}_stats.csv")
    with path.open() as fh:
        return {row["Name"]: row for row in csv.DictReader(fh) if row["Name"] != "Aggregated"}


HEADER = f"  {'page':<28}{'req/s':>8}{'p50':>7}{'p95':>7}{'p99':>7}{'errors':>8}{'vs healthz':>12}"


def capacity_line(name: str, row: dict, base_rps: float) -> str:
    rps = float(row["Requests/s"])
    return (
        f"  {name:<28}{rps:>8.1f}{row['50%']:>7}{row['95%']:>7}{row['99%']:>7}"
        f"{row['Failure Count']:>8}{rps / base_rps:>11.2f}x"
    )


def renders(out_dir: Path, tag: str, title: str) -> None:
    """One tree's full renders (render-TAG_*) and /tonight/ reloads (reload-TAG_*)."""
    print(f"\n{title}")
    for kind, heading in (
        ("render", "Full renders (page cache off), one page at a time, closed loop:"),
        ("reload", "/tonight/ reloaded with the page cache on, where the tree has one:"),
    ):
        healthz = rows(out_dir / f"{kind}-{tag}_healthz")["/healthz"]
        base_rps = float(healthz["Requests/s"])
        print(heading)
        print(HEADER)
        print(capacity_line("/healthz", healthz, base_rps))
        for path in sorted(out_dir.glob(f"{kind}-{tag}_*_stats.csv")):
            prefix = Path(str(path).removesuffix("_stats.csv"))
            if not prefix.name.endswith("_healthz"):
                for name, row in rows(prefix).items():
                    print(capacity_line(name, row, base_rps))


def main(out: str) -> None:
    out_dir = Path(out)
    healthz = rows(out_dir / "HealthzOnly")["/healthz"]
    tonight = rows(out_dir / "TonightOnly")["/tonight/"]
    base_rps = float(healthz["Requests/s"])
    print("Capacity, one page asked for at a time (same server, same run):")
    print(HEADER)
    for name, row in (("/healthz", healthz), ("/tonight/", tonight)):
        print(capacity_line(name, row, base_rps))
    for phase, title in (
        ("Night", "A night with no pauses between steps (closed loop: capacity under the mix)"),
        ("NightPaced", "A night as people use it, 1-3 s between steps"),
    ):
        night = rows(out_dir / phase)
        base = night.get("/healthz")
        print(f"\n{title}; latency in ms; ratio = page p50 / healthz p50 in the same run:")
        print(
            f"  {'page':<28}{'req/s':>8}{'p50':>7}{'p95':>7}{'p99':>7}{'errors':>8}{'p50 ratio':>12}"
        )
        for name, row in sorted(night.items()):
            ratio = (float(row["50%"]) / max(float(base["50%"]), 1.0)) if base else float("nan")
            print(
                f"  {name:<28}{float(row['Requests/s']):>8.1f}{row['50%']:>7}{row['95%']:>7}"
                f"{row['99%']:>7}{row['Failure Count']:>8}{ratio:>11.1f}x"
            )
    login = rows(out_dir / "LogIn").get("log in")
    if login:
        print(
            f"\nLog in (4 at once; PBKDF2 with Django's default rounds): {float(login['Requests/s']):.1f} req/s,"
            f" p50 {login['50%']} ms, p95 {login['95%']} ms, errors {login['Failure Count']}"
        )


if __name__ == "__main__":
    if sys.argv[2:3] == ["renders"]:
        renders(Path(sys.argv[1]), sys.argv[3], sys.argv[4])
    else:
        main(sys.argv[1])
