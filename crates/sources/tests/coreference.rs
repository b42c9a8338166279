//! Grouping mentions into speakers, on sentences written for these tests.

mod common;
use common::*;
use hearsay_core::{AttributionKind::*, SourceType, Verdict};

#[test]
fn short_names_pronouns_roles_and_quote_speakers() {
    let text = "Senator Maria Okafor said the bridge was unsafe.\n\n\
                Okafor added that repairs would take a year.\n\n\
                “I have seen the reports myself,” she said.\n\n\
                A city spokesman said the bridge was inspected in May. The spokesman declined to comment further.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Senator Maria Okafor"), Some("said"), "the bridge was unsafe", 0);
    attr(&mut d, Indirect, Some("Okafor"), Some("added"), "repairs would take a year", 0);
    let q = attr(&mut d, Direct, Some("she"), Some("said"), "I have seen the reports myself,", 0);
    attr(&mut d, Indirect, Some("A city spokesman"), Some("said"), "the bridge was inspected in May", 0);
    let p = at(&d, "I have", 0).start;
    verif(&mut d, Verdict::DeclinedToComment, "The spokesman", "declined to comment", 0);
    d.verifications.push(hearsay_core::Verification {
        verdict: Verdict::Confirmed,
        actor: Some(hearsay_core::Span::new(p, p + 1)),
        actor_id: None,
        cue: at(&d, "have seen", p),
        target: None,
    });
    hearsay_sources::annotate(&mut d);
    assert_eq!(d.sources.len(), 2, "{:#?}", d.sources);
    let okafor = d.attributions[0].source_id.unwrap();
    let s = &d.sources[okafor];
    assert_eq!(
        (s.name.as_deref(), s.stype, s.anonymous, s.official),
        // a senator speaks for herself, not for an institution (../shared/spec/ANNOTATION.md)
        (Some("Maria Okafor"), SourceType::Person, false, false)
    );
    assert_eq!(d.attributions[1].source_id, Some(okafor));
    assert_eq!(d.attributions[q].source_id, Some(okafor));
    assert_eq!(d.verifications[1].actor_id, Some(okafor), "“I” inside her quote is her");
    let spokesman = d.attributions[3].source_id.unwrap();
    assert_ne!(spokesman, okafor);
    assert_eq!(d.verifications[0].actor_id, Some(spokesman), "“The spokesman” points back");
    assert!(d.sources[spokesman].anonymous && d.sources[spokesman].official);
}

#[test]
fn recipients_outlets_and_relative_pronouns() {
    let text = "“The talks failed,” a diplomat familiar with the negotiations told Reuters.\n\n\
                The agency, which first reported the news, said the talks would resume.";
    let mut d = doc(text);
    attr(&mut d, Direct, Some("a diplomat familiar with the negotiations"), Some("told"), "The talks failed,", 0);
    attr(&mut d, Indirect, Some("which"), Some("reported"), "the news", 0);
    hearsay_sources::annotate(&mut d);
    let dip = &d.sources[d.attributions[0].source_id.unwrap()];
    assert!(dip.anonymous && dip.stype == SourceType::Person);
    assert_eq!(dip.descriptors, ["familiar with the negotiations"]);
    let reuters = d.attributions[0].recipient_id.expect("recipient");
    assert_eq!(d.sources[reuters].stype, SourceType::Outlet);
    assert_eq!(d.sources[reuters].name.as_deref(), Some("Reuters"));
    // "The agency, which" resolves through the phrase before the pronoun
    let which = d.attributions[1].source_id.unwrap();
    assert_eq!(d.sources[which].stype, SourceType::Organization);
}

#[test]
fn role_nouns_link_only_to_a_person_they_fit() {
    // the commissioner named in the first paragraph; "the singer" is someone else, "The
    // commissioner" is him; "- Gary Bettman" is the same speaker; "Que" is no speaker
    let text = "NHL commissioner Gary Bettman said the league would not expand this year.\n\n\
                Sofia Marin, a Quebec radio host, said fans were angry.\n\n\
                The singer said the concert would go ahead.\n\n\
                The commissioner added that talks would continue.\n\n\
                - Gary Bettman said the decision was final.\n\n\
                Que said nothing at all.";
    let mut d = doc(text);
    let g = attr(&mut d, Indirect, Some("NHL commissioner Gary Bettman"), Some("said"), "the league would not", 0);
    attr(&mut d, Indirect, Some("Sofia Marin"), Some("said"), "fans were angry", 0);
    let singer = attr(&mut d, Indirect, Some("The singer"), Some("said"), "the concert would go ahead", 0);
    let comm = attr(&mut d, Indirect, Some("The commissioner"), Some("added"), "talks would continue", 0);
    let dash = attr(&mut d, Indirect, Some("- Gary Bettman"), Some("said"), "the decision was final", 0);
    let que = attr(&mut d, Indirect, Some("Que"), Some("said"), "nothing at all", 0);
    hearsay_sources::annotate(&mut d);
    let bettman = d.attributions[g].source_id.unwrap();
    assert_eq!(d.sources[bettman].name.as_deref(), Some("Gary Bettman"));
    assert_eq!(d.attributions[comm].source_id, Some(bettman), "the commissioner is Bettman");
    assert_eq!(d.attributions[dash].source_id, Some(bettman), "- Gary Bettman is Gary Bettman");
    assert_ne!(d.attributions[singer].source_id, Some(bettman), "the singer is not the commissioner");
    assert_eq!(d.attributions[que].source_id, None, "a function word is no source");
    assert!(d.sources.iter().all(|s| s.name.as_deref() != Some("Que")));
}

#[test]
fn role_nouns_take_the_name_the_text_gives_them() {
    // "Carson campaign manager Barry Bennett" is no source mention, yet "the campaign
    // manager" is him and so is the later "Bennett"; "the president" is not the vice president
    let text = "Critics singled out Carson campaign manager Barry Bennett as the problem.\n\n\
                Later the campaign manager said he needed to speak to the candidate.\n\n\
                Bennett said the campaign was fine.\n\n\
                Vice President Joe Biden visited Ohio.\n\n\
                The president said the economy was strong.\n\n\
                Foreign Secretary Philip Hammond flew to Paris.\n\n\
                The Home Secretary said the border was safe.";
    let mut d = doc(text);
    let cm = attr(&mut d, Indirect, Some("the campaign manager"), Some("said"), "he needed to speak", 0);
    let b = attr(&mut d, Indirect, Some("Bennett"), Some("said"), "the campaign was fine", 0);
    let p = attr(&mut d, Indirect, Some("The president"), Some("said"), "the economy was strong", 0);
    hearsay_sources::annotate(&mut d);
    let bennett = d.attributions[cm].source_id.unwrap();
    assert_eq!(d.sources[bennett].name.as_deref(), Some("Barry Bennett"));
    assert!(!d.sources[bennett].anonymous);
    assert_eq!(d.attributions[b].source_id, Some(bennett), "Bennett is the campaign manager");
    let president = d.attributions[p].source_id.unwrap();
    assert_eq!(d.sources[president].name, None, "the president is not Joe Biden");
    let h = attr(&mut d, Indirect, Some("The Home Secretary"), Some("said"), "the border was safe", 0);
    hearsay_sources::annotate(&mut d);
    let home = d.attributions[h].source_id.unwrap();
    assert_eq!(d.sources[home].name, None, "the Home Secretary is not the Foreign Secretary");
}

#[test]
fn call_letters_that_report_are_outlets_and_capitalised_first_names_are_people() {
    let text = "A Kansas City TV station, KCTV-5 reported that a man was quarantined.\n\n\
                GUY said he saw the crash.";
    let mut d = doc(text);
    let k = attr(&mut d, Indirect, Some("KCTV-5"), Some("reported"), "a man was quarantined", 0);
    let g = attr(&mut d, Indirect, Some("GUY"), Some("said"), "he saw the crash", 0);
    hearsay_sources::annotate(&mut d);
    let kctv = &d.sources[d.attributions[k].source_id.unwrap()];
    assert_eq!((kctv.stype, kctv.official), (SourceType::Outlet, false));
    let guy = &d.sources[d.attributions[g].source_id.unwrap()];
    assert_eq!(guy.stype, SourceType::Person);
}

#[test]
fn a_role_after_a_possessive_name_makes_a_named_person_official() {
    let text = "Christy Feig, WHO’s director of communications, said the report was wrong.";
    let mut d = doc(text);
    let f = attr(&mut d, Indirect, Some("Christy Feig"), Some("said"), "the report was wrong", 0);
    hearsay_sources::annotate(&mut d);
    let feig = &d.sources[d.attributions[f].source_id.unwrap()];
    assert_eq!((feig.stype, feig.anonymous, feig.official), (SourceType::Person, false, true));
}

#[test]
fn coordinated_names_are_one_source_each() {
    let text = "The data team is run by Matt Braynard and Witold Chrabaszcz.\n\n\
                Braynard and Chrabaszcz did not respond to interview requests.\n\n\
                Neither the FBI nor the Justice Department responded to requests for comment.\n\n\
                Smith, 45, insisted he was innocent.";
    let mut d = doc(text);
    let v = verif(&mut d, Verdict::DidNotRespond, "Braynard and Chrabaszcz", "did not respond", 0);
    let w = verif(&mut d, Verdict::DidNotRespond, "Neither the FBI nor the Justice Department", "responded", 0);
    let s = attr(&mut d, Indirect, Some("Smith"), Some("insisted"), "he was innocent", 0);
    hearsay_sources::annotate(&mut d);
    let braynard = &d.sources[d.verifications[v].actor_id.unwrap()];
    assert_eq!((braynard.name.as_deref(), braynard.stype), (Some("Braynard"), SourceType::Person));
    assert!(d.sources.iter().any(|s| s.name.as_deref() == Some("Chrabaszcz") && s.stype == SourceType::Person));
    let fbi = &d.sources[d.verifications[w].actor_id.unwrap()];
    assert_eq!((fbi.name.as_deref(), fbi.stype), (Some("FBI"), SourceType::Organization));
    assert!(d.sources.iter().any(|s| s.name.as_deref() == Some("Justice Department")));
    // a one-word name with an age is a person, not a company
    assert_eq!(d.sources[d.attributions[s].source_id.unwrap()].stype, SourceType::Person);
}

#[test]
fn a_role_said_of_a_name_and_reports_that_are_nouns() {
    let text = "Ahmed Abdi Godane is the spiritual leader of al-Shabab.\n\n\
                Godane said the attack was revenge.\n\n\
                The campaign spent little, according to its FEC reports.";
    let mut d = doc(text);
    let g = attr(&mut d, Indirect, Some("Godane"), Some("said"), "the attack was revenge", 0);
    let f = attr(&mut d, Indirect, Some("FEC"), Some("reports"), "The campaign spent little", 0);
    hearsay_sources::annotate(&mut d);
    let godane = &d.sources[d.attributions[g].source_id.unwrap()];
    assert_eq!((godane.stype, godane.official), (SourceType::Person, true));
    // "its FEC reports" is a document of the commission, not a news outlet reporting
    let fec = &d.sources[d.attributions[f].source_id.unwrap()];
    assert_ne!(fec.stype, SourceType::Outlet);
}

#[test]
fn an_agent_of_an_organization_the_text_names_is_official() {
    let text = "Messaging app Glide said it verified the recording.\n\n\
                A Glide representative said the video is authentic.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Messaging app Glide"), Some("said"), "it verified the recording", 0);
    let r = attr(&mut d, Indirect, Some("A Glide representative"), Some("said"), "the video is authentic", 0);
    hearsay_sources::annotate(&mut d);
    let rep = &d.sources[d.attributions[r].source_id.unwrap()];
    assert_eq!((rep.stype, rep.anonymous, rep.official), (SourceType::Person, true, true));
}

#[test]
fn one_word_names_that_are_no_companies() {
    // a first name alone is a person; a common word at a sentence's start is no company;
    // a bare name the text never gives a first name or title stays a company ("Glide")
    let text = "Lucy said the school was closed.\n\n\
                Fears said the storm was coming, though such fears were rare.\n\n\
                Glide said it verified the video.";
    let mut d = doc(text);
    let l = attr(&mut d, Indirect, Some("Lucy"), Some("said"), "the school was closed", 0);
    let f = attr(&mut d, Indirect, Some("Fears"), Some("said"), "the storm was coming", 0);
    let g = attr(&mut d, Indirect, Some("Glide"), Some("said"), "it verified the video", 0);
    hearsay_sources::annotate(&mut d);
    let stype = |i: usize| d.sources[d.attributions[i].source_id.unwrap()].stype;
    assert_eq!(stype(l), SourceType::Person);
    assert_ne!(stype(f), SourceType::Organization);
    assert_eq!(stype(g), SourceType::Organization);
}

#[test]
fn a_one_word_name_after_a_quote_and_said_is_a_person() {
    // "…,” said Kowalczyk": the inverted speaker of a quote is a person, not a company
    let text = "The firm will open a store in May.\n\n\
                “We are very pleased with the results,” said Kowalczyk. “The plan works.”";
    let mut d = doc(text);
    let k = attr(&mut d, Direct, Some("Kowalczyk"), Some("said"), "We are very pleased with the results", 0);
    hearsay_sources::annotate(&mut d);
    let s = &d.sources[d.attributions[k].source_id.unwrap()];
    assert_eq!((s.stype, s.official), (SourceType::Person, false));
}

#[test]
fn documents_only_an_office_issues_are_official() {
    // "the filings", "a memorandum": official like the bodies that issue them; "a blog post" not
    let text = "The filings show the mayor paid the firm twice.\n\n\
                A memorandum says visitors must register.\n\n\
                A blog post says the mayor paid the firm once.";
    let mut d = doc(text);
    let f = attr(&mut d, Indirect, Some("The filings"), Some("show"), "the mayor paid the firm twice", 0);
    let m = attr(&mut d, Indirect, Some("A memorandum"), Some("says"), "visitors must register", 0);
    let b = attr(&mut d, Indirect, Some("A blog post"), Some("says"), "the mayor paid the firm once", 0);
    hearsay_sources::annotate(&mut d);
    let src = |i: usize| &d.sources[d.attributions[i].source_id.unwrap()];
    assert_eq!((src(f).stype, src(f).official), (SourceType::Document, true));
    assert_eq!((src(m).stype, src(m).official), (SourceType::Document, true));
    assert_eq!((src(b).stype, src(b).official), (SourceType::Document, false));
}

#[test]
fn the_statement_after_said_in_a_statement_is_the_speakers() {
    // "… said in a statement. The statement added …": the speaker's document, named and official
    let text = "The mayor's office said in a statement that the bridge was safe.\n\n\
                The statement added that no one was hurt.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("The mayor's office"), Some("said in a statement"), "the bridge was safe", 0);
    let s = attr(&mut d, Indirect, Some("The statement"), Some("added"), "no one was hurt", 0);
    hearsay_sources::annotate(&mut d);
    let src = &d.sources[d.attributions[s].source_id.unwrap()];
    assert_eq!((src.stype, src.anonymous, src.official), (SourceType::Document, false, true));
}

#[test]
fn a_document_on_a_social_platform_is_not_the_platforms() {
    // "his Twitter account": Twitter is a company, but it does not issue what others post
    let text = "The singer was seen in Paris on Friday.\n\nHis Twitter account says the tour is over.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("His Twitter account"), Some("says"), "the tour is over", 0);
    hearsay_sources::annotate(&mut d);
    let s = &d.sources[d.attributions[a].source_id.unwrap()];
    assert_eq!((s.stype, s.official), (SourceType::Document, false));
}

#[test]
fn an_actor_after_a_recipient_is_not_the_recipient() {
    let text = "A Pentagon spokesman told Reuters the Pentagon could not verify the video.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("A Pentagon spokesman"), Some("told"), "the Pentagon could not verify the video", 0);
    let v = verif(&mut d, Verdict::CouldNotConfirm, "Reuters the Pentagon", "could not verify", 0);
    hearsay_sources::annotate(&mut d);
    let actor = &d.sources[d.verifications[v].actor_id.unwrap()];
    assert_eq!((actor.name.as_deref(), actor.stype), (Some("Pentagon"), SourceType::Organization));
}

#[test]
fn bad_input_never_panics() {
    let mut d = doc("“ ” said.\n\nx");
    d.attributions.push(hearsay_core::Attribution {
        kind: Direct,
        source: Some(hearsay_core::Span::new(3, 1000)),
        cue: Some(hearsay_core::Span::new(1, 2)),
        content: vec![hearsay_core::Span::new(0, 1)],
        parent: Some(7),
        medium: None,
        source_id: None,
        recipient_id: None,
        hedges: vec![],
        confidence: 0.5,
        act: Default::default(),
    });
    hearsay_sources::annotate(&mut d);
}

/// A surname that is also a role noun ("Carpenter", "Farmer") names the person the text gave
/// it to, and a role noun after it points back to that person.
#[test]
fn a_surname_that_is_a_role_noun_stays_a_name() {
    let text = "Councilwoman Jane T. Carpenter rejected the plan on Monday.\n\n\
                “The numbers do not add up,” Carpenter told the Herald. The councilwoman said the budget was short.\n\n\
                A carpenter on Main Street said lumber prices rose.";
    let mut d = doc(text);
    let a = attr(&mut d, Direct, Some("Carpenter"), Some("told"), "The numbers do not add up,", 0);
    let b = attr(&mut d, Indirect, Some("The councilwoman"), Some("said"), "the budget was short", 0);
    let c = attr(&mut d, Indirect, Some("A carpenter on Main Street"), Some("said"), "lumber prices rose", 0);
    hearsay_sources::annotate(&mut d);
    let named = d.attributions[a].source_id.unwrap();
    let s = &d.sources[named];
    assert_eq!((s.name.as_deref(), s.anonymous), (Some("Carpenter"), false), "{:#?}", d.sources);
    assert_eq!(d.attributions[b].source_id, Some(named), "the councilwoman is Carpenter");
    let other = d.attributions[c].source_id.unwrap();
    assert_ne!(other, named);
    assert!(d.sources[other].anonymous);
}

#[test]
fn document_descriptions_and_coordinated_appositives() {
    let text = "A report by the Harlow Institute found that the dam leaks. The study also found that repairs lag.\n\n\
                Ortiz and his deputy, Lena Park, said the figures were old.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("A report by the Harlow Institute"), Some("found"), "the dam leaks", 0);
    attr(&mut d, Indirect, Some("The study"), Some("found"), "repairs lag", 0);
    attr(&mut d, Indirect, Some("Ortiz and his deputy, Lena Park"), Some("said"), "the figures were old", 0);
    hearsay_sources::annotate(&mut d);
    // "The study" points back to the named report: named, as its issuer is
    let report = d.attributions[0].source_id.unwrap();
    assert_eq!(d.attributions[1].source_id, Some(report));
    assert!(!d.sources[report].anonymous);
    // two people, the second named in an appositive
    let park = d.sources.iter().find(|s| s.name.as_deref() == Some("Lena Park")).expect("Lena Park");
    assert_eq!((park.stype, park.anonymous), (SourceType::Person, false));
    assert!(d.sources.iter().any(|s| s.name.as_deref() == Some("Ortiz")));
}

#[test]
fn the_objects_of_quoting_and_via_are_sources() {
    // "quoting (from) X" names whom the speaker relays; "(via X)" the outlet that relayed it
    let text = "The group, quoting militant accounts online, said the attack was over.\n\n\
                Quoting from Muslim scholars, the cleric argued that it was forbidden.\n\n\
                The agent said the claims were false (via ESPN).";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("The group"), Some("said"), "the attack was over", 0);
    attr(&mut d, Indirect, Some("the cleric"), Some("argued"), "it was forbidden", 0);
    attr(&mut d, Indirect, Some("The agent"), Some("said"), "the claims were false", 0);
    hearsay_sources::annotate(&mut d);
    let mentioned = |needle: &str| {
        let want = at(&d, needle, 0);
        d.sources.iter().any(|s| s.mentions.iter().any(|m| m.overlaps(want)))
    };
    assert!(mentioned("militant accounts"), "{:#?}", d.sources);
    assert!(mentioned("Muslim scholars"), "{:#?}", d.sources);
    assert!(mentioned("ESPN"), "{:#?}", d.sources);
    let espn = d.sources.iter().find(|s| s.mentions.iter().any(|m| m.overlaps(at(&d, "ESPN", 0)))).unwrap();
    assert_eq!(espn.mentions[0], at(&d, "ESPN", 0), "the span leaves out the parentheses");
}

#[test]
fn a_surname_that_is_also_a_country_is_the_person_named_before() {
    let text = "Rep. Dana Israel said the vote was close.\n\n“We will win the seat,” Israel said.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("Rep. Dana Israel"), Some("said"), "the vote was close", 0);
    attr(&mut d, Direct, Some("Israel"), Some("said"), "We will win the seat,", 0);
    hearsay_sources::annotate(&mut d);
    let a = d.attributions[0].source_id.unwrap();
    assert_eq!(d.attributions[1].source_id, Some(a), "{:#?}", d.sources);
    let s = &d.sources[a];
    assert_eq!((s.stype, s.name.as_deref()), (SourceType::Person, Some("Dana Israel")), "{s:#?}");
}

/// A description of someone introduced unnamed ("A masked man … the masked man says") does not
/// join a named person of an earlier paragraph whose sentence happens to come before it.
#[test]
fn a_description_introduced_unnamed_does_not_join_a_named_person() {
    let text = "Obama announced on Monday that the airstrikes would continue.\n\n\
                A masked man dressed in black stands beside a prisoner.\n\n\
                “You authorized the operations,” the masked man says.";
    let mut d = doc(text);
    let a = attr(&mut d, Indirect, Some("Obama"), Some("announced"), "that the airstrikes would continue", 0);
    let b = attr(&mut d, Direct, Some("the masked man"), Some("says"), "You authorized the operations,", 0);
    hearsay_sources::annotate(&mut d);
    assert_ne!(d.attributions[a].source_id, d.attributions[b].source_id, "{:#?}", d.sources);
    let s = &d.sources[d.attributions[b].source_id.unwrap()];
    assert!(s.anonymous, "{s:#?}");
}

#[test]
fn a_name_coordinated_with_unnamed_people_is_a_source_of_its_own() {
    let text = "Tom Matson and others in the area said the injuries were caused by gas.\n\n\
                Democrats and Republicans said the vote was fair.\n\n\
                Maria Lopez and her lawyer said the report was false.\n\n\
                Federal and state officials said the water was safe.";
    let mut d = doc(text);
    let m =
        attr(&mut d, Indirect, Some("Tom Matson and others in the area"), Some("said"), "the injuries were caused", 0);
    let g = attr(&mut d, Indirect, Some("Democrats and Republicans"), Some("said"), "the vote was fair", 0);
    let l = attr(&mut d, Indirect, Some("Maria Lopez and her lawyer"), Some("said"), "the report was false", 0);
    let f = attr(&mut d, Indirect, Some("Federal and state officials"), Some("said"), "the water was safe", 0);
    hearsay_sources::annotate(&mut d);
    // an adjective shared with the head is no name: one span
    let fed = &d.sources[d.attributions[f].source_id.unwrap()];
    assert_eq!((fed.stype, fed.anonymous), (SourceType::Group, true), "{fed:#?}");
    let matson = &d.sources[d.attributions[m].source_id.unwrap()];
    assert_eq!(
        (matson.name.as_deref(), matson.stype, matson.anonymous),
        (Some("Tom Matson"), SourceType::Person, false)
    );
    assert!(d.sources.iter().any(|s| s.stype == SourceType::Group && s.anonymous), "{:?}", d.sources);
    // two unnamed groups stay one source
    let both = &d.sources[d.attributions[g].source_id.unwrap()];
    assert_eq!(both.stype, SourceType::Group);
    // "her lawyer" is someone of hers, not Maria Lopez herself
    let lopez = d.attributions[l].source_id.unwrap();
    assert_eq!(d.sources[lopez].name.as_deref(), Some("Maria Lopez"));
    assert!(
        d.sources[lopez].mentions.iter().all(|&m| !d.text[m.start..m.end].contains("lawyer")),
        "{:?}",
        d.sources[lopez]
    );
}

#[test]
fn whom_an_outlet_quoted_as_saying_is_a_source() {
    let text =
        "The Post quoted friends of the suspect, who spoke on condition of anonymity, as saying he had changed.\n\n\
                The newspaper quoted by the agency said nothing.";
    let mut d = doc(text);
    attr(&mut d, Indirect, Some("The Post"), Some("saying"), "he had changed", 0);
    hearsay_sources::annotate(&mut d);
    let friends = at(&d, "friends of the suspect", 0);
    let f = d.sources.iter().find(|s| s.mentions.iter().any(|m| m.overlaps(friends)));
    assert_eq!(f.map(|s| (s.stype, s.anonymous)), Some((SourceType::Group, true)), "{:#?}", d.sources);
    // "quoted by" names the quoting outlet, not a relayed speaker
    assert!(d.sources.iter().all(|s| s.mentions.iter().all(|m| !d.text[m.start..m.end].starts_with("by "))));
}

#[test]
fn a_relative_that_source_is_the_document_before_it() {
    let text = "The bank sent a letter that reads: “Your house is paid off.”";
    let mut d = doc(text);
    attr(&mut d, Direct, Some("that"), Some("reads"), "Your house is paid off.", 0);
    hearsay_sources::annotate(&mut d);
    let id = d.attributions[0].source_id.expect("a source for the relative");
    let s = &d.sources[id];
    assert_eq!(s.stype, SourceType::Document, "{s:#?}");
    assert!(s.mentions.iter().any(|m| d.text[m.start..m.end].ends_with("letter")), "{s:#?}");
}

#[test]
fn a_document_of_another_owner_is_another_source() {
    let text = "Sanders' fundraising email to his supporters said the race was close.\n\n\
                Apple's previous statements said the battery lasts a day.\n";
    let mut d = doc(text);
    let email = attr(
        &mut d,
        Indirect,
        Some("Sanders' fundraising email to his supporters"),
        Some("said"),
        "the race was close",
        0,
    );
    let from = text.find("Apple").unwrap();
    let apple =
        attr(&mut d, Indirect, Some("Apple's previous statements"), Some("said"), "the battery lasts a day", from);
    hearsay_sources::annotate(&mut d);
    let (a, b) = (d.attributions[email].source_id, d.attributions[apple].source_id);
    assert!(a.is_some() && b.is_some(), "{:#?}", d.sources);
    assert_ne!(a, b, "{:#?}", d.sources);
    assert_eq!(d.sources[b.unwrap()].stype, SourceType::Document, "{:#?}", d.sources);
}

#[test]
fn subjects_that_assert_without_a_verb_of_saying_are_sources() {
    let text = "Rumors swirled on Twitter that the singer had died.\n\n\
                The harbor authority has identified two other sailors who joined the crew.\n";
    let mut d = doc(text);
    hearsay_sources::annotate(&mut d);
    for phrase in ["Rumors", "The harbor authority"] {
        let sp = at(&d, phrase, 0);
        let found = d.sources.iter().any(|s| s.mentions.iter().any(|m| m.start < sp.end && sp.start < m.end));
        assert!(found, "{phrase}: {:#?}", d.sources);
    }
}
