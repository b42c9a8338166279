//! Caption scenes: a line inside a whole page's article that reads as a photo caption by what
//! it says, whatever its shape: a gallery counter, a picture's full date, people doing
//! something in the present tense, a picture named at the start, a credit in brackets,
//! someone placed in the picture ("Jane Roe, left, …"), an agency's file picture, people named
//! with where or when and no verb. Read only where the block model found an article in a whole
//! page ([`super::article`]); an ordinary article keeps such lines as the rules read them.

use hearsay_lex::calendar::{is_month, TIME_PHRASE};
use hearsay_lex::furniture::{
    CAPTION_NAME_WORDS, CAPTION_VERBS, FIGURE_POSITIONS, NAME_LINKS, PICTURE_VERBS, SCENE_PREPS, SCENE_SUBJECTS,
    VERBLESS_SCENE_PREPS,
};
use hearsay_lex::stop::CORPUS as STOPWORDS;

/// Longest caption (words) read.
const MAX_WORDS: usize = 60;
/// The scene verb comes within this many words of the line's start.
const VERB_WITHIN: usize = 12;

/// True when line `s` reads as a photo caption: a gallery counter before it ("2of4A shopper
/// …", "3 of 12"), a picture's full date ("…, Tuesday, Nov. 19, 2019, in …", "… on Aug. 31,
/// 2019."), or the people it names, then a present-tense scene verb and where or when ("Rep.
/// Jane Roe, D-Minn., speaks at the Capitol"). A quotation or a "said" is prose.
pub fn is_scene(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(3..=MAX_WORDS).contains(&words.len()) || s.contains(['“', '”', '"']) {
        return false;
    }
    if words.iter().any(|w| matches!(w.trim_end_matches([',', '.']), "said" | "says")) {
        return false;
    }
    counter(s)
        || dated(&words)
        || scene_verb(&words)
        || shows_picture(&words)
        || inner_credit(s)
        || credit_first(s)
        || placed(&words)
        || file_photo(&words)
        || verbless(&words)
}

/// Someone placed in the picture: "Jane Roe, left, and John Doe, right, at …", "Alien
/// (pictured)", "From left: …", "Left to right: …", "Above: …", "(L-R) …".
fn placed(words: &[&str]) -> bool {
    let bare = |w: &str| w.trim_matches([',', '(', ')', ':', '.', ';']).to_lowercase();
    let first = words.first().map_or(String::new(), |w| bare(w));
    let opening = FIGURE_POSITIONS.contains(&first) && (words[0].ends_with(':') || words[0].starts_with('('))
        || first == "from" && words.get(1).is_some_and(|w| matches!(bare(w).as_str(), "left" | "right"))
        || first == "left" && words.get(1) == Some(&"to") && words.get(2).is_some_and(|w| bare(w) == "right");
    opening
        || (1..words.len()).any(|k| {
            let w = words[k];
            if !FIGURE_POSITIONS.contains(&bare(w)) {
                return false;
            }
            let bracketed = w.starts_with('(') && w.trim_end_matches([',', '.', ';']).ends_with(')');
            let commaed =
                w.ends_with(',') && words[k - 1].ends_with(',') && words[k - 1].starts_with(char::is_uppercase);
            bracketed || commaed
        })
}

/// An agency's file-picture opening: "FILE - In this …", "FILE PHOTO: …", "In this Nov. 19,
/// 2019, file photo, …", "In this photo taken on …", "In this image released by …".
fn file_photo(words: &[&str]) -> bool {
    let file = words[0] == "FILE" && words.get(1).is_some_and(|w| matches!(*w, "-" | "–" | "—" | "PHOTO:" | "PHOTO"));
    let in_this = words[0] == "In"
        && words.get(1).is_some_and(|w| w.eq_ignore_ascii_case("this"))
        && words.iter().skip(2).take(6).any(|w| {
            let t = w.trim_end_matches([',', '.']).to_lowercase();
            matches!(t.as_str(), "photo" | "photograph" | "image" | "picture" | "frame" | "screenshot" | "handout")
        });
    file || in_this
}

/// Longest verbless caption (words) read by [`verbless`].
const VERBLESS_WORDS: usize = 20;

/// People named, then where or when, and no verb: "Jane Roe and John Doe in 2002.", "President
/// Jane Roe at the Economic Club of New York last week." — one sentence that ends in a period,
/// whose words after the place word hold no auxiliary, no "-ed" word and no lower-case word
/// ending in "s" (a present-tense verb: "… at a rally, where she urges …").
fn verbless(words: &[&str]) -> bool {
    let n = words.len();
    if n > VERBLESS_WORDS
        || !words[n - 1].ends_with('.')
        || words[..n - 1].iter().any(|w| w.ends_with(['.', '!', '?']) && w.len() > 3 && !w[..w.len() - 1].contains('.'))
    {
        return false;
    }
    let Some(k) = (2..n.min(8)).find(|&k| VERBLESS_SCENE_PREPS.contains(words[k])) else {
        return false;
    };
    let lead = words[0].trim_end_matches(',').to_lowercase();
    let named = words[..k].iter().all(|x| x.starts_with(char::is_uppercase) || CAPTION_NAME_WORDS.contains(x))
        && (lead == "the" || !STOPWORDS.contains(&lead))
        && words[..k]
            .iter()
            .any(|x| x.starts_with(char::is_uppercase) && x.len() > 1 && !STOPWORDS.contains(&x.to_lowercase()));
    let verb_free = words[k + 1..].iter().all(|w| {
        let t = w.trim_end_matches([',', '.', ';', ')']);
        let lower = t.starts_with(char::is_lowercase);
        !(lower && (hearsay_lex::verbs::is_aux(t) || t.ends_with("ed") || t.ends_with('s') && !STOPWORDS.contains(t)))
    });
    named && verb_free
}

/// A photo credit before the caption, glued to it ("Jane Roe | Getty ImagesThe mayor …") or
/// not, where the credit names who and where from ("Jane Roe / Reuters", "AFP via Getty
/// Images") and a capital opens the caption after it.
fn credit_first(s: &str) -> bool {
    let glued = super::credits::glue_points(s).into_iter().take(2).any(|p| super::credits::is_credit(&s[..p]));
    let spaced = || {
        let mut ends = s.match_indices(' ').map(|(i, _)| i).take(7);
        ends.any(|i| {
            let (head, rest) = (&s[..i], s[i..].trim_start());
            let joined = head.contains(['|', '/']) || head.contains(" via ");
            joined
                && head.split_whitespace().nth(1).is_some()
                && rest.starts_with(char::is_uppercase)
                && rest.split_whitespace().nth(3).is_some()
                && super::credits::is_credit(head)
        })
    };
    glued || spaced()
}

/// Pictures a caption opens on ("An aerial view of", "An artist's concept of",
/// "This illustration shows", "Screenshot of"), lower-cased, after an optional "a" or "an"
/// ("this" for the last group).
const PICTURES: [&str; 11] = [
    "view",
    "screenshot",
    "photo",
    "photograph",
    "picture",
    "image",
    "illustration",
    "rendering",
    "still",
    "grab",
    "closeup",
];

/// The line opens on a picture: "A general view of …", "An aerial view of …", "An artist's
/// concept of …", "This illustration shows …", "Screenshot of …".
fn shows_picture(words: &[&str]) -> bool {
    let lower: Vec<String> = words.iter().take(4).map(|w| w.to_lowercase()).collect();
    let at = |k: usize| lower.get(k).map_or("", String::as_str);
    let picture_then = |k: usize| PICTURES.contains(&at(k)) && matches!(at(k + 1), "of" | "shows" | "showing" | "from");
    match at(0) {
        // a bare "A view of …" may be an opinion
        "a" | "an" => {
            at(1) != "view" && picture_then(1)
                || matches!(at(1), "general" | "aerial" | "file" | "close-up" | "undated") && picture_then(2)
                || matches!(at(1), "artist's" | "artist’s")
                    && matches!(at(2), "concept" | "impression" | "rendering" | "illustration")
        }
        "this" => {
            at(1) != "view"
                && (picture_then(1) || PICTURES.contains(&at(1)) && matches!(at(2), "taken" | "provided" | "released"))
                || made_by(words)
        }
        _ => picture_then(0),
    }
}

/// "This" and who made the picture, then the picture and what it shows: "This NASA image
/// shows …", "This Sierra Nevada Corp. illustration shows …".
fn made_by(words: &[&str]) -> bool {
    (2..words.len().min(6).saturating_sub(1)).any(|k| {
        words[1..k].iter().all(|w| w.starts_with(char::is_uppercase))
            && PICTURES.contains(&words[k].to_lowercase().as_str())
            && PICTURE_VERBS.contains(words[k + 1])
    })
}

/// A photo credit in brackets inside the line: "(Photo: Jane Roe)", "(Image credit: NASA)",
/// "(Photo by Jane Roe/AP)".
fn inner_credit(s: &str) -> bool {
    ["(Photo: ", "(Photo by ", "(Photos: ", "(Image: ", "(Image credit: ", "(Photo credit: ", "(Credit: ", "(Picture: "]
        .iter()
        .any(|p| s.contains(p))
}

/// A line that is only a gallery's counter: "Image 2 of 5", "Photo 3 of 12", "3 of 12", "Image
/// 2/5" (a bare "2/5" may be a fraction, so the slash needs a picture word before it). The
/// line after one is the picture's caption ([`super::rule_kinds`]).
pub fn gallery_counter(line: &str) -> bool {
    let t = line.trim();
    if t.len() > 24 {
        return false;
    }
    let mut words = t.split_whitespace();
    let Some(first) = words.next() else { return false };
    let pictured = PICTURES.contains(&first.to_lowercase().as_str());
    let rest: String = if pictured { words.collect::<Vec<_>>().join(" ") } else { t.to_string() };
    let num = |x: &str| (1..=3).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = rest.split_whitespace().collect();
    match parts.as_slice() {
        [a, "of", b] => num(a) && num(b),
        [a, "/", b] => pictured && num(a) && num(b),
        [ab] => pictured && ab.split_once('/').is_some_and(|(a, b)| num(a) && num(b)),
        _ => false,
    }
}

/// "1of4", "2 of 12" at the start of the line.
fn counter(s: &str) -> bool {
    let b = s.as_bytes();
    let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if d == 0 || d > 2 {
        return false;
    }
    let rest = s[d..].trim_start();
    let Some(rest) = rest.strip_prefix("of") else { return false };
    let rest = rest.trim_start();
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    n > 0 && n <= 3
}

/// A weekday before a full date ("Tuesday, Nov. 19, 2019"), or a full date ending the line
/// after "on" or "in" ("… on Aug. 31, 2019.").
fn dated(words: &[&str]) -> bool {
    let year = |w: &str| {
        let t = w.trim_end_matches([',', '.', ')']);
        t.len() == 4 && t.bytes().all(|c| c.is_ascii_digit()) && t.starts_with(['1', '2'])
    };
    let day = |w: &str| {
        let t = w.trim_end_matches(',');
        w.ends_with(',') && (1..=2).contains(&t.len()) && t.bytes().all(|c| c.is_ascii_digit())
    };
    let month = |w: &str| is_month(&w.trim_end_matches('.').to_lowercase());
    let n = words.len();
    (1..n.saturating_sub(2)).any(|k| {
        if !(month(words[k]) && day(words[k + 1]) && year(words[k + 2])) {
            return false;
        }
        let before = words[k - 1];
        let weekday = before.ends_with(',')
            && before.starts_with(char::is_uppercase)
            && TIME_PHRASE.contains(&before.trim_end_matches(',').to_lowercase());
        let at_end = k + 3 == n && matches!(before, "on" | "in") && words[k + 2].ends_with('.');
        weekday || at_end
    })
}

/// Capitalised words (and "of", "the"… between them; the last no stopword: "That stands in
/// …" is prose), then a scene verb, then a place or time word.
fn scene_verb(words: &[&str]) -> bool {
    for k in 1..words.len().min(VERB_WITHIN + 1).saturating_sub(1) {
        let w = words[k];
        if CAPTION_VERBS.contains(w) && SCENE_PREPS.contains(words[k + 1]) {
            let named = words[..k].iter().all(|x| {
                x.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '(') || NAME_LINKS.contains(x)
            });
            // unnamed people: "A shopper looks at", "Two men walk past", "Protesters gather
            // outside" (at most four words, no comma: "Some, like the mayor, wait …" is prose)
            let unnamed = k <= 4
                && SCENE_SUBJECTS.contains(&words[0].to_lowercase())
                && words[..k].iter().all(|x| {
                    !x.contains([',', ';', ':']) && x.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                });
            let subject = words[k - 1].trim_end_matches(',').to_lowercase();
            return (named || unnamed) && words[0].starts_with(char::is_uppercase) && !STOPWORDS.contains(&subject);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scenes_are_captions() {
        for s in [
            "Rep. Jane Roe, D-Minn., speaks at the Capitol on July 25, 2019.",
            "The Harbour Band perform at the Old Theatre.",
            "2of4A buyer looks at garden hoses at a hardware store in Springfield.",
            "Snow covers the square, Monday, Jan. 6, 2020, in Denver.",
            "A tanker leaves the port of Rotterdam on March 3, 2021.",
            "An aerial view of the flooded valley north of the town.",
            "An artist's concept of the new station in orbit.",
            "This illustration shows the planned bridge over the river.",
            "Why do cats purr so loudly at night? (Photo: Jane Roe)",
            "Jane Roe | Getty ImagesThe mayor of Springfield, at the town hall in 2018.",
            "AFP via Getty Images A man rows across the flooded square in Venice.",
            "A shopper looks at garden hoses at a hardware store.",
            "Two men walk past the shuttered bank in the old town.",
            "Protesters gather outside the town hall on Monday.",
            "Jane Roe, left, and John Doe greet supporters.",
            "The crew of the ferry (pictured) were rescued by fishermen.",
            "From left: Jane Roe, John Doe and Richard Roe.",
            "FILE - In this Nov. 19, 2019, file photo, the mayor waves to a crowd.",
            "In this photo taken on March 3, a ferry leaves the harbour.",
            "Jane Roe and John Doe in 2002.",
            "Mayor Jane Roe at the Economic Club of Springfield last week.",
        ] {
            assert!(is_scene(s), "{s}");
        }
    }

    #[test]
    fn gallery_counters() {
        for s in ["Image 2 of 5", "Photo 3 of 12", "3 of 12", "Image 2/5", "image 2 / 5"] {
            assert!(gallery_counter(s), "{s}");
        }
        for s in ["2/5", "1 / 2", "Chapter 3 of 12", "3 of 12 voted no", "Image of the day", "", "3 of"] {
            assert!(!gallery_counter(s), "{s}");
        }
    }

    #[test]
    fn prose_is_no_scene() {
        for s in [
            "The mayor speaks at length about the bridge, and the council listens.",
            "Roe speaks at the Capitol on Monday, her aide said.",
            "“We will win,” Roe speaks to the crowd in a video.",
            "That stands in contrast to 2008, when the city voted the other way.",
            "On Jan. 6, 2020, the council approved the money for the bridge.",
            "Prices rose 3 of 4 months last year.",
            "A view of the budget from the council is that it cuts too little.",
            "This view is shared by most of the council.",
            "This picture is bleak for the council, the mayor warned.",
            "The Washington Post Editorial Board endorsed the mayor on Sunday.",
            "Reuters reported that the mayor had resigned.",
            "Some, like the mayor, wait for the council to decide.",
            "Many residents believe in the plan, which the council backs.",
            "The council, left without money, cut the budget.",
            "In this economy, few towns can pay for a bridge.",
            "Jane Roe in 2002 founded the company that builds the bridge.",
            "Jane Roe at the council meeting was asked about the bridge.",
            "In Springfield, the council meets on Mondays.",
            "Background: The council has debated the bridge for years.",
            "This Council decision shows how little the mayor can do.",
        ] {
            assert!(!is_scene(s), "{s}");
        }
    }
}
