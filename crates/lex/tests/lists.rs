//! Pins the exact membership of every named list (and the attribution cue lemmas) against
//! `tests/lists.snap`, and checks that every tag written in a table belongs to a list.

use hearsay_lex::{speech, table, LISTS};

#[test]
fn every_list_has_its_snapshot_membership() {
    let mut now = Vec::new();
    for (name, list) in LISTS {
        now.push(format!("[{name}]"));
        let mut words = list.words().to_vec();
        words.sort_unstable();
        words.dedup();
        now.extend(words.iter().map(|w| w.to_string()));
    }
    now.push("[speech::CUE_LEMMAS]".into());
    now.push(speech::cue_lemmas_canonical());
    let now = now.join("\n") + "\n";
    let want: String =
        include_str!("lists.snap").lines().filter(|l| !l.starts_with('#')).map(|l| format!("{l}\n")).collect();
    if now != want {
        let path = std::env::temp_dir().join("hearsay-lex-lists.snap");
        std::fs::write(&path, &now).unwrap();
        panic!("a list differs from tests/lists.snap; what the tables give now is in {}", path.display());
    }
}

#[test]
fn every_tag_in_a_table_is_a_list() {
    let tables = [
        speech::TABLE,
        speech::NOUN_TABLE,
        hearsay_lex::verbs::TABLE,
        hearsay_lex::neg::TABLE,
        hearsay_lex::pron::TABLE,
        hearsay_lex::function::TABLE,
        hearsay_lex::morph::TABLE,
        hearsay_lex::calendar::TABLE,
        hearsay_lex::titles::ABBREVIATIONS_TABLE,
        hearsay_lex::titles::TITLE_WORDS_TABLE,
        hearsay_lex::media::TABLE,
        hearsay_lex::hedge::REPORTED_TABLE,
        hearsay_lex::stance::TABLE,
        hearsay_lex::furniture::TABLE,
        hearsay_lex::stop::TABLE,
    ];
    for t in tables {
        let mut forms = std::collections::HashSet::new();
        for (form, tags) in table::rows(t) {
            assert!(forms.insert(form), "{form:?} is listed twice in one table");
            for tag in tags.split(' ') {
                assert!(LISTS.iter().any(|(_, l)| l.tag() == tag), "{form:?} has tag {tag:?}, which no list reads");
            }
        }
    }
}
