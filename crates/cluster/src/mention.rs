//! What one analysed document says, as mentions that can be clustered across documents.
//!
//! Each claim of the analysis is a mention (or, when the claims stage found none, each
//! top-level attribution's content). The headline with the lead paragraph is always one
//! more mention: it stands for the article's main claim.

use hearsay_core::schema::{Analysis, SegmentOut};
use hearsay_core::{Label, Verdict};
use hearsay_lex::normalize::content_stems;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Where a mention's text comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A `claims[]` entry.
    Claim,
    /// A top-level attribution's content (no claims were found).
    Attribution,
    /// The headline and lead paragraph.
    Lead,
}

/// A speaker in a chain, by the best name the document gives.
pub type Speaker = String;

/// A verification seen in some document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeenVerification {
    /// The verdict.
    pub verdict: Verdict,
    /// Who gave it, when known.
    pub actor: Option<String>,
    /// The phrase carrying the verdict.
    pub cue: String,
}

/// One clusterable statement of one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    /// Document id.
    pub doc_id: String,
    /// `c1`, `a3` or `lead`.
    pub key: String,
    /// Where it comes from.
    pub kind: MentionKind,
    /// The statement.
    pub text: String,
    /// Speakers from origin to last relay.
    pub chain: Vec<Speaker>,
    /// Verifications bearing on it.
    pub verifications: Vec<SeenVerification>,
    /// Assessment label of the claim, when it is one.
    pub label: Option<Label>,
}

/// What the trail needs to know about a document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocInfo {
    /// Key it was added under (the store's content key, else the document id).
    #[serde(default)]
    pub key: String,
    /// Document id.
    pub doc_id: String,
    /// Headline.
    pub title: Option<String>,
    /// `metadata.published` as given.
    pub published: Option<String>,
    /// Outlet name, else the URL's host.
    pub outlet: Option<String>,
    /// URL.
    pub url: Option<String>,
}

/// Content words a claim or attribution content needs to be clustered (shorter ones,
/// such as a bare name, say too little to match on).
pub const MIN_CONTENT_WORDS: usize = 4;

/// Words of the lead kept at most.
const LEAD_WORDS: usize = 60;

/// The document facts of `a`.
pub fn doc_info(a: &Analysis) -> DocInfo {
    let meta = a.document.metadata.clone().unwrap_or_default();
    let outlet = meta.outlet.clone().filter(|o| !o.trim().is_empty()).or_else(|| meta.url.as_deref().and_then(host));
    DocInfo {
        key: a.document.id.clone(),
        doc_id: a.document.id.clone(),
        title: title(a),
        published: meta.published,
        outlet,
        url: meta.url,
    }
}

fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://").map(|(_, r)| r).unwrap_or(url);
    let h = rest.split(['/', '?', '#']).next()?.rsplit('@').next()?;
    let h = h.split(':').next()?.trim_start_matches("www.");
    (!h.is_empty()).then(|| h.to_string())
}

fn seg_text(a: &Analysis, kind: &str) -> Option<String> {
    a.document
        .segments
        .iter()
        .find(|s| s.kind.as_str() == kind)
        .map(|s| a.document.text.get(s.start..s.end).unwrap_or(&s.text).trim().to_string())
        .filter(|t| !t.is_empty())
}

fn title(a: &Analysis) -> Option<String> {
    seg_text(a, "title")
}

/// Headline plus the first body (or standfirst) paragraph, cut to [`LEAD_WORDS`] words.
pub fn lead_text(a: &Analysis) -> String {
    let first = lead_segment(a).map(|s| a.document.text.get(s.start..s.end).unwrap_or(&s.text).trim().to_string());
    let first = first.unwrap_or_default();
    let first: String = first.split_whitespace().take(LEAD_WORDS).collect::<Vec<_>>().join(" ");
    match title(a) {
        Some(t) if !first.is_empty() => format!("{t}\n{first}"),
        Some(t) => t,
        None if !first.is_empty() => first,
        None => a.document.text.split_whitespace().take(LEAD_WORDS).collect::<Vec<_>>().join(" "),
    }
}

/// Words of the document's gist kept at most ([`gist_text`]).
pub const GIST_WORDS: usize = 300;

/// What the document as a whole is about: its headline, then its standfirst and body
/// from the start, cut to `words` words. A lead mention is matched across documents on
/// this (the lead paragraph alone is often a single sentence of scene-setting).
pub fn gist_text(a: &Analysis, words: usize) -> String {
    let mut out: Vec<&str> = Vec::new();
    if let Some(t) = a.document.segments.iter().find(|s| s.kind.as_str() == "title") {
        out.extend(a.document.text.get(t.start..t.end).unwrap_or(&t.text).split_whitespace());
    }
    for s in a.document.segments.iter().filter(|s| matches!(s.kind.as_str(), "standfirst" | "body")) {
        if out.len() >= words {
            break;
        }
        out.extend(a.document.text.get(s.start..s.end).unwrap_or(&s.text).split_whitespace());
    }
    if out.is_empty() {
        out.extend(a.document.text.split_whitespace());
    }
    out.truncate(words);
    out.join(" ")
}

/// Every mention of `a`: its claims (else top-level attribution contents), then the lead.
pub fn mentions(a: &Analysis) -> Vec<Mention> {
    let r = Lookup::new(a);
    let doc_id = a.document.id.clone();
    let mut out = Vec::new();
    if !a.claims.is_empty() {
        for c in a.claims.iter().filter(|c| content_stems(&c.text).len() >= MIN_CONTENT_WORDS) {
            out.push(Mention {
                doc_id: doc_id.clone(),
                key: c.id.clone(),
                kind: MentionKind::Claim,
                text: c.text.clone(),
                chain: c.chain.iter().map(|s| r.speaker(s)).collect(),
                verifications: c.verifications.iter().filter_map(|v| r.verification(v)).collect(),
                label: Some(c.assessment.label),
            });
        }
    } else {
        for at in a.attributions.iter().filter(|at| at.parent.is_none()) {
            let text: Vec<&str> = at.content.iter().map(|c| c.text.trim()).filter(|t| !t.is_empty()).collect();
            if content_stems(&text.join(" ")).len() < MIN_CONTENT_WORDS {
                continue;
            }
            out.push(Mention {
                doc_id: doc_id.clone(),
                key: at.id.clone(),
                kind: MentionKind::Attribution,
                text: text.join(" … "),
                chain: r.attribution_chain(&at.id),
                verifications: a
                    .verifications
                    .iter()
                    .filter(|v| v.target.as_deref() == Some(at.id.as_str()))
                    .filter_map(|v| r.verification(&v.id))
                    .collect(),
                label: None,
            });
        }
    }
    let lead = lead_text(a);
    if !content_stems(&lead).is_empty() {
        let lead_end = lead_region_end(a);
        let chain = a
            .attributions
            .iter()
            .filter(|at| at.content.iter().any(|c| c.start < lead_end))
            .map(|at| r.attribution_chain(&at.id))
            .max_by_key(|c| c.len())
            .unwrap_or_default();
        out.push(Mention {
            doc_id,
            key: "lead".into(),
            kind: MentionKind::Lead,
            text: lead,
            chain,
            verifications: a.verifications.iter().filter_map(|v| r.verification(&v.id)).collect(),
            label: a.claims.first().map(|c| c.assessment.label),
        });
    }
    out
}

/// The first standfirst or body paragraph.
fn lead_segment(a: &Analysis) -> Option<&SegmentOut> {
    a.document.segments.iter().find(|s| matches!(s.kind.as_str(), "body" | "standfirst") && !s.text.trim().is_empty())
}

/// Byte offset where the lead paragraph ends.
fn lead_region_end(a: &Analysis) -> usize {
    lead_segment(a).map(|s| s.end).unwrap_or(a.document.text.len())
}

/// A speaker phrase cut to its first [`SPEAKER_WORDS`] words (source spans can be long).
fn short_name(s: &str) -> String {
    let w: Vec<&str> = s.split_whitespace().collect();
    if w.len() <= SPEAKER_WORDS {
        w.join(" ")
    } else {
        format!("{} …", w[..SPEAKER_WORDS].join(" "))
    }
}

/// Words of a speaker phrase kept.
const SPEAKER_WORDS: usize = 8;

/// Id lookups inside one analysis (each id indexed once).
struct Lookup<'a> {
    a: &'a Analysis,
    sources: HashMap<&'a str, usize>,
    attributions: HashMap<&'a str, usize>,
    verifications: HashMap<&'a str, usize>,
}

impl<'a> Lookup<'a> {
    fn new(a: &'a Analysis) -> Self {
        Lookup {
            a,
            sources: a.sources.iter().enumerate().map(|(i, s)| (s.id.as_str(), i)).collect(),
            attributions: a.attributions.iter().enumerate().map(|(i, x)| (x.id.as_str(), i)).collect(),
            verifications: a.verifications.iter().enumerate().map(|(i, v)| (v.id.as_str(), i)).collect(),
        }
    }

    /// Name, else role, else first mention, of source `id`.
    fn speaker(&self, id: &str) -> Speaker {
        let Some(s) = self.sources.get(id).map(|&i| &self.a.sources[i]) else {
            return id.to_string();
        };
        s.name
            .clone()
            .or_else(|| s.role.clone())
            .or_else(|| s.mentions.first().map(|m| m.text.clone()))
            .filter(|n| !n.trim().is_empty())
            .map(|n| short_name(&n))
            .unwrap_or_else(|| "unnamed source".to_string())
    }

    /// Speakers of attribution `id` from the innermost (origin) out to the outermost relay.
    fn attribution_chain(&self, id: &str) -> Vec<Speaker> {
        let mut chain = Vec::new();
        let mut cur = self.attributions.get(id).map(|&i| &self.a.attributions[i]);
        let mut guard = 0;
        while let Some(at) = cur {
            let who = match (&at.source_id, &at.source) {
                (Some(sid), _) => Some(self.speaker(sid)),
                (None, Some(span)) if !span.text.trim().is_empty() => Some(short_name(&span.text)),
                _ => None,
            };
            if let Some(w) = who {
                if chain.last() != Some(&w) {
                    chain.push(w);
                }
            }
            guard += 1;
            cur = at
                .parent
                .as_deref()
                .and_then(|p| self.attributions.get(p).map(|&i| &self.a.attributions[i]))
                .filter(|_| guard < 16);
        }
        chain
    }

    /// Verification `id` as seen.
    fn verification(&self, id: &str) -> Option<SeenVerification> {
        let v = &self.a.verifications[*self.verifications.get(id)?];
        let verdict = v.verdict;
        Some(SeenVerification {
            verdict,
            actor: v.actor_id.as_deref().map(|s| self.speaker(s)).or_else(|| v.actor.as_ref().map(|s| s.text.clone())),
            cue: v.cue.text.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_short_names() {
        assert_eq!(host("https://www.example.org:8080/a/b?x=1").as_deref(), Some("example.org"));
        assert_eq!(host("example.org/x").as_deref(), Some("example.org"));
        assert_eq!(host("https:///nothing"), None);
        assert_eq!(short_name("  Dana   Whitcombe "), "Dana Whitcombe");
        assert_eq!(
            short_name("one two three four five six seven eight nine"),
            "one two three four five six seven eight …"
        );
    }
}
