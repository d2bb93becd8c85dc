"""The shared eval scorers (`../shared/eval/`), run on a set of this project as CI would."""

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"


def headline(scorer: str, set_dir: str, label: str) -> float:
    """Run `../shared/eval/<scorer> <set_dir>` and return the figure its `label` line gives."""
    env = {**os.environ, "PYTHON": os.environ.get("PYTHON", sys.executable)}
    run = subprocess.run(
        ["bash", str(SHARED_EVAL / scorer), set_dir],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    print(run.stdout)
    print(run.stderr, file=sys.stderr)
    assert run.returncode == 0, f"{scorer} failed ({run.returncode}):\n{run.stderr[-2000:]}"
    match = re.search(rf"{label}[^:]*:\s*([0-9.]+)", run.stdout)
    assert match, f"no {label} line in the scorer's output:\n{run.stdout}"
    return float(match.group(1))
