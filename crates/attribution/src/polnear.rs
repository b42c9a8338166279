//! PolNeAR loader: article texts and BRAT attribution gold, converted to byte spans.
//!
//! A split directory holds `text/NAME.txt` and `attributions/NAME_ANNOTATOR.ann`. The gold
//! of an article is the annotation file whose name sorts first. BRAT offsets count
//! characters (code points); they are converted to byte offsets here. Lines that are not
//! `T` or `E` records (notes, continuation lines of multi-line span texts) are ignored.

use hearsay_core::Span;
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

/// One gold attribution: each role as a list of byte spans (possibly discontinuous or empty).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    /// Source spans (empty for `Attribution-no-source`).
    pub source: Vec<Span>,
    /// Cue spans.
    pub cue: Vec<Span>,
    /// Content spans.
    pub content: Vec<Span>,
}

/// One article with its gold.
#[derive(Clone, Debug)]
pub struct Article {
    /// File stem of the text.
    pub name: String,
    /// The text, as read.
    pub text: String,
    /// The annotator file used as gold.
    pub annotation_file: PathBuf,
    /// Gold attributions.
    pub attributions: Vec<GoldAttribution>,
}

/// Loads every article of a split directory that has at least one annotation file, in name order.
pub fn load_dir(dir: &Path) -> io::Result<Vec<Article>> {
    let text_dir = dir.join("text");
    let ann_dir = dir.join("attributions");
    let mut anns: HashMap<String, PathBuf> = HashMap::new();
    let list = |d: &Path| {
        std::fs::read_dir(d).map_err(|e| io::Error::new(e.kind(), format!("cannot list {}: {e}", d.display())))
    };
    let mut ann_files: Vec<PathBuf> = list(&ann_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ann"))
        .collect();
    ann_files.sort();
    for p in ann_files {
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        if let Some((name, _annotator)) = stem.rsplit_once('_') {
            anns.entry(name.to_string()).or_insert(p);
        }
    }
    let mut texts: Vec<PathBuf> = list(&text_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    texts.sort();
    let mut out = Vec::new();
    for t in texts {
        let name = t.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
        let Some(ann) = anns.get(&name) else { continue };
        let text = String::from_utf8_lossy(&std::fs::read(&t)?).into_owned();
        let attributions = parse_ann(&std::fs::read_to_string(ann)?, &text);
        out.push(Article { name, text, annotation_file: ann.clone(), attributions });
    }
    Ok(out)
}

/// Parses BRAT standoff `ann` whose character offsets index `text`.
pub fn parse_ann(ann: &str, text: &str) -> Vec<GoldAttribution> {
    let bytes_at: Vec<usize> = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
    let to_byte = |c: usize| bytes_at.get(c).copied().unwrap_or(text.len());
    let mut spans: HashMap<&str, Vec<Span>> = HashMap::new();
    let mut events = Vec::new();
    for line in ann.lines() {
        let mut f = line.split('\t');
        let (Some(id), Some(body)) = (f.next(), f.next()) else {
            continue;
        };
        let numbered = |p: char| id.starts_with(p) && id.len() > 1 && id[1..].bytes().all(|b| b.is_ascii_digit());
        if numbered('T') {
            let Some((_label, ranges)) = body.split_once(' ') else {
                continue;
            };
            let mut v = Vec::new();
            for r in ranges.split(';') {
                let mut it = r.split_whitespace().map(|x| x.parse::<usize>());
                if let (Some(Ok(s)), Some(Ok(e))) = (it.next(), it.next()) {
                    v.push(Span::new(to_byte(s), to_byte(e)));
                }
            }
            spans.insert(id, v);
        } else if numbered('E') {
            events.push(body);
        }
    }
    let mut out = Vec::new();
    for body in events {
        let mut g = GoldAttribution::default();
        for arg in body.split_whitespace() {
            let Some((role, tid)) = arg.split_once(':') else {
                continue;
            };
            let Some(v) = spans.get(tid) else { continue };
            let role = role.trim_end_matches(|c: char| c.is_ascii_digit());
            match role {
                "Source" => g.source.extend(v),
                "Cue" => g.cue.extend(v),
                "Content" => g.content.extend(v),
                _ => {}
            }
        }
        for r in [&mut g.source, &mut g.cue, &mut g.content] {
            r.sort();
            r.dedup();
        }
        out.push(g);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_discontinuous_spans_in_character_offsets() {
        let text = "“Ça va,” she said, “bien.”";
        let ann = "T1\tSource 9 12\tshe\nT2\tCue 13 17\tsaid\nT3\tContent 1 6;20 24\tÇa va bien\n\
                   T4\tAttribution 13 17\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n#1\tAnnotatorNotes T1\tx\n";
        let g = parse_ann(ann, text);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].source[0].text(text), "she");
        assert_eq!(g[0].cue[0].text(text), "said");
        let c: Vec<&str> = g[0].content.iter().map(|s| s.text(text)).collect();
        assert_eq!(c, vec!["Ça va", "bien"]);
    }

    #[test]
    fn no_source_and_bad_lines() {
        let text = "Polls show a tie.";
        let ann = "T1\tCue 6 10\tshow\nT2\tContent 11 16\ta tie\ngarbage line\nE1\tAttribution-no-source:T9 Cue:T1 Content:T2\n";
        let g = parse_ann(ann, text);
        assert!(g[0].source.is_empty());
        assert_eq!(g[0].content[0].text(text), "a tie");
    }
}
