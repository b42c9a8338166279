"""The package gives byte for byte what the CLI gives on the same inputs."""

import subprocess

from conftest import as_html, cli_ingest, cli_show


def cli_analyze(cli, path, *flags):
    return subprocess.run(cli + ["analyze", str(path), *flags], capture_output=True, check=True).stdout


def test_analyze_is_identical_to_hearsay_analyze(cli, pipeline, articles, tmp_path):
    for a in articles:
        txt = tmp_path / a["id"]
        txt.write_text(a["text"])
        page = tmp_path / (a["id"] + ".html")
        page.write_text(as_html(a))
        # --input text / html / auto against text= / html= / data=, id = the file name as the CLI takes it
        assert cli_analyze(cli, txt, "--input", "text") == (pipeline.analyze_json(text=a["text"], id=a["id"]) + "\n").encode()
        assert cli_analyze(cli, page, "--input", "html") == (pipeline.analyze_json(html=as_html(a), id=page.name) + "\n").encode()
        assert cli_analyze(cli, txt) == (pipeline.analyze_json(data=txt.read_bytes(), id=a["id"]) + "\n").encode()
    # and the parsed dicts of analyze_many are those of the CLI
    many = pipeline.analyze_many([{"text": a["text"], "id": a["id"]} for a in articles], threads=2)
    import json

    for a, m in zip(articles, many):
        assert json.loads(cli_analyze(cli, tmp_path / a["id"], "--input", "text")) == m


def test_warc_records_are_analysed_as_hearsay_ingest_stores_them(cli, pipeline, warcs, tmp_path):
    import hearsay

    db = tmp_path / "cli.db"
    summary = cli_ingest(cli, warcs, db)
    seen = 0
    bad = 0
    for w in warcs:
        recs = list(hearsay.read_warc(w))
        for r, res in zip(recs, pipeline.analyze_records(recs, threads=2)):
            assert res["origin"] == r["origin"]
            if "error" in res:
                bad += 1
                continue
            seen += 1
            assert cli_show(cli, db, res["key"]) == res["json"] + "\n"
    assert seen == summary["stored"] and bad == summary["bad"] and summary["bad"] >= 2
