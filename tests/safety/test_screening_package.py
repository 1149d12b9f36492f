"""Screening is a library that knows nothing of Django: it imports and screens in a bare Python
process, and the runtime never loads PyTorch or the training code."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from safety.screening import screen_text, warm
warm()
result = screen_text("we argued about the bins again. i held my tongue and went for a walk.")
loaded = sorted({name.split(".")[0] for name in sys.modules})
inside = sorted(n for n in sys.modules if n.startswith("safety."))
print(json.dumps({"flags": sorted(result.flags), "possible": sorted(result.possible),
                  "top": loaded, "safety": inside}))
"""


def test_screening_runs_in_a_process_without_django_or_torch():
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["flags"] == [] and seen["possible"] == []
    assert "django" not in seen["top"] and "torch" not in seen["top"]
    assert all(name.startswith("safety.screening") for name in seen["safety"]), seen["safety"]
    assert not [name for name in seen["safety"] if name.startswith("safety.screening.training")]
