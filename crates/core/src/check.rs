//! Invariants of a finished document and of its `hearsay.v1` view, checked by the fuzz
//! targets and property tests (issue 18): every span lies in the text and on char
//! boundaries, every span in the output carries exactly the text it covers, and every
//! index or id points at something that exists.

use crate::schema::Analysis;
use crate::span::TextSpan;
use crate::{Doc, Span, Target};

/// A broken invariant: what and where.
pub type Broken = String;

fn span_ok(text: &str, s: Span, what: &str) -> Result<(), Broken> {
    if s.start > s.end || s.end > text.len() {
        return Err(format!("{what}: span {}..{} is out of the text's {} bytes", s.start, s.end, text.len()));
    }
    if !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
        return Err(format!("{what}: span {}..{} is not on char boundaries", s.start, s.end));
    }
    Ok(())
}

fn index_ok(i: usize, len: usize, what: &str) -> Result<(), Broken> {
    if i >= len {
        return Err(format!("{what}: index {i} but only {len}"));
    }
    Ok(())
}

/// Spans in order, not overlapping and not empty.
fn ordered(text: &str, spans: impl Iterator<Item = Span>, what: &str) -> Result<(), Broken> {
    let mut prev_end = 0;
    for (i, s) in spans.enumerate() {
        span_ok(text, s, &format!("{what}[{i}]"))?;
        if s.is_empty() {
            return Err(format!("{what}[{i}]: empty span at {}", s.start));
        }
        if s.start < prev_end {
            return Err(format!("{what}[{i}]: {}..{} overlaps or precedes the one before", s.start, s.end));
        }
        prev_end = s.end;
    }
    Ok(())
}

/// Checks every layer of `doc`: spans in bounds and on char boundaries; segments, tokens
/// and sentences in order and not overlapping; parallel layers as long as the tokens;
/// every index into another layer in range.
pub fn doc(doc: &Doc) -> Result<(), Broken> {
    let t = doc.text.as_str();
    ordered(t, doc.segments.iter().map(|s| s.span), "segments")?;
    ordered(t, doc.tokens.iter().map(|s| s.span), "tokens")?;
    ordered(t, doc.sentences.iter().map(|s| s.span), "sentences")?;
    let n_tok = doc.tokens.len();
    for (name, len) in [("pos", doc.pos.len()), ("heads", doc.heads.len()), ("deprels", doc.deprels.len())] {
        if len != 0 && len != n_tok {
            return Err(format!("{name}: {len} entries for {n_tok} tokens"));
        }
    }
    for (i, &h) in doc.heads.iter().enumerate() {
        index_ok(h as usize, n_tok, &format!("heads[{i}]"))?;
    }
    for (i, s) in doc.sentences.iter().enumerate() {
        if s.tokens.start > s.tokens.end || s.tokens.end > n_tok {
            return Err(format!("sentences[{i}]: tokens {:?} of {n_tok}", s.tokens));
        }
        index_ok(s.segment, doc.segments.len(), &format!("sentences[{i}].segment"))?;
        if let Some(k) = s.tokens.clone().find(|&k| !s.span.contains(doc.tokens[k].span)) {
            return Err(format!("sentences[{i}]: token {k} lies outside it"));
        }
    }
    let (n_src, n_att, n_ver, n_cla) =
        (doc.sources.len(), doc.attributions.len(), doc.verifications.len(), doc.claims.len());
    for (i, a) in doc.attributions.iter().enumerate() {
        let w = format!("attributions[{i}]");
        for (part, s) in a.source.iter().map(|s| ("source", s)).chain(a.cue.iter().map(|s| ("cue", s))) {
            span_ok(t, *s, &format!("{w}.{part}"))?;
        }
        for (k, s) in a.content.iter().enumerate() {
            span_ok(t, *s, &format!("{w}.content[{k}]"))?;
        }
        for (k, s) in a.hedges.iter().enumerate() {
            span_ok(t, *s, &format!("{w}.hedges[{k}]"))?;
        }
        if let Some(p) = a.parent {
            index_ok(p, n_att, &format!("{w}.parent"))?;
            if p == i {
                return Err(format!("{w}: its own parent"));
            }
        }
        for (part, id) in [("source_id", a.source_id), ("recipient_id", a.recipient_id)] {
            if let Some(s) = id {
                index_ok(s, n_src, &format!("{w}.{part}"))?;
            }
        }
        if !(0.0..=1.0).contains(&a.confidence) {
            return Err(format!("{w}: confidence {} outside [0, 1]", a.confidence));
        }
    }
    for (i, s) in doc.sources.iter().enumerate() {
        for (k, m) in s.mentions.iter().enumerate() {
            span_ok(t, *m, &format!("sources[{i}].mentions[{k}]"))?;
        }
    }
    for (i, h) in doc.hedges.iter().enumerate() {
        span_ok(t, h.cue, &format!("hedges[{i}].cue"))?;
    }
    for (i, v) in doc.verifications.iter().enumerate() {
        let w = format!("verifications[{i}]");
        span_ok(t, v.cue, &format!("{w}.cue"))?;
        if let Some(a) = v.actor {
            span_ok(t, a, &format!("{w}.actor"))?;
        }
        if let Some(a) = v.actor_id {
            index_ok(a, n_src, &format!("{w}.actor_id"))?;
        }
        match v.target {
            Some(Target::Claim(c)) => index_ok(c, n_cla, &format!("{w}.target"))?,
            Some(Target::Attribution(a)) => index_ok(a, n_att, &format!("{w}.target"))?,
            None => {}
        }
    }
    for (i, c) in doc.claims.iter().enumerate() {
        let w = format!("claims[{i}]");
        for (k, m) in c.mentions.iter().enumerate() {
            span_ok(t, *m, &format!("{w}.mentions[{k}]"))?;
        }
        for &a in &c.attributions {
            index_ok(a, n_att, &format!("{w}.attributions"))?;
        }
        for &s in &c.chain {
            index_ok(s, n_src, &format!("{w}.chain"))?;
        }
        for &v in &c.verifications {
            index_ok(v, n_ver, &format!("{w}.verifications"))?;
        }
    }
    Ok(())
}

fn text_span_ok(text: &str, s: &TextSpan, what: &str) -> Result<(), Broken> {
    span_ok(text, Span { start: s.start, end: s.end }, what)?;
    let covered = &text[s.start..s.end];
    if s.text != covered {
        return Err(format!("{what}: says {:?} but {}..{} covers {covered:?}", s.text, s.start, s.end));
    }
    Ok(())
}

/// Checks a `hearsay.v1` view (as built, or as read back from JSON): every span (segments,
/// source mentions, attribution sources, cues, contents and hedges, verification actors and
/// cues, claim mentions) lies on char boundaries of `document.text` and carries exactly the
/// text it covers, and every id it names exists.
pub fn analysis(a: &Analysis) -> Result<(), Broken> {
    let t = a.document.text.as_str();
    let mut prev_end = 0;
    for (i, s) in a.document.segments.iter().enumerate() {
        let ts = TextSpan { start: s.start, end: s.end, text: s.text.clone() };
        text_span_ok(t, &ts, &format!("document.segments[{i}]"))?;
        if s.start < prev_end {
            return Err(format!("document.segments[{i}]: overlaps or precedes the one before"));
        }
        prev_end = s.end;
    }
    let ids = |prefix: &str, n: usize| (1..=n).map(|k| format!("{prefix}{k}")).collect::<Vec<_>>();
    let (sids, aids, vids, cids) = (
        ids("s", a.sources.len()),
        ids("a", a.attributions.len()),
        ids("v", a.verifications.len()),
        ids("c", a.claims.len()),
    );
    let exists = |all: &[String], id: &str, what: &str| -> Result<(), Broken> {
        if all.iter().any(|x| x == id) {
            Ok(())
        } else {
            Err(format!("{what}: no {id}"))
        }
    };
    for (i, s) in a.sources.iter().enumerate() {
        if s.id != sids[i] {
            return Err(format!("sources[{i}]: id {} where {} belongs", s.id, sids[i]));
        }
        for (k, m) in s.mentions.iter().enumerate() {
            text_span_ok(t, m, &format!("sources[{i}].mentions[{k}]"))?;
        }
    }
    for (i, at) in a.attributions.iter().enumerate() {
        let w = format!("attributions[{i}]");
        if at.id != aids[i] {
            return Err(format!("{w}: id {} where {} belongs", at.id, aids[i]));
        }
        if let Some(s) = &at.source {
            text_span_ok(t, s, &format!("{w}.source"))?;
        }
        if let Some(s) = &at.cue {
            text_span_ok(t, s, &format!("{w}.cue"))?;
        }
        for (k, s) in at.content.iter().enumerate() {
            text_span_ok(t, s, &format!("{w}.content[{k}]"))?;
        }
        for (k, s) in at.hedges.iter().enumerate() {
            text_span_ok(t, s, &format!("{w}.hedges[{k}]"))?;
        }
        for (part, id) in [("source_id", &at.source_id), ("recipient_id", &at.recipient_id)] {
            if let Some(id) = id {
                exists(&sids, id, &format!("{w}.{part}"))?;
            }
        }
        if let Some(p) = &at.parent {
            exists(&aids, p, &format!("{w}.parent"))?;
        }
    }
    for (i, v) in a.verifications.iter().enumerate() {
        let w = format!("verifications[{i}]");
        if v.id != vids[i] {
            return Err(format!("{w}: id {} where {} belongs", v.id, vids[i]));
        }
        text_span_ok(t, &v.cue, &format!("{w}.cue"))?;
        if let Some(s) = &v.actor {
            text_span_ok(t, s, &format!("{w}.actor"))?;
        }
        if let Some(id) = &v.actor_id {
            exists(&sids, id, &format!("{w}.actor_id"))?;
        }
        if let Some(id) = &v.target {
            let all = if id.starts_with('c') { &cids } else { &aids };
            exists(all, id, &format!("{w}.target"))?;
        }
    }
    for (i, c) in a.claims.iter().enumerate() {
        let w = format!("claims[{i}]");
        if c.id != cids[i] {
            return Err(format!("{w}: id {} where {} belongs", c.id, cids[i]));
        }
        for (k, m) in c.mentions.iter().enumerate() {
            text_span_ok(t, m, &format!("{w}.mentions[{k}]"))?;
        }
        for id in &c.attributions {
            exists(&aids, id, &format!("{w}.attributions"))?;
        }
        for id in &c.chain {
            exists(&sids, id, &format!("{w}.chain"))?;
        }
        for id in &c.verifications {
            exists(&vids, id, &format!("{w}.verifications"))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Attribution, AttributionKind, Segment, SegmentKind};

    fn sample() -> Doc {
        let mut d = Doc::new("t", "Él dijo “sí.”");
        d.segments.push(Segment { kind: SegmentKind::Body, span: Span::new(0, d.text.len()) });
        d.attributions.push(Attribution::new(
            AttributionKind::Direct,
            Some(Span::new(0, 3)),
            Some(Span::new(4, 8)),
            vec![Span::new(12, 16)],
            0.9,
        ));
        d
    }

    #[test]
    fn a_sound_document_passes_both_checks() {
        let d = sample();
        doc(&d).unwrap();
        analysis(&Analysis::from_doc(&d)).unwrap();
    }

    #[test]
    fn spans_off_char_boundaries_and_bad_indices_are_caught() {
        let mut d = sample();
        d.attributions[0].source = Some(Span::new(0, 1));
        assert!(doc(&d).unwrap_err().contains("attributions[0].source"));
        // the output view would carry "" for it, which its own check catches
        assert!(analysis(&Analysis::from_doc(&d)).unwrap_err().contains("not on char boundaries"));
        let mut d = sample();
        d.attributions[0].source_id = Some(0);
        assert!(doc(&d).unwrap_err().contains("source_id"));
        assert!(analysis(&Analysis::from_doc(&d)).unwrap_err().contains("no s1"));
        let mut d = sample();
        d.segments.push(Segment { kind: SegmentKind::Body, span: Span::new(2, 5) });
        assert!(doc(&d).unwrap_err().contains("segments[1]"));
        let mut a = Analysis::from_doc(&sample());
        a.attributions[0].cue.as_mut().unwrap().text = "says".into();
        assert!(analysis(&a).unwrap_err().contains("covers \"dijo\""));
    }
}
