//! The map step: one article to one storable document, a pure function of the article.

use hearsay::{Analysis, IngestOptions, Pipeline};
use hearsay_readers::{Article, BadRecord};
use hearsay_store::{NewDocument, Sighting};

/// The sighting an article makes (where it was seen, under which id).
pub fn sighting(article: &Article, key: &str) -> Sighting {
    Sighting {
        key: key.to_string(),
        caller_id: article.caller_id.clone(),
        url: article.url.clone(),
        outlet: article.outlet.clone(),
        published: article.published.clone(),
        origin: article.origin.clone(),
    }
}

/// Analyses `article` (content key `key`) into a document to store, with the warnings
/// analysis raised (lossy decoding). Metadata the input gives (JSON Lines fields, WARC
/// target URI) fills or overrides what the page itself says. Depends on nothing but its
/// arguments, so it can run anywhere (threads here; a distributed engine later). A panic in
/// a stage becomes a bad record instead of ending the run.
pub fn prepare(
    pipeline: &Pipeline,
    article: &Article,
    key: &str,
    max_bytes: usize,
) -> Result<(NewDocument, Vec<String>), BadRecord> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| analyse(pipeline, article, key, max_bytes)))
        .unwrap_or_else(|p| {
            let msg = p
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Err(BadRecord::new(article.origin.clone(), format!("analysis failed (internal error): {msg}")))
        })
}

fn analyse(
    pipeline: &Pipeline,
    article: &Article,
    key: &str,
    max_bytes: usize,
) -> Result<(NewDocument, Vec<String>), BadRecord> {
    let opts =
        IngestOptions { format: article.format, id: article.caller_id.clone(), max_bytes, key: Some(key.to_string()) };
    let mut doc = pipeline
        .analyze_bytes(&article.body, &opts)
        .map_err(|e| BadRecord::new(article.origin.clone(), e.to_string()))?;
    let m = &mut doc.metadata;
    if article.url.is_some() && m.url.is_none() {
        m.url.clone_from(&article.url);
    }
    if article.published.is_some() {
        m.published.clone_from(&article.published);
    }
    if article.outlet.is_some() {
        m.outlet.clone_from(&article.outlet);
    }
    let analysis = Analysis::from_doc(&doc);
    let new = NewDocument::new(key.to_string(), sighting(article, key), article.body.len() as u64, analysis)
        .map_err(|e| BadRecord::new(article.origin.clone(), e.to_string()))?;
    Ok((new, doc.warnings))
}
