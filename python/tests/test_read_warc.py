"""hearsay.read_warc: the Rust WARC reader of `hearsay ingest`."""

import hearsay


def test_read_warc_yields_articles_and_reports_bad_records(warcs, articles):
    recs = hearsay.read_warc(warcs[0])
    got = list(recs)
    good = [r for r in got if "error" not in r]
    bad = [r for r in got if "error" in r]
    half = len(articles) // 2
    # the empty page is read (it is an HTML response) and only fails in analysis
    assert len(good) == half + 1 and good[-1]["url"] == "https://example.org/empty"
    good = good[:-1]
    assert [r["url"] for r in good] == [a.get("url") or f"https://example.org/{a['id']}" for a in articles[:half]]
    assert {r["format"] for r in good} == {"html", "text"}
    assert all(r["date"] == "2026-11-02T10:00:00Z" and isinstance(r["body"], bytes) for r in good)
    assert all(r["origin"].startswith(str(warcs[0]) + "#") for r in got)
    assert recs.ignored == half + 1  # the request records and the image
    assert bad == []


def test_unreadable_paths_are_bad_records_not_exceptions(tmp_path):
    got = list(hearsay.read_warc(tmp_path / "missing.warc.gz"))
    assert len(got) == 1 and "error" in got[0]
    broken = tmp_path / "broken.warc"
    broken.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nshort")
    got = list(hearsay.read_warc(broken))
    assert got and all("error" in r for r in got)
