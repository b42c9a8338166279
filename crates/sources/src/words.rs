//! A light word splitter for short mention phrases ("Defense Department spokesman Army Lt. Charlie Dietz").

use std::borrow::Cow;

/// One word or punctuation mark of a mention, with its byte range in the mention string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written ("Lt.", "U.S.", "'s", ",").
    pub text: &'a str,
    /// Byte offset of its first byte in the mention string.
    pub start: usize,
}

impl<'a> Word<'a> {
    /// Byte offset one past its end in the mention string.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
    /// Starts with an uppercase letter or a digit-free symbol like "@handle".
    pub fn is_cap(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_uppercase() || c == '@') || self.is_particle_name()
    }
    /// A name written after a hyphenated lowercase particle ("al-Sisi", "el-Baradei").
    pub fn is_particle_name(&self) -> bool {
        let Some((p, rest)) = self.text.split_once('-') else { return false };
        p.len() <= 3
            && rest.chars().next().is_some_and(char::is_uppercase)
            && hearsay_lex::function::NAME_PARTICLES.contains(p)
    }
    /// A punctuation mark (no letter or digit).
    pub fn is_punct(&self) -> bool {
        !self.text.chars().any(char::is_alphanumeric)
    }
    /// The possessive marker split off a word ("'s", "’s", "'").
    pub fn is_possessive(&self) -> bool {
        matches!(self.text, "'s" | "’s" | "'" | "’")
    }
    /// Lowercase form without periods (borrowed when the word is lowercase ASCII already).
    pub fn lower(&self) -> Cow<'a, str> {
        let t = self.text;
        if t.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'.') {
            Cow::Borrowed(t)
        } else {
            Cow::Owned(t.chars().filter(|&c| c != '.').flat_map(char::to_lowercase).collect())
        }
    }
    /// True when the word equals `w` ignoring case and periods.
    pub fn is(&self, w: &str) -> bool {
        self.text.chars().filter(|&c| c != '.').flat_map(char::to_lowercase).eq(w.chars())
    }
}

fn is_split_punct(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '[' | ']' | '"' | '“' | '”' | '‘' | '?' | '!' | '—' | '–')
}

/// Splits a mention into words; punctuation marks and possessive endings become words of their own.
pub fn split(s: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        if is_split_punct(c) {
            out.push(Word { text: &s[i..i + c.len_utf8()], start: i });
            i += c.len_utf8();
            continue;
        }
        let start = i;
        while i < s.len() {
            let d = s[i..].chars().next().unwrap_or(' ');
            if d.is_whitespace() || is_split_punct(d) {
                break;
            }
            i += d.len_utf8();
        }
        let mut end = i;
        let word = &s[start..end];
        // possessive ending: "Obama's", "Davis'"
        let poss =
            ["'s", "’s"].iter().find(|p| word.len() > p.len() && word.ends_with(*p)).map(|p| p.len()).or_else(|| {
                let stem = word.strip_suffix('\'').or_else(|| word.strip_suffix('’'))?;
                (stem.len() > 1 && stem.ends_with('s')).then_some(word.len() - stem.len())
            });
        // a final period that is not part of an abbreviation ends the phrase
        if poss.is_none() && word.ends_with('.') && word.len() > 5 && !word[..word.len() - 1].contains('.') {
            end -= 1;
        }
        if let Some(p) = poss {
            out.push(Word { text: &s[start..end - p], start });
            out.push(Word { text: &s[end - p..end], start: end - p });
        } else if end > start {
            out.push(Word { text: &s[start..end], start });
        }
        if end < i && b.get(end) == Some(&b'.') {
            out.push(Word { text: ".", start: end });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_titles_possessives_and_commas() {
        let w: Vec<&str> = split("Trump's running mate, Indiana Gov. Mike Pence,").iter().map(|w| w.text).collect();
        assert_eq!(w, ["Trump", "'s", "running", "mate", ",", "Indiana", "Gov.", "Mike", "Pence", ","]);
        let w: Vec<&str> = split("Davis’ commentary").iter().map(|w| w.text).collect();
        assert_eq!(w, ["Davis", "’", "commentary"]);
        let w: Vec<&str> = split("Sen. Lindsey Graham (R-S.C.)").iter().map(|w| w.text).collect();
        assert_eq!(w, ["Sen.", "Lindsey", "Graham", "(", "R-S.C.", ")"]);
        assert!(split("").is_empty());
    }
}
