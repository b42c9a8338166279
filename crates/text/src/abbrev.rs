//! Abbreviations that end in a period without ending a sentence.

/// Titles and ranks that precede a name: never a sentence end ("Lt.", "Gen.", "Mr.").
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "mx",
    "dr",
    "prof",
    "rev",
    "fr",
    "sr",
    "sen",
    "rep",
    "gov",
    "lt",
    "gen",
    "col",
    "maj",
    "capt",
    "cpt",
    "sgt",
    "cpl",
    "pvt",
    "adm",
    "cmdr",
    "cdr",
    "brig",
    "pres",
    "supt",
    "insp",
    "det",
    "atty",
    "hon",
    "msgr",
    "sec",
    "amb",
    "st",
    "ft",
    "mt",
    "messrs",
    "mmes",
    "lt.col",
    "gov.-elect",
    "reps",
    "sens",
    "no",
    "nos",
    "vs",
    "v",
    "ald",
    "assemb",
];

/// Other abbreviations that usually do not end a sentence.
const OTHER: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "inc", "corp", "co", "ltd", "llc", "jr", "e.g", "i.e", "etc", "al",
    "approx", "dept", "est", "fig", "vol", "ave", "blvd", "rd", "hwy", "ariz", "calif", "colo", "conn", "del", "fla",
    "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
    "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "ala", "ark", "u.s", "u.k", "u.n",
    "d.c", "a.m", "p.m", "ph.d", "b.a", "m.a", "u.s.a", "n.y", "l.a", "s.c", "n.c", "n.j", "n.h", "n.m", "n.d", "s.d",
    "r.i", "w.va", "op", "cf", "pp", "ed", "eds", "min", "max", "gov't", "univ", "assn", "bros", "dist",
];

/// True for a title or rank abbreviation (without its period), e.g. `Lt`, `Gen`, `Mr`.
pub fn is_title_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    TITLES.contains(&w.as_str())
}

/// True for any known abbreviation (without its final period), titles included.
pub fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    TITLES.contains(&w.as_str()) || OTHER.contains(&w.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_titles_and_others() {
        assert!(is_title_abbreviation("Lt"));
        assert!(is_title_abbreviation("Gen."));
        assert!(!is_title_abbreviation("Inc"));
        assert!(is_abbreviation("U.S"));
        assert!(is_abbreviation("a.m."));
        assert!(!is_abbreviation("said"));
    }
}
