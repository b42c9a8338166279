//! Reporting and speech verbs (`data/speech.tsv`), the nouns around a speaker that the
//! sources stage reads (`data/source_nouns.tsv`) and the attribution cue lemmas
//! (`data/cue_lemmas.tsv`).

use crate::table::{List, TableTags};
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Reporting and speech verb forms with the lists they belong to.
pub const TABLE: &str = include_str!("../data/speech.tsv");

/// The lists of [`TABLE`] that hold a word, read with one lookup (then [`List::holds`]).
pub static TAGS: TableTags = TableTags::new(TABLE);

/// Communication and finding verbs that introduce reported speech: the attribution model's
/// `reporting` feature, its "verb + that" rule and nested attributions. **Model**: changing
/// it means `hearsay train attribution`.
pub static ATTRIBUTION: List = List::new("attribution", &[TABLE]);
/// Reporting verbs whose subject speaks for an impersonal "it" ("the mayor said it was too
/// early"), read by the epistemics actor finder.
pub static SPEAKS_FOR_IT: List = List::new("speaks_for_it", &[TABLE]);
/// Verbs that take an addressee ("told Task and Purpose"), read by the sources stage.
pub static ADDRESSEE: List = List::new("addressee", &[TABLE]);
/// The forms of "tell" ("told", "tells", "tell", "telling"): their object is the
/// addressee, never the speaker (attribution: a misplaced source).
pub static TELL: List = List::new("tell", &[TABLE]);
/// Verbs whose object is the speaker they relay when "as saying" follows ("The Post quoted
/// friends of Emwazi as saying …"), read by the sources stage.
pub static QUOTES_SPEAKER: List = List::new("quotes_speaker", &[TABLE]);
/// Participles after "quoted <speaker> as" ("as saying", "as telling reporters").
pub static QUOTED_AS: List = List::new("quoted_as", &[TABLE]);
/// Verbs that end a source descriptor's object ("familiar with the matter said …"), matched
/// as the start of a word by the sources stage.
pub static DESCRIPTOR_END: List = List::new("descriptor_end", &[TABLE]);

/// Verbs of conceding ("admitted", "acknowledges", "conceded"): a confirmation they carry is
/// a concession, which the claims stage lists but does not count as corroboration
/// (shared/spec/ANNOTATION.md leaves concessions unmarked).
pub static CONCESSION: List = List::new("concession", &[TABLE]);

/// Verdict and relay verbs that take a source beyond [`ATTRIBUTION`] ("denied", "cited",
/// "tweeted", "countered"), read by the sources stage's subject finder.
pub static VERDICT: List = List::new("verdict", &[TABLE]);
/// Verbs of [`ATTRIBUTION`] that take a source only before "that" or after "as" ("found
/// that", "As The Daily Caller reports,"), read by the sources stage.
pub static THAT_ONLY: List = List::new("that_only", &[TABLE]);
/// Verbs of [`THAT_ONLY`] whose "that" may drop before a clause ("she thinks the House is
/// within reach"; sources v2 train set f), read by the sources stage.
pub static THAT_OPTIONAL: List = List::new("that_optional", &[TABLE]);
/// Verbs of finding and showing whose object with a predicate states a proposition ("an
/// inquiry *found* him guilty of …", "polls *show* Clinton up by 10 points", "the video
/// *shows* Mounties chasing him"), read by the speech-act stage.
pub static SMALL_CLAUSE: List = List::new("small_clause", &[TABLE]);
/// Verbs of belief that take a proposition ("feel that", "were convinced that"); feelings
/// and wishes ("fear", "hope") are no sources (ANNOTATION.md). Read by the sources stage.
pub static BELIEF: List = List::new("belief", &[TABLE]);
/// Participles after which "by" introduces the speaker ("reported by BuzzFeed News",
/// "confirmed by the Pentagon"), read by the sources stage.
pub static BY_AGENT: List = List::new("by_agent", &[TABLE]);
/// Verbs that take a verification actor after a negation or modal ("could not verify"),
/// read by the sources stage.
pub static CHECK: List = List::new("check", &[TABLE]);

/// Verbs whose subject is a source that neither the attribution cue list nor the verdicts
/// hold: rankings, offers of examples, bets, rebukes, praise and threats ("Rolling Stone
/// *ranked* it No. 248", "Gruber *wagers* that …", "the post *chides*"; sources v2 train
/// sets e and f). Read by the sources stage's subject finder only, so no model changes.
pub static SOURCE_VERB: List = List::new("source_verb", &[TABLE]);

/// Nouns around a speaker read by the sources stage (`data/source_nouns.tsv`).
pub const NOUN_TABLE: &str = include_str!("../data/source_nouns.tsv");
/// Nouns of saying whose possessor or "from"/"by" object is the speaker ("Apple's claims",
/// "criticism from Giles").
pub static SAYING_NOUNS: List = List::new("saying", &[NOUN_TABLE]);
/// Nouns of a poll ("in the latest CNN/ORC poll").
pub static POLL_NOUNS: List = List::new("poll", &[NOUN_TABLE]);
/// Nouns of a news story whose outlet or author follows "in"/"by" ("a report in The Wall
/// Street Journal").
pub static STORY_NOUNS: List = List::new("story", &[NOUN_TABLE]);
/// Modifiers of an unnamed "source" that make it speak for an office ("a security source",
/// "the presidency source", "government sources").
pub static OFFICIAL_SOURCE: List = List::new("official_source", &[NOUN_TABLE]);
/// Head nouns of a family, named by a surname before them ("the Foley family").
pub static FAMILY_NOUNS: List = List::new("family", &[NOUN_TABLE]);

/// Cue lemmas and their classes, plus irregular forms.
pub const CUE_LEMMAS: &str = include_str!("../data/cue_lemmas.tsv");

/// The cue class of speech and argument words ([`cue_class`]).
pub const SPEECH_CLASS: u8 = 1;

/// Lemma → class and irregular form → class.
type CueMaps = (HashMap<&'static str, u8>, HashMap<&'static str, u8>);

/// The lemma and irregular-form maps of [`CUE_LEMMAS`] (a lemma listed twice keeps its
/// first class).
fn cue_maps() -> &'static CueMaps {
    static MAPS: OnceLock<CueMaps> = OnceLock::new();
    MAPS.get_or_init(|| {
        let (mut lemmas, mut irregular) = (HashMap::default(), HashMap::default());
        for l in CUE_LEMMAS.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            let mut cols = l.split('\t');
            let (Some(w), Some(c)) = (cols.next(), cols.next().and_then(|c| c.parse().ok())) else {
                panic!("cue_lemmas.tsv: bad line {l:?}");
            };
            let map = if cols.next() == Some("irregular") { &mut irregular } else { &mut lemmas };
            map.entry(w).or_insert(c);
        }
        (lemmas, irregular)
    })
}

/// [`CUE_LEMMAS`] as the attribution model reads it: `lemma<TAB>class` lines, then
/// `form<TAB>class<TAB>irregular` lines, sorted (for the model fingerprint).
pub fn cue_lemmas_canonical() -> String {
    let (lemmas, irregular) = cue_maps();
    let mut rows: Vec<String> = lemmas.iter().map(|(w, c)| format!("{w}\t{c}")).collect();
    rows.sort_unstable();
    let mut irr: Vec<String> = irregular.iter().map(|(w, c)| format!("{w}\t{c}\tirregular")).collect();
    irr.sort_unstable();
    rows.extend(irr);
    rows.join("\n")
}

/// Lexical cue class (see [`CUE_LEMMAS`]) of a lower-cased word, trying common inflections;
/// 0 when unlisted (`buf` is scratch space). **Model**: read by the attribution features.
pub fn cue_class(w: &str, buf: &mut String) -> u8 {
    let (map, irregular) = cue_maps();
    if w.len() > 40 {
        return 0;
    }
    if let Some(c) = crate::inflect::lookup(map, w, buf) {
        return c;
    }
    irregular.get(w).copied().unwrap_or(0)
}

/// Role nouns of someone running for office: a candidate speaks for themselves, whatever
/// office the text also gives them ("Democratic presidential front-runner Hillary Clinton",
/// "Secretary Clinton"), so a title elsewhere does not make them official.
/// (sources: `profile.rs`)
pub static CANDIDATE_HEADS: List = List::new("candidate", &[NOUN_TABLE]);
/// Nouns of a run for office after the runner's name ("Kasich's campaign", "the Kasich
/// campaign"): the person named is a candidate (sources: `profile.rs`).
pub static CANDIDACY: List = List::new("candidacy", &[NOUN_TABLE]);
/// Role nouns that usually introduce someone new rather than point back to a named person.
/// (sources: `resolve.rs`)
pub static UNLINKED_ROLES: List = List::new("unlinked_role", &[NOUN_TABLE]);
/// Role heads of people who usually stay unnamed: no lede names them.
/// (sources: `cataphora.rs`)
pub static ANONYMOUS_ROLES: List = List::new("anonymous_role", &[NOUN_TABLE]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_words_tags_hold_it_in_exactly_the_lists_that_contain_it() {
        let lists = [
            &ATTRIBUTION,
            &SPEAKS_FOR_IT,
            &ADDRESSEE,
            &TELL,
            &DESCRIPTOR_END,
            &CONCESSION,
            &VERDICT,
            &THAT_ONLY,
            &THAT_OPTIONAL,
            &SMALL_CLAUSE,
            &BELIEF,
            &BY_AGENT,
            &CHECK,
            &SOURCE_VERB,
        ];
        let forms = crate::table::rows(TABLE).map(|(w, _)| w);
        for w in forms.chain(["", "Said", "saids", "the"]) {
            let tags = TAGS.of(w);
            for l in lists {
                assert_eq!(l.holds(&tags), l.contains(w), "{w} in {}", l.tag());
            }
        }
        assert!(ATTRIBUTION.holds(&TAGS.of("said")) && !ATTRIBUTION.holds(&TAGS.of("the")));
    }

    #[test]
    fn cue_classes_cover_inflections() {
        let cases = [
            ("urges", 1),
            ("worries", 2),
            ("worried", 2),
            ("planned", 3),
            ("demanding", 3),
            ("argued", 1),
            ("said", 1),
            ("found", 4),
            ("sawing", 0),
            ("table", 0),
            ("", 0),
            // "claim" and "comment" were once listed as 1 and 4: the first class won
            ("claim", 1),
            ("comments", 1),
        ];
        for (w, c) in cases {
            assert_eq!(cue_class(w, &mut String::new()), c, "{w:?}");
        }
    }
}
