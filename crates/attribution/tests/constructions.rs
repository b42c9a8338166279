//! One sentence (written for these tests) per construction, through the shipped model and rules.

use hearsay_core::Component;
use hearsay_core::{Attribution, AttributionKind, Doc};
use hearsay_ingest::{IngestOptions, InputFormat};

fn run(text: &str) -> Doc {
    let opts = IngestOptions { format: Some(InputFormat::Text), ..Default::default() };
    let mut doc = hearsay_ingest::ingest(text.as_bytes(), &opts).expect("ingest");
    stages().0.annotate(&mut doc);
    stages().1.annotate(&mut doc);
    doc
}

fn with_cue<'a>(doc: &'a Doc, cue: &str) -> &'a Attribution {
    doc.attributions
        .iter()
        .find(|a| a.cue.is_some_and(|c| doc.slice(c).contains(cue)))
        .unwrap_or_else(|| panic!("no attribution with cue {cue:?}: {:?}", doc.attributions))
}

fn src(doc: &Doc, a: &Attribution) -> String {
    a.source.map(|s| doc.slice(s).to_string()).unwrap_or_default()
}

fn content(doc: &Doc, a: &Attribution) -> String {
    a.content.iter().map(|&s| doc.slice(s)).collect::<Vec<_>>().join(" | ")
}

#[test]
fn indirect_speech_with_that_clause() {
    let d = run("The mayor of Springfield said that the bridge would reopen next spring.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "The mayor of Springfield");
    assert!(content(&d, a).contains("the bridge would reopen next spring"));
    assert_eq!(a.kind, AttributionKind::Indirect);
}

#[test]
fn inverted_order_after_content() {
    let d = run("The factory will close by the end of the year, said Maria Lopez, a union official.\n");
    let a = with_cue(&d, "said");
    assert!(src(&d, a).starts_with("Maria Lopez"));
    assert!(content(&d, a).starts_with("The factory will close"));
}

#[test]
fn direct_quote_with_speaker_after() {
    let d = run("“We will not raise taxes this year,” the governor told reporters on Tuesday.\n");
    let a = with_cue(&d, "told");
    assert_eq!(a.kind, AttributionKind::Direct);
    assert_eq!(src(&d, a), "the governor");
    assert!(content(&d, a).starts_with("We will not raise taxes this year"));
}

#[test]
fn according_to_with_source_after() {
    let d = run("Prices rose sharply in March, according to the national statistics office.\n");
    let a = with_cue(&d, "according to");
    assert_eq!(a.kind, AttributionKind::AccordingTo);
    assert_eq!(src(&d, a), "the national statistics office");
    assert!(content(&d, a).starts_with("Prices rose sharply in March"));
}

#[test]
fn medium_after_the_cue() {
    let d = run("The senator wrote in a Facebook post that the vote had been rigged.\n");
    let a = with_cue(&d, "wrote");
    assert_eq!(a.medium.as_deref(), Some("Facebook post"));
}

#[test]
fn quote_continuing_in_next_paragraph_has_no_speaker() {
    let d = run("“The river has never been this low,” said the harbour master, Tom Reyes.\n\n“Barges are waiting for weeks and nobody can tell us when it will end.”\n");
    let cont = d.attributions.iter().find(|a| a.cue.is_none()).expect("continuation");
    assert_eq!(cont.kind, AttributionKind::Direct);
    assert!(cont.source.is_none());
    assert!(content(&d, cont).starts_with("Barges are waiting"));
}

#[test]
fn nested_report_inside_a_quote() {
    let d = run("“A friend in the ministry tells me that the budget will be cut again,” the columnist wrote.\n");
    let outer = with_cue(&d, "wrote");
    let inner = with_cue(&d, "tells");
    assert_eq!(src(&d, inner), "A friend in the ministry");
    assert!(content(&d, inner).starts_with("the budget will be cut again"));
    let pi = inner.parent.expect("nested");
    assert_eq!(d.attributions[pi].cue, outer.cue);
}

#[test]
fn scare_quoted_word_alone_is_not_an_attribution() {
    let d = run("The so-called “miracle” cure was sold in shops across the county.\n");
    assert!(d.attributions.is_empty(), "{:?}", d.attributions);
}

#[test]
fn empty_and_odd_input_does_not_panic() {
    for t in ["“\n", "said that\n", "\"\"\"\n", "According to\n"] {
        let _ = run(t);
    }
}

#[test]
fn transcript_labels_in_capitals_are_speakers() {
    let d = run("Harbor Debate Transcript\n\nMORALES: We will open the harbor to small boats by June.\n\nKEANE: That plan has no money behind it.\n");
    let a = with_cue(&d, ":");
    assert_eq!(src(&d, a), "MORALES");
    assert_eq!(content(&d, a), "We will open the harbor to small boats by June");
    assert_eq!(a.kind, AttributionKind::Direct);
    let keane =
        d.attributions.iter().find(|x| x.source.is_some_and(|s| d.slice(s) == "KEANE")).expect("second speaker");
    assert_eq!(content(&d, keane), "That plan has no money behind it");
}

#[test]
fn headline_label_before_colon_is_a_source() {
    let d = run("Survey: Most Riverside Voters Back the Ferry Plan\n\nThe vote is next week.\n");
    let a = with_cue(&d, ":");
    assert_eq!(src(&d, a), "Survey");
    assert_eq!(content(&d, a), "Most Riverside Voters Back the Ferry Plan");
}

#[test]
fn furniture_and_headings_before_colon_are_not_sources() {
    let d = run("Harbor plan\n\nUpdate: The council moved the vote to Friday.\n\nThe Long Wait: Boats have waited three years for the new dock.\n");
    assert!(d.attributions.iter().all(|a| a.cue.is_none_or(|c| d.slice(c) != ":")), "{:?}", d.attributions);
}

#[test]
fn signature_dash_after_a_quotation() {
    let d =
        run("Readers wrote to us.\n\n“The ferry changed how I get to work. I would not go back.” ― Dana Whitfield\n");
    let a = with_cue(&d, "―");
    assert_eq!(src(&d, a), "Dana Whitfield");
    assert_eq!(content(&d, a), "The ferry changed how I get to work. I would not go back");
    assert_eq!(a.kind, AttributionKind::Direct);
}

#[test]
fn signed_post_with_handle_and_date() {
    let d = run("The mayor posted late.\n\nThe new dock opens Monday, and every boat is welcome. — Rosa Imre (@rosaimre) June 3, 2024\n");
    let a = with_cue(&d, "—");
    assert_eq!(src(&d, a), "Rosa Imre");
    assert_eq!(content(&d, a), "The new dock opens Monday, and every boat is welcome");
}

#[test]
fn a_dash_inside_prose_is_not_a_signature() {
    let d = run("The dock was finished early — Tuesday, not Friday.\n");
    assert!(d.attributions.iter().all(|a| a.cue.is_none_or(|c| d.slice(c) != "—")), "{:?}", d.attributions);
}

#[test]
fn narrative_after_a_quote_and_its_speaker_is_not_content() {
    let d = run("“We are ready to vote,” the senator said Monday as she walked into the chamber.\n\n\
                 “It never occurred to me that the fund was empty,” she said several weeks after the hearing.\n");
    let by = |who: &str| d.attributions.iter().find(|x| x.source.is_some_and(|s| d.slice(s) == who));
    assert_eq!(content(&d, by("the senator").expect("the senator said")), "We are ready to vote");
    assert_eq!(content(&d, by("she").expect("she said")), "It never occurred to me that the fund was empty");
}

#[test]
fn a_quotation_resumed_after_its_speaker_stays_content() {
    let d = run("“We are ready,” the coach said. “The players know what to do.”\n");
    let a = with_cue(&d, "said");
    assert_eq!(content(&d, a), "We are ready | The players know what to do");
}

#[test]
fn a_long_quotation_is_content_to_its_closing_mark() {
    let d = run("The coach said after the match: “We trained hard all winter. We lost twice in March. \
                 We learned a lot from that. We fixed the defence. We kept the ball. We won the final.”\n");
    let a = with_cue(&d, "said");
    assert!(content(&d, a).starts_with("We trained hard"), "{}", content(&d, a));
    assert!(content(&d, a).ends_with("We won the final"), "{}", content(&d, a));
}

#[test]
fn the_subject_of_a_passive_cue_is_content_not_source() {
    let d = run("Mr. Quiros was accused of using the money for a condominium in New York.\n\n\
                 Republicans were frustrated that the prison would stay open.\n");
    let a = with_cue(&d, "accused");
    assert_eq!(a.source, None);
    assert_eq!(content(&d, a), "Mr. Quiros | using the money for a condominium in New York");
    // a state of mind keeps its holder as the source
    let b = with_cue(&d, "frustrated");
    assert_eq!(src(&d, b), "Republicans");
}

#[test]
fn mixed_quote_is_reported_speech_with_a_quoted_fragment() {
    let d = run("The mayor called the new stadium “a gift to the city” and promised to open it in May.\n");
    let a = with_cue(&d, "called");
    assert_eq!(a.kind, AttributionKind::Mixed);
    assert_eq!(src(&d, a), "The mayor");
    assert!(content(&d, a).contains("a gift to the city"));
}

#[test]
fn speaker_inside_a_split_quotation() {
    let d = run("“We will appeal,” the lawyer said, “and we expect to win before the end of the year.”\n");
    let a = with_cue(&d, "said");
    assert_eq!(a.kind, AttributionKind::Direct);
    assert_eq!(src(&d, a), "the lawyer");
    assert_eq!(content(&d, a), "We will appeal | and we expect to win before the end of the year");
}

#[test]
fn a_quotation_left_open_continues_in_the_next_paragraph() {
    let d = run("“The river has never been this low,” the harbour master said. “Barges are waiting for weeks.\n\n\
                 “Nobody can tell us when it will end.”\n");
    let cont = d.attributions.iter().find(|a| a.cue.is_none()).expect("continuation");
    assert_eq!(cont.kind, AttributionKind::Direct);
    assert_eq!(cont.source, None);
    assert_eq!(content(&d, cont), "Nobody can tell us when it will end");
}

#[test]
fn indirect_speech_in_several_tenses_and_voices() {
    let cases = [
        ("The company says its profits will rise next year.", "says", "The company", "its profits will rise next year"),
        (
            "The minister told reporters on Tuesday that the border would stay closed.",
            "told",
            "The minister",
            "the border would stay closed",
        ),
        (
            "The union has argued that the pension fund is underfunded.",
            "has argued",
            "The union",
            "the pension fund is underfunded",
        ),
        (
            "The governor warned that the storm could flood the coastal towns.",
            "warned",
            "The governor",
            "the storm could flood",
        ),
        (
            "The coach insisted that the team had done nothing wrong.",
            "insisted",
            "The coach",
            "the team had done nothing wrong",
        ),
        (
            "The agency acknowledged that the data had been lost.",
            "acknowledged",
            "The agency",
            "the data had been lost",
        ),
        ("It was reported last week that the factory would close.", "reported", "", "the factory would close"),
    ];
    for (text, cue, source, said) in cases {
        let d = run(&format!("{text}\n"));
        let a = with_cue(&d, cue);
        assert_eq!(src(&d, a), source, "{text}");
        assert!(content(&d, a).contains(said), "{text}: {}", content(&d, a));
    }
}

#[test]
fn an_expectation_takes_its_subject_into_the_content() {
    // PolNeAR's reading of "X is expected to …": no source, X and the infinitive as content
    let d = run("The president is expected to announce a new trade deal on Friday.\n");
    let a = with_cue(&d, "expected");
    assert_eq!(a.source, None);
    assert_eq!(content(&d, a), "The president | to announce a new trade deal on Friday");
}

#[test]
fn nouns_as_cues() {
    let d = run("Critics dismissed the claim that the tax cut pays for itself.\n\n\
                 The minister faces allegations of bribery from two former aides.\n");
    let claim = with_cue(&d, "claim");
    assert_eq!(content(&d, claim), "that the tax cut pays for itself");
    let alleged = with_cue(&d, "allegations of");
    assert!(content(&d, alleged).starts_with("bribery"), "{}", content(&d, alleged));
}

#[test]
fn according_to_at_the_start_of_the_sentence() {
    let d = run("According to the police report, the driver had been drinking.\n");
    let a = with_cue(&d, "According to");
    assert_eq!(a.kind, AttributionKind::AccordingTo);
    assert_eq!(src(&d, a), "the police report");
    assert_eq!(content(&d, a), "the driver had been drinking");
}

#[test]
fn medium_in_an_opening_phrase() {
    let d = run("In a statement, the airline said the flight had landed safely.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "the airline");
    assert_eq!(a.medium.as_deref(), Some("statement"));
}

#[test]
fn parenthetical_speaker_splits_the_content() {
    let d = run("The bridge, the engineers said, will need new cables.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "the engineers");
    assert_eq!(content(&d, a), "The bridge | will need new cables");
}

#[test]
fn a_cue_ending_its_paragraph_with_a_colon_takes_the_next_paragraph() {
    let d = run(
        "The race is close.\n\nThe governor added:\n\nIt is typical of her. She knows nothing, but she talks a lot.\n",
    );
    let a = with_cue(&d, "added");
    assert_eq!(src(&d, a), "The governor");
    assert_eq!(content(&d, a), "It is typical of her. She knows nothing, but she talks a lot");
}

/// The text and attribution stages with the shipped models, loaded once for all tests.
fn stages() -> &'static (hearsay_text::Text, hearsay_attribution::Attribution) {
    static S: std::sync::OnceLock<(hearsay_text::Text, hearsay_attribution::Attribution)> = std::sync::OnceLock::new();
    S.get_or_init(|| {
        (
            hearsay_text::Text::shipped().expect("shipped tagger"),
            hearsay_attribution::Attribution::shipped().expect("shipped model"),
        )
    })
}

#[test]
fn sentence_final_speaker_after_a_comma() {
    // content, speaker, verb, day: the cue is found but the span model leaves the content out
    let d = run("WASHINGTON — A man who scaled a White House fence this month rushed past an agent, a government official confirmed on Monday.\n");
    let a = with_cue(&d, "confirmed");
    assert_eq!(src(&d, a), "a government official");
    assert_eq!(content(&d, a), "A man who scaled a White House fence this month rushed past an agent");
}

#[test]
fn inverted_content_starts_after_a_dateline() {
    let d = run("Paris (AFP) – The same anger that drove voters to leave the union could carry a rival into office, the senator warned on Wednesday.\n");
    let a = with_cue(&d, "warned");
    assert_eq!(src(&d, a), "the senator");
    assert!(content(&d, a).starts_with("The same anger"), "{}", content(&d, a));
}

#[test]
fn impersonal_report_closing_the_sentence() {
    let d = run("The bank will cut 300 jobs in its trading arm, it was claimed yesterday.\n");
    let a = with_cue(&d, "claimed");
    assert_eq!(doc_cue(&d, a), "it was claimed");
    assert_eq!(src(&d, a), "", "an impersonal report names no source");
    assert_eq!(content(&d, a), "The bank will cut 300 jobs in its trading arm");
}

#[test]
fn a_day_after_the_cue_is_no_content() {
    let d = run("The co-pilot had logged 2,766 flying hours with the carrier, the airline said Thursday.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "the airline");
    assert_eq!(content(&d, a), "The co-pilot had logged 2,766 flying hours with the carrier");
}

fn doc_cue(doc: &Doc, a: &Attribution) -> String {
    a.cue.map(|s| doc.slice(s).to_string()).unwrap_or_default()
}

#[test]
fn attributive_participle_before_a_title_is_no_cue() {
    // "noted" qualifies "analyst": the cue is the verb after the name
    let d = run("Acclaimed analyst Dana Whitfield predicted that the airline would cut its fares in June.\n");
    assert!(d.attributions.iter().all(|a| a.cue.is_some_and(|c| d.slice(c) != "Acclaimed")), "{:?}", d.attributions);
    let a = with_cue(&d, "predicted");
    assert!(src(&d, a).ends_with("Dana Whitfield"), "{}", src(&d, a));
    assert!(content(&d, a).contains("the airline would cut its fares in June"));
    let d = run("The ferry service will stop in winter, noted historian Paul Brandt wrote in a letter on Monday.\n");
    assert!(d.attributions.iter().all(|a| a.cue.is_some_and(|c| d.slice(c) != "noted")), "{:?}", d.attributions);
}

#[test]
fn appositive_speaker_before_said_keeps_the_clause_as_content() {
    // the slot scorer alone reads "the new phone would ship in March" as an inverted source
    let d =
        run("Apple shares rose on Monday.\n\nTim Cook, the CEO of Apple, said the new phone would ship in March.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "Tim Cook, the CEO of Apple");
    assert_eq!(content(&d, a), "the new phone would ship in March");
    // an inverted speaker phrase without a verb still is the source
    let d = run("The factory will close by the end of the year, said union official Maria Lopez.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "union official Maria Lopez");
}

#[test]
fn a_sentence_adverbial_is_cut_off_the_source() {
    let d = run("The film opened last week.\n\nYesterday, the studio had reported that one of the cars was stolen in Detroit.\n");
    let a = with_cue(&d, "reported");
    assert_eq!(src(&d, a), "the studio");
    let d = run("The port closed.\n\nMeanwhile, the ministry said the ships would wait offshore.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "the ministry");
}

#[test]
fn reportedly_names_no_source() {
    let d = run("The network has few rivals.\n\nTime Warner, the network's parent company, reportedly makes most of its profits from cable subscriptions.\n");
    let a = with_cue(&d, "reportedly");
    assert_eq!(src(&d, a), "");
    assert!(content(&d, a).contains("makes most of its profits"));
}

#[test]
fn appositive_speaker_before_told_keeps_the_clause_after_the_addressee() {
    let d = run("Officials met on Monday.\n\nRep. Jane Miller, a former Army nurse, told Fox News the governor was furious about the delay.\n");
    let a = with_cue(&d, "told");
    assert_eq!(src(&d, a), "Rep. Jane Miller, a former Army nurse");
    assert_eq!(content(&d, a), "the governor was furious about the delay");
}

#[test]
fn a_speaker_with_a_relative_clause_before_told_keeps_the_clause_after_the_addressee() {
    let d = run("Officials met on Monday.\n\nMaria Lopez, who is currently in Greece, told a radio station her uncle is “in good health” and will return.\n");
    let a = with_cue(&d, "told");
    assert!(src(&d, a).starts_with("Maria Lopez"), "{:?}", src(&d, a));
    assert!(content(&d, a).starts_with("her uncle is"), "{:?}", content(&d, a));
}

#[test]
fn a_long_inverted_speaker_after_said_is_the_source() {
    let d = run("Officials met.\n\nThe fighting spread to the border with Turkey, said the Britain-based Syrian Observatory for Human Rights and Nawaf Khalil, a spokesman for the party.\n");
    let a = with_cue(&d, "said");
    assert!(src(&d, a).starts_with("the Britain-based Syrian Observatory"), "{:?}", src(&d, a));
    assert_eq!(content(&d, a), "The fighting spread to the border with Turkey");
    // a source with a relative clause before the cue stays the source
    let d = run("Officials met.\n\nMorton Hale, the activist who founded the institute in 1979, endorsed Senator Ted Cruz for president.\n");
    if let Some(a) = d.attributions.iter().find(|a| a.cue.is_some_and(|c| d.slice(c).contains("endorsed"))) {
        assert!(!src(&d, a).starts_with("Senator"), "{:?}", src(&d, a));
    }
}

#[test]
fn an_inverted_outlet_after_a_clause_is_the_source_not_the_clause_subject() {
    // "[Apple] will use …, reports BusinessKorea": the outlet reports the whole clause,
    // also with a credit in brackets after it
    for text in [
        "Officials met.\n\nApple will use a new supplier for the watch chips next year, reports BusinessKorea. It may matter.\n",
        "Officials met.\n\nApple will use a new supplier for the watch chips next year, reports BusinessKorea (via G for Games). It may matter.\n",
    ] {
        let d = run(text);
        let a = with_cue(&d, "reports");
        assert_eq!(src(&d, a), "BusinessKorea", "{text}");
        assert_eq!(content(&d, a), "Apple will use a new supplier for the watch chips next year", "{text}");
    }
}

#[test]
fn an_age_after_the_name_stays_in_the_source_of_told() {
    let d = run("Officials met.\n\nRosenberg, 31, told reporters the plan was dead.\n");
    let a = with_cue(&d, "told");
    assert_eq!(src(&d, a), "Rosenberg, 31");
    assert_eq!(content(&d, a), "the plan was dead");
}

#[test]
fn an_age_alone_taken_for_the_source_takes_in_the_name_before_it() {
    let d = run("Shoppers were bemused.\n\nShop assistant Gemma Prosser, 19, said the town was quiet.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "Shop assistant Gemma Prosser, 19");
}

#[test]
fn a_source_cut_inside_a_party_parenthesis_runs_on_to_its_close() {
    let d =
        run("The hearing ran late.\n\nRep. Dana Holt (R-Calif.) claimed Tuesday that the fence had been breached.\n");
    let a = with_cue(&d, "claimed");
    assert!(src(&d, a).ends_with("(R-Calif.)"), "{:?}", src(&d, a));
}

#[test]
fn a_furniture_label_before_a_colon_is_no_speaker() {
    let d = run("Council votes on budget\n\nThe council met on Monday and passed the budget.\n\nUpdate: The mayor has now signed the budget into law.\n\nVIA: Metro Daily\n");
    assert!(
        !d.attributions.iter().any(|a| a.source.is_some_and(|s| matches!(d.slice(s), "Update" | "VIA"))),
        "{:?}",
        d.attributions.iter().map(|a| a.source.map(|s| d.slice(s).to_string())).collect::<Vec<_>>()
    );
}

#[test]
fn an_emphatic_pronoun_source_takes_in_the_name_before_it() {
    let d =
        run("The watch ships in April.\n\nThe battery is small. Apple itself said that the watch would last a day.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "Apple itself");
}

#[test]
fn a_medium_read_into_the_source_is_cut_off_and_kept_as_the_medium() {
    let d = run("The vote was close.\n\n\"We will not back down,\" said Mayor Dana Holt in a statement.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "Mayor Dana Holt");
    assert_eq!(a.medium.as_deref(), Some("statement"));
    let d = run("The vote was close.\n\nMayor Dana Holt in a telephone interview said the deal was dead.\n");
    let a = with_cue(&d, "said");
    assert_eq!(src(&d, a), "Mayor Dana Holt");
    assert_eq!(a.medium.as_deref(), Some("telephone interview"));
}

#[test]
fn told_with_the_addressee_before_the_clause_or_ending_the_sentence() {
    // the span model leaves these "told" cues without content; the addressee shows where it is
    let d = run("A spokesman told Reuters in an email the report was false.\n");
    let a = with_cue(&d, "told");
    assert_eq!(src(&d, a), "A spokesman");
    assert_eq!(content(&d, a), "the report was false");
    let d = run("The ambassador told Reuters Kim was not in bad health.\n");
    let a = with_cue(&d, "told");
    assert_eq!(src(&d, a), "The ambassador");
    assert_eq!(content(&d, a), "Kim was not in bad health");
    let d = run("Officials met on Monday.\n\nThe report was false, Maria Lopez told reporters.\n");
    let a = with_cue(&d, "told");
    assert_eq!(src(&d, a), "Maria Lopez");
    assert_eq!(content(&d, a), "The report was false");
    // no clause after the addressee: nothing is made up
    let d = run("The old sailor told the story of the storm to his grandchildren.\n");
    assert!(d.attributions.iter().all(|a| !content(&d, a).starts_with("of the storm")), "{:?}", d.attributions);
}
