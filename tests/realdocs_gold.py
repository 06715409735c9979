"""Score ipnlp's claims against the hand-made gold on real reports (tests/data/gold_realdocs/).

The texts are not in the repository (their licences forbid it): they are read from
../shared/realdocs/texts beside the project when it is there. The gold is exhaustive inside its
annotated regions, so precision counts every predicted claim that starts inside a region; a
prediction over an `optional` entry (a borderline number either reading of which is defensible)
counts neither way.

    .venv/bin/python tests/realdocs_gold.py [--details] [--zh] [--gold DIR]

`--gold DIR` scores another gold directory built by tests/data/gold_realdocs/build.py (e.g. the
held-out tests/data/gold_realdocs_zh_heldout); a directory whose name contains `_zh` is read as Chinese.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "data" / "gold_realdocs"
REALDOCS = Path(__file__).resolve().parents[2] / "shared" / "realdocs"

UNIT_SYNONYMS = {
    "%": "percent", "pct": "percent", "percentage": "percent",
    "pp": "percentage_point", "percentage point": "percentage_point", "percentage_points": "percentage_point",
    "bp": "basis_point", "bps": "basis_point", "basis point": "basis_point", "basis_points": "basis_point",
    "index_point": "index_points", "point": "index_points", "points": "index_points",
    "months": "month", "years": "year", "days": "day", "time": "times",
}


def norm_unit(unit: object) -> str | None:
    if unit is None:
        return None
    low = str(unit).strip().lower().replace("-", " ").replace("_", " ")
    if low in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[low]
    if len(low) == 3 and low.isalpha() and str(unit).isupper():
        return str(unit)  # ISO 4217 code
    low = low.replace(" ", "_")
    if low in UNIT_SYNONYMS:
        return UNIT_SYNONYMS[low]
    if low.endswith("s") and not low.endswith("ss"):
        low = low[:-1]
    return UNIT_SYNONYMS.get(low, low)


STOP = frozenset({
    "the", "a", "an", "of", "for", "in", "on", "to", "and", "or", "by", "with", "from", "at", "as",
    "its", "their", "this", "that", "these", "those", "number", "total", "amount", "year", "years",
})


_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")


def words(text: str | None) -> set[str]:
    # Chinese has no spaces: its "words" here are the character pairs of each Han run.
    out = {run[i:i + 2] for run in _HAN_RUN.findall(text or "") for i in range(max(1, len(run) - 1))}
    for w in re.findall(r"[a-z0-9]+", (text or "").lower()):
        if w not in STOP:
            out.add(w[:-1] if w.endswith("s") and len(w) > 3 else w)
    return out


def close(a: object, b: object) -> bool:
    try:
        x, y = float(a), float(b)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False
    return abs(x - y) <= 1e-9 * max(1.0, abs(x), abs(y))


def high_end(claim: dict) -> object:
    """The upper end of a predicted range, whatever the claim model calls it."""
    for key in ("value_high", "high", "value_max"):
        if claim.get(key) is not None:
            return claim[key]
    rng = claim.get("range")
    if isinstance(rng, dict):
        return rng.get("high")
    if isinstance(rng, (list, tuple)) and len(rng) == 2:
        return rng[1]
    return None


def value_ok(gold: dict, pred: dict) -> bool:
    value = pred.get("value")
    # "a loss of HK$205.4 billion": the gold keeps the written magnitude; either sign is accepted
    # unless the text itself wrote the sign.
    explicit_sign = gold["surface"].lstrip().startswith(("-", "−", "(", "+"))
    same = close(value, gold["value"]) or (
        not explicit_sign and value is not None and close(abs(float(value)), abs(gold["value"])))
    if gold.get("value_high") is not None:
        return same and close(high_end(pred), gold["value_high"])
    return same


def period_ok(gold: dict, pred: dict) -> bool:
    years = lambda s: set(re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", str(s or "")))  # noqa: E731
    return years(gold["period"]) == years(pred.get("period"))


def subject_ok(gold: dict, pred: dict) -> bool:
    gw, pw = words(gold["subject"]), words(pred.get("subject"))
    inter = len(gw & pw)
    p, r = (inter / len(pw) if pw else 0), (inter / len(gw) if gw else 0)
    return (2 * p * r / (p + r) if p + r else 0) >= 0.5


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    traps_taken: int = 0
    non_claims: int = 0
    ok: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("value", "unit", "qualifier", "period", "subject", "all"), 0))
    period_scored: int = 0
    details: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    def accuracy(self, key: str) -> float:
        n = self.period_scored if key == "period" else self.matched
        return self.ok[key] / n if n else 0.0

    def summary(self) -> str:
        acc = " ".join(f"{k} {self.accuracy(k):.3f}" for k in self.ok)
        return (f"gold {self.gold}, predicted {self.predicted}, matched {self.matched}, "
                f"precision {self.precision:.3f}, recall {self.recall:.3f}, "
                f"non-claims taken {self.traps_taken}/{self.non_claims}; {acc}")


def load(name: str, gold: Path = GOLD) -> list[dict]:
    with open(gold / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def available(gold: Path = GOLD) -> str | None:
    """None when the texts are present and unchanged, else why the gold cannot be scored."""
    import hashlib
    if not REALDOCS.is_dir():
        return f"{REALDOCS} not found"
    for doc in json.loads((gold / "regions.json").read_text(encoding="utf-8")):
        path = REALDOCS / doc["doc"]
        if not path.is_file():
            return f"{path} not found"
        if hashlib.sha256(path.read_bytes()).hexdigest() != doc["sha256"]:
            return f"{path} differs from the annotated text"
    return None


def misplaced_spans(gold: Path = GOLD) -> list[str]:
    """Ids of the gold records whose surface is not what their offsets say in the annotated text."""
    texts: dict[str, str] = {}
    misplaced = []
    for name in ("claims", "optional", "non_claims"):
        for row in load(name, gold):
            if row["doc"] not in texts:
                texts[row["doc"]] = (REALDOCS / row["doc"]).read_text(encoding="utf-8")
            if texts[row["doc"]][row["start"]:row["end"]] != row["surface"]:
                misplaced.append(row["id"])
    return misplaced


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def score(predict, gold_dir: Path = GOLD) -> Score:
    """predict(path) -> list of claim dicts with start, end, value, unit, qualifier, period, subject."""
    result = Score()
    claims, optional, traps = (load(n, gold_dir) for n in ("claims", "optional", "non_claims"))
    for doc in json.loads((gold_dir / "regions.json").read_text(encoding="utf-8")):
        name = doc["doc"]
        regions = [(r["start"], r["end"]) for r in doc["regions"]]
        pred = [c for c in predict(REALDOCS / name) if any(a <= c["start"] < b for a, b in regions)]
        gold = sorted((g for g in claims if g["doc"] == name), key=lambda g: g["start"])
        opt = [o for o in optional if o["doc"] == name]
        used: set[int] = set()
        for g in gold:
            result.gold += 1
            hit = next((i for i, p in enumerate(pred)
                        if i not in used and overlaps(p["start"], p["end"], g["start"], g["end"])), None)
            if hit is None:
                result.details.append(f"MISSED {name}:{g['line']} {g['surface']!r} ({g['subject']})")
                continue
            used.add(hit)
            result.matched += 1
            p = pred[hit]
            checks = {
                "value": value_ok(g, p),
                "unit": norm_unit(p.get("unit")) == norm_unit(g["unit"]),
                "qualifier": (p.get("qualifier") or "exact") == g["qualifier"],
                "subject": subject_ok(g, p),
            }
            if g["period_scored"]:
                result.period_scored += 1
                checks["period"] = period_ok(g, p)
            checks["all"] = all(checks.values())
            for key, good in checks.items():
                result.ok[key] += good
                if not good and key != "all":
                    got = {"value": (p.get("value"), high_end(p)), "unit": p.get("unit"),
                           "qualifier": p.get("qualifier"), "period": p.get("period"),
                           "subject": p.get("subject")}[key]
                    want = {"value": (g["value"], g.get("value_high")), "unit": g["unit"],
                            "qualifier": g["qualifier"], "period": g["period"], "subject": g["subject"]}[key]
                    result.details.append(f"WRONG {key} {name}:{g['line']} {g['surface']!r}: gold {want!r} got {got!r}")
        for i, p in enumerate(pred):
            if i in used or any(overlaps(p["start"], p["end"], o["start"], o["end"]) for o in opt):
                continue
            result.predicted += 1
            result.details.append(f"EXTRA {name} {p.get('text', '')!r} @{p['start']} unit={p.get('unit')!r}")
        result.predicted += len(used)
        for t in (t for t in traps if t["doc"] == name):
            result.non_claims += 1
            result.traps_taken += any(overlaps(p["start"], p["end"], t["start"], t["end"]) for p in pred)
    return result


GOLD_ZH = GOLD.parent / "gold_realdocs_zh"
GOLD_ZH_HELDOUT = GOLD.parent / "gold_realdocs_zh_heldout"


def predict_with_ipnlp(path: Path, lang: str = "en") -> list[dict]:
    import ipnlp
    text = path.read_text(encoding="utf-8")
    report = ipnlp.analyze(text, path=str(path), lang=lang)
    return [c.model_dump(mode="json") for c in report.claims]


if __name__ == "__main__":
    zh = "--zh" in sys.argv
    gold_dir = GOLD_ZH if zh else GOLD
    if "--gold" in sys.argv:
        gold_dir = Path(sys.argv[sys.argv.index("--gold") + 1]).resolve()
        zh = zh or "_zh" in gold_dir.name
    why = available(gold_dir)
    if why:
        sys.exit(f"cannot score the real-report gold: {why}")
    res = score(lambda p: predict_with_ipnlp(p, "zh" if zh else "en"), gold_dir)
    if "--details" in sys.argv:
        print("\n".join(res.details))
    print(res.summary())
