//! What a whole entity is, from all its mentions: a former office, a newspaper's nameplate,
//! an outlet's report. Sentences written for these tests.

mod common;
use common::*;
use hearsay_core::{AttributionKind::*, SourceType};

fn source_of(d: &hearsay_core::Doc, a: usize) -> &hearsay_core::Source {
    &d.sources[d.attributions[a].source_id.expect("a source")]
}

#[test]
fn a_former_title_in_any_mention_makes_a_named_person_unofficial() {
    let text = "Former Attorney General Dana Whitcombe said the inquiry was flawed.\n\n\
                Whitcombe, the attorney general under President Lee Marsh, said the agents erred.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Former Attorney General Dana Whitcombe"), Some("said"), "the inquiry was flawed", 0);
    attr(
        &mut d,
        Indirect,
        Some("Whitcombe, the attorney general under President Lee Marsh"),
        Some("said"),
        "the agents erred",
        0,
    );
    hearsay_sources::annotate(&mut d);
    assert_eq!(d.attributions[0].source_id, d.attributions[1].source_id, "{:#?}", d.sources);
    let s = source_of(&d, 0);
    assert_eq!((s.stype, s.anonymous, s.official), (SourceType::Person, false, false), "{s:#?}");

    // a sitting attorney general stays official
    let text = "Attorney General Dana Whitcombe said the inquiry was flawed.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Attorney General Dana Whitcombe"), Some("said"), "the inquiry was flawed", 0);
    hearsay_sources::annotate(&mut d);
    assert!(source_of(&d, 0).official);
}

#[test]
fn a_capitalised_nameplate_word_names_a_newspaper_but_a_description_does_not() {
    let text = "The dam leaks, according to the Harlow Star.\n\n\
                The Beacon said the repairs lag.\n\n\
                The star said she was happy.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("the Harlow Star"), Some("according to"), "The dam leaks", 0);
    attr(&mut d, Indirect, Some("The Beacon"), Some("said"), "the repairs lag", 0);
    attr(&mut d, Indirect, Some("The star"), Some("said"), "she was happy", 0);
    hearsay_sources::annotate(&mut d);
    for a in [0, 1] {
        let s = source_of(&d, a);
        assert_eq!((s.stype, s.anonymous, s.official), (SourceType::Outlet, false, false), "{s:#?}");
    }
    assert_eq!(source_of(&d, 2).stype, SourceType::Person);
}

#[test]
fn an_unnamed_report_near_a_named_outlet_is_named_but_plural_reports_are_not() {
    let text = "Citing unnamed sources, the Harlow Tribune revealed on Monday that the mayor quit.\n\n\
                \"He was tired,\" the report said.\n\n\
                Several reports said the council would meet.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("the Harlow Tribune"), Some("revealed"), "the mayor quit", 0);
    attr(&mut d, Direct, Some("the report"), Some("said"), "He was tired,", 0);
    attr(&mut d, Indirect, Some("Several reports"), Some("said"), "the council would meet", 0);
    hearsay_sources::annotate(&mut d);
    assert_eq!(source_of(&d, 0).stype, SourceType::Outlet);
    let report = source_of(&d, 1);
    assert_eq!((report.stype, report.anonymous), (SourceType::Document, false), "{report:#?}");
    let reports = source_of(&d, 2);
    assert_eq!((reports.stype, reports.anonymous), (SourceType::Document, true), "{reports:#?}");

    // with no outlet in the text, the report stays anonymous
    let text = "\"He was tired,\" the report said.";
    let mut d = doc(text);
    attr(&mut d, Direct, Some("the report"), Some("said"), "He was tired,", 0);
    hearsay_sources::annotate(&mut d);
    assert!(source_of(&d, 0).anonymous);
}

#[test]
fn a_generational_suffix_is_no_name_of_its_own() {
    let text = "Martin Luther King Jr said the march would go on.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Martin Luther King Jr"), Some("said"), "the march would go on", 0);
    hearsay_sources::annotate(&mut d);
    let s = source_of(&d, 0);
    assert_eq!((s.name.as_deref(), s.stype), (Some("Martin Luther King Jr"), SourceType::Person), "{s:#?}");
}

#[test]
fn a_one_word_name_followed_by_who_or_opening_a_sentence_after_a_first_word_is_a_person() {
    let text = "Quarn, who has struggled with his game, said he would rest.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Quarn"), Some("said"), "he would rest", 0);
    hearsay_sources::annotate(&mut d);
    let s = &d.sources[d.attributions[0].source_id.unwrap()];
    assert_eq!((s.stype, s.official), (SourceType::Person, false), "{s:#?}");

    let text = "Tiber Quarn is not suspended.\n\nQuarn said he would rest.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Quarn"), Some("said"), "he would rest", 0);
    hearsay_sources::annotate(&mut d);
    let s = &d.sources[d.attributions[0].source_id.unwrap()];
    assert_eq!((s.stype, s.official), (SourceType::Person, false), "{s:#?}");
}

#[test]
fn a_capitalised_first_word_before_a_role_and_a_name_is_no_head() {
    let text = "Trainee shop assistant Gemma Prosser said the town was loud.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Trainee shop assistant Gemma Prosser"), Some("said"), "the town was loud", 0);
    hearsay_sources::annotate(&mut d);
    let s = source_of(&d, 0);
    assert_eq!((s.name.as_deref(), s.stype, s.anonymous), (Some("Gemma Prosser"), SourceType::Person, false), "{s:#?}");
}

#[test]
fn a_governor_with_a_campaign_speaks_as_a_candidate() {
    let text = "Ohio Gov. Dale Varnum said he would win the primary.\n\n\
                Varnum's campaign said it had raised $2 million. The 2012 Orlov campaign spent less.\n\n\
                Idaho Gov. Ann Orlov said the budget was balanced.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Ohio Gov. Dale Varnum"), Some("said"), "he would win the primary", 0);
    let b = attr(&mut d, Indirect, Some("Idaho Gov. Ann Orlov"), Some("said"), "the budget was balanced", 0);
    hearsay_sources::annotate(&mut d);
    let varnum = &d.sources[d.attributions[a].source_id.unwrap()];
    assert!(!varnum.official, "{varnum:#?}");
    // a past run ("The 2012 Orlov campaign") leaves the office as it was
    let orlov = &d.sources[d.attributions[b].source_id.unwrap()];
    assert!(orlov.official, "{orlov:#?}");
    // advocacy ("campaign to …") and a past campaign's staff are no run for office
    let text = "President Lena Varga said the law works.\n\n\
                Varga's recent campaign to curb smoking failed. Varga's former campaign manager agreed.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("President Lena Varga"), Some("said"), "the law works", 0);
    hearsay_sources::annotate(&mut d);
    let varga = &d.sources[d.attributions[a].source_id.unwrap()];
    assert!(varga.official, "{varga:#?}");
}

#[test]
fn a_listed_officeholder_is_official_unless_former_and_a_surname_counts_after_the_full_name() {
    let text = "Angela Merkel said the attack was barbaric.\n\nMerkel said Europe would stand firm.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Angela Merkel"), Some("said"), "the attack was barbaric", 0);
    let b = attr(&mut d, Indirect, Some("Merkel"), Some("said"), "Europe would stand firm", 0);
    hearsay_sources::annotate(&mut d);
    for k in [a, b] {
        let s = source_of(&d, k);
        assert_eq!((s.stype, s.anonymous, s.official), (SourceType::Person, false, true), "{s:#?}");
    }
    // a surname alone, with no listed full name in the text, is someone else
    let text = "Tom Merkel said the fence was old.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Tom Merkel"), Some("said"), "the fence was old", 0);
    hearsay_sources::annotate(&mut d);
    assert!(!source_of(&d, a).official);
    // a former holder speaks for no office
    let text = "Former Chancellor Angela Merkel said the talks failed.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Former Chancellor Angela Merkel"), Some("said"), "the talks failed", 0);
    hearsay_sources::annotate(&mut d);
    assert!(!source_of(&d, a).official, "{:#?}", d.sources);
}

#[test]
fn a_listed_2016_candidate_speaks_for_no_office() {
    let text = "Gov. John Kasich said the deal was weak.\n\nKasich said he would repeal it.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Gov. John Kasich"), Some("said"), "the deal was weak", 0);
    let b = attr(&mut d, Indirect, Some("Kasich"), Some("said"), "he would repeal it", 0);
    hearsay_sources::annotate(&mut d);
    for k in [a, b] {
        let s = source_of(&d, k);
        assert_eq!((s.stype, s.anonymous, s.official), (SourceType::Person, false, false), "{s:#?}");
    }
    // a listed candidate the text calls president (news after the election) holds that office
    let text = "President Donald Trump said the deal was weak.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("President Donald Trump"), Some("said"), "the deal was weak", 0);
    hearsay_sources::annotate(&mut d);
    assert!(source_of(&d, a).official, "{:#?}", d.sources);
    // an unlisted governor keeps the office
    let text = "Gov. Dana Whitcombe said the deal was weak.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Gov. Dana Whitcombe"), Some("said"), "the deal was weak", 0);
    hearsay_sources::annotate(&mut d);
    assert!(source_of(&d, a).official, "{:#?}", d.sources);
}

#[test]
fn a_listed_outlet_that_keeps_its_article_is_an_outlet() {
    let text = "The Atlantic reported that the plan stalled.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("The Atlantic"), Some("reported"), "the plan stalled", 0);
    hearsay_sources::annotate(&mut d);
    let s = source_of(&d, a);
    assert_eq!((s.stype, s.anonymous, s.official), (SourceType::Outlet, false, false), "{s:#?}");
}

#[test]
fn an_outlet_noun_stands_for_the_only_outlet_the_text_names() {
    let text = "But the network said he had dropped his phone.\n\nKVNB weatherman Tom Bell said he was fine.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("the network"), Some("said"), "he had dropped his phone", 0);
    attr(&mut d, Indirect, Some("KVNB weatherman Tom Bell"), Some("said"), "he was fine", 0);
    hearsay_sources::annotate(&mut d);
    let s = source_of(&d, a);
    assert_eq!((s.stype, s.anonymous, s.official), (SourceType::Outlet, true, false), "{s:#?}");
    // with a listed outlet's name it takes that name
    let text = "But the network said he had dropped his phone.\n\nNBC weatherman Tom Bell said he was fine.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("the network"), Some("said"), "he had dropped his phone", 0);
    attr(&mut d, Indirect, Some("NBC weatherman Tom Bell"), Some("said"), "he was fine", 0);
    hearsay_sources::annotate(&mut d);
    let s = source_of(&d, a);
    assert_eq!((s.name.as_deref(), s.stype, s.anonymous), (Some("NBC"), SourceType::Outlet, false), "{s:#?}");
    // two outlets named: no telling which
    let text =
        "But the network said he had dropped his phone.\n\nNBC weatherman Tom Bell said he was fine, CNN reported.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("the network"), Some("said"), "he had dropped his phone", 0);
    attr(&mut d, Indirect, Some("NBC weatherman Tom Bell"), Some("said"), "he was fine", 0);
    attr(&mut d, Indirect, Some("CNN"), Some("reported"), "NBC weatherman Tom Bell said he was fine", 0);
    hearsay_sources::annotate(&mut d);
    assert!(source_of(&d, a).anonymous, "{:#?}", d.sources);
}
