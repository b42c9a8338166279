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
    // A reason quotes a span as `"words" (bytes S..E)` (docs/ASSESSMENT.md).
    let quote = |needle: &str| {
        let s = text.find(needle).unwrap_or_else(|| panic!("{needle}"));
        format!("\"{needle}\" (bytes {s}..{})", s + needle.len())
    };
    let reasons = [
        format!("{} originates it and is not identified by name.", quote("A senior official")),
        format!("{} denied it: {}.", quote("the ministry"), quote("denied")),
        format!("Its title is {}.", quote("Café “owners”")),
        "One anonymous source; the ministry denied it.".to_string(),
    ];
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
             "assessment": {"label": "denied", "reasons": reasons}}
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
    for want in [
        "denied",
        "the plan was dropped",
        "One anonymous source; the ministry denied it.",
        "“A senior official” originates it",
        "“the ministry” denied it: “denied”.",
        "Its title is “Café “owners””.",
    ] {
        assert!(claim.contains(want), "claim panel lacks {want:?}: {claim}");
    }
    assert!(!claim.contains("(bytes"), "offsets are not shown: {claim}");
    // The verification is listed once, with its actor, under verification events.
    assert_eq!(count(&b, "#panel [data-verif='v1']").await, 1);
    assert!(text_of(&b, "#verifications").await.contains("Ministry 😀"));
    assert_eq!(text_of(&b, "#doc-title").await, "Café “owners” — 😀 may close.");
    // Each quoted span lights up exactly its words in the article, by byte offsets.
    for (i, words) in ["A senior official", "the ministry", "denied", "Café “owners”"].iter().enumerate() {
        b.js("document.querySelectorAll('#claims .reasons mark.ref')[arguments[0]].focus(); return 1;", vec![json!(i)])
            .await;
        assert_eq!(runs(&b, "lit").await, [*words], "reason quote {i}");
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
    // Filter by the first claim's verdict: the table shows what the API gives.
    let verdict = all[0]["label"].as_str().unwrap().to_string();
    let want = get(&s.url(&format!("/v1/clusters?verdict={verdict}"))).await.json()["total"].as_u64().unwrap() as usize;
    b.client.find(Locator::Css("#verdict")).await.unwrap().select_by_value(&verdict).await.unwrap();
    b.client.find(Locator::Css("#search-btn")).await.unwrap().click().await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(settle(&b, "#claims-table tbody tr", want).await, want, "verdict {verdict}");
    b.client.find(Locator::Css("#verdict")).await.unwrap().select_by_value("").await.unwrap();
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

/// Stores the seed article (or a variant of the test article), the test article and a
/// retelling of it as `doc-0`, `doc-1`, `doc-2`.
async fn store_three(s: &TestServer) {
    let article = seed_article().unwrap_or_else(|| ARTICLE.replace("bridge", "ferry").replace("Tuesday", "Friday"));
    let retold = ARTICLE.replace("Tuesday", "Wednesday");
    for (i, text) in [article.as_str(), ARTICLE, retold.as_str()].iter().enumerate() {
        let body = json!({"text": text, "id": format!("doc-{i}"), "store": true});
        assert_eq!(post_json(&s.url("/v1/analyze"), &body).await.status, 201);
    }
}

/// Waits until the page's address contains `part`.
async fn url_has(b: &Browser, part: &str) -> String {
    let t0 = std::time::Instant::now();
    loop {
        let u = b.client.current_url().await.unwrap().to_string();
        if u.contains(part) {
            return u;
        }
        assert!(t0.elapsed() < std::time::Duration::from_secs(20), "address {u} never got {part}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Waits until `css`'s textContent is `want`.
async fn text_becomes(b: &Browser, css: &str, want: &str) {
    let t0 = std::time::Instant::now();
    loop {
        let v = b
            .js("const e = document.querySelector(arguments[0]); return e ? e.textContent : null;", vec![json!(css)])
            .await;
        if v == json!(want) {
            return;
        }
        assert!(t0.elapsed() < std::time::Duration::from_secs(20), "{css} is {v}, not {want:?}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

/// Texts on the page that look like a content hash (16 or more hex digits).
const HASHES: &str = "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent)
  .filter(t => /\\b[0-9a-f]{16,}\\b/.test(t));";

#[tokio::test]
async fn claim_panel_quotes_words_lights_them_and_lists_each_verification_once() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Some(b) = Browser::start().await else {
        return;
    };
    let s = TestServer::start(Config::default()).await;
    let article = seed_article().unwrap_or_else(|| ARTICLE.to_string());
    let a = paste_and_analyse(&b, &s.url("/"), &article, "text").await;
    let claims = a["claims"].as_array().unwrap();
    assert!(!claims.is_empty(), "the article has claims");
    // One verdict per claim: exactly one label in each claim entry, its assessment's.
    let per_claim = b
        .js(
            "return Array.from(document.querySelectorAll('#claims > li.claim')).map(li => \
             Array.from(li.querySelectorAll('.label')).map(e => e.textContent));",
            vec![],
        )
        .await;
    let want: Vec<Vec<String>> =
        claims.iter().map(|c| vec![c["assessment"]["label"].as_str().unwrap().replace('_', " ")]).collect();
    assert_eq!(per_claim, json!(want));
    // Reasons quote words; the offsets stay in the JSON and never show on the page.
    let page_text = text_of(&b, "body").await;
    assert!(!page_text.contains("(bytes"), "the page shows offsets");
    let quoted: usize = claims
        .iter()
        .flat_map(|c| c["assessment"]["reasons"].as_array().unwrap())
        .map(|r| r.as_str().unwrap().matches(" (bytes ").count())
        .sum();
    assert!(quoted > 0, "the reasons quote spans");
    assert_eq!(count(&b, "#claims .reasons mark.ref").await, quoted, "every quoted span is a highlight");
    // Hovering a quote lights exactly its words in the article; leaving it turns them off.
    b.hover("#claims .reasons mark.ref").await;
    let words = text_of(&b, "#claims .reasons mark.ref").await;
    let lit = runs(&b, "lit").await;
    assert_eq!(lit.len(), 1, "one stretch lights up: {lit:?}");
    assert_eq!(lit[0].trim(), words);
    b.hover("#doc-title").await;
    assert_eq!(count(&b, "#article .lit").await, 0, "the light goes off");
    // By keyboard: each quote is focusable and lights its own words.
    for i in 0..quoted {
        let words = b
            .js(
                "const m = document.querySelectorAll('#claims .reasons mark.ref')[arguments[0]]; m.focus(); \
                 return document.activeElement === m ? m.textContent : null;",
                vec![json!(i)],
            )
            .await;
        let words = words.as_str().unwrap_or_else(|| panic!("quote {i} takes no focus"));
        let lit = runs(&b, "lit").await;
        assert_eq!(lit.len(), 1, "quote {i} {words:?}: {lit:?}");
        assert_eq!(lit[0].trim(), words, "quote {i}");
    }
    b.screenshot("claim-panel-hover").await;
    // Each verification listed once on the whole page.
    for v in a["verifications"].as_array().unwrap() {
        let id = v["id"].as_str().unwrap();
        assert_eq!(count(&b, &format!("[data-verif='{id}']:not(#article *)")).await, 1, "verification {id}");
    }
    // The document is titled by its headline, not by its id.
    let title = a["document"]["segments"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["kind"] == "title")
        .map(|s| s["text"].as_str().unwrap().trim().to_string());
    let shown = text_of(&b, "#doc-title").await;
    if let Some(t) = title {
        assert_eq!(shown, t);
    }
    assert_ne!(shown, a["document"]["id"].as_str().unwrap());
    assert!(text_of(&b, "#status").await.contains(&shown), "the status names the title");
    b.close().await;
    s.stop().await;
}

#[tokio::test]
async fn claims_are_paged_and_a_trail_has_a_shareable_address() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Some(b) = Browser::start().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let s = TestServer::start(Config { db: Some(dir.path().join("h.db")), ..Config::default() }).await;
    store_three(&s).await;
    let all = get(&s.url("/v1/clusters?limit=500")).await.json()["clusters"].as_array().unwrap().clone();
    let n = all.len();
    assert!(n >= 3, "enough claims to page: {n}");
    // One claim a page: next walks them all in the API's order, one verdict each.
    b.client.goto(&s.url("/claims?limit=1")).await.unwrap();
    for (i, c) in all.iter().enumerate() {
        let id = c["id"].as_u64().unwrap().to_string();
        b.wait_for(&format!("#claims-table tbody tr[data-cluster='{id}']")).await;
        assert_eq!(count(&b, "#claims-table tbody tr").await, 1);
        let labels = b.js("return Array.from(document.querySelectorAll('#claims-table tbody tr .label')).map(e => e.textContent);", vec![]).await;
        assert_eq!(labels, json!([c["label"].as_str().unwrap().replace('_', " ")]), "one verdict per row");
        let pager = text_of(&b, "#pager").await;
        assert!(pager.contains(&format!("claims {}–{} of {n}", i + 1, i + 1)), "{pager}");
        assert_eq!(count(&b, "#pager a.prev").await, usize::from(i > 0));
        if i + 1 < n {
            b.client.find(Locator::Css("#pager a.next")).await.unwrap().click().await.unwrap();
            url_has(&b, &format!("page={}", i + 2)).await;
        } else {
            assert_eq!(count(&b, "#pager a.next").await, 0, "no next page after the last");
        }
    }
    assert_eq!(b.js(HASHES, vec![json!("#claims-table td")]).await, json!([]), "rows named by hash");
    // Previous, and the browser's back button, return to the page before.
    b.client.find(Locator::Css("#pager a.prev")).await.unwrap().click().await.unwrap();
    url_has(&b, &format!("page={}", n - 1)).await;
    b.wait_for(&format!("#claims-table tbody tr[data-cluster='{}']", all[n - 2]["id"])).await;
    b.client.back().await.unwrap();
    b.wait_for(&format!("#claims-table tbody tr[data-cluster='{}']", all[n - 1]["id"])).await;
    // A page past the end says so and links back.
    b.client.goto(&s.url(&format!("/claims?limit=1&page={}", n + 5))).await.unwrap();
    b.wait_for("#pager a.prev").await;
    assert!(text_of(&b, "#pager").await.contains("past the last page"));
    // Opening a claim puts it in the address; that address opens the same trail anew.
    b.client.goto(&s.url("/claims")).await.unwrap();
    let first = all[0]["id"].as_u64().unwrap();
    b.wait_for("#claims-table a.claim-link").await.click().await.unwrap();
    url_has(&b, &format!("claim={first}")).await;
    let t = get(&s.url(&format!("/v1/clusters/{first}"))).await.json();
    let claim = t["summary"]["claim"].as_str().unwrap();
    text_becomes(&b, "#trail h3", claim).await;
    let link = b.js("return document.querySelector('#trail a.permalink').href;", vec![]).await;
    let link = link.as_str().unwrap().to_string();
    assert!(link.ends_with(&format!("/claims?claim={first}")), "{link}");
    b.client.goto("about:blank").await.unwrap();
    b.client.goto(&link).await.unwrap();
    text_becomes(&b, "#trail h3", claim).await;
    assert_eq!(count(&b, "#trail .label").await, 1, "one verdict for the trail");
    assert_eq!(count(&b, "#trail .timeline > li").await, t["steps"].as_array().unwrap().len());
    // Articles in the trail are named by headline, never by hash.
    let titles = b
        .js("return Array.from(document.querySelectorAll('#trail .timeline a')).map(a => a.textContent);", vec![])
        .await;
    let want: Vec<String> = t["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["title"].as_str().or(s["outlet"].as_str()).unwrap_or("Untitled article").to_string())
        .collect();
    assert_eq!(titles, json!(want));
    assert_eq!(b.js(HASHES, vec![json!("#trail *")]).await, json!([]), "trail named by hash");
    b.screenshot("claims-trail").await;
    b.close().await;
    s.stop().await;
}

/// Elements wider than the viewport, or reaching past its right edge.
const OVERFLOW: &str = "const w = window.innerWidth; return {
  scroll: document.documentElement.scrollWidth, body: document.body.scrollWidth, inner: w,
  wide: Array.from(document.querySelectorAll('body *')).filter(e => {
    const r = e.getBoundingClientRect(); return r.width > 0 && r.right > w + 0.5;
  }).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className)
};";

async fn assert_fits(b: &Browser, what: &str) {
    let o = b.js(OVERFLOW, vec![]).await;
    let inner = o["inner"].as_u64().unwrap();
    assert!(o["scroll"].as_u64().unwrap() <= inner && o["body"].as_u64().unwrap() <= inner, "{what} overflows: {o}");
    assert_eq!(o["wide"], json!([]), "{what}: elements past the right edge: {o}");
}

#[tokio::test]
async fn the_pages_fit_a_400px_screen() {
    let _one = ONE_AT_A_TIME.lock().await;
    let Some(b) = Browser::start().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let s = TestServer::start(Config { db: Some(dir.path().join("h.db")), ..Config::default() }).await;
    store_three(&s).await;
    b.client.goto(&s.url("/")).await.unwrap();
    let width = b.viewport_width(400, 860).await;
    assert_eq!(width, 400, "the viewport is 400 px wide");
    // The analyse page with a stored article: one column, nothing wider than the screen.
    b.client.goto(&s.url("/?doc=doc-0")).await.unwrap();
    b.wait_for("#article[data-doc]").await;
    b.wait_for("#claims li.claim").await;
    assert_fits(&b, "the analyse page").await;
    let stacked = b
        .js(
            "const a = document.getElementById('article').getBoundingClientRect(); \
             const p = document.getElementById('panel').getBoundingClientRect(); \
             return p.top >= a.bottom - 1 && p.width >= 300;",
            vec![],
        )
        .await;
    assert_eq!(stacked, json!(true), "the panel sits below the article, full width");
    b.screenshot("narrow-analyse").await;
    b.js("document.getElementById('panel').scrollIntoView(); return 1;", vec![]).await;
    b.focus_first("#claims .reasons mark.ref").await;
    assert_fits(&b, "the claim panel").await;
    b.screenshot("narrow-claim-panel").await;
    // The claims page with a trail open.
    let first = get(&s.url("/v1/clusters?limit=1")).await.json()["clusters"][0]["id"].as_u64().unwrap();
    b.client.goto(&s.url(&format!("/claims?claim={first}"))).await.unwrap();
    b.wait_for("#trail:not([hidden]) .timeline li").await;
    b.wait_for("#claims-table tbody tr").await;
    assert_fits(&b, "the claims page").await;
    b.js("window.scrollTo(0, 0); return 1;", vec![]).await;
    b.screenshot("narrow-claims").await;
    b.js("document.getElementById('trail').scrollIntoView(); return 1;", vec![]).await;
    b.screenshot("narrow-claims-trail").await;
    b.close().await;
    s.stop().await;
}
