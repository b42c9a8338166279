//! Whitespace-separated words of a line, cut without decoding chars when the line is ASCII.

/// The words of a line, as `str::split_whitespace` cuts them; an ASCII line is cut byte by
/// byte (its whitespace is the bytes 9 to 13 and the space), without decoding chars.
pub enum Words<'a> {
    /// An ASCII line and the byte where the next word is looked for.
    Ascii { line: &'a str, at: usize },
    /// Any other line.
    Other(std::str::SplitWhitespace<'a>),
}

impl<'a> Words<'a> {
    /// The words of `line`.
    pub fn of(line: &'a str) -> Self {
        if line.is_ascii() {
            Words::Ascii { line, at: 0 }
        } else {
            Words::Other(line.split_whitespace())
        }
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Other(it) => it.next(),
            Words::Ascii { line, at } => {
                let b = line.as_bytes();
                let space = |x: u8| matches!(x, b'\t'..=b'\r' | b' ');
                while *at < b.len() && space(b[*at]) {
                    *at += 1;
                }
                if *at == b.len() {
                    return None;
                }
                let start = *at;
                while *at < b.len() && !space(b[*at]) {
                    *at += 1;
                }
                Some(&line[start..*at])
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_those_of_split_whitespace() {
        for line in
            ["", "   ", "one", " Two  words\t", "a\x0bb\x0cc\rd\ne\x1cf", "Ünïcode\u{a0}words and ascii", "end. "]
        {
            assert_eq!(Words::of(line).collect::<Vec<_>>(), line.split_whitespace().collect::<Vec<_>>(), "{line:?}");
        }
    }
}
