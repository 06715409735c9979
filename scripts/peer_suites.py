#!/usr/bin/env python3
"""ipnlp on the peer quantity-extraction suites, scored as shipped and as ipnlp's documented output reads.

The harness in ../shared/peersuites/eval (quantulum3's tests, CQE's NewsQuant, Recognizers-Text's English
specs, side by side with quantulum3 and Recognizers-Text) is run twice, in temporary copies:

* **as shipped** (``run.sh`` unchanged): the numbers an issue's acceptance quotes;
* **reading ipnlp's documented output** (``docs/peer-suites.md``): the same cases, matcher and peer
  predictions, with four readings of ipnlp's claims that the shipped harness does not make:

  1. ``value_high``: a range is one claim with both ends ("2.5% to 3.5%" -> value 2.5, value_high 3.5);
     the shipped predictor exports ``value`` only, so the range is scored as its low end, a wrong value;
  2. a NewsQuant fraction gold filed under "%" with value 0 < v <= 1 ("A third of those screened" ->
     0.333) is found by the share in percent (33.33), as the harness's docstring says of fractions;
  3. ISO 4217 codes beyond CNY, USD and EUR (ILS, MYR, NZD, INR, DKK, SGD ...) are currencies;
  4. a value found as "fraction-as-percent" or "dozen-as-count" (the harness's own names for these two
     design readings) agrees in unit.

Nothing else changes; every reading is a string replacement that must apply exactly once, so a change
in the shared harness stops this script instead of silently scoring something else.

    .venv/bin/python scripts/peer_suites.py [--shared ../shared] [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROWS = ("| in-scope kinds |", "| ALL | ipnlp", "| CurrencyModel |", "| PercentModel |", "Ranges: ipnlp")

#: (file, text in the shipped harness, replacement): the four readings of ipnlp's documented output.
READINGS = [
    ("predict_ipnlp.py", '"subject": c.subject})', '"subject": c.subject, "value_high": c.value_high})'),
    ("score.py",
     '        if c["qualifier"] == "at_most" and i > 0 and claims[i - 1]["qualifier"] == "at_least":',
     '        if c.get("value_high") is not None:  # reading 1: a range is one claim with both ends\n'
     '            out.append({"start": c["start"], "end": c["end"], "text": c["text"], "value": None,\n'
     '                        "lo": _f(c["value"]), "hi": _f(c["value_high"]), "fam": fam, "qual": "range",\n'
     '                        "dir": None, "kind": "pair", "unit_raw": c["unit"]})\n'
     '        elif c["qualifier"] == "at_most" and i > 0 and claims[i - 1]["qualifier"] == "at_least":'),
    ("score.py",
     '    if c["fam"][0] == "percent" and g["family"] != "percent" and c["value"] is not None and \\',
     '    if c["fam"][0] == "percent" and (g["family"] != "percent" or 0 < g["value"] <= 1) and '
     'c["value"] is not None and \\'),
    ("score.py",
     '            r.update(how=how, cand=c, unit_ok=agrees((g["family"], g["key"]), c["fam"], g["unit_raw"] or ""),',
     '            r.update(how=how, cand=c, unit_ok=how in ("fraction-as-percent", "dozen-as-count") or\n'
     '                     agrees((g["family"], g["key"]), c["fam"], g["unit_raw"] or ""),'),
    ("units.py",
     "        if s in fixed:\n            return fixed[s]\n",
     "        if s in fixed:\n            return fixed[s]\n"
     "        if raw.isupper() and len(raw) == 3 and raw in set(CURRENCY.values()):  # reading 3: ISO 4217\n"
     '            return ("currency", raw)\n'),
]


def run(script: Path, work: Path, python: str) -> list[str]:
    """Run a harness's run.sh; the headings and ipnlp rows of its tables."""
    work.mkdir(parents=True, exist_ok=True)
    env = {"PEERSUITES_WORK": str(work), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(["bash", str(script), python], env=env, capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        sys.exit(f"peer suites failed ({script}):\n{done.stderr[-2000:]}")
    tables = (work / "results" / "tables.md").read_text(encoding="utf-8")
    return [line.split("; quantulum3")[0] for line in tables.splitlines()
            if line.startswith(ROWS) or (line.startswith("## ") and "judged" not in line)]


def documented_output_harness(shipped: Path, into: Path) -> Path:
    """A copy of the shipped harness with the four READINGS applied; its run.sh."""
    if into.exists():
        shutil.rmtree(into)
    shutil.copytree(shipped, into)
    for name, old, new in READINGS:
        path = into / name
        text = path.read_text(encoding="utf-8")
        if text.count(old) != 1:
            sys.exit(f"the shared harness changed: {name} no longer has one {old[:60]!r}; update READINGS")
        path.write_text(text.replace(old, new), encoding="utf-8")
    script = into / "run.sh"
    text = script.read_text(encoding="utf-8")
    for old, new in (('here=$(cd "$(dirname "$0")" && pwd)', f"here={into}"),
                     ("DATA = Path('$here').parent", f"DATA = Path('{shipped.parent}')")):
        if text.count(old) != 1:
            sys.exit(f"the shared harness changed: run.sh no longer has one {old!r}")
        text = text.replace(old, new)
    script.write_text(text, encoding="utf-8")
    return script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--keep", type=Path, help="keep the work directories here")
    args = parser.parse_args()
    shipped = (args.shared / "peersuites" / "eval").resolve()
    if not (shipped / "run.sh").exists():
        print(f"no peer suites at {shipped}: nothing to score", file=sys.stderr)
        return 2
    base = (args.keep or Path(tempfile.mkdtemp(prefix="ipnlp-peers-"))).resolve()
    documented = documented_output_harness(shipped, base / "harness-documented-output")
    for title, script, work in (("as shipped", shipped / "run.sh", base / "shipped"),
                                ("reading ipnlp's documented output", documented, base / "documented")):
        print(f"# {title}")
        print("\n".join(run(script, work, args.python)))
    print(f"(work directories in {base})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
