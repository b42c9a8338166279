//! The OpenAPI description is true: it lists exactly the routes of the route table, the
//! server serves it, and every route answers with a status it documents.

mod common;

use common::*;
use hearsay_server::assets::OPENAPI;
use hearsay_server::{routes, Config};
use std::collections::BTreeSet;

const METHODS: [&str; 7] = ["get", "put", "post", "delete", "patch", "head", "options"];

fn spec() -> serde_json::Value {
    serde_json::from_str(OPENAPI).expect("openapi.json parses")
}

fn documented() -> BTreeSet<(String, String, String)> {
    let spec = spec();
    let mut out = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().expect("paths") {
        for m in METHODS {
            if let Some(op) = item.get(m) {
                let id = op["operationId"].as_str().unwrap_or_else(|| panic!("{m} {path} has no operationId"));
                out.insert((m.to_string(), path.clone(), id.to_string()));
            }
        }
    }
    out
}

fn routed() -> BTreeSet<(String, String, String)> {
    routes::table()
        .iter()
        .map(|e| (e.method.as_str().to_ascii_lowercase(), e.path.to_string(), e.operation_id.to_string()))
        .collect()
}

#[test]
fn every_route_is_described_and_every_description_is_a_route() {
    let (doc, rt) = (documented(), routed());
    let undocumented: Vec<_> = rt.difference(&doc).collect();
    let phantom: Vec<_> = doc.difference(&rt).collect();
    assert!(undocumented.is_empty(), "routes missing from openapi.json: {undocumented:?}");
    assert!(phantom.is_empty(), "openapi.json describes routes the server lacks: {phantom:?}");
    let s = spec();
    assert!(s["openapi"].as_str().unwrap().starts_with("3."));
    // Every path parameter is declared.
    for (path, item) in s["paths"].as_object().unwrap() {
        for seg in path.split('/').filter(|s| s.starts_with('{')) {
            let name = seg.trim_matches(|c| c == '{' || c == '}');
            for m in METHODS.iter().filter_map(|m| item.get(*m)) {
                let declared = m["parameters"]
                    .as_array()
                    .is_some_and(|ps| ps.iter().any(|p| p["name"] == name && p["in"] == "path"));
                assert!(declared, "{path}: path parameter {name} is not declared");
            }
        }
    }
}

#[tokio::test]
async fn served_description_and_live_routes_agree() {
    let dir = tempfile::tempdir().unwrap();
    let s = TestServer::start(Config { db: Some(dir.path().join("h.db")), ..Config::default() }).await;
    let served = get(&s.url("/v1/openapi.json")).await;
    assert_eq!(served.status, 200);
    assert_eq!(served.json(), spec());
    let spec = spec();
    let c = client();
    for (method, path, _) in documented() {
        let concrete = path.replace("{file}", "app.js").replace("{id}", "no-such-id");
        let r = send(&c, &method.to_ascii_uppercase(), &s.url(&concrete), None, "").await;
        let code = if r.status >= 400 { r.error_code() } else { String::new() };
        assert!(code != "no_route" && code != "method_not_allowed", "{method} {path} is not routed: {code}");
        let statuses = &spec["paths"][&path][&method]["responses"];
        assert!(
            statuses.get(r.status.to_string()).is_some(),
            "{method} {path} answered {} which openapi.json does not document",
            r.status
        );
    }
    s.stop().await;
}
