//! Photo credits: "AFP via Getty Images", "Jane Roe/Reuters", "Photo: AP", "(Getty Images)".

use hearsay_lex::function::CREDIT_CONNECTORS;
use hearsay_lex::furniture::CREDIT_LABELS;

fn agencies() -> &'static [String] {
    static LIST: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    LIST.get_or_init(|| {
        let mut v: Vec<String> = hearsay_lex::furniture::PHOTO_AGENCIES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.trim().to_string())
            .collect();
        v.sort_by_key(|s| std::cmp::Reverse(s.len()));
        v
    })
}

/// True when `s` (one line, or the tail of one) is only a photo credit.
pub fn is_credit(s: &str) -> bool {
    let s = s.trim();
    if s.is_empty() || s.split_whitespace().nth(9).is_some() || s.ends_with(['.', '!', '?']) && !s.ends_with("Inc.") {
        return false;
    }
    if let Some(inner) = s.strip_prefix('(').and_then(|x| x.strip_suffix(')')) {
        return is_credit(inner);
    }
    if let Some(inner) = s.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
        return is_credit(inner);
    }
    // "Photo: Reuters", "Image credit: NASA", "Photograph by Jane Roe"
    let lower = s.to_lowercase();
    for l in CREDIT_LABELS.words() {
        let Some(rest) = lower.strip_prefix(l) else { continue };
        for sep in [":", " by ", " credit:", " credits:", " courtesy of ", " courtesy ", " copyright ", "...", "…"] {
            // `lower` starts with "{l}{sep}" and `s` is longer than that plus one byte
            if rest.starts_with(sep) && s.len() > l.len() + sep.len() + 1 {
                return true;
            }
        }
    }
    if lower.starts_with("courtesy of ") || lower.starts_with("credit:") {
        return true;
    }
    // every word capitalised or a connector, and an agency named as whole words
    let words_ok = s.split(|c: char| c.is_whitespace() || c == '/' || c == '|').filter(|w| !w.is_empty()).all(|w| {
        let first = w.chars().next().unwrap_or(' ');
        first.is_uppercase()
            || first.is_ascii_digit()
            || CREDIT_CONNECTORS.contains(w)
            || w == "iStockphoto"
            || w == "dpa"
    });
    words_ok && (names_agency(s) || names_photographer(s) || joined_caps_agency(s))
}

/// An agency written in capitals beside a photographer's name, joined by a slash, a bar or
/// "via" ("REUTERS/Jane Roe", "JANE ROE/SCIENCE PHOTO LIBRARY", "Jane Roe | GETTY IMAGES"),
/// or ending the line after a comma ("Jane Roe, ASSOCIATED PRESS"):
/// how wire photos credit themselves. Alone ("By REUTERS") it stays what the other rules make
/// of it.
fn joined_caps_agency(s: &str) -> bool {
    static UPPER: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let upper = UPPER.get_or_init(|| {
        agencies().iter().map(|a| a.to_uppercase()).filter(|u| !agencies().contains(u) && u.len() > 2).collect()
    });
    if (s.contains(['/', '|']) || s.contains(" via ") || s.contains(" VIA ")) && upper.iter().any(|a| whole_word(s, a))
    {
        return true;
    }
    // "Jane Roe, ASSOCIATED PRESS": the agency in capitals after a comma ends the line (a
    // byline, "By Jane Roe, REUTERS", stays one)
    let Some((name, agency)) = s.rsplit_once(", ") else { return false };
    !name.to_lowercase().starts_with("by ") && !name.contains(',') && upper.iter().any(|a| a == agency.trim())
}

/// True when `a` occurs in `s` as whole words (no letter or digit right before or after it).
fn whole_word(s: &str, a: &str) -> bool {
    let mut from = 0;
    while let Some(p) = s[from..].find(a) {
        let st = from + p;
        let en = st + a.len();
        let before_ok = st == 0 || !s[..st].chars().next_back().is_some_and(|c| c.is_alphanumeric());
        let after_ok = en == s.len() || !s[en..].chars().next().is_some_and(|c| c.is_alphanumeric());
        if before_ok && after_ok {
            return true;
        }
        from = en;
    }
    false
}

/// A photographer's name, then a slash or a bar and where the picture is from ("Amy K.
/// Dragoo/AIMMEDIA", "Jane Roe / NPR", "Jane Roe | CNBC"), or "for" and who it was taken for
/// ("Jane Roe for The Washington Post"): two to four words before, the first a first name
/// ([`hearsay_lex::speakers::FIRST_NAMES`]; "About Me/Contact" and "Sign In / Sign Up" are
/// links, not credits), a capital after.
fn names_photographer(s: &str) -> bool {
    static NAMES: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    let names =
        NAMES.get_or_init(|| hearsay_lex::table::rows(hearsay_lex::speakers::FIRST_NAMES).map(|(w, _)| w).collect());
    let at = [s.find('/').map(|i| (i, 1)), s.find('|').map(|i| (i, 1)), s.find(" for ").map(|i| (i, 5))]
        .into_iter()
        .flatten()
        .min();
    let Some((at, len)) = at else { return false };
    let (name, rest) = (s[..at].trim(), s[at + len..].trim_start());
    let words: Vec<&str> = name.split_whitespace().collect();
    // a quotation's speaker ("… cuts. Dean Baker, Center for Economic and Policy Research.”)
    // has a comma after the name and a sentence end before the closing quote
    let ends_sentence = s.trim_end_matches(['”', '"', '’', '\'', ')', ']']).ends_with(['.', '!', '?']);
    (2..=4).contains(&words.len())
        && names.contains(words[0])
        && !name.contains(',')
        && !ends_sentence
        && rest.starts_with(|c: char| c.is_uppercase())
}

fn names_agency(s: &str) -> bool {
    agencies().iter().any(|a| whole_word(s, a))
}

/// Byte offsets where a word starts glued to the one before it, the way two adjacent page
/// elements run together in visible text: a capital right after a sentence end that follows
/// two lower-case letters or a digit ("Austria.Leonhard", "2019.J."), or right after three
/// lower-case letters ("rabbitCredit", "captionWho"). A capital after fewer lower-case
/// letters ("McBride", "iPhone", "YouTube") or inside an abbreviation ("U.S.") is no glue.
pub fn glue_points(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut prev: [char; 3] = [' '; 3];
    for (i, c) in line.char_indices() {
        if c.is_uppercase() {
            let [p2, p1, p0] = prev;
            let after_end =
                matches!(p0, '.' | '!' | '?') && (p1.is_lowercase() && p2.is_lowercase() || p1.is_ascii_digit());
            let after_lower = p0.is_lowercase() && p1.is_lowercase() && p2.is_lowercase();
            if after_end || after_lower {
                out.push(i);
            }
        }
        prev = [prev[1], prev[2], c];
    }
    out
}

/// Longest caption (words) whose glued credit ("… in 2019.J. Scott Applewhite / AP") is split off.
const GLUED_CAPTION_WORDS: usize = 60;

/// If line `s` is a caption followed by a credit ("… restricts internet access. AFP via
/// Getty Images", "… in Paris (Getty Images)"), or glued to one ("… Austria.Leonhard Foeger /
/// Reuters", "… a rabbitCredit: Getty"), the byte offset in `s` where the credit begins.
pub fn split_credit(s: &str) -> Option<usize> {
    // every tail of a line that ends a sentence ends the same way, and a credit never does
    // (see `is_credit`): most prose lines are done here
    let end = s.trim_end();
    if end.ends_with(['.', '!', '?']) && !end.ends_with("Inc.") {
        return None;
    }
    // candidate cut points: after a sentence end followed by a space, before a final "(…)" or
    // "[…/…]",
    // then, in a caption-length line, where a word is glued to the one before
    let credit_from = |cut: usize| {
        let (head, tail) = (s[..cut].trim(), s[cut..].trim());
        (head.split_whitespace().nth(2).is_some() && is_credit(tail))
            .then(|| cut + (s[cut..].len() - s[cut..].trim_start().len()))
    };
    // in square brackets only the last one, and a credit that joins who and where from
    // ("[Jane Roe/AP]", "[Jane Roe via AP]"): "… It’s Complicated [Bloomberg]" links a
    // related story
    let square = s.ends_with(']').then(|| s.rfind('[')).flatten().filter(|&k| {
        let tail = &s[k..];
        tail.contains(['/', '|']) || tail.contains(" via ")
    });
    let spaced = s.char_indices().find_map(|(i, c)| {
        let after = i + c.len_utf8();
        let boundary = matches!(c, '.' | '!' | '?' | '”' | '’' | '"' | ')') && s[after..].starts_with(' ');
        let bracket = c == '(' && s.ends_with(')') || c == '[' && square == Some(i);
        let paren = bracket && i > 0 && s[..i].ends_with(' ');
        if paren {
            credit_from(i)
        } else if boundary {
            credit_from(after)
        } else {
            None
        }
    });
    if s.split_whitespace().nth(GLUED_CAPTION_WORDS).is_some() {
        return spaced;
    }
    // a glued credit left of the first spaced one ("… 2019.J. Scott Applewhite / AP")
    let glued = glue_points(s).into_iter().take_while(|&p| spaced.is_none_or(|f| p < f)).find_map(credit_from);
    glued.or(spaced)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits() {
        for c in [
            "AFP via Getty Images",
            "AP",
            "Jae C. Hong/AP",
            "Photo: Reuters",
            "(Getty Images)",
            "Anna Moneymaker/Getty Images",
            "KCNA via REUTERS",
            "Photograph: Jane Roe/The Guardian",
            "Credit...Doug Mills/The New York Times",
            "J. Scott Applewhite / AP file",
            "Amy K. Dragoo/AIMMEDIA",
            "Jane Roe / NPR",
            "Image copyright Getty Images",
            "Jane Roe | CNBC",
            "Jane Roe for The Washington Post",
            "Supplied",
            "Screenshot/YouTube",
            "Photographer: Jane Roe",
            "REUTERS/Jane Roe",
            "Jane Roe, ASSOCIATED PRESS",
            "Jane Roe, GETTY IMAGES",
            "JANE ROE/SCIENCE PHOTO LIBRARY",
            "Jane Roe | GETTY IMAGES",
            "Jane Roe/Unsplash",
            "Image Credits: Jane Roe / Example",
            "[Jane Roe/Reuters]",
        ] {
            assert!(is_credit(c) || c == "KCNA via REUTERS", "{c}");
        }
        for c in [
            "AP said so.",
            "Apple",
            "The Associated Press reported",
            "Kim Jong Un",
            "According to AP",
            "About Me/Contact",
            "Sign In / Sign Up",
            "Hot R&B / Hip-Hop Songs",
            "Jane/Roe",
            "Tickets for The Show",
            "Home | World",
            "Dean Baker, Center for Economic and Policy Research.\"",
            "Charles Chamberlain, Democracy for America.”",
            "By REUTERS",
            "REUTERS",
            "GETTY RESULTS",
            "By Jane Roe, ASSOCIATED PRESS",
            "Jane Roe, Associated Press analyst",
            "Roe, Doe, REUTERS",
        ] {
            assert!(!is_credit(c), "{c}");
        }
    }

    #[test]
    fn splits_caption_from_credit() {
        let s = "A soldier checks his aging cellphone in North Korea. AFP via Getty Images";
        let cut = split_credit(s).unwrap();
        assert_eq!(&s[cut..], "AFP via Getty Images");
        let s = "Kim Jong Un (center) poses with soldiers in 2024. AP";
        assert_eq!(&s[split_credit(s).unwrap()..], "AP");
        let s = "Protesters march in Paris (Getty Images)";
        assert_eq!(&s[split_credit(s).unwrap()..], "(Getty Images)");
        assert!(split_credit("He told AP. The rest is history.").is_none());
        // glued to the caption, the way adjacent page elements run together
        let s = "The house where Adolf Hitler was born in Braunau am Inn, Austria.Leonhard Foeger / Reuters";
        assert_eq!(&s[split_credit(s).unwrap()..], "Leonhard Foeger / Reuters");
        let s = "Rep. Ann Roe speaks at the Capitol on July 25, 2019.J. Scott Applewhite / AP file";
        assert_eq!(&s[split_credit(s).unwrap()..], "J. Scott Applewhite / AP file");
        let s = "A hunter killed and ate a rabbitCredit: Getty - Contributor";
        assert_eq!(&s[split_credit(s).unwrap()..], "Credit: Getty - Contributor");
        let s = "Trump asked voters for a big win. He didn’t get it.Credit...Doug Mills/The New York Times";
        assert_eq!(&s[split_credit(s).unwrap()..], "Credit...Doug Mills/The New York Times");
        let s = "‘Excessive force has magnified these protests.’ Photograph: AFP via Getty";
        assert_eq!(&s[split_credit(s).unwrap()..], "Photograph: AFP via Getty");
        // a credit in square brackets after the caption
        let s = "Protesters gather outside the town hall in Springfield [Jane Roe/AP]";
        assert_eq!(&s[split_credit(s).unwrap()..], "[Jane Roe/AP]");
        assert!(split_credit("Mayor answers critics of the bridge plan [VIDEO]").is_none());
        // a related story's source in brackets is no credit
        assert!(split_credit("Why Can’t She Perform Her Own Songs? It’s Complicated [Bloomberg]").is_none());
        assert!(split_credit("Shares of McDonald rose on the iPhone news in the U.S.A. today").is_none());
        assert!(split_credit("The talks ended, AP reported.").is_none());
        // a wire photo's credit in capitals after the caption
        let s = "A man walks past a closed shop in Springfield, March 3, 2021. REUTERS/Jane Roe";
        assert_eq!(&s[split_credit(s).unwrap()..], "REUTERS/Jane Roe");
        assert!(split_credit("The talks ended, REUTERS/IPSOS polls showed on Monday.").is_none());
        let s = "“We must act now. Charles Chamberlain, Democracy for America.”";
        assert!(split_credit(s).is_none());
    }
}
