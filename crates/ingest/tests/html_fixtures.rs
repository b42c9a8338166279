//! HTML ingest on small hand-written pages: captions and credits, headline handling,
//! entities, metadata and the document text layout.

use hearsay_core::{Doc, SegmentKind};
use hearsay_ingest::{ingest, IngestOptions, InputFormat};

fn html(page: &str) -> Doc {
    ingest(page.as_bytes(), &IngestOptions { format: Some(InputFormat::Html), ..Default::default() }).unwrap()
}

fn of_kind(d: &Doc, kind: SegmentKind) -> Vec<&str> {
    d.segments.iter().filter(|s| s.kind == kind).map(|s| d.slice(s.span)).collect()
}

/// An article long enough for main-content extraction, with `extra` inside it.
fn article(head: &str, extra: &str) -> String {
    format!(
        r#"<!DOCTYPE html><html lang="en"><head><title>Council approves flood barrier | The Example Post</title>{head}</head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council approves flood barrier</h1>
<p>The city council on Tuesday approved a &pound;40m flood barrier for the river district, ending a debate that has run since the floods of 2019 and divided residents.</p>
{extra}
<p>&ldquo;We cannot wait for the next flood,&rdquo; the council&rsquo;s leader, Maria Olsen, told reporters after the vote, adding that work would begin in the spring.</p>
<p>Opponents said the barrier would spoil the view of the old harbour and that the money should go to drainage instead, according to a statement from the residents&#39; association.</p>
</article><footer>Copyright 2024 The Example Post</footer></body></html>"#
    )
}

#[test]
fn figure_captions_and_credits_follow_the_body() {
    let d = html(&article(
        "",
        r#"<figure><img src="barrier.jpg" alt="">
           <figcaption>Workers inspect the old river wall on Monday. <span class="credit">Jane Roe/Example Agency</span></figcaption>
         </figure>"#,
    ));
    let body = of_kind(&d, SegmentKind::Body);
    assert_eq!(body.len(), 3, "{body:?}");
    assert!(body.iter().all(|p| !p.contains("Workers inspect") && !p.contains("Jane Roe")));
    assert_eq!(of_kind(&d, SegmentKind::Caption), vec!["Workers inspect the old river wall on Monday."]);
    assert_eq!(of_kind(&d, SegmentKind::Credit), vec!["Jane Roe/Example Agency"]);
    // captions come after every body paragraph, each on its own line
    let last_body = d.segments.iter().filter(|s| s.kind == SegmentKind::Body).map(|s| s.span.end).max().unwrap();
    let cap = d.segments.iter().find(|s| s.kind == SegmentKind::Caption).unwrap();
    assert!(cap.span.start > last_body);
    assert!(d.text.ends_with("Monday.\nJane Roe/Example Agency"));
}

#[test]
fn title_first_paragraphs_separated_and_headline_not_repeated() {
    let d = html(&article("", ""));
    assert_eq!(d.segments[0].kind, SegmentKind::Title);
    assert_eq!(d.slice(d.segments[0].span), "Council approves flood barrier");
    assert_eq!(d.text.matches("Council approves flood barrier").count(), 1);
    let body = of_kind(&d, SegmentKind::Body);
    assert!(body[0].starts_with("The city council on Tuesday"));
    let sep = &d.text[d.segments[0].span.end..d.segments[1].span.start];
    assert_eq!(sep, "\n\n");
    assert!(!d.text.contains("Home") && !d.text.contains("Copyright"));
}

#[test]
fn entities_and_quotes_decode() {
    let d = html(&article("", ""));
    assert!(d.text.contains("a £40m flood barrier"));
    assert!(d.text.contains("“We cannot wait for the next flood,” the council’s leader"));
    assert!(d.text.contains("residents' association"));
    assert!(!d.text.contains('&'));
}

#[test]
fn json_ld_and_meta_tags_give_metadata() {
    let head = r#"<meta property="og:site_name" content="The Example Post">
      <link rel="canonical" href="https://example.com/flood">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Council approves flood barrier","datePublished":"2024-03-05T09:30:00Z",
        "author":{"@type":"Person","name":"Sam Green"}}</script>"#;
    let d = html(&article(head, ""));
    let m = &d.metadata;
    assert_eq!(m.authors, vec!["Sam Green"]);
    assert_eq!(m.published.as_deref(), Some("2024-03-05T09:30:00Z"));
    assert_eq!(m.outlet.as_deref(), Some("The Example Post"));
    assert_eq!(m.url.as_deref(), Some("https://example.com/flood"));
    assert_eq!(m.language.as_deref(), Some("en"));
    // the JSON-LD script is not text
    assert!(!d.text.contains("schema.org"));
}

#[test]
fn link_lists_are_debris_not_body() {
    let d = html(&article("", r#"<ul><li><a href="/a">Read more: Bridge repairs delayed again</a></li></ul>"#));
    assert!(of_kind(&d, SegmentKind::Debris).contains(&"Read more: Bridge repairs delayed again"));
    assert!(of_kind(&d, SegmentKind::Body).iter().all(|p| !p.contains("Bridge repairs")));
}

#[test]
fn pages_without_an_article_fall_back_to_the_body() {
    let d = html("<html><body><nav>Menu</nav><div>Short note: the office is closed today.</div></body></html>");
    assert_eq!(of_kind(&d, SegmentKind::Body), vec!["Short note: the office is closed today."]);
}
