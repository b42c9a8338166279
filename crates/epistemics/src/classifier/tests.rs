//! Tests of the verdict classifier.

use super::model::TrainSettings;
use super::words::family;
use super::*;
use hearsay_core::Doc;
use hearsay_learn::ModelFile;

fn doc(text: &str) -> Doc {
    let p = hearsay::Pipeline::before("verifications").expect("pipeline");
    p.analyze_bytes(text.as_bytes(), &hearsay::IngestOptions::default()).expect("doc")
}

fn cands(d: &Doc) -> Vec<(Kind, String)> {
    let contents = crate::verifications::content_set(d);
    candidates(d, crate::verifications::rule_events(d, &contents))
        .into_iter()
        .map(|c| (c.kind, c.cue.text(&d.text).to_string()))
        .collect()
}

#[test]
fn negations_and_family_words_are_candidates_beside_the_cue_table() {
    let d = doc("Police denied the report. The Batmobile isn't in Detroit, a spokesman said. It is not one of those testers and the photo was staged.");
    let c = cands(&d);
    assert!(c.contains(&(Kind::Rule, "denied".into())), "{c:?}");
    assert!(c.contains(&(Kind::Negation, "isn't in Detroit".into())), "{c:?}");
    assert!(c.contains(&(Kind::Negation, "is not one".into())), "{c:?}");
    assert!(c.contains(&(Kind::Word, "was staged".into())), "{c:?}");
}

#[test]
fn the_family_match_is_the_word_list() {
    for &(w, f) in hearsay_lex::hedge::verdict_words() {
        assert_eq!(family(w), Some(f), "{w}");
    }
    assert_eq!(family("said"), None);
}

#[test]
fn a_trained_model_round_trips_and_the_shipped_one_loads() {
    let ex: Vec<Example> = vec![(vec![1, 2], 2), (vec![3, 4], 0), (vec![1, 5], 2), (vec![3, 6], 0)];
    let m = VerdictModel::new(
        train(&ex, &TrainSettings { epochs: 5, ..Default::default() }),
        [0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0],
        f32::INFINITY,
    );
    assert!(m.scores(&[1, 2])[2] > m.scores(&[1, 2])[0]);
    let back = VerdictModel::from_model_file(&m.to_model_file()).unwrap();
    assert_eq!((back.add, back.veto), ([0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0], f32::INFINITY));
    assert_eq!(back.scores(&[1, 2]), m.scores(&[1, 2]));
    assert!(VerdictModel::shipped().is_ok(), "{:?}", VerdictModel::shipped().err());
}

fn context_of(d: &Doc) -> (hearsay_core::SpanSet, Vec<Candidate>) {
    let contents = crate::verifications::content_set(d);
    let c = candidates(d, crate::verifications::rule_events(d, &contents));
    (contents, c)
}

#[test]
fn the_sentence_overlap_from_counts_equals_a_scan_of_the_sentence() {
    // a long unpunctuated "sentence" with repeated words, and real sentences with a lead
    let long = "the minister said officials denied that the plan would not fail and the report denied it ".repeat(30);
    let text = format!("Mayor stole the money. The mayor denied it. {long}. Officials say the money is not missing and the mayor did not steal the money.");
    let d = doc(&text);
    let (contents, cs) = context_of(&d);
    assert!(cs.len() > 20, "{}", cs.len());
    let ctx = DocContext::new(&d, &contents, &cs);
    for c in &cs {
        let s = &d.sentences[c.sentence];
        let (s0, s1) = (s.tokens.start, s.tokens.end.min(d.tokens.len()));
        let (a, b) = c.tokens;
        let total = (s0..s1).filter(|&i| (i < a || i > b) && ctx.stem_at(i).is_some()).count();
        let (lead, elsewhere) = super::features::overlap(&ctx, (s0..s1).filter(|&i| i < a || i > b), c.sentence);
        assert_eq!(super::features::sentence_overlap(&ctx, c, s0..s1), (total, lead, elsewhere), "{:?}", c.cue);
    }
}

#[test]
fn a_restatement_is_searched_in_the_lead_and_within_the_window_only() {
    // sentence 0 (lead) and sentence 5 name the mayor's money; so does sentence RESTATED_WINDOW + 10
    let filler = "Rain fell on the hills.";
    let mut parts = vec!["The mayor took the money.".to_string()];
    parts.extend(std::iter::repeat_n(filler.to_string(), 4));
    parts.push("The mayor kept the money.".into());
    parts.extend(std::iter::repeat_n(filler.to_string(), super::features::RESTATED_WINDOW + 3));
    parts.push("The mayor spent the money.".into());
    parts.push("Officials said the mayor did not hide the money.".into());
    let d = doc(&parts.join(" "));
    let (contents, cs) = context_of(&d);
    let ctx = DocContext::new(&d, &contents, &cs);
    let stem = |w: &str| super::words::stem(w).expect("a stem");
    let (subj, pred) = (vec![stem("mayor")], vec![stem("money")]);
    let last = d.sentences.len() - 1;
    let far = super::features::restatement(&ctx, last, &subj, &pred);
    // the lead holds it, the sentence just before the candidate too
    assert!(far.restated && far.in_lead && far.before, "{far:?}");
    // from a sentence more than the window past both sentence 5 and the lead's end, only
    // the lead and the near sentence count: drop the lead's stems by asking for a predicate
    // only sentence 5 holds
    let only_five = super::features::restatement(&ctx, last, &[], &[stem("kept")]);
    assert!(!only_five.restated, "sentence 5 lies outside the window: {only_five:?}");
    let near_five = super::features::restatement(&ctx, 6, &[], &[stem("kept")]);
    assert!(near_five.restated && !near_five.in_lead && near_five.before, "{near_five:?}");
}

/// Events `decide` makes of `text` when every negation reads as a denial by `margin` and
/// nothing is added or vetoed: (verdict, cue, actor).
fn decided(text: &str, margin: f32) -> Vec<(Verdict, String, String)> {
    let d = doc(text);
    let (contents, c) = context_of(&d);
    let denied = class_of(Verdict::Denied);
    let scores: Vec<[f32; NCLASS]> = c
        .iter()
        .map(|x| {
            let mut s = [0.0; NCLASS];
            if x.kind == Kind::Negation {
                s[denied] = margin;
            }
            s
        })
        .collect();
    decide(&d, &contents, &c, &scores, &[f32::INFINITY; NCLASS], f32::INFINITY)
        .into_iter()
        .map(|e| {
            (e.verdict, e.cue.text(&d.text).to_string(), e.actor.map_or(String::new(), |a| a.text(&d.text).to_string()))
        })
        .collect()
}

#[test]
fn a_confirmation_whose_complement_denies_is_that_denial() {
    // a cue-table denial in the complement takes the confirmation's actor
    let e = decided("The PGA Tour has confirmed that there is no truth to these claims.", 1.0);
    assert!(e.iter().all(|x| x.0 != Verdict::Confirmed), "{e:?}");
    assert!(e.iter().any(|x| x.0 == Verdict::Denied && x.2 == "The PGA Tour"), "{e:?}");
    // a negation read as a denial becomes one, by the confirmation's actor
    let e = decided("The reps confirmed that Rose is not sick.", 1.0);
    assert_eq!(e, vec![(Verdict::Denied, "is not sick".to_string(), "The reps".to_string())]);
    // ... but not when the scores do not read it as a denial, nor past "but"
    let e = decided("The reps confirmed that Rose is not sick.", -1.0);
    assert_eq!(e.iter().map(|x| x.0).collect::<Vec<_>>(), vec![Verdict::Confirmed], "{e:?}");
    let e = decided("Police confirmed the arrest, but the suspect was not named.", 1.0);
    assert_eq!(e.iter().map(|x| x.0).collect::<Vec<_>>(), vec![Verdict::Confirmed], "{e:?}");
}

/// Events `decide` makes of `text` when every negation and family word reads as `verdict` by
/// `margin`, under add thresholds `negations` (every verdict) and `words` (family words).
fn decided_kinds(text: &str, verdict: Verdict, margin: f32, negations: f32, words: f32) -> Vec<(Kind, String, String)> {
    let d = doc(text);
    let (contents, c) = context_of(&d);
    let k = class_of(verdict);
    let scores: Vec<[f32; NCLASS]> = c
        .iter()
        .map(|x| {
            let mut s = [0.0; NCLASS];
            if x.kind != Kind::Rule {
                s[k] = margin;
            }
            s
        })
        .collect();
    let mut add = [negations; NCLASS];
    add[WORD_ADD] = words;
    decide(&d, &contents, &c, &scores, &add, f32::INFINITY)
        .into_iter()
        .map(|e| {
            let kind = c.iter().find(|x| x.cue == e.cue).map_or(Kind::Rule, |x| x.kind);
            (kind, e.cue.text(&d.text).to_string(), e.actor.map_or(String::new(), |a| a.text(&d.text).to_string()))
        })
        .collect()
}

#[test]
fn family_words_and_negations_have_their_own_add_thresholds() {
    let text = "The photo was staged. The mayor is not in Detroit.";
    // both score 2: a negation threshold of 1 adds the negation, a word threshold of 3 not the word
    let e = decided_kinds(text, Verdict::Denied, 2.0, 1.0, 3.0);
    assert_eq!(e.iter().map(|x| x.0).collect::<Vec<_>>(), vec![Kind::Negation], "{e:?}");
    // and the other way round
    let e = decided_kinds(text, Verdict::Denied, 2.0, 3.0, 1.0);
    assert_eq!(e.iter().map(|x| x.0).collect::<Vec<_>>(), vec![Kind::Word], "{e:?}");
}

#[test]
fn a_conviction_word_is_a_candidate_and_its_subject_the_actor() {
    assert_eq!(family("convinced"), Some(4));
    assert_eq!(family("impossible"), Some(0));
    let e = decided_kinds("Investigators are convinced the meteorite was real.", Verdict::Confirmed, 5.0, 1.0, 1.0);
    assert_eq!(e, vec![(Kind::Word, "are convinced".to_string(), "Investigators".to_string())]);
}

#[test]
fn a_confirmation_in_the_complement_of_a_doubt_is_dropped() {
    use hearsay_core::{Span, Verdict, Verification};
    let text =
        "He could not confirm that the letter was genuine. He could not confirm the letter, and she confirmed it.";
    let d = doc(text);
    let at = |w: &str, from: usize| {
        let s = from + text[from..].find(w).expect("word");
        Verification {
            verdict: Verdict::Confirmed,
            actor: None,
            actor_id: None,
            cue: Span::new(s, s + w.len()),
            target: None,
        }
    };
    let second = text.find(". ").expect("two sentences") + 2;
    let mut doubt1 = at("could not confirm", 0);
    doubt1.verdict = Verdict::CouldNotConfirm;
    let mut doubt2 = at("could not confirm", second);
    doubt2.verdict = Verdict::CouldNotConfirm;
    let events = vec![doubt1, at("was genuine", 0), doubt2, at("confirmed", second)];
    let kept: Vec<(usize, Verdict)> = events.iter().zip([0, 0, 1, 1]).map(|(e, s)| (s, e.verdict)).collect();
    // "was genuine" is what could not be confirmed; "she confirmed it" is a clause of its own
    assert_eq!(decide::doubted_confirmations(&d, &events, &kept, &[0, 1, 2, 3]), vec![1]);
}
