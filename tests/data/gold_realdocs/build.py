"""Build a real-report gold (claims.jsonl, optional.jsonl, non_claims.jsonl, regions.json) from the
hand-written annotations in GOLD_DIR/annotations/*.txt and the texts in ../shared/realdocs/.

Each annotation file starts with `# text: PATH` (relative to ../shared/realdocs). Each annotation line
is `anchor || surface || fields...`: the anchor is a short phrase, unique in its regions
(whitespace-insensitive), that contains the surface; offsets are computed here so that nobody types
them. The texts are not in the repository (licences), so this script needs ../shared/realdocs.

    python tests/data/gold_realdocs/build.py [GOLD_DIR] [REALDOCS_DIR]
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REALDOCS = HERE.parents[3] / "shared" / "realdocs"


def flexible(phrase: str) -> re.Pattern[str]:
    """A phrase as typed (\\n or spaces for any line break or run of spaces in the text)."""
    words = phrase.replace("\\n", " ").split()
    return re.compile(r"\s+".join(re.escape(w) for w in words))


def line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def parse_qualifier(field: str) -> tuple[str, float | None]:
    qualifier, high = "exact", None
    for part in field.split(";"):
        if part.startswith("range:"):
            high = float(part.split(":", 1)[1])
        else:
            qualifier = part
    return qualifier, high


def build(gold_dir: Path, realdocs: Path) -> None:
    claims, optional, non_claims, regions = [], [], [], []
    for ann in sorted((gold_dir / "annotations").glob("*.txt")):
        header = ann.read_text(encoding="utf-8").split("\n", 1)[0]
        if not header.startswith("# text:"):
            raise SystemExit(f"{ann}: first line must be '# text: PATH'")
        doc = header.split(":", 1)[1].strip()
        path = realdocs / doc
        text = path.read_text(encoding="utf-8")
        starts = line_starts(text)
        doc_regions: list[tuple[int, int]] = []
        section = None
        for n, raw in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line:
                continue
            if line.startswith("# region:"):
                a, b = (int(x) for x in line.split(":", 1)[1].split("-"))
                end = starts[b] - 1 if b < len(starts) else len(text)
                doc_regions.append((starts[a - 1], end))
                section = "claims"
                continue
            if line.startswith("# optional"):
                section = "optional"
                continue
            if line.startswith("# non-claims"):
                section = "non_claims"
                continue
            if line.startswith("#"):
                continue
            parts = [p.strip() for p in line.split(" || ")]
            anchor, surface = parts[0], parts[1]
            # Everything annotated lies inside an annotated region (the gold is exhaustive there).
            spans = doc_regions
            hits = [m for lo, hi in spans for m in flexible(anchor).finditer(text, lo, hi)]
            if len(hits) != 1:
                raise SystemExit(f"{ann.name}:{n}: anchor {anchor!r} found {len(hits)} times in its region")
            inner = flexible(surface).search(text, hits[0].start(), hits[0].end())
            if inner is None:
                raise SystemExit(f"{ann.name}:{n}: surface {surface!r} not inside anchor {anchor!r}")
            start, end = inner.start(), inner.end()
            record = {
                "doc": doc, "line": text.count("\n", 0, start) + 1,
                "start": start, "end": end, "surface": text[start:end],
            }
            if section == "non_claims":
                record["kind"] = parts[2]
                non_claims.append(record)
                continue
            qualifier, high = parse_qualifier(parts[4])
            value = float(parts[2])
            record.update({
                "value": int(value) if value.is_integer() and "." not in parts[2] else value,
                "value_high": high, "unit": parts[3], "qualifier": qualifier,
                "period": None if parts[5] == "-" else parts[5], "period_scored": parts[5] != "-",
                "subject": parts[6],
            })
            (claims if section == "claims" else optional).append(record)
        regions.append({
            "doc": doc, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "regions": [{"start": a, "end": b} for a, b in doc_regions],
        })
    for name, rows in (("claims", claims), ("optional", optional), ("non_claims", non_claims)):
        ids = {"claims": "c", "optional": "o", "non_claims": "n"}[name]
        with open(gold_dir / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for i, row in enumerate(rows, 1):
                out.write(json.dumps({"id": f"{ids}{i:03d}", **row}, ensure_ascii=False) + "\n")
    (gold_dir / "regions.json").write_text(json.dumps(regions, indent=1) + "\n", encoding="utf-8")
    print(f"{len(claims)} claims, {len(optional)} optional, {len(non_claims)} non-claims in {len(regions)} documents")


if __name__ == "__main__":
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE,
          Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_REALDOCS)
