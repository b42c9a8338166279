//! The `hearsay.v1` output contract (docs/OUTPUT.md), built from a finished [`Doc`].
//!
//! Every other output (JSON Lines, HTTP, database, exports) derives from [`Analysis`].

use crate::doc::{Doc, Metadata};
use crate::layers::*;
use crate::span::TextSpan;
use serde::{Deserialize, Serialize};

/// Schema name written in every output.
pub const SCHEMA: &str = "hearsay.v1";

/// One analysed document, as printed by `hearsay analyze`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Always `hearsay.v1`.
    pub schema: String,
    /// The document and its segments.
    pub document: DocumentOut,
    /// Speaker entities.
    pub sources: Vec<SourceOut>,
    /// Attribution relations.
    pub attributions: Vec<AttributionOut>,
    /// Verification events.
    pub verifications: Vec<VerificationOut>,
    /// Claims with assessments.
    pub claims: Vec<ClaimOut>,
}

/// `document`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DocumentOut {
    /// Id.
    pub id: String,
    /// The text all offsets index.
    pub text: String,
    /// Classified segments.
    pub segments: Vec<SegmentOut>,
    /// Metadata, when any is known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub metadata: Option<Metadata>,
}

/// `document.segments[]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentOut {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// Segment kind.
    pub kind: SegmentKind,
    /// Covered text.
    #[serde(default)]
    pub text: String,
}

/// `sources[]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceOut {
    /// `s1`, `s2`, …
    pub id: String,
    /// Proper name or null.
    pub name: Option<String>,
    /// Entity type.
    #[serde(rename = "type")]
    pub stype: SourceType,
    /// Not identified by name.
    pub anonymous: bool,
    /// Speaks for an institution.
    pub official: bool,
    /// Role.
    pub role: Option<String>,
    /// Affiliation.
    pub affiliation: Option<String>,
    /// Reliability or access phrases.
    pub descriptors: Vec<String>,
    /// Every referring span.
    pub mentions: Vec<TextSpan>,
}

/// `attributions[]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttributionOut {
    /// `a1`, `a2`, …
    pub id: String,
    /// Kind.
    pub kind: AttributionKind,
    /// Source span or null.
    pub source: Option<TextSpan>,
    /// Resolved source id or null.
    pub source_id: Option<String>,
    /// Cue span or null.
    pub cue: Option<TextSpan>,
    /// Content spans.
    pub content: Vec<TextSpan>,
    /// Enclosing attribution id or null.
    pub parent: Option<String>,
    /// Medium.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub medium: Option<String>,
    /// Recipient source id.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub recipient_id: Option<String>,
    /// Hedge cue spans.
    pub hedges: Vec<TextSpan>,
    /// Model confidence.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub confidence: Option<f32>,
    /// Speech act (`assertion`, `belief`, `feeling`, `intention`, `request`, `question`,
    /// `response`, `reference`); only assertions and beliefs make claims.
    #[serde(default)]
    pub act: SpeechAct,
}

/// `verifications[]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VerificationOut {
    /// `v1`, `v2`, …
    pub id: String,
    /// Verdict.
    pub verdict: Verdict,
    /// Actor source id or null.
    pub actor_id: Option<String>,
    /// Actor span or null.
    pub actor: Option<TextSpan>,
    /// Verdict phrase.
    pub cue: TextSpan,
    /// Claim or attribution id, or null.
    pub target: Option<String>,
}

/// `claims[]`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimOut {
    /// `c1`, `c2`, …
    pub id: String,
    /// Short statement.
    pub text: String,
    /// Attribution ids.
    pub attributions: Vec<String>,
    /// Where the proposition is stated (its attributions' contents and the sentences that
    /// hedge it without a source), in text order.
    #[serde(default)]
    pub mentions: Vec<TextSpan>,
    /// Source ids, origin first.
    pub chain: Vec<String>,
    /// Verification ids.
    pub verifications: Vec<String>,
    /// Assessment.
    pub assessment: Assessment,
}

fn sid(i: usize) -> String {
    format!("s{}", i + 1)
}
fn aid(i: usize) -> String {
    format!("a{}", i + 1)
}
fn vid(i: usize) -> String {
    format!("v{}", i + 1)
}
fn cid(i: usize) -> String {
    format!("c{}", i + 1)
}

impl Analysis {
    /// The `hearsay.v1` view of `doc`.
    pub fn from_doc(doc: &Doc) -> Self {
        let t = doc.text.as_str();
        let ts = |s: crate::Span| TextSpan::of(s, t);
        Analysis {
            schema: SCHEMA.to_string(),
            document: DocumentOut {
                id: doc.id.clone(),
                text: doc.text.clone(),
                segments: doc
                    .segments
                    .iter()
                    .map(|s| SegmentOut {
                        start: s.span.start,
                        end: s.span.end,
                        kind: s.kind,
                        text: s.span.text(t).to_string(),
                    })
                    .collect(),
                metadata: (!doc.metadata.is_empty()).then(|| doc.metadata.clone()),
            },
            sources: doc
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| SourceOut {
                    id: sid(i),
                    name: s.name.clone(),
                    stype: s.stype,
                    anonymous: s.anonymous,
                    official: s.official,
                    role: s.role.clone(),
                    affiliation: s.affiliation.clone(),
                    descriptors: s.descriptors.clone(),
                    mentions: s.mentions.iter().map(|m| ts(*m)).collect(),
                })
                .collect(),
            attributions: doc
                .attributions
                .iter()
                .enumerate()
                .map(|(i, a)| AttributionOut {
                    id: aid(i),
                    kind: a.kind,
                    source: a.source.map(ts),
                    source_id: a.source_id.map(sid),
                    cue: a.cue.map(ts),
                    content: a.content.iter().map(|c| ts(*c)).collect(),
                    parent: a.parent.map(aid),
                    medium: a.medium.clone(),
                    recipient_id: a.recipient_id.map(sid),
                    hedges: a.hedges.iter().map(|h| ts(*h)).collect(),
                    confidence: Some((a.confidence * 1000.0).round() / 1000.0),
                    act: a.act,
                })
                .collect(),
            verifications: doc
                .verifications
                .iter()
                .enumerate()
                .map(|(i, v)| VerificationOut {
                    id: vid(i),
                    verdict: v.verdict,
                    actor_id: v.actor_id.map(sid),
                    actor: v.actor.map(ts),
                    cue: ts(v.cue),
                    target: v.target.map(|t| match t {
                        Target::Claim(c) => cid(c),
                        Target::Attribution(a) => aid(a),
                    }),
                })
                .collect(),
            claims: doc
                .claims
                .iter()
                .enumerate()
                .map(|(i, c)| ClaimOut {
                    id: cid(i),
                    text: c.text.clone(),
                    attributions: c.attributions.iter().map(|&a| aid(a)).collect(),
                    mentions: c.mentions.iter().map(|m| ts(*m)).collect(),
                    chain: c.chain.iter().map(|&s| sid(s)).collect(),
                    verifications: c.verifications.iter().map(|&v| vid(v)).collect(),
                    assessment: c.assessment.clone(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Span;

    #[test]
    fn empty_stages_give_empty_arrays_and_required_nulls() {
        let mut d = Doc::new("t", "He said “hi.”");
        d.segments.push(Segment { kind: SegmentKind::Body, span: Span::new(0, d.text.len()) });
        d.attributions.push(Attribution::new(
            AttributionKind::Direct,
            Some(Span::new(0, 2)),
            Some(Span::new(3, 7)),
            vec![Span::new(11, 14)],
            1.0,
        ));
        let v = serde_json::to_value(Analysis::from_doc(&d)).unwrap();
        assert_eq!(v["schema"], "hearsay.v1");
        assert_eq!(v["sources"], serde_json::json!([]));
        assert_eq!(v["claims"], serde_json::json!([]));
        assert_eq!(v["document"]["segments"][0]["kind"], "body");
        let a = &v["attributions"][0];
        assert_eq!(a["id"], "a1");
        assert_eq!(a["source"]["text"], "He");
        assert!(a["parent"].is_null());
        assert!(a["source_id"].is_null());
        assert_eq!(a["hedges"], serde_json::json!([]));
        // round-trips
        let back: Analysis = serde_json::from_value(v).unwrap();
        assert_eq!(back.attributions[0].cue.as_ref().unwrap().text, "said");
    }
}
