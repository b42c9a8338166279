"""hearsay.to_pandas: the export tables (docs/EXPORT.md) as DataFrames."""

import pytest

import hearsay
from hearsay import _tables

pytestmark = pytest.mark.skipif(not _tables.available(), reason="this build has no export tables (crate hearsay-export)")
pd = pytest.importorskip("pandas", reason="pandas is not installed")

ARRAYS = {"sources": "sources", "attributions": "attributions", "verifications": "verifications", "claims": "claims"}


def test_to_pandas_gives_one_frame_per_table_with_the_documented_columns(pipeline, articles):
    analyses = pipeline.analyze_many([{"text": a["text"], "id": a["id"]} for a in articles], threads=2)
    frames = hearsay.to_pandas(analyses)
    schema = dict(_tables.schema())
    assert list(frames) == list(schema)
    for name, df in frames.items():
        assert list(df.columns) == [c for c, _, _ in schema[name]], name
    assert len(frames["documents"]) == len(analyses)
    assert list(frames["documents"]["document_id"]) == [a["document"]["id"] for a in analyses]
    for table, key in ARRAYS.items():
        assert len(frames[table]) == sum(len(a[key]) for a in analyses), table
        if len(frames[table]):
            assert set(frames[table]["document_id"]) <= {a["document"]["id"] for a in analyses}
    assert len(frames["clusters"]) == 0
    # byte offsets index the document text
    docs = dict(zip(frames["documents"]["document_id"], frames["documents"]["text"]))
    for r in frames["attributions"].itertuples():
        text = docs[r.document_id].encode()
        if not pd.isna(r.content_start):
            assert 0 <= r.content_start <= r.content_end <= len(text)


def test_to_pandas_of_nothing_is_empty_frames():
    frames = hearsay.to_pandas([])
    assert all(len(df) == 0 for df in frames.values())
