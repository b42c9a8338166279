//! Finding a word's lemma in a lemma-keyed map by undoing common English inflections.

use std::collections::HashMap;
use std::hash::BuildHasher;

/// The value of `w`'s lemma in `map`: `w` itself, or `w` with one of -s, -es, -ies, -ed,
/// -ied, -d, -ing, -ment undone, or with a doubled consonant before -ed/-ing ("planned",
/// "banning"); `None` when none is listed (`buf` is scratch space).
pub fn lookup<V: Copy, S: BuildHasher>(map: &HashMap<&'static str, V, S>, w: &str, buf: &mut String) -> Option<V> {
    if let Some(&c) = map.get(w) {
        return Some(c);
    }
    let mut look = |stem: &str, rep: &str| {
        buf.clear();
        buf.push_str(stem);
        buf.push_str(rep);
        map.get(buf.as_str()).copied()
    };
    for (suf, rep) in [
        ("ies", "y"),
        ("ied", "y"),
        ("s", ""),
        ("es", ""),
        ("ed", ""),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ment", ""),
    ] {
        if let Some(stem) = w.strip_suffix(suf) {
            if stem.len() >= 2 {
                if let Some(c) = look(stem, rep) {
                    return Some(c);
                }
            }
        }
    }
    for suf in ["ed", "ing"] {
        if let Some(stem) = w.strip_suffix(suf) {
            let b = stem.as_bytes();
            if b.len() >= 3 && b[b.len() - 1].is_ascii() && b[b.len() - 1] == b[b.len() - 2] {
                if let Some(c) = look(&stem[..stem.len() - 1], "") {
                    return Some(c);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map() -> HashMap<&'static str, u8> {
        [("plan", 1), ("deny", 2), ("confirm", 3)].into_iter().collect()
    }

    #[test]
    fn undoes_inflections_and_doubled_consonants() {
        let (m, mut buf) = (map(), String::new());
        assert_eq!(lookup(&m, "planned", &mut buf), Some(1));
        assert_eq!(lookup(&m, "denied", &mut buf), Some(2));
        assert_eq!(lookup(&m, "confirming", &mut buf), Some(3));
        assert_eq!(lookup(&m, "confirmx", &mut buf), None);
    }

    #[test]
    fn a_multibyte_letter_before_the_suffix_is_not_a_doubled_consonant() {
        // '议' is e8 ae ae: its last two bytes are equal, and cutting one would split it
        let (m, mut buf) = (map(), String::new());
        assert_eq!(lookup(&m, "deni会议ed", &mut buf), None);
        assert_eq!(lookup(&m, "议ing", &mut buf), None);
    }
}
