//! Source spans that run into their clause, speakers the scans find beside a coordination or an
//! adverb, outlets that relay, and a role described before the name. Sentences written for
//! these tests.

mod common;
use common::*;
use hearsay_core::{AttributionKind::*, SourceType};

fn source_of(d: &hearsay_core::Doc, a: usize) -> &hearsay_core::Source {
    &d.sources[d.attributions[a].source_id.expect("a source")]
}

fn mentions(d: &hearsay_core::Doc) -> Vec<&str> {
    d.sources.iter().flat_map(|s| s.mentions.iter().map(|m| d.slice(*m))).collect()
}

#[test]
fn a_source_span_that_runs_into_its_verb_is_cut_before_the_verb() {
    // a name before a present "-s" form
    let text = "Dara Quillon denies online rumors that she had died.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Dara Quillon denies online"), Some("rumors"), "she had died", 0);
    hearsay_sources::annotate(&mut d);
    assert_eq!(d.slice(source_of(&d, 0).mentions[0]), "Dara Quillon");
    let s = source_of(&d, 0);
    assert_eq!((s.stype, s.anonymous), (SourceType::Person, false), "{s:#?}");

    // a common noun before an auxiliary
    let text = "The masked guard was heard in the clip, and said the town would fall.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("The masked guard was heard"), Some("said"), "the town would fall", 0);
    hearsay_sources::annotate(&mut d);
    assert_eq!(d.slice(source_of(&d, 0).mentions[0]), "The masked guard");

    // a participle after a common noun modifies it: the span stays whole
    let text = "Two fighters quoted by Radio Orvel said the town had fallen.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Two fighters quoted by Radio Orvel"), Some("said"), "the town had fallen", 0);
    hearsay_sources::annotate(&mut d);
    assert_eq!(d.slice(source_of(&d, 0).mentions[0]), "Two fighters quoted by Radio Orvel");
}

#[test]
fn an_adverb_between_subject_and_verb_does_not_hide_a_missed_speaker() {
    let text = "The claims are false, the Harlow league emphatically stated on Monday.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    assert!(mentions(&d).contains(&"the Harlow league"), "{:?}", mentions(&d));
}

#[test]
fn a_restrictive_relative_clause_does_not_hide_a_missed_speaker() {
    let text = "Gunmen raised their flag over the village, a farmer who fled the area told the Harlow Courier.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    assert!(ms.iter().any(|m| m.starts_with("a farmer")), "{ms:?}");
    assert!(!ms.contains(&"the area"), "{ms:?}");
}

#[test]
fn an_actor_after_the_cue_of_an_actorless_verification_is_a_source() {
    let text = "The board met on Monday. No comment was immediately available from the Harlow Institute.";
    let mut d = doc(text);
    let cue = at(&d, "No comment", 0);
    d.verifications.push(hearsay_core::Verification {
        verdict: hearsay_core::Verdict::DeclinedToComment,
        actor: None,
        actor_id: None,
        cue,
        target: None,
    });
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    assert!(ms.contains(&"the Harlow Institute"), "{ms:?}");
}

#[test]
fn subjects_of_rankings_bets_and_rebukes_are_sources() {
    let text = "The Orvel Review ranked the song third. So Tam Quillon wagers that the watch costs $900. \
                \"Pick a short name,\" the post chides.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    for m in ["The Orvel Review", "Tam Quillon", "the post"] {
        assert!(ms.contains(&m), "{m}: {ms:?}");
    }
    // no verb of saying, or a passive: no source
    let text = "The Orvel Review printed the song on page three. Tam Quillon is accused of fraud.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    assert!(mentions(&d).is_empty(), "{:?}", mentions(&d));
}

#[test]
fn the_phrase_before_a_relative_pronoun_is_the_subject_of_its_verb_of_saying() {
    let text = "It is a strong witness, a reliable man that's telling me this. A letter which blames the mayor was read aloud.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    assert!(ms.contains(&"a reliable man") && ms.contains(&"A letter"), "{ms:?}");
}

#[test]
fn the_left_name_of_a_coordination_after_a_comma_is_a_source_too() {
    let text = "The killer is Omar Vale, a man who grew up in Leeds, the Harlow Times and the Orvel Post reported.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("the Orvel Post"), Some("reported"), "The killer is Omar Vale", 0);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    assert!(ms.contains(&"the Harlow Times") && ms.contains(&"the Orvel Post"), "{ms:?}");
    // an unnamed coordination stays one span
    let text = "The town fell, a local official and activists said.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("activists"), Some("said"), "The town fell", 0);
    hearsay_sources::annotate(&mut d);
    assert!(!mentions(&d).contains(&"a local official"), "{:?}", mentions(&d));
}

#[test]
fn an_unknown_name_that_relays_a_report_is_an_outlet() {
    let text = "The watch is waterproof, the chief said in a talk reported by Kwimbo (via Zarnet).";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Kwimbo"), Some("reported by"), "The watch is waterproof", 0);
    attr(&mut d, Indirect, Some("Zarnet"), Some("via"), "The watch is waterproof", 0);
    hearsay_sources::annotate(&mut d);
    for a in [0, 1] {
        let s = source_of(&d, a);
        assert_eq!((s.stype, s.official), (SourceType::Outlet, false), "{s:#?}");
    }
}

#[test]
fn a_verb_of_saying_before_a_quote_takes_its_subject() {
    let text = "The coach would not confirm it, but Dana Vell did say, \u{201c}I have known him for years.\u{201d}";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    assert!(mentions(&d).contains(&"Dana Vell"), "{:?}", mentions(&d));
    // no quote after it: "say" needs "that"
    let text = "The coach would not confirm it, but Dana Vell did say a prayer.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    assert!(!mentions(&d).contains(&"Dana Vell"), "{:?}", mentions(&d));
}

#[test]
fn a_lede_that_describes_a_person_by_role_names_them_next() {
    let text = "A lawmaker in Orvelia is calling for a ban on the singer.\n\n\
                \"There is no basis for the ban,\" Joey Marrow said in a bill filed on Monday.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("A lawmaker in Orvelia"), Some("is calling for"), "a ban on the singer", 0);
    attr(&mut d, Direct, Some("Joey Marrow"), Some("said"), "There is no basis for the ban,", 0);
    hearsay_sources::annotate(&mut d);
    assert_eq!(d.attributions[0].source_id, d.attributions[1].source_id, "{:#?}", d.sources);
    assert!(!source_of(&d, 0).anonymous);

    // a bystander of the opening scene, named paragraphs later, is someone else
    let text = "Skaters of the Bronx.\n\nOne evening a young boy shouted, \"Here they come!\"\n\n\
                The crew rolled in.\n\n\"Boys stare,\" said Dana Gil.";
    let mut d = doc(text);
    attr(&mut d, Direct, Some("a young boy"), Some("shouted"), "Here they come!", 0);
    attr(&mut d, Direct, Some("Dana Gil"), Some("said"), "Boys stare,", 0);
    hearsay_sources::annotate(&mut d);
    assert_ne!(d.attributions[0].source_id, d.attributions[1].source_id, "{:#?}", d.sources);

    // an unnamed official stays unnamed; a definite description points back, not forward
    let text = "A senior official said the talks were over.\n\n\
                The singer said the tour would go on.\n\n\
                Joey Marrow said the talks would resume.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("A senior official"), Some("said"), "the talks were over", 0);
    attr(&mut d, Indirect, Some("The singer"), Some("said"), "the tour would go on", 0);
    attr(&mut d, Indirect, Some("Joey Marrow"), Some("said"), "the talks would resume", 0);
    hearsay_sources::annotate(&mut d);
    assert_ne!(d.attributions[0].source_id, d.attributions[2].source_id, "{:#?}", d.sources);
    assert_ne!(d.attributions[1].source_id, d.attributions[2].source_id, "{:#?}", d.sources);
}

#[test]
fn a_role_described_before_the_name_takes_the_named_person() {
    let text = "A Harlow lawmaker said he has sources who tell him the star is suspended.\n\n\
                Harlow lawmaker Rena Marrow said on a radio show that the star cheated.\n\n\
                Marrow said the suspension was for a month.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("A Harlow lawmaker"), Some("said"), "he has sources", 0);
    attr(&mut d, Indirect, Some("Harlow lawmaker Rena Marrow"), Some("said"), "the star cheated", 0);
    let marrow = attr(&mut d, Indirect, Some("Marrow"), Some("said"), "the suspension was for a month", 150);
    hearsay_sources::annotate(&mut d);
    assert_eq!(d.attributions[0].source_id, d.attributions[marrow].source_id, "{:#?}", d.sources);
    let s = source_of(&d, 0);
    assert_eq!((s.stype, s.anonymous, s.name.as_deref()), (SourceType::Person, false, Some("Rena Marrow")), "{s:#?}");

    // the role alone split from its name ("Harlow lawmaker" of "Harlow lawmaker, Rena Marrow")
    let text = "Harlow lawmaker, Rena Marrow, said the star cheated.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Harlow lawmaker, Rena Marrow"), Some("said"), "the star cheated", 0);
    let role = attr(&mut d, Indirect, Some("Harlow lawmaker"), Some("said"), "the star cheated", 0);
    hearsay_sources::annotate(&mut d);
    assert_eq!(d.attributions[0].source_id, d.attributions[role].source_id, "{:#?}", d.sources);
    assert!(!source_of(&d, role).anonymous);

    // another spokesman: the role's affiliation is not in the name's description
    let text = "A Defence Ministry spokesman said talks went on.\n\n\
                Lena Obi, the government's spokesman, said the talks were over.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("A Defence Ministry spokesman"), Some("said"), "talks went on", 0);
    attr(&mut d, Indirect, Some("Lena Obi, the government's spokesman"), Some("said"), "the talks were over", 0);
    hearsay_sources::annotate(&mut d);
    assert_ne!(d.attributions[0].source_id, d.attributions[1].source_id, "{:#?}", d.sources);
    assert!(source_of(&d, 0).anonymous);
}

#[test]
fn a_celebritys_agent_speaks_for_them_but_a_private_lawyer_does_not() {
    let text = "Quillon's agent Rena Marrow denied the report.\n\n\
                The man's attorney, Omar Vale, said he was innocent.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Quillon's agent Rena Marrow"), Some("denied"), "the report", 0);
    attr(&mut d, Indirect, Some("The man's attorney, Omar Vale"), Some("said"), "he was innocent", 0);
    hearsay_sources::annotate(&mut d);
    assert!(source_of(&d, 0).official, "{:#?}", d.sources);
    assert!(!source_of(&d, 1).official, "{:#?}", d.sources);
}

#[test]
fn a_relative_pronoun_joins_the_source_that_holds_its_antecedent() {
    let text = "The rebels took the port, according to state radio, which later stated that the fighting had ended.";
    let mut d = doc(text);
    attr(&mut d, AccordingTo, Some("state radio"), Some("according to"), "The rebels took the port", 0);
    attr(&mut d, Indirect, Some("which"), Some("later stated"), "that the fighting had ended", 0);
    hearsay_sources::annotate(&mut d);
    assert_eq!(d.attributions[0].source_id, d.attributions[1].source_id, "{:#?}", d.sources);
    assert!(!mentions(&d).contains(&"radio"), "{:?}", mentions(&d));
}

#[test]
fn a_reporting_verb_that_ends_the_sentence_takes_the_subject_after_the_comma() {
    for text in [
        "The boy made millions trading stocks, the Harlow magazine reports in its Monday issue.",
        "The rebels freed the hostages, the Orvel Daily newspaper reports.",
    ] {
        let mut d = doc(text);
        hearsay_sources::annotate(&mut d);
        let s =
            d.sources.iter().find(|s| s.stype == SourceType::Outlet).unwrap_or_else(|| panic!("{:?}", mentions(&d)));
        assert!(!s.anonymous && !s.official, "{s:#?}");
    }
    // not a verb that goes on with its object
    let text = "Prices fell, the Harlow magazine reports on sales figures and other things every week.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    assert!(d.sources.is_empty(), "{:?}", mentions(&d));
}

#[test]
fn two_named_outlets_that_report_together_are_two_sources() {
    let text = "The killer is Omar Vale, the BBC and the Orvel Post newspaper reported Thursday.";
    let mut d = doc(text);
    attr(
        &mut d,
        Indirect,
        Some("the BBC and the Orvel Post newspaper"),
        Some("reported"),
        "The killer is Omar Vale",
        0,
    );
    hearsay_sources::annotate(&mut d);
    let names: Vec<_> = d.sources.iter().filter_map(|s| s.name.as_deref()).collect();
    assert!(names.contains(&"BBC") && names.contains(&"Orvel Post"), "{names:?} {:?}", mentions(&d));
}

#[test]
fn an_unnamed_poll_is_the_poll_the_text_names_elsewhere() {
    let text = "Young voters are moving left, a new poll indicates. The shift is large, according to a new poll by the Orvel Institute.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("a new poll"), Some("indicates"), "Young voters are moving left", 0);
    attr(&mut d, Indirect, Some("a new poll by the Orvel Institute"), Some("according to"), "The shift is large", 0);
    hearsay_sources::annotate(&mut d);
    let s = source_of(&d, 0);
    assert_eq!((s.stype, s.anonymous), (SourceType::Document, false), "{s:#?}");
    // plural reports stay unnamed
    let text = "The town fell, media reports said. The shift is large, according to a report by the Orvel Institute.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("media reports"), Some("said"), "The town fell", 0);
    attr(&mut d, Indirect, Some("a report by the Orvel Institute"), Some("according to"), "The shift is large", 0);
    hearsay_sources::annotate(&mut d);
    assert!(source_of(&d, 0).anonymous);
}

#[test]
fn neither_of_two_named_institutions_is_one_source_each() {
    let text = "Neither the U.S. Army nor the Pentagon would comment on the travel of veterans to Syria.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Neither the U.S. Army nor the Pentagon"), Some("would comment on"), "the travel", 0);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    assert!(ms.contains(&"the U.S. Army") && ms.contains(&"the Pentagon"), "{ms:?}");
    assert!(d.sources.iter().all(|s| s.stype == SourceType::Organization && s.official), "{:#?}", d.sources);
}

#[test]
fn shares_of_the_people_polled_before_their_verb_are_group_sources() {
    let text = "Most voters backed the plan: 61 percent of Greens agreed while 38 percent overall \
                disagreed, and 27% strongly agree that it helps. Sales rose 5 percent, analysts said.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    for m in ["61 percent of Greens", "38 percent overall", "27%"] {
        assert!(ms.contains(&m), "{m}: {ms:?}");
    }
    assert!(!ms.iter().any(|m| m.contains("5 percent")), "{ms:?}");
    let s = d.sources.iter().find(|s| s.mentions.iter().any(|m| d.slice(*m) == "27%")).expect("27%");
    assert_eq!((s.stype, s.anonymous, s.official), (SourceType::Group, true, false));
}

#[test]
fn a_belief_verb_whose_that_dropped_takes_its_subject_as_a_source() {
    let text = "The vote was close. Still, the Orvel mayor thinks the bridge will reopen. \
                Tam Quillon thinks about it often. “Don’t believe it,” Quillon said.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    assert!(ms.contains(&"the Orvel mayor"), "{ms:?}");
    assert!(!ms.contains(&"Tam Quillon"), "{ms:?}");
    assert!(!ms.iter().any(|m| m.starts_with("Don")), "{ms:?}");
}

#[test]
fn the_agent_of_a_passive_verb_of_saying_or_advice_is_a_source() {
    let text = "The worries, as articulated by Tam Quillon, were real. She was advised by the Orvel council \
                to wait.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    for m in ["Tam Quillon", "the Orvel council"] {
        assert!(ms.contains(&m), "{m}: {ms:?}");
    }
}

#[test]
fn it_that_reads_is_a_document_not_the_organization_before_it() {
    let text = "The Orvel council met on Monday. “Close the bridge at once,” it reads.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("The Orvel council"), Some("met"), "on Monday", 0);
    attr(&mut d, Direct, Some("it"), Some("reads"), "Close the bridge at once", 0);
    hearsay_sources::annotate(&mut d);
    let s = d.sources.iter().find(|s| s.mentions.iter().any(|m| d.slice(*m) == "it")).expect("it");
    assert_eq!(s.stype, SourceType::Document, "{s:#?}");
}

#[test]
fn a_cited_document_from_a_named_body_keeps_the_name() {
    let text = "Tam Quillon, citing data from the Orvel Water Board, said the river was low.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    assert!(ms.contains(&"data from the Orvel Water Board"), "{ms:?}");
}

#[test]
fn a_title_case_adverb_after_a_missed_speaker_is_cut() {
    let text = "Orvel Radio Finally Responded To The Mayor's Demand.\n\nThe mayor had asked for an apology.";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    let ms = mentions(&d);
    assert!(ms.contains(&"Orvel Radio"), "{ms:?}");
}

#[test]
fn a_lede_role_joins_the_full_name_given_an_age_in_the_next_paragraph() {
    // ("Tomasz" is no first name of the lists: the age after the name makes it a person's)
    let text = "A fisherman who nearly drowned says a dolphin saved him.\n\nTomasz Wrellik, 43, said he had \
                been sailing alone when the storm hit.\n\n“It pushed me to shore,” Tomasz said.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("A fisherman"), Some("says"), "a dolphin saved him", 0);
    attr(&mut d, Indirect, Some("Tomasz Wrellik, 43"), Some("said"), "he had been sailing alone when the storm hit", 0);
    attr(&mut d, Direct, Some("Tomasz"), Some("said"), "It pushed me to shore", 0);
    hearsay_sources::annotate(&mut d);
    let of = |m: &str| d.sources.iter().position(|s| s.mentions.iter().any(|x| d.slice(*x) == m));
    let fisher = of("A fisherman").expect("A fisherman");
    assert_eq!(of("Tomasz Wrellik, 43"), Some(fisher), "{:#?}", d.sources);
    let s = &d.sources[fisher];
    assert_eq!((s.name.as_deref(), s.anonymous), (Some("Tomasz Wrellik"), false), "{s:#?}");
}

#[test]
fn speakers_of_more_forms_the_attribution_stage_may_miss() {
    // (sentence, a mention the sources stage must find); sentences written for this test
    for (text, want) in [
        // "say" before a clause without "that", inside a quote
        ("“Officials say Vell came to the conclusion that he would pass.”", "Officials"),
        // a group noun inside a quote
        ("“Already, the terrorists have announced a truce,” he said.", "the terrorists"),
        // a subject pronoun contracted with its auxiliary
        ("Nobody doubts it, and he's claimed that the plan will fail.", "he"),
        // the object of "according to", cut before the clause that runs on
        (
            "The parts come from many makers, but according to today's report the main chip will be made by Norvik.",
            "today's report",
        ),
        ("She replied: “According to a recent press update, this story is false.”", "a recent press update"),
        // "that" after the addressee of "tell"; the subject ends before "has"
        ("A golfer said he has sources who tell him that Lane is suspended.", "sources"),
        // the hearer and whom he heard from
        ("The folks at Gadgetly have heard from their own sources that the event is off.", "The folks at Gadgetly"),
        ("The folks at Gadgetly have heard from their own sources that the event is off.", "their own sources"),
        ("Rumor has it that the director is fed up.", "Rumor"),
        // a handle in parentheses between the subject and its verb
        ("The design was a tease, as Dara Quill (@daraquill) tells us, and nothing more.", "Dara Quill"),
        // a speaker noun phrase with an appositive that describes something in it
        (
            "A source linked to the Orvel militia, the region's main armed force, said on Monday that she had left.",
            "A source linked to the Orvel militia",
        ),
        // after a noun of saying and "from": a former title before the name; more saying nouns
        (
            "The memo contradicts comments from former Secretary of Transport Lea Vann that nothing could be done.",
            "former Secretary of Transport Lea Vann",
        ),
        (
            "There was “no official notification” from the Harlow government that the virus was confirmed.",
            "the Harlow government",
        ),
        // a raising adjective between the subject and its verb
        ("As the paper reported, Vann was quick to assert that the study was sound.", "Vann"),
        ("He drives past the mansion, and he’s quick to say that the guru saved him.", "he"),
    ] {
        let mut d = doc(text);
        hearsay_sources::annotate(&mut d);
        let ms = mentions(&d);
        assert!(ms.contains(&want), "{want:?} not among {ms:?} in {text:?}");
    }
    // "it's" opens a passive: no source
    let mut d = doc("It's said that the plan will fail.");
    hearsay_sources::annotate(&mut d);
    assert!(mentions(&d).is_empty(), "{:?}", mentions(&d));
}

#[test]
fn a_headline_names_its_speaker_before_a_colon() {
    let title = |text: &str| {
        let mut d = doc(text);
        d.segments[0].kind = hearsay_core::SegmentKind::Title;
        hearsay_sources::annotate(&mut d);
        mentions(&d).into_iter().map(str::to_string).collect::<Vec<_>>()
    };
    assert!(title("Vell: Ames Did Well In the Debate, Worse on the Trail.\n\nVell spoke on Monday.")
        .contains(&"Vell".to_string()));
    // not "The Latest:" nor a shouted label
    assert!(!title("The Latest: Ames wins the caucus in Orvel.\n\nAmes won.").iter().any(|m| m.contains("Latest")));
    assert!(!title("BUSTED: Ames Caught Napping At Work.\n\nAmes slept.").iter().any(|m| m.contains("BUSTED")));
}
