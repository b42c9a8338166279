//! Page metadata from JSON-LD (schema.org `NewsArticle` and kin), OpenGraph and `<meta>` tags.
//!
//! Each field is taken from the first source that has it: JSON-LD article, then
//! OpenGraph / article tags, then plain meta tags (`author`, `date`, `language`, Dublin
//! Core), then `<link rel=canonical>` and `<html lang>`.

use dom_query::Document;
use hearsay_core::Metadata;
use serde_json::Value;

/// What the page says about itself, plus the article headline when JSON-LD gives one.
#[derive(Clone, Debug, Default)]
pub struct PageMeta {
    /// Document metadata.
    pub metadata: Metadata,
    /// `headline` of the JSON-LD article, or `og:title`.
    pub headline: Option<String>,
}

/// schema.org types that describe an article page.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
    "ScholarlyArticle",
    "TechArticle",
    "SocialMediaPosting",
    "WebPage",
];

/// Collapses whitespace and decodes the HTML entities that some sites leave in JSON-LD
/// and meta values (`&amp;`, `&#8217;`).
fn clean(s: &str) -> Option<String> {
    let mut s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.contains('&') && s.contains(';') {
        let frag = Document::fragment(format!("<p>{}</p>", s.replace('<', "&lt;")));
        s = frag.root().text().to_string();
    }
    (!s.is_empty()).then_some(s)
}

fn type_rank(v: &Value) -> Option<usize> {
    let ty = v.get("@type")?;
    let names: Vec<&str> = match ty {
        Value::String(s) => vec![s.as_str()],
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    names.iter().filter_map(|n| ARTICLE_TYPES.iter().position(|t| t == n)).min()
}

/// All JSON objects in `v` (arrays and `@graph` flattened), breadth first, bounded.
fn objects<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
    let mut queue = vec![v];
    while let Some(v) = queue.pop() {
        if out.len() > 200 {
            return;
        }
        match v {
            Value::Array(a) => queue.extend(a.iter().rev()),
            Value::Object(o) => {
                out.push(v);
                if let Some(g) = o.get("@graph") {
                    queue.push(g);
                }
                if let Some(m) = o.get("mainEntity") {
                    queue.push(m);
                }
            }
            _ => {}
        }
    }
}

/// A name from a string, an object with `name`, or a list of these.
fn names(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => clean(s).into_iter().collect(),
        Value::Object(o) => o.get("name").map(names).unwrap_or_default(),
        Value::Array(a) => a.iter().flat_map(names).collect(),
        _ => Vec::new(),
    }
}

fn string(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => clean(s),
        Value::Object(o) => string(o.get("@id").or_else(|| o.get("url"))),
        Value::Array(a) => string(a.first()),
        _ => None,
    }
}

/// Parses a JSON-LD block leniently: raw control characters inside strings (common in
/// the wild) are replaced by spaces before a second try.
fn parse_json(text: &str) -> Option<Value> {
    let t = text.trim().trim_start_matches("<![CDATA[").trim_end_matches("]]>");
    serde_json::from_str(t).ok().or_else(|| {
        let fixed: String = t.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        serde_json::from_str(&fixed).ok()
    })
}

fn from_json_ld(doc: &Document, pm: &mut PageMeta) {
    let mut best: Option<(usize, Value)> = None;
    for s in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        let Some(v) = parse_json(&s.text()) else {
            continue;
        };
        let mut objs = Vec::new();
        objects(&v, &mut objs);
        for o in objs {
            if let Some(r) = type_rank(o) {
                if best.as_ref().is_none_or(|(b, _)| r < *b) {
                    best = Some((r, o.clone()));
                }
            }
        }
    }
    let Some((_, a)) = best else { return };
    let m = &mut pm.metadata;
    m.url = string(a.get("url")).or_else(|| string(a.get("mainEntityOfPage")));
    m.published = string(a.get("datePublished")).or_else(|| string(a.get("dateCreated")));
    if let Some(au) = a.get("author").or_else(|| a.get("creator")) {
        m.authors = names(au);
    }
    m.outlet = a.get("publisher").and_then(|p| names(p).into_iter().next());
    m.language = string(a.get("inLanguage"));
    pm.headline = string(a.get("headline")).or_else(|| string(a.get("name")));
}

/// The page's `<meta>` tags as (lower-cased `property`/`name`/`itemprop`/`http-equiv`, `content`).
struct Metas(Vec<(String, String)>);

impl Metas {
    fn new(doc: &Document) -> Self {
        let mut v = Vec::new();
        for n in doc.select("meta").nodes() {
            let Some(content) = n.attr("content") else {
                continue;
            };
            for attr in ["property", "name", "itemprop", "http-equiv"] {
                if let Some(k) = n.attr(attr) {
                    v.push((k.to_ascii_lowercase(), content.to_string()));
                }
            }
        }
        Metas(v)
    }

    /// Cleaned `content` of the first tag named by one of `keys` (lower case), in key order.
    fn get(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.0.iter().filter(|(n, _)| n == k).find_map(|(_, c)| clean(c)))
    }
}

/// Metadata of the page in `doc` (call before extraction mutates the document).
pub fn extract(doc: &Document) -> PageMeta {
    let mut pm = PageMeta::default();
    from_json_ld(doc, &mut pm);
    let metas = Metas::new(doc);
    let meta = |keys: &[&str]| metas.get(keys);
    let m = &mut pm.metadata;
    if m.url.is_none() {
        m.url = meta(&["og:url", "twitter:url"])
            .or_else(|| doc.select(r#"link[rel="canonical"]"#).attr("href").as_deref().and_then(clean));
    }
    if m.published.is_none() {
        m.published = meta(&[
            "article:published_time",
            "datepublished",
            "publish-date",
            "publish_date",
            "pubdate",
            "date",
            "dc.date",
            "dc.date.issued",
            "sailthru.date",
            "parsely-pub-date",
            "og:published_time",
        ]);
    }
    if m.authors.is_empty() {
        let a = meta(&["author", "article:author", "dc.creator", "sailthru.author", "parsely-author"]);
        // article:author is often a profile URL, which is not a name
        m.authors = a.into_iter().filter(|a| !a.starts_with("http")).collect();
    }
    if m.outlet.is_none() {
        m.outlet = meta(&["og:site_name", "application-name", "publisher"]);
    }
    if m.language.is_none() {
        m.language = doc
            .select("html")
            .attr("lang")
            .as_deref()
            .and_then(clean)
            .or_else(|| meta(&["content-language", "language", "dc.language", "og:locale"]));
    }
    if pm.headline.is_none() {
        pm.headline = meta(&["og:title"]);
    }
    pm
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_article_wins_over_meta_tags() {
        let html = r#"<html lang="en-GB"><head>
            <meta property="og:site_name" content="The Daily Example">
            <meta name="author" content="Meta Author">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Site"},
              {"@type":"NewsArticle","headline":"Mayor&#8217;s plan","datePublished":"2024-03-01T10:00:00Z",
               "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"Bo Park"}],
               "publisher":{"@type":"Organization","name":"Example News"},
               "mainEntityOfPage":{"@id":"https://example.com/a"}}]}</script>
            </head><body></body></html>"#;
        let pm = extract(&Document::from(html));
        let m = pm.metadata;
        assert_eq!(m.authors, vec!["Ann Lee", "Bo Park"]);
        assert_eq!(m.published.as_deref(), Some("2024-03-01T10:00:00Z"));
        assert_eq!(m.outlet.as_deref(), Some("Example News"));
        assert_eq!(m.url.as_deref(), Some("https://example.com/a"));
        assert_eq!(m.language.as_deref(), Some("en-GB"));
        assert_eq!(pm.headline.as_deref(), Some("Mayor\u{2019}s plan"));
    }

    #[test]
    fn falls_back_to_opengraph_and_meta() {
        let html = r#"<html><head>
            <meta property="og:url" content="https://example.com/b">
            <meta property="article:published_time" content="2023-05-06">
            <meta property="article:author" content="https://example.com/staff/x">
            <meta name="AUTHOR" content="Cy Dee">
            <meta property="og:site_name" content="Example &amp; Co">
            <meta http-equiv="content-language" content="fr">
            <script type="application/ld+json">{"@type":"NewsArticle", "headline": "broken
            json with a raw newline"}</script>
            </head><body></body></html>"#;
        let pm = extract(&Document::from(html));
        let m = pm.metadata;
        assert_eq!(m.url.as_deref(), Some("https://example.com/b"));
        assert_eq!(m.published.as_deref(), Some("2023-05-06"));
        assert_eq!(m.authors, vec!["Cy Dee"]);
        assert_eq!(m.outlet.as_deref(), Some("Example & Co"));
        assert_eq!(m.language.as_deref(), Some("fr"));
        assert_eq!(pm.headline.as_deref(), Some("broken json with a raw newline"));
    }
}
