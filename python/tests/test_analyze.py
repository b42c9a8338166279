"""hearsay.analyze, Pipeline.analyze and Pipeline.analyze_many."""

import threading

import pytest

import hearsay


def test_analyze_gives_the_hearsay_v1_object(articles):
    a = hearsay.analyze(text=articles[0]["text"], id="harbor-article.txt")
    assert a["schema"] == "hearsay.v1"
    assert set(a) >= {"document", "sources", "attributions", "verifications", "claims"}
    assert a["document"]["id"] == "harbor-article.txt"
    assert a["document"]["text"] == articles[0]["text"]  # plain text is kept byte for byte
    assert a["attributions"], "the example article has attributions"
    for at in a["attributions"]:
        for span in at["content"]:
            assert 0 <= span["start"] < span["end"] <= len(a["document"]["text"].encode())


def test_a_pipeline_is_reused_and_agrees_with_analyze(pipeline, articles):
    for art in articles[:5]:
        assert pipeline.analyze(text=art["text"], id=art["id"]) == hearsay.analyze(text=art["text"], id=art["id"])
    html = "<html><head><title>T</title></head><body><p>The mayor said the bridge will close.</p></body></html>"
    a = pipeline.analyze(html=html, id="page")
    assert a["document"]["id"] == "page" and "bridge" in a["document"]["text"]
    assert pipeline.analyze(data=html.encode(), id="page") == a  # sniffed as HTML, as --input auto does


def test_bad_input_raises_a_clear_error(pipeline):
    with pytest.raises(hearsay.HearsayError):
        pipeline.analyze(text="   ")
    with pytest.raises(hearsay.HearsayError, match="size limit|larger|limit"):
        pipeline.analyze(text="The mayor said so. " * 100, max_bytes=100)
    with pytest.raises(hearsay.HearsayError):
        pipeline.analyze(data=bytes(range(256)) * 4)
    with pytest.raises(TypeError):
        pipeline.analyze()
    with pytest.raises(TypeError):
        pipeline.analyze(text="a", html="<p>b</p>")
    assert issubclass(hearsay.HearsayError, ValueError)


def test_analyze_many_keeps_order_and_gives_what_analyze_gives(pipeline, articles):
    items = [{"text": a["text"], "id": a["id"]} for a in articles]
    many = pipeline.analyze_many(items, threads=2)
    assert [m["document"]["id"] for m in many] == [a["id"] for a in articles]
    for item, m in zip(items, many):
        assert m == pipeline.analyze(text=item["text"], id=item["id"])
    # plain strings, generators and the one-per-core default
    texts = [a["text"] for a in articles[:4]]
    assert pipeline.analyze_many(t for t in texts) == [pipeline.analyze(text=t) for t in texts]


def test_analyze_many_reports_or_skips_bad_items(pipeline, articles):
    items = [articles[1]["text"], "   ", articles[2]["text"]]
    with pytest.raises(hearsay.HearsayError, match="item 1"):
        pipeline.analyze_many(items, threads=2)
    with pytest.warns(hearsay.HearsayWarning, match="item 1: skipped"):
        out = pipeline.analyze_many(items, threads=2, errors="skip")
    assert out[1] is None and out[0] is not None and out[2] is not None
    with pytest.raises(TypeError):
        pipeline.analyze_many([42])


def test_analyze_many_releases_the_gil(pipeline, articles):
    """Another Python thread keeps running while a batch is analysed."""
    ticks = []
    stop = threading.Event()

    def tick():
        while not stop.is_set():
            ticks.append(1)
            stop.wait(0.001)

    t = threading.Thread(target=tick)
    t.start()
    try:
        before = len(ticks)
        pipeline.analyze_many([a["text"] for a in articles] * 3, threads=2)
        during = len(ticks) - before
    finally:
        stop.set()
        t.join()
    assert during > 0
