//! The inputs `hearsay bench --scaling` times: real prose cut to a size, and the hostile
//! shapes issue 18 found (each deterministic, so two runs time the same bytes).

/// A family of inputs that can be made at any size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Shape {
    /// Real news prose: the benchmark directory's articles concatenated, repeated as needed.
    Prose,
    /// Words and reporting verbs with no punctuation and no line break: one "sentence".
    Unpunctuated,
    /// Opening curly quotation marks that never close.
    UnmatchedQuotes,
    /// Short quotations with a speech verb, back to back: one cue every six words.
    Quotations,
    /// Straight quotation marks opened every few words, never closed, around "he said".
    StraightQuotes,
    /// One HTML element with as many attributes as the size allows.
    HtmlAttributes,
    /// HTML elements nested as deep as the size allows.
    HtmlNesting,
    /// One short line per speech verb: many tiny paragraphs.
    ShortLines,
}

impl Shape {
    /// Every shape, prose first.
    pub const ALL: [Shape; 8] = [
        Shape::Prose,
        Shape::Unpunctuated,
        Shape::UnmatchedQuotes,
        Shape::Quotations,
        Shape::StraightQuotes,
        Shape::HtmlAttributes,
        Shape::HtmlNesting,
        Shape::ShortLines,
    ];

    /// The shape's name on the command line and in the report.
    pub fn name(self) -> &'static str {
        match self {
            Shape::Prose => "prose",
            Shape::Unpunctuated => "unpunctuated",
            Shape::UnmatchedQuotes => "unmatched-quotes",
            Shape::Quotations => "quotations",
            Shape::StraightQuotes => "straight-quotes",
            Shape::HtmlAttributes => "html-attributes",
            Shape::HtmlNesting => "html-nesting",
            Shape::ShortLines => "short-lines",
        }
    }

    /// Input sizes in bytes: real prose from 0.1 MB to `max_mb`, hostile shapes from 10 KB
    /// to 100 KB (issue 18's bars: 16 MB ≤ 30 s, 100 KB of any hostile shape ≤ 1 s).
    pub fn sizes(self, max_mb: f64) -> Vec<usize> {
        match self {
            Shape::Prose => {
                [0.1, 1.0, 4.0, 16.0].into_iter().filter(|&mb| mb <= max_mb).map(|mb| (mb * 1e6) as usize).collect()
            }
            _ => vec![10_000, 20_000, 40_000, 100_000],
        }
    }

    /// An input of about `size` bytes (never more; cut on a char boundary). `prose` is the
    /// text repeated for [`Shape::Prose`].
    pub fn make(self, size: usize, prose: &str) -> String {
        let mut out = String::with_capacity(size + 64);
        match self {
            Shape::Prose => {
                while out.len() < size && !prose.is_empty() {
                    out.push_str(prose);
                    out.push_str("\n\n");
                }
            }
            Shape::Unpunctuated => {
                let words = [
                    "the",
                    "minister",
                    "said",
                    "officials",
                    "told",
                    "reporters",
                    "that",
                    "the",
                    "plan",
                    "would",
                    "fail",
                    "according",
                    "to",
                    "sources",
                    "who",
                    "claimed",
                    "the",
                    "report",
                    "denied",
                    "it",
                ];
                let mut x: u64 = 7;
                while out.len() < size {
                    x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    out.push_str(words[(x >> 33) as usize % words.len()]);
                    out.push(' ');
                }
            }
            Shape::UnmatchedQuotes => repeat(&mut out, "“ ", size),
            Shape::Quotations => repeat(&mut out, "“We will win,” he said. ", size),
            Shape::StraightQuotes => repeat(&mut out, "\"he said he said he said ", size),
            Shape::HtmlAttributes => {
                out.push_str("<html><body><p");
                let mut i = 0;
                while out.len() + 40 < size {
                    out.push_str(&format!(" a{i}=\"x\""));
                    i += 1;
                }
                out.push_str(">Officials said the plan would fail.</p></body></html>");
            }
            Shape::HtmlNesting => {
                out.push_str("<html><body>");
                while out.len() + 40 < size {
                    out.push_str("<div>");
                }
                out.push_str("Officials said the plan would fail.");
            }
            Shape::ShortLines => repeat(&mut out, "He said\n", size),
        }
        out.truncate(out.floor_char_boundary(size));
        out
    }
}

fn repeat(out: &mut String, piece: &str, size: usize) {
    while out.len() < size {
        out.push_str(piece);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes_have_their_size_and_differ() {
        let prose = "Officials said the plan would fail, according to a report.";
        let made: Vec<String> = Shape::ALL.iter().map(|s| s.make(10_000, prose)).collect();
        for (s, m) in Shape::ALL.iter().zip(&made) {
            assert!(m.len() <= 10_000 && m.len() > 9_900, "{}: {} bytes", s.name(), m.len());
        }
        assert!(made[2].starts_with("“ “") && made[5].starts_with("<html><body><p a0=\"x\""));
        assert_ne!(made[0], made[1]);
    }
}
