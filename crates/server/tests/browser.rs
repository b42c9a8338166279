//! End-to-end tests in headless Chromium: a person pastes an article and reads the page.
//! They skip, saying so, when chromium or chromedriver is not installed.

mod common;

use common::browser::{Browser, ONE_AT_A_TIME};
use common::*;
use fantoccini::Locator;
use hearsay_server::Config;
use serde_json::{json, Value};

/// The merged runs of text with class `cls` in the article view, in order.
const RUNS: &str = "const out = []; let end = -1;
  document.querySelectorAll('#article span.' + arguments[0]).forEach(function (e) {
    const s = +e.dataset.start;
    if (s === end) out[out.length - 1] += e.textContent; else out.push(e.textContent);
    end = +e.dataset.end;
  });
  return out;";

async fn runs(b: &Browser, cls: &str) -> Vec<String> {
    serde_json::from_value(b.js(RUNS, vec![json!(cls)]).await).unwrap()
}

/// The textContent of the first element matching `css` (not the rendered, CSS-cased text).
async fn text_of(b: &Browser, css: &str) -> String {
    let v = b
        .js("const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", vec![json!(css)])
        .await;
    v.as_str().unwrap_or_else(|| panic!("no element {css}")).to_string()
}

/// Waits (up to 20 s) until `css` matches `n` elements; returns the last count.
async fn settle(b: &Browser, css: &str, n: usize) -> usize {
    let t0 = std::time::Instant::now();
    loop {
        let c = count(b, css).await;
        if c == n || t0.elapsed() > std::time::Duration::from_secs(20) {
            return c;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

async fn count(b: &Browser, css: &str) -> usize {
    b.js("return document.querySelectorAll(arguments[0]).length;", vec![json!(css)]).await.as_u64().unwrap() as usize
}

/// Pastes `text` into the page, picks `format`, presses Analyse and waits for the result.
async fn paste_and_analyse(b: &Browser, base: &str, text: &str, format: &str) -> Value {
    b.client.goto(base).await.unwrap();
    let area = b.wait_for("#article-text").await;
    area.send_keys(text).await.unwrap();
    b.client.find(Locator::Css("#format")).await.unwrap().select_by_value(format).await.unwrap();
    b.client.find(Locator::Css("#analyze-btn")).await.unwrap().click().await.unwrap();
    b.wait_for("#result:not([hidden]) #article[data-doc], #status.error").await;
    let status = b.client.find(Locator::Css("#status")).await.unwrap().text().await.unwrap();
    assert!(status.starts_with("Analysed"), "status: {status}");
    b.js("return window.hearsay.lastAnalysis;", vec![]).await
}

#[tokio::test]
async fn pasted_article_shows_its_sourcing() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Some(b) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Config::default()).await;
    let (article, is_seed) = match seed_article() {
        Some(t) => (t, true),
        None => {
            eprintln!("seed article not found under ../shared/examples; using the test article");
            (ARTICLE.to_string(), false)
        }
    };
    let a = paste_and_analyse(&b, &s.url("/"), &article, "text").await;
    // The page shows the text exactly, whatever was highlighted.
    let shown = b.js("return document.getElementById('article').textContent;", vec![]).await;
    assert_eq!(shown.as_str().unwrap(), article.replace("\r\n", "\n"));
    let attributions = a["attributions"].as_array().unwrap();
    let sources = a["sources"].as_array().unwrap();
    let verifications = a["verifications"].as_array().unwrap();
    let claims = a["claims"].as_array().unwrap();
    if is_seed {
        // What the seed article must show (its gold has all of these).
        assert!(!attributions.is_empty(), "the seed article has attributions");
        assert!(sources.iter().any(|s| s["anonymous"] == true), "the seed article has an anonymous source");
        assert!(!verifications.is_empty(), "the seed article has verification events");
        assert!(!claims.is_empty(), "the seed article has claims with an assessment");
    }
    // Every attribution is highlighted: its cue and content carry its id.
    for t in attributions {
        let id = t["id"].as_str().unwrap();
        let n = count(&b, &format!("#article span[data-attr~='{id}']")).await;
        assert!(n > 0, "attribution {id} is not highlighted");
        if !t["cue"].is_null() {
            assert!(count(&b, &format!("#article span.cue[data-attr~='{id}']")).await > 0, "{id} cue");
        }
    }
    if !attributions.is_empty() {
        assert!(count(&b, "#article span.content").await > 0);
        assert!(count(&b, "#article span.src").await > 0);
    }
    let anonymous = sources.iter().filter(|s| s["anonymous"] == true).count();
    assert_eq!(count(&b, "#sources .anon-flag").await, anonymous, "every anonymous source is flagged");
    assert_eq!(count(&b, "#verifications li.verification").await, verifications.len());
    // The claim panel: one entry per claim with its assessment label and relay chain.
    if claims.is_empty() {
        eprintln!("note: the pipeline found no claims yet; the panel says so");
        assert_eq!(count(&b, "#claims li.muted").await, 1);
    }
    assert_eq!(count(&b, "#claims > li.claim").await, claims.len());
    assert_eq!(count(&b, "#claims > li.claim .label").await, claims.len());
    assert_eq!(count(&b, "#claims > li.claim svg.chain").await, claims.len());
    let shown_labels = b
        .js("return Array.from(document.querySelectorAll('#claims > li.claim .claim-head .label')).map(e => e.textContent);", vec![])
        .await;
    let want_labels: Vec<String> =
        claims.iter().map(|c| c["assessment"]["label"].as_str().unwrap().replace('_', " ")).collect();
    assert_eq!(shown_labels, json!(want_labels), "each claim shows its assessment");
    // Grey segments: captions, credits and debris.
    let grey = a["document"]["segments"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| ["caption", "credit", "debris"].contains(&s["kind"].as_str().unwrap()))
        .count();
    assert_eq!(grey > 0, count(&b, "#article span.seg-grey").await > 0);
    // Hovering an attribution opens its source card.
    if let Some(t) = attributions.iter().find(|t| !t["source"].is_null()) {
        let id = t["id"].as_str().unwrap();
        let e = b.client.find(Locator::Css(&format!("#article span.src[data-attr~='{id}']"))).await.unwrap();
        e.click().await.unwrap();
        b.wait_for("#card:not([hidden]) .source-card").await;
        let text = text_of(&b, "#card").await;
        let head = text_of(&b, "#card .card-head").await;
        assert!(head.contains(id), "card shows {id}: {head}");
        if let Some(src) = sources.iter().find(|s| s["id"] == t["source_id"]) {
            let flag = if src["anonymous"] == true { "anonymous" } else { "named" };
            assert!(text.contains(flag), "card says {flag}: {text}");
        }
    }
    b.js("document.getElementById('result').scrollIntoView(); return 1;", vec![]).await;
    b.screenshot(if is_seed { "seed-article" } else { "test-article" }).await;
    b.close().await;
    s.stop().await;
}

/// A hand-made hearsay.v1 document over text with multi-byte characters; offsets are bytes.
fn synthetic() -> (Value, String) {
    let text = "Café “owners” — 😀 may close.\n\nA senior official, who spoke on condition of anonymity, \
said the plan was allegedly dropped, a claim the ministry denied.\n\nPhoto: Ünal Ça / AFP\n";
    let at = |needle: &str| {
        let s = text.find(needle).unwrap_or_else(|| panic!("{needle}"));
        json!({"start": s, "end": s + needle.len()})
    };
    let photo = text.find("Photo").unwrap();
    let doc = json!({
        "schema": "hearsay.v1",
        "document": {"id": "synthetic", "text": text, "segments": [
            {"start": 0, "end": text.find('\n').unwrap(), "kind": "title"},
            {"start": photo, "end": text.len() - 1, "kind": "caption"}
        ]},
        "sources": [
            {"id": "s1", "name": null, "type": "person", "anonymous": true, "official": true,
             "role": "senior official", "affiliation": null,
             "descriptors": ["who spoke on condition of anonymity"], "mentions": [at("A senior official")]},
            {"id": "s2", "name": "Ministry 😀", "type": "organization", "anonymous": false, "official": true,
             "role": null, "affiliation": null, "descriptors": [], "mentions": [at("the ministry")]}
        ],
        "attributions": [
            {"id": "a1", "kind": "indirect", "source": at("A senior official"), "source_id": "s1",
             "cue": at("said"), "content": [at("the plan was allegedly dropped")], "parent": null,
             "hedges": [at("allegedly")]}
        ],
        "verifications": [
            {"id": "v1", "verdict": "denied", "actor_id": "s2", "actor": at("the ministry"),
             "cue": at("denied"), "target": "c1"}
        ],
        "claims": [
            {"id": "c1", "text": "the plan was dropped", "attributions": ["a1"], "chain": ["s1"],
             "verifications": ["v1"],
             "assessment": {"label": "denied", "reasons": ["One anonymous source; the ministry denied it."]}}
        ]
    });
    (doc, text.to_string())
}

#[tokio::test]
async fn byte_offsets_become_the_right_highlights() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Some(b) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Config::default()).await;
    b.client.goto(&s.url("/")).await.unwrap();
    b.wait_for("#article-text").await;
    let (doc, text) = synthetic();
    b.js("window.hearsay.render(arguments[0]); return true;", vec![doc]).await;
    assert_eq!(b.js("return document.getElementById('article').textContent;", vec![]).await, json!(text));
    assert_eq!(runs(&b, "src").await, ["A senior official", "the ministry"]);
    assert_eq!(runs(&b, "anon").await, ["A senior official"]);
    assert_eq!(runs(&b, "cue").await, ["said"]);
    assert_eq!(runs(&b, "content").await, ["the plan was allegedly dropped"]);
    assert_eq!(runs(&b, "hedge").await, ["allegedly"]);
    assert_eq!(runs(&b, "vcue").await, ["denied"]);
    assert_eq!(runs(&b, "seg-grey").await, ["Photo: Ünal Ça / AFP"]);
    let underline = b
        .js("return getComputedStyle(document.querySelector('#article span.hedge')).textDecorationLine;", vec![])
        .await;
    assert_eq!(underline, "underline");
    // The claim panel: label, reason, chain (origin → this article), its verification.
    let claim = text_of(&b, "#claims li.claim").await;
    for want in ["denied", "the plan was dropped", "One anonymous source; the ministry denied it.", "Ministry 😀"] {
        assert!(claim.contains(want), "claim panel lacks {want:?}: {claim}");
    }
    let nodes = b
        .js("return Array.from(document.querySelectorAll('#claims svg.chain g text')).map(t => t.textContent);", vec![])
        .await;
    assert_eq!(nodes, json!(["senior official", "this article"]));
    // Clicking the content opens the source card of its attribution, with its claim.
    b.client.find(Locator::Css("#article span.content")).await.unwrap().click().await.unwrap();
    b.wait_for("#card:not([hidden])").await;
    let card = text_of(&b, "#card").await;
    for want in [
        "a1",
        "senior official",
        "anonymous",
        "official",
        "who spoke on condition of anonymity",
        "said",
        "allegedly",
        "the plan was dropped",
    ] {
        assert!(card.contains(want), "card lacks {want:?}: {card}");
    }
    assert!(count(&b, "#article span.active").await >= 3, "the attribution's spans are marked");
    b.screenshot("synthetic-document").await;
    b.close().await;
    s.stop().await;
}

const PAYLOADS: &str = "Breaking <script>window.__pwned = 'script'; document.title = 'pwned';</script> news.\n\n\
<img src=x onerror=\"window.__pwned = 'onerror'; document.title = 'pwned'\"> The minister said it was fine.\n\n\
<a href=\"javascript:window.__pwned='link';document.title='pwned'\">read more</a> \
<svg onload=\"window.__pwned='svg'\"></svg> <iframe src=\"javascript:parent.__pwned='iframe'\"></iframe>\n";

async fn assert_nothing_ran(b: &Browser) {
    let pwned = b.js("return [typeof window.__pwned, document.title];", vec![]).await;
    assert_eq!(pwned, json!(["undefined", "hearsay"]), "a payload ran");
    let active = "#article script, #article img, #article a, #article svg, #article iframe, #panel script, #panel img, #panel a, #panel iframe, #card a";
    assert_eq!(count(b, active).await, 0, "article text became markup");
}

#[tokio::test]
async fn article_text_never_executes() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Some(b) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Config::default()).await;
    paste_and_analyse(&b, &s.url("/"), PAYLOADS, "text").await;
    let shown = b.js("return document.getElementById('article').textContent;", vec![]).await;
    assert_eq!(shown, json!(PAYLOADS), "the payload is shown as text");
    // Hover and click everything that reacts.
    let n = count(&b, "#article span[data-attr], #article span[data-verif], #claims li").await;
    for i in 0..n.min(20) {
        b.js("document.querySelectorAll('#article span[data-attr], #article span[data-verif], #claims li')[arguments[0]].click(); return 1;", vec![json!(i)]).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_nothing_ran(&b).await;
    b.screenshot("xss-article").await;
    // Posted as HTML, the page's markup is extracted and still shown only as text.
    let a = paste_and_analyse(&b, &s.url("/"), PAYLOADS, "html").await;
    let text = a["document"]["text"].as_str().unwrap().to_string();
    assert!(text.contains("The minister said it was fine."), "{text}");
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_nothing_ran(&b).await;
    // The same through every field the panel and the card show.
    let (mut doc, _) = synthetic();
    let evil = "<img src=x onerror=\"window.__pwned='field'\"><script>window.__pwned='field'</script>";
    doc["sources"][0]["role"] = json!(evil);
    doc["sources"][0]["descriptors"] = json!([evil]);
    doc["sources"][1]["name"] = json!(evil);
    doc["attributions"][0]["kind"] = json!(evil);
    doc["attributions"][0]["medium"] = json!(evil);
    doc["claims"][0]["text"] = json!(evil);
    doc["claims"][0]["assessment"] = json!({"label": evil, "reasons": [evil]});
    doc["verifications"][0]["verdict"] = json!(evil);
    doc["document"]["segments"][1]["kind"] = json!(evil);
    b.js("window.hearsay.render(arguments[0]); return true;", vec![doc]).await;
    b.client.find(Locator::Css("#article span.content")).await.unwrap().click().await.unwrap();
    b.client.find(Locator::Css("#article span.vcue")).await.unwrap().click().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let card = text_of(&b, "#card").await;
    assert!(card.contains("<img src=x"), "the field is shown as text: {card}");
    assert_nothing_ran(&b).await;
    b.screenshot("xss").await;
    b.close().await;
    s.stop().await;
}

#[tokio::test]
async fn claims_browser_searches_filters_and_opens_a_trail() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Some(b) = Browser::start().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let s = TestServer::start(Config { db: Some(dir.path().join("h.db")), ..Config::default() }).await;
    // Without ../shared, a third text of our own (the same text twice would be stored once).
    let article = seed_article().unwrap_or_else(|| ARTICLE.replace("bridge", "ferry").replace("Tuesday", "Friday"));
    let retold = ARTICLE.replace("Tuesday", "Wednesday");
    for (i, text) in [article.as_str(), ARTICLE, retold.as_str()].iter().enumerate() {
        let body = json!({"text": text, "id": format!("doc-{i}"), "store": true});
        assert_eq!(post_json(&s.url("/v1/analyze"), &body).await.status, 201);
    }
    let all = get(&s.url("/v1/clusters")).await.json()["clusters"].as_array().unwrap().clone();
    assert!(!all.is_empty(), "stored articles give claims");
    b.client.goto(&s.url("/claims")).await.unwrap();
    b.wait_for("#status:not(:empty)").await;
    b.wait_for("#claims-table tbody tr").await;
    assert_eq!(settle(&b, "#claims-table tbody tr", all.len()).await, all.len());
    // Filter by the first claim's first label: the table shows what the API gives.
    let label = all[0]["labels"][0].as_str().unwrap_or("unverified").to_string();
    let want = get(&s.url(&format!("/v1/clusters?label={label}"))).await.json()["clusters"].as_array().unwrap().len();
    if b.client.find(Locator::Css("#label")).await.unwrap().select_by_value(&label).await.is_ok() {
        b.client.find(Locator::Css("#search-btn")).await.unwrap().click().await.unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(settle(&b, "#claims-table tbody tr", want).await, want, "label {label}");
        b.client.find(Locator::Css("#label")).await.unwrap().select_by_value("").await.unwrap();
    }
    // Search, then open the trail of the claim seen in most articles (listed first).
    b.client.find(Locator::Css("#q")).await.unwrap().send_keys("bridge").await.unwrap();
    b.client.find(Locator::Css("#search-btn")).await.unwrap().click().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let found = get(&s.url("/v1/clusters?q=bridge")).await.json()["clusters"].as_array().unwrap().clone();
    assert_eq!(settle(&b, "#claims-table tbody tr", found.len()).await, found.len());
    if let Some(first) = found.first() {
        let id = first["id"].as_u64().unwrap();
        let t = get(&s.url(&format!("/v1/clusters/{id}"))).await.json();
        b.client.find(Locator::Css("#claims-table tbody tr")).await.unwrap().click().await.unwrap();
        b.wait_for("#trail:not([hidden]) .timeline li").await;
        assert_eq!(count(&b, "#trail .timeline > li").await, t["steps"].as_array().unwrap().len());
        assert_eq!(text_of(&b, "#trail h3").await, t["summary"]["claim"].as_str().unwrap());
    }
    b.screenshot("claims").await;
    // A stored document opens in the analyse page.
    b.client.goto(&s.url("/?doc=doc-1")).await.unwrap();
    b.wait_for("#article[data-doc]").await;
    let shown = b.js("return document.getElementById('article').textContent;", vec![]).await;
    assert_eq!(shown, json!(ARTICLE));
    // Words instead of an id: the matching stored documents are listed; one click opens one.
    b.client.goto(&s.url("/")).await.unwrap();
    let input = b.wait_for("#open-form:not([hidden]) #doc-id").await;
    input.send_keys("bridge council").await.unwrap();
    b.client.find(Locator::Css("#open-btn")).await.unwrap().click().await.unwrap();
    let found = get(&s.url("/v1/documents?q=bridge%20council")).await.json()["documents"].as_array().unwrap().len();
    assert!(found >= 2, "both bridge articles match");
    assert_eq!(settle(&b, "#doc-results li", found).await, found);
    b.client.find(Locator::Css("#doc-results li")).await.unwrap().click().await.unwrap();
    b.wait_for("#article[data-doc]").await;
    let text = text_of(&b, "#article").await;
    assert!(text.contains("Mayor Ana Costa"), "{text}");
    b.close().await;
    s.stop().await;
}
