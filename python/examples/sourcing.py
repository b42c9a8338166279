"""Who says what in an article, and how well each claim is sourced.

    python python/examples/sourcing.py [ARTICLE]   # default: examples/harbor-article.txt
"""

import sys
from pathlib import Path

import hearsay

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "examples/harbor-article.txt"
a = hearsay.analyze(data=path.read_bytes(), id=path.name)
text = a["document"]["text"].encode()


def quote(span):
    return text[span["start"] : span["end"]].decode() if span else "(implicit)"


sources = {s["id"]: s for s in a["sources"]}
print(f"{a['document']['id']}: {len(a['attributions'])} attributions, {len(a['claims'])} claims")
for at in a["attributions"]:
    who = sources.get(at["source_id"], {}).get("name") or quote(at["source"])
    what = " … ".join(quote(c) for c in at["content"])
    print(f"- {who} [{at['kind']}, {at['act']}]: {what[:100]}")
for c in a["claims"]:
    print(f"* {c['assessment']['label']}: {c['text'][:100]}")
