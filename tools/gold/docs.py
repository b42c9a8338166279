"""Load a gold document by its id, exactly as hearsay ingests it, and locate spans in it.

Document ids (shared by every gold file under data/):
  polnear/train/NAME.txt, polnear/dev/NAME.txt  -> ../shared/data/polnear/{split}/text/NAME.txt (raw bytes)
  fnc1/BODY_ID                                  -> the articleBody of Body ID in ../shared/data/fnc1/train_bodies.csv

Spans are half-open BYTE offsets into the UTF-8 text. Run from the repo root:
  python3 tools/gold/docs.py show fnc1/712          # print the text with byte offsets per line
  python3 tools/gold/docs.py find fnc1/712 "denied"  # byte offsets of every occurrence
"""
import csv
import os
import sys

DATA = os.environ.get("HS_DATA", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data"))
_FNC1 = None


def fnc1_bodies():
    global _FNC1
    if _FNC1 is None:
        csv.field_size_limit(1 << 30)
        with open(os.path.join(DATA, "fnc1", "train_bodies.csv"), newline="", encoding="utf-8") as f:
            _FNC1 = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(f)}
    return _FNC1


def load(doc_id: str) -> bytes:
    """The document's bytes."""
    if doc_id.startswith("fnc1/"):
        return fnc1_bodies()[doc_id[5:]].encode("utf-8")
    if doc_id.startswith("polnear/"):
        _, split, name = doc_id.split("/", 2)
        with open(os.path.join(DATA, "polnear", split, "text", name), "rb") as f:
            return f.read()
    raise ValueError(f"unknown document id {doc_id!r}")


def find(doc_id: str, needle: str, after: int = 0):
    """Byte offsets [start, end) of every occurrence of `needle` at or after byte `after`."""
    data, pat = load(doc_id), needle.encode("utf-8")
    out, i = [], data.find(pat, after)
    while i >= 0:
        out.append([i, i + len(pat)])
        i = data.find(pat, i + 1)
    return out


def check(doc_id: str, span, text: str) -> bool:
    """True when bytes [span[0], span[1]) of the document are exactly `text`."""
    return load(doc_id)[span[0]:span[1]].decode("utf-8") == text


if __name__ == "__main__":
    cmd, doc = sys.argv[1], sys.argv[2]
    if cmd == "show":
        data, pos = load(doc), 0
        for line in data.split(b"\n"):
            print(f"{pos:>6}: {line.decode('utf-8', 'replace')}")
            pos += len(line) + 1
    elif cmd == "find":
        print(find(doc, sys.argv[3]))
