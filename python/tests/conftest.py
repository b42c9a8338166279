"""Shared fixtures: the repository's articles, the CLI binary, WARC files made on the fly."""

from __future__ import annotations

import gzip
import hashlib
import html as htmllib
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Dict, List

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_articles() -> List[Dict[str, str]]:
    """The example article and the claims fixture's articles: `{id, text, url, published, outlet}`."""
    out = [{"id": "harbor-article.txt", "text": (ROOT / "examples/harbor-article.txt").read_text()}]
    with open(ROOT / "tests/fixtures/claims/articles.jsonl") as f:
        for line in f:
            out.append(json.loads(line))
    return out


@pytest.fixture(scope="session")
def articles() -> List[Dict[str, str]]:
    return load_articles()


@pytest.fixture(scope="session")
def pipeline():
    import hearsay

    return hearsay.Pipeline()


@pytest.fixture(scope="session")
def cli() -> List[str]:
    """The `hearsay` command: $HEARSAY_BIN, else target/release/hearsay (built if missing)."""
    exe = os.environ.get("HEARSAY_BIN") or str(ROOT / "target/release/hearsay")
    if not Path(exe).is_file():
        subprocess.run(["cargo", "build", "--release", "-p", "hearsay-cli"], cwd=ROOT, check=True)
    return [exe]


def as_html(article: Dict[str, str]) -> str:
    """A small news page around the article: title as <h1>, paragraphs as <p>."""
    paras = [p.strip() for p in article["text"].split("\n\n") if p.strip()]
    title, body = paras[0], paras[1:]
    ps = "\n".join(f"<p>{htmllib.escape(p)}</p>" for p in body)
    return (
        f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{htmllib.escape(title)}</title></head>"
        f"<body><nav><a href=\"/\">Home</a></nav><article><h1>{htmllib.escape(title)}</h1>\n{ps}\n</article>"
        "<footer>Copyright</footer></body></html>"
    )


def warc_record(wtype: str, uri: str, date: str, block: bytes, content_type: str) -> bytes:
    head = (
        f"WARC/1.0\r\nWARC-Type: {wtype}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\n"
        f"WARC-Record-ID: <urn:uuid:{hashlib.md5((wtype + uri + date).encode()).hexdigest()}>\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + block + b"\r\n\r\n")


def http_response(body: bytes, content_type: str, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


def write_warc(path: Path, articles: List[Dict[str, str]], date: str, extras: bool = True) -> Path:
    """A .warc.gz of `articles` (even ones as HTML, odd ones as plain text), each after
    its request record; with `extras`, an image response (not an article) and an empty
    page (a bad record) too."""
    with open(path, "wb") as f:
        for n, a in enumerate(articles):
            uri = a.get("url") or f"https://example.org/{a['id']}"
            f.write(warc_record("request", uri, date, f"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n".encode(), "application/http; msgtype=request"))
            if n % 2 == 0:
                block = http_response(as_html(a).encode(), "text/html; charset=utf-8")
            else:
                block = http_response(a["text"].encode(), "text/plain; charset=utf-8")
            f.write(warc_record("response", uri, date, block, "application/http; msgtype=response"))
        if extras:
            img = http_response(b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
            f.write(warc_record("response", "https://example.org/logo.png", date, img, "application/http; msgtype=response"))
            empty = http_response(b"   \n", "text/html")
            f.write(warc_record("response", "https://example.org/empty", date, empty, "application/http; msgtype=response"))
    return path


@pytest.fixture(scope="session")
def warcs(tmp_path_factory, articles) -> List[Path]:
    """Two .warc.gz files crawled on two days, splitting the articles between them."""
    d = tmp_path_factory.mktemp("warc")
    half = len(articles) // 2
    return [
        write_warc(d / "crawl-a.warc.gz", articles[:half], "2026-11-02T10:00:00Z"),
        write_warc(d / "crawl-b.warc.gz", articles[half:], "2026-11-03T09:30:00Z"),
    ]


def cli_show(cli: List[str], db: Path, key: str) -> str:
    return subprocess.run(cli + ["show", key, "--db", str(db)], capture_output=True, text=True, check=True).stdout


def cli_ingest(cli: List[str], paths: List[Path], db: Path) -> dict:
    out = subprocess.run(
        cli + ["ingest", *map(str, paths), "--db", str(db), "--json", "--quiet"], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def spark_available() -> str:
    """Why Spark tests cannot run here ('' when they can)."""
    try:
        import pyspark  # noqa: F401
    except ImportError as e:
        return f"pyspark is not installed ({e})"
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (java not on PATH, JAVA_HOME unset)"
    return ""
