//! The HTTP API against a real server on loopback: analysis, limits, errors, the store.

mod common;

use common::*;
use hearsay_server::Config;
use serde_json::{json, Value};
use std::time::Duration;

fn config() -> Config {
    Config { max_body_bytes: 64 * 1024, ..Config::default() }
}

#[tokio::test]
async fn analyze_json_text_returns_the_document() {
    let s = TestServer::start(config()).await;
    let r = post_json(&s.url("/v1/analyze"), &json!({"text": ARTICLE, "id": "bridge"})).await;
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v["schema"], "hearsay.v1");
    assert_eq!(v["document"]["id"], "bridge");
    assert_eq!(v["document"]["text"], ARTICLE, "plain text is kept byte for byte");
    for k in ["sources", "attributions", "verifications", "claims"] {
        assert!(v[k].is_array(), "{k} must be an array");
    }
    assert!(r.headers["content-security-policy"].to_str().unwrap().contains("script-src 'self'"));
    s.stop().await;
}

#[tokio::test]
async fn analyze_raw_bodies_by_content_type() {
    let s = TestServer::start(config()).await;
    let c = client();
    let r = send(&c, "POST", &s.url("/v1/analyze?id=raw"), Some("text/plain; charset=utf-8"), ARTICLE).await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["document"]["id"], "raw");
    assert_eq!(r.json()["document"]["text"], ARTICLE);
    let html =
        "<html><body><article><h1>Bridge vote</h1><p>The mayor said the vote was delayed.</p></article></body></html>";
    let r = send(&c, "POST", &s.url("/v1/analyze"), Some("text/html"), html).await;
    assert_eq!(r.status, 200);
    let text = r.json()["document"]["text"].as_str().unwrap().to_string();
    assert!(text.contains("The mayor said the vote was delayed."), "{text}");
    assert!(!text.contains("<p>"), "HTML is extracted, not kept: {text}");
    s.stop().await;
}

#[tokio::test]
async fn bad_requests_get_json_errors_with_fitting_status() {
    let s = TestServer::start(Config { max_body_bytes: 1000, ..Config::default() }).await;
    let c = client();
    let url = s.url("/v1/analyze");
    let cases: Vec<(Option<&str>, Vec<u8>, u16, &str)> = vec![
        (Some("application/json"), b"{\"text\": \"unterminated".to_vec(), 400, "malformed_json"),
        (Some("application/json"), b"{\"text\": 5}".to_vec(), 422, "invalid_request"),
        (Some("application/json"), b"{\"text\": \"a\", \"html\": \"b\"}".to_vec(), 422, "invalid_request"),
        (Some("application/json"), b"{\"txt\": \"a\"}".to_vec(), 422, "invalid_request"),
        (Some("application/json"), b"{\"text\": \"   \"}".to_vec(), 422, "empty_input"),
        (Some("text/plain"), vec![b'a'; 5000], 413, "body_too_large"),
        (
            Some("application/json"),
            format!("{{\"text\": \"{}\"}}", "b".repeat(2000)).into_bytes(),
            413,
            "body_too_large",
        ),
        (None, b"abc\0\0\0\0def\0\0\0".to_vec(), 422, "binary_input"),
    ];
    for (ct, body, status, code) in cases {
        let r = send(&c, "POST", &url, ct, body.clone()).await;
        assert_eq!(r.status, status, "{}", String::from_utf8_lossy(&r.body));
        assert_eq!(r.error_code(), code, "{}", String::from_utf8_lossy(&body[..body.len().min(60)]));
        assert!(r.json()["error"]["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    let r = send(&c, "POST", &s.url("/v1/analyze?bogus=1"), Some("text/plain"), "x").await;
    assert_eq!((r.status, r.error_code().as_str()), (400, "bad_query"));
    let r = get(&s.url("/v1/nothing-here")).await;
    assert_eq!((r.status, r.error_code().as_str()), (404, "no_route"));
    let r = get(&s.url("/v1/analyze")).await;
    assert_eq!((r.status, r.error_code().as_str()), (405, "method_not_allowed"));
    let r = get(&s.url("/assets/nope.js")).await;
    assert_eq!((r.status, r.error_code().as_str()), (404, "unknown_id"));
    s.stop().await;
}

#[tokio::test]
async fn store_endpoints_without_a_database_say_so() {
    let s = TestServer::start(config()).await;
    let r = post_json(&s.url("/v1/analyze"), &json!({"text": ARTICLE, "store": true})).await;
    assert_eq!((r.status, r.error_code().as_str()), (503, "no_store"));
    let r = get(&s.url("/v1/claims")).await;
    assert_eq!((r.status, r.error_code().as_str()), (503, "no_store"));
    assert_eq!(get(&s.url("/v1/info")).await.json()["store"], false);
    s.stop().await;
}

#[tokio::test]
async fn analysis_over_the_time_limit_is_a_422_too_costly() {
    let s = TestServer::start(Config {
        max_body_bytes: 8 << 20,
        analysis_timeout: Duration::from_nanos(1),
        ..Config::default()
    })
    .await;
    let big = ARTICLE.repeat(100);
    let r = post_json(&s.url("/v1/analyze"), &json!({ "text": big })).await;
    assert_eq!((r.status, r.error_code().as_str()), (422, "too_costly"));
    s.stop().await;
}

#[tokio::test]
async fn stored_documents_and_claims_come_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.db");
    let s = TestServer::start(Config { db: Some(db.clone()), ..config() }).await;
    let r = post_json(&s.url("/v1/analyze"), &json!({"text": ARTICLE, "id": "bridge-1", "store": true})).await;
    assert_eq!(r.status, 201, "{}", String::from_utf8_lossy(&r.body));
    let location = r.headers["location"].to_str().unwrap().to_string();
    assert!(location.starts_with("/v1/documents/"));
    let stored = get(&s.url(&location)).await;
    assert_eq!(stored.status, 200);
    assert_eq!(stored.body, r.body, "the stored JSON is what analyze returned");
    let by_caller_id = get(&s.url("/v1/documents/bridge-1")).await;
    assert_eq!(by_caller_id.json()["document"]["text"], ARTICLE);
    let r = get(&s.url("/v1/documents/no-such-doc")).await;
    assert_eq!((r.status, r.error_code().as_str()), (404, "unknown_id"));
    let found = get(&s.url("/v1/documents?q=bridge%20council")).await;
    assert_eq!(found.status, 200);
    assert_eq!(found.json()["documents"][0]["doc_id"], "bridge-1");
    let r = get(&s.url("/v1/documents?q=%20")).await;
    assert_eq!(r.status, 422);
    let claims = get(&s.url("/v1/claims?limit=10")).await;
    assert_eq!(claims.status, 200);
    let n_doc = stored.json()["claims"].as_array().unwrap().len();
    let rows = claims.json()["claims"].as_array().unwrap().clone();
    assert_eq!(rows.len(), n_doc.min(10), "every stored claim is listed");
    for row in &rows {
        assert_eq!(row["doc_id"], "bridge-1");
        let label = row["label"].as_str().unwrap();
        let filtered = get(&s.url(&format!("/v1/claims?label={label}"))).await.json();
        assert!(filtered["claims"].as_array().unwrap().iter().all(|c| c["label"] == label));
    }
    let none = get(&s.url("/v1/claims?label=no_such_label")).await.json();
    assert_eq!(none["claims"], json!([]));
    assert_eq!(get(&s.url("/v1/info")).await.json()["store"], true);
    s.stop().await;
}

#[tokio::test]
async fn shutdown_finishes_the_write_in_flight() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("h.db");
    let cfg = Config {
        db: Some(db.clone()),
        max_body_bytes: 8 << 20,
        max_concurrent: 4,
        analysis_timeout: Duration::from_secs(600),
        ..Config::default()
    };
    let mut s = TestServer::start(cfg).await;
    let big = ARTICLE.repeat(40);
    let url = s.url("/v1/analyze");
    let req = tokio::spawn(async move { post_json(&url, &json!({"text": big, "id": "late", "store": true})).await });
    // Wait until the analysis holds a slot, then ask the server to stop.
    let slots = s.state.slots.clone();
    let t0 = std::time::Instant::now();
    while slots.available_permits() == 4 && !req.is_finished() {
        assert!(t0.elapsed() < Duration::from_secs(30), "request never started");
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    if req.is_finished() {
        eprintln!("note: the request finished before the shutdown began");
    }
    s.begin_shutdown();
    let r = req.await.unwrap();
    assert_eq!(r.status, 201, "the request in flight is answered");
    s.stop().await;
    use hearsay_store::Store;
    let store = hearsay_store::SqliteStore::open(&db).unwrap();
    assert_eq!(store.lookup("late").unwrap().len(), 1, "its write is in the database");
}

#[tokio::test]
async fn claims_across_articles_have_a_trail() {
    let dir = tempfile::tempdir().unwrap();
    let s = TestServer::start(Config { db: Some(dir.path().join("h.db")), ..config() }).await;
    let retold = ARTICLE.replace("Tuesday", "Wednesday");
    for (id, text) in [("first", ARTICLE), ("second", retold.as_str())] {
        let r = post_json(&s.url("/v1/analyze"), &json!({"text": text, "id": id, "store": true})).await;
        assert_eq!(r.status, 201);
    }
    let list = get(&s.url("/v1/clusters")).await;
    assert_eq!(list.status, 200);
    let clusters = list.json()["clusters"].as_array().unwrap().clone();
    let shared = clusters.iter().find(|c| c["articles"] == 2).expect("a claim told by both articles");
    let id = shared["id"].as_u64().unwrap();
    let t = get(&s.url(&format!("/v1/clusters/{id}"))).await;
    assert_eq!(t.status, 200);
    let steps = t.json()["steps"].as_array().unwrap().clone();
    let docs: Vec<_> = steps.iter().map(|s| s["doc_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(docs.len(), 2);
    assert!(docs.contains(&"first".to_string()) && docs.contains(&"second".to_string()), "{docs:?}");
    let min2 = get(&s.url("/v1/clusters?min_articles=2")).await.json();
    assert!(min2["clusters"].as_array().unwrap().iter().all(|c| c["articles"].as_u64().unwrap() >= 2));
    let r = get(&s.url("/v1/clusters?q=zzzunseenword")).await.json();
    assert_eq!(r["clusters"], json!([]));
    for bad in ["999999", "not-a-number"] {
        let r = get(&s.url(&format!("/v1/clusters/{bad}"))).await;
        assert_eq!((r.status, r.error_code().as_str()), (404, "unknown_id"));
    }
    let r = get(&s.url("/v1/clusters?since=yesterday-ish")).await;
    assert_eq!((r.status, r.error_code().as_str()), (400, "bad_query"));
    s.stop().await;
}

/// Every row of a paged listing at `path` (a query string included), walking `page` by `size`.
async fn walk(s: &TestServer, path: &str, key: &str, size: usize) -> (Vec<Value>, u64) {
    let mut rows = Vec::new();
    let mut total = None;
    for page in 1.. {
        let r = get(&s.url(&format!("{path}&limit={size}&page={page}"))).await;
        assert_eq!(r.status, 200, "{}", String::from_utf8_lossy(&r.body));
        let v = r.json();
        assert_eq!(v["offset"].as_u64().unwrap() as usize, (page - 1) * size);
        assert_eq!(v["limit"].as_u64().unwrap() as usize, size);
        let t = v["total"].as_u64().unwrap();
        assert_eq!(*total.get_or_insert(t), t, "the total is the same on every page");
        let got = v[key].as_array().unwrap().clone();
        assert!(got.len() <= size);
        if got.is_empty() {
            break;
        }
        rows.extend(got);
    }
    (rows, total.unwrap())
}

#[tokio::test]
async fn claims_and_clusters_are_paged_with_a_total() {
    let dir = tempfile::tempdir().unwrap();
    let s = TestServer::start(Config { db: Some(dir.path().join("h.db")), ..config() }).await;
    let texts = [ARTICLE.to_string(), ARTICLE.replace("Tuesday", "Wednesday"), ARTICLE.replace("bridge", "ferry")];
    for (i, text) in texts.iter().enumerate() {
        let r = post_json(&s.url("/v1/analyze"), &json!({"text": text, "id": format!("doc-{i}"), "store": true})).await;
        assert_eq!(r.status, 201);
    }
    // Claims: the pages, in order, are the whole listing, and the total counts it.
    let all = get(&s.url("/v1/claims?limit=500")).await.json();
    let all_rows = all["claims"].as_array().unwrap().clone();
    assert!(all_rows.len() >= 3, "three articles give claims");
    assert_eq!(all["total"].as_u64().unwrap() as usize, all_rows.len());
    let (paged, total) = walk(&s, "/v1/claims?", "claims", 2).await;
    assert_eq!(paged, all_rows);
    assert_eq!(total as usize, all_rows.len());
    let by_offset = get(&s.url("/v1/claims?limit=2&offset=2")).await.json();
    let by_page = get(&s.url("/v1/claims?limit=2&page=2")).await.json();
    assert_eq!(by_offset, by_page);
    let only_total = get(&s.url("/v1/claims?limit=0")).await.json();
    assert_eq!((only_total["claims"].clone(), only_total["total"].as_u64()), (json!([]), Some(total)));
    // A filter pages its own matches.
    let label = all_rows[0]["label"].as_str().unwrap();
    let want = all_rows.iter().filter(|c| c["label"] == label).count();
    let (rows, t) = walk(&s, &format!("/v1/claims?label={label}"), "claims", 1).await;
    assert_eq!((rows.len(), t as usize), (want, want));
    // Clusters: the same, and each verdict pages its own share.
    let all = get(&s.url("/v1/clusters?limit=500")).await.json();
    let clusters = all["clusters"].as_array().unwrap().clone();
    assert!(!clusters.is_empty());
    let (paged, total) = walk(&s, "/v1/clusters?", "clusters", 2).await;
    assert_eq!((paged, total as usize), (clusters.clone(), clusters.len()));
    let mut by_verdict = 0;
    for v in ["corroborated", "disputed", "denied", "unverified"] {
        let (rows, t) = walk(&s, &format!("/v1/clusters?verdict={v}"), "clusters", 1).await;
        assert!(rows.iter().all(|c| c["label"] == v), "{v}: {rows:?}");
        assert_eq!(t as usize, rows.len());
        by_verdict += rows.len();
    }
    assert_eq!(by_verdict, clusters.len(), "every cluster has one of the four verdicts");
    // Bad paging is a 400 that says why; nothing is capped silently.
    for (q, code) in [
        ("limit=501", "bad_paging"),
        ("page=0", "bad_paging"),
        ("page=1&offset=0", "bad_paging"),
        ("limit=-1", "bad_query"),
        ("page=two", "bad_query"),
        ("offset=1.5", "bad_query"),
    ] {
        for path in ["/v1/claims", "/v1/clusters"] {
            let r = get(&s.url(&format!("{path}?{q}"))).await;
            assert_eq!((r.status, r.error_code().as_str()), (400, code), "{path}?{q}");
            assert!(!r.json()["error"]["message"].as_str().unwrap().is_empty());
        }
    }
    // Search results carry the headline, so nothing needs naming by hash.
    let found = get(&s.url("/v1/documents?q=ferry")).await.json();
    assert_eq!(found["documents"][0]["title"], "Officials weigh new ferry");
    s.stop().await;
}
