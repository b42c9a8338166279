//! Property test over the whole pipeline (issue 18): on generated news-like text with
//! straight and curly quotes (balanced or not), reporting verbs, hedges, verifications,
//! multi-byte characters (é, —, emoji, CJK) and line breaks, every span of the output lies
//! in the text on char boundaries, every index points at something that exists
//! (`hearsay::core::check::doc`), and in the `hearsay.v1` JSON read back, every span's
//! `text` is exactly the text it covers (`hearsay::core::check::analysis`). The fuzz target
//! `pipeline` (fuzz/, docs/FUZZING.md) checks the same on arbitrary bytes.

use hearsay::core::check;
use hearsay::{Analysis, IngestOptions, InputFormat, Pipeline};
use proptest::prelude::*;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::new().expect("shipped pipeline"))
}

/// Pieces of news prose, and of what breaks it.
const PIECES: &[&str] = &[
    // speakers
    "The minister",
    "Anna Chen",
    "A senior official",
    "Police",
    "José Núñez, the mayor,",
    "Officials in Zürich",
    "The company",
    "Two people familiar with the matter",
    "Reuters",
    "he",
    "she",
    "they",
    "习近平",
    "東京都の職員",
    // cues
    " said",
    " told reporters",
    " denied",
    " confirmed",
    " declined to comment",
    " could not confirm",
    " did not respond to a request for comment",
    " according to",
    " claimed",
    " warned",
    " added",
    " wrote on X",
    " believes",
    " reportedly",
    " allegedly",
    " may",
    " could",
    " is said to",
    " asked whether",
    // content
    " that the bridge will reopen",
    " the plant closed on Monday",
    " prices rose by about 5%",
    " the café was shut",
    " a deal is near",
    " the report is false",
    " the vote was rigged",
    " 会议已经结束",
    // quotes, balanced or not
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "“We will rebuild,”",
    "\"It is over,\"",
    "‘No comment’",
    // punctuation, dashes, emoji, spacing
    ".",
    ",",
    "?",
    "!",
    ":",
    " — ",
    "–",
    "…",
    " 🙂",
    "👩‍👩‍👧",
    "🇫🇷",
    "é",
    "e\u{301}",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "(",
    ")",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    "By Ann Lee\n",
    "WASHINGTON (Reuters) — ",
    "Photo: AFP via Getty Images\n",
];

/// Text made of the pieces, sometimes with one char swapped for a random one.
fn news() -> impl Strategy<Value = String> {
    (prop::collection::vec(prop::sample::select(PIECES), 0..90), any::<Option<(prop::sample::Index, char)>>()).prop_map(
        |(pieces, swap)| {
            let mut s = pieces.concat();
            if let Some((at, c)) = swap {
                let chars: Vec<char> = s.chars().collect();
                if !chars.is_empty() {
                    let i = at.index(chars.len());
                    s = chars[..i].iter().chain(std::iter::once(&c)).chain(&chars[i + 1..]).collect();
                }
            }
            s
        },
    )
}

/// Analyses `bytes` (when ingest takes them) and checks the document and its JSON view.
fn check_all(bytes: &[u8], format: Option<InputFormat>) -> Result<(), TestCaseError> {
    let opts = IngestOptions { format, ..Default::default() };
    let Ok(doc) = pipeline().analyze_bytes(bytes, &opts) else {
        return Ok(());
    };
    check::doc(&doc).map_err(|e| TestCaseError::fail(format!("document: {e}")))?;
    let json = serde_json::to_string(&Analysis::from_doc(&doc)).expect("serialises");
    let back: Analysis = serde_json::from_str(&json).expect("reads back");
    check::analysis(&back).map_err(|e| TestCaseError::fail(format!("hearsay.v1: {e}")))?;
    prop_assert_eq!(&back.document.text, &doc.text);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_span_of_plain_text_output_is_on_char_boundaries_and_matches_its_text(text in news()) {
        check_all(text.as_bytes(), Some(InputFormat::Text))?;
    }

    #[test]
    fn every_span_of_html_output_is_on_char_boundaries_and_matches_its_text(
        paras in prop::collection::vec(news(), 1..5),
        title in news(),
    ) {
        let mut html = format!("<html><head><title>{title}</title></head><body><article>");
        for p in &paras {
            html.push_str("<p>");
            html.push_str(p);
            html.push_str("</p>");
        }
        html.push_str("</article></body></html>");
        check_all(html.as_bytes(), Some(InputFormat::Html))?;
    }
}

/// Shapes that once were, or could be, at a char boundary's edge: a quote or cue right
/// against a multi-byte char, the text ending inside an open quote.
#[test]
fn hand_picked_edges() {
    for t in [
        "“é",
        "é said “",
        "The minister said “the café — 会议已经结束”🙂",
        "🙂“🙂”🙂 said 🙂.",
        "Police said\u{301} that “it is over.",
        "‘’“”«»\"'",
        "She said: “We will rebuild,” and then: “No.",
        "The mayor reportedly said that prices rose by about 5%…",
    ] {
        check_all(t.as_bytes(), Some(InputFormat::Text)).unwrap();
        check_all(t.as_bytes(), None).unwrap();
    }
}
