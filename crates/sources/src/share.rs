//! Mentions that name a share of people rather than a person: "42%" (before "say"), "48
//! percent overall", "44 percent of Independents", "Those over 60" (ANNOTATION.md: groups
//! such as "77 percent of Republicans polled").

use hearsay_lex::function::THOSE_MODIFIERS;

/// Whether a mention (its words) is a share of people: it opens with a number written in
/// digits followed by "%" or "percent" (in the mention or right after it, when the source span
/// stops before the sign: "[42]% say"), or with "those" and a modifier ("Those over 60").
pub fn is_share(mention: &str, after: &str) -> bool {
    let mut words = mention.split_whitespace();
    let Some(first) = words.next() else { return false };
    if first.eq_ignore_ascii_case("those") {
        // "those" and a prepositional modifier ("those over 60", "those close to him"); not
        // "those remarks", and "those who …" is read as a relative clause elsewhere
        return words.next().is_some_and(|w| THOSE_MODIFIERS.contains(w.to_ascii_lowercase().as_str()));
    }
    let digits = first.trim_end_matches('%');
    let number = !digits.is_empty()
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',');
    if !number {
        return false;
    }
    let percent = |w: &str| matches!(w.to_ascii_lowercase().as_str(), "percent" | "per" | "pct" | "pct.");
    first.ends_with('%')
        || words.next().is_some_and(percent)
        || (mention.trim_end() == first && {
            let a = after.trim_start();
            a.starts_with('%') || a.split_whitespace().next().is_some_and(percent)
        })
}

#[cfg(test)]
mod tests {
    use super::is_share;

    #[test]
    fn shares_of_people() {
        assert!(is_share("42%", " say they are liberal"));
        assert!(is_share("42", "% say they are liberal"));
        assert!(is_share("48 percent overall", " agreed"));
        assert!(is_share("44 percent of Independents", " disagreed"));
        assert!(is_share("Those over 60", " say they feel that way"));
        assert!(!is_share("Those", " said"));
        assert!(!is_share("those who backed the ruling", ""));
        assert!(!is_share("Those remarks", ""));
        assert!(!is_share("42", " people said"));
        assert!(!is_share("2016 Clinton campaign", " said"));
    }
}
