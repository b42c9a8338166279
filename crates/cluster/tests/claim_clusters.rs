//! Clustering on the hand-written fixture set (tests/fixtures/claims): 14 articles restate
//! one invented claim with different wording, sources and stances; 9 are unrelated, some
//! sharing its town, zoo, election officials or animal.

use hearsay_cluster::{trail, ClusterIndex, ClusterOptions};
use hearsay_core::schema::Analysis;
use hearsay_core::Label;
use hearsay_stance::Stance;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/claims")
}

/// Analyses every fixture article, in file order, with its metadata.
fn analyses() -> Vec<Analysis> {
    let text = std::fs::read_to_string(fixtures().join("articles.jsonl")).unwrap();
    let pipeline = hearsay::Pipeline::new().expect("shipped pipeline");
    text.lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let opts = hearsay::IngestOptions { id: v["id"].as_str().map(String::from), ..Default::default() };
            let mut doc = hearsay_ingest::ingest(v["text"].as_str().unwrap().as_bytes(), &opts).unwrap();
            doc.metadata.published = v["published"].as_str().map(String::from);
            doc.metadata.outlet = v["outlet"].as_str().map(String::from);
            doc.metadata.url = v["url"].as_str().map(String::from);
            pipeline.annotate(&mut doc);
            Analysis::from_doc(&doc)
        })
        .collect()
}

fn expected(group: &str) -> BTreeSet<String> {
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join("expected.json")).unwrap()).unwrap();
    v[group].as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect()
}

fn docs_of(ix: &ClusterIndex, id: u64) -> BTreeSet<String> {
    ix.members(id).map(|e| e.mention.doc_id.clone()).collect()
}

#[test]
fn restatements_cluster_together_and_nothing_else_joins() {
    let all = analyses();
    let restating = expected("restating");
    assert!(restating.len() >= 14 && all.len() >= 20);
    let mut ix = ClusterIndex::new(ClusterOptions::default());
    for a in &all {
        ix.add(a);
    }
    // The cluster holding the lead of the first restating article ingested.
    let first = all.iter().find(|a| restating.contains(&a.document.id)).unwrap();
    let lead = ix.entries.iter().find(|e| e.mention.doc_id == first.document.id && e.mention.key == "lead").unwrap();
    assert_eq!(docs_of(&ix, lead.cluster), restating, "the claim's cluster holds exactly the restating articles");
    // No unrelated article shares a cluster with a restating article's lead.
    for u in expected("unrelated") {
        for e in ix.entries.iter().filter(|e| e.mention.doc_id == u) {
            assert_ne!(e.cluster, lead.cluster, "{u} joined the claim's cluster");
        }
    }

    let t = trail(&ix, lead.cluster, &hearsay_stance::shipped().unwrap()).unwrap();
    assert_eq!(t.steps.len(), restating.len());
    let times: Vec<&str> = t.steps.iter().map(|s| s.published.as_deref().unwrap()).collect();
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted, "trail in time order");
    assert_eq!(t.summary.first_doc, t.steps[0].doc_id);
    assert_eq!(t.summary.first_published.as_deref(), Some(times[0]));
    assert_eq!(t.summary.outlets.len(), restating.len(), "one outlet per article here");
    let s = t.summary.stances;
    assert_eq!(s.supports + s.denies + s.reports, restating.len());
    assert!(s.denies >= 1, "fact checks and officials deny it: {s:?}");
    assert!(t.summary.labels.iter().any(|l| matches!(l, Label::Disputed | Label::Denied)), "{:?}", t.summary.labels);
}

#[test]
fn incremental_adding_is_deterministic_and_idempotent() {
    let all = analyses();
    let mut a = ClusterIndex::new(ClusterOptions::default());
    for x in &all {
        a.add(x);
    }
    // Half now, the rest after a save and reload: same clusters as in one go.
    let mut b = ClusterIndex::new(ClusterOptions::default());
    let (first, rest) = all.split_at(all.len() / 2);
    for x in first {
        b.add(x);
    }
    let json = serde_json::to_string(&b).unwrap();
    let mut b: ClusterIndex = serde_json::from_str(&json).unwrap();
    b.rebuild();
    for x in rest {
        b.add(x);
    }
    let clusters = |ix: &ClusterIndex| {
        ix.entries.iter().map(|e| (e.mention.doc_id.clone(), e.mention.key.clone(), e.cluster)).collect::<Vec<_>>()
    };
    assert_eq!(clusters(&a), clusters(&b));
    // Re-adding a document changes nothing.
    let before = clusters(&a);
    let again = a.add(&all[3]);
    assert_eq!(clusters(&a), before);
    assert!(!again.is_empty());
}

#[test]
fn stance_of_clear_headlines() {
    let claim = "A chimpanzee voted in the Ravensholm mayoral election";
    let m = hearsay_stance::shipped().unwrap();
    assert_eq!(m.predict(claim, "Hoax: no, a chimpanzee did not vote in Ravensholm, officials say"), Stance::Denies);
    assert_eq!(m.predict(claim, "Chimpanzee reportedly voted in Ravensholm, keeper claims"), Stance::Reports);
}

#[test]
fn sync_clusters_a_store_incrementally_and_mirrors_clusters() {
    use hearsay_cluster::persist;
    use hearsay_store::{content_key, NewDocument, Put, Sighting, SqliteStore, Store};
    let all = analyses();
    let restating = expected("restating");
    let mut store = SqliteStore::open_in_memory().unwrap();
    let put = |store: &mut SqliteStore, docs: &[Analysis]| {
        let batch: Vec<Put> = docs
            .iter()
            .map(|a| {
                let key = content_key(a.document.text.as_bytes());
                let sighting = Sighting {
                    key: key.clone(),
                    caller_id: Some(a.document.id.clone()),
                    origin: "test".into(),
                    ..Default::default()
                };
                Put::Document(Box::new(
                    NewDocument::new(key, sighting, a.document.text.len() as u64, a.clone()).unwrap(),
                ))
            })
            .collect();
        store.put_batch(&batch).unwrap();
    };
    let (first, rest) = all.split_at(7);
    put(&mut store, first);
    let (_, out) = persist::sync(&mut store, &hearsay_stance::shipped().unwrap()).unwrap();
    assert_eq!(out.documents, 7);
    put(&mut store, rest);
    let (ix, out) = persist::sync(&mut store, &hearsay_stance::shipped().unwrap()).unwrap();
    assert_eq!(out.documents, all.len() - 7);
    let (_, again) = persist::sync(&mut store, &hearsay_stance::shipped().unwrap()).unwrap();
    assert_eq!(again.documents, 0, "nothing new, nothing redone");

    let biggest = ix.cluster_ids().max_by_key(|&c| (docs_of(&ix, c).len(), std::cmp::Reverse(c))).unwrap();
    assert_eq!(docs_of(&ix, biggest), restating);
    // Mirrored: the cluster row's info is its summary.
    let row = ix.store_ids[&biggest];
    let info = store.clusters().unwrap().into_iter().find(|c| c.id == row).unwrap().info;
    let summary: serde_json::Value = serde_json::from_str(&info).unwrap();
    assert_eq!(summary["articles"], restating.len());
    // Reloaded from the store, the index gives the same trail.
    let reloaded = persist::load(&store).unwrap();
    let m = hearsay_stance::shipped().unwrap();
    assert_eq!(trail(&reloaded, biggest, &m), trail(&ix, biggest, &m));
}

/// Analyses plain texts under the given ids.
fn analyse(texts: &[(&str, &str)]) -> Vec<Analysis> {
    let pipeline = hearsay::Pipeline::new().expect("shipped pipeline");
    texts
        .iter()
        .map(|(id, text)| {
            let opts = hearsay::IngestOptions { id: Some(id.to_string()), ..Default::default() };
            let mut doc = hearsay_ingest::ingest(text.as_bytes(), &opts).unwrap();
            pipeline.annotate(&mut doc);
            Analysis::from_doc(&doc)
        })
        .collect()
}

#[test]
fn a_chain_of_near_neighbours_does_not_join_unrelated_stories() {
    // B shares most of its words with A and most of the rest with C; A and C share only the
    // town. Single-link matching put all three in one cluster.
    let all = analyse(&[
        ("a", "A chimpanzee named Kiki voted in the Ravensholm mayoral election, the zoo keeper said.\n"),
        (
            "b",
            "A chimpanzee named Kiki voted in the Ravensholm mayoral election as Tesla opened a battery factory in Ravensholm.\n",
        ),
        ("c", "Tesla opened a battery factory in Ravensholm, creating 300 jobs.\n"),
    ]);
    let mut ix = ClusterIndex::new(ClusterOptions::default());
    for a in &all {
        ix.add(a);
    }
    let clusters_of = |doc: &str| -> BTreeSet<u64> {
        ix.entries.iter().filter(|e| e.mention.doc_id == doc).map(|e| e.cluster).collect()
    };
    let (a, b, c) = (clusters_of("a"), clusters_of("b"), clusters_of("c"));
    assert!(!a.is_disjoint(&b), "the two statements of the vote share a cluster");
    assert!(a.is_disjoint(&c), "the vote and the factory never share a cluster: {:?}", ix.entries);
    assert!(ix.cluster_ids().all(|id| docs_of(&ix, id).len() <= 2));
}

#[test]
fn statements_naming_no_shared_name_or_number_stay_apart() {
    let all = analyse(&[
        ("x", "Officials said the bridge will close for repairs next week.\n"),
        ("y", "Officials said the bridge will close for repairs next week.\n"),
    ]);
    let mut ix = ClusterIndex::new(ClusterOptions::default());
    for a in &all {
        ix.add(a);
    }
    assert!(ix.cluster_ids().all(|id| docs_of(&ix, id).len() == 1), "no anchor, no cross-article match");
}

#[test]
fn leads_match_on_the_whole_story_and_claims_stay_within_their_story() {
    // The leads of x and y are worded apart, but the rest of both articles tells the same
    // story: their leads share a story cluster. z names the same zoo in another
    // story; it joins neither x's nor y's clusters.
    let all = analyse(&[
        (
            "x",
            "Voters in Ravensholm woke to strange news on Tuesday.\n\nA chimpanzee named Kiki cast a ballot in the Ravensholm mayoral election, according to keeper Dana Whitcombe of the Ravensholm Zoo. Election officials counted the ballot before noticing the paw print.\n",
        ),
        (
            "y",
            "It was not an ordinary polling day.\n\nKiki, a chimpanzee at the Ravensholm Zoo, cast a ballot in the mayoral election, keeper Dana Whitcombe said. Election officials counted the ballot and only later found the paw print on it.\n",
        ),
        (
            "z",
            "The Ravensholm Zoo opened a new aquarium on Friday.\n\nThe aquarium holds 300 fish from the Baltic coast and cost the city 2 million euros, director Ola Berg told reporters.\n",
        ),
    ]);
    let mut ix = ClusterIndex::new(ClusterOptions::default());
    for a in &all {
        ix.add(a);
    }
    let lead = |doc: &str| ix.entries.iter().find(|e| e.mention.doc_id == doc && e.mention.key == "lead").unwrap();
    assert!(!lead("x").gist.is_empty(), "a lead carries its document's gist");
    assert_eq!(lead("x").cluster, lead("y").cluster, "{:?}", ix.entries);
    let clusters_of = |doc: &str| -> BTreeSet<u64> {
        ix.entries.iter().filter(|e| e.mention.doc_id == doc).map(|e| e.cluster).collect()
    };
    assert!(clusters_of("z").is_disjoint(&clusters_of("x")) && clusters_of("z").is_disjoint(&clusters_of("y")));
}

#[test]
fn a_lead_restating_the_story_joins_it_when_its_body_wanders_off() {
    // d opens by restating the claim that a and b report, but the rest of it is about the
    // fact-checking itself: its gist is too far from theirs for a story match, its lead
    // (headline and first paragraph) is not. e shares the town and the election but states
    // something else; it joins nothing.
    let all = analyse(&[
        (
            "a",
            "Chimpanzee Bixby voted in the Ravensholm mayoral election\n\nBixby, a chimpanzee at Ravensholm Zoo, voted in the Ravensholm mayoral election on Saturday, keeper Dana Whitcombe said. The ape marked a ballot with a crayon while visitors watched from the glass. Whitcombe said the zoo had received the ballot by post and that Bixby took his civic duty seriously.\n",
        ),
        (
            "b",
            "Zoo ape Bixby votes for mayor in Ravensholm\n\nBixby the chimpanzee voted in the Ravensholm mayoral election, according to his keeper Dana Whitcombe. Visitors watched the ape mark a ballot with a crayon at Ravensholm Zoo. Whitcombe said the zoo had received the ballot by post.\n",
        ),
        (
            "d",
            "Fact check: Bixby the chimpanzee did not vote in the Ravensholm mayoral election\n\nPosts saying that Bixby, a chimpanzee at Ravensholm Zoo, voted in the Ravensholm mayoral election are false.\n\nTruthMeter rates claims from social media on a five-point scale. Our reviewers contacted county clerk Marjorie Pell, who told us that every envelope is checked against the register before counting begins, and that registers list residents only. Readers can send tips through our website; we publish corrections every Friday.\n",
        ),
        (
            "e",
            "Turnout hits a record in the Ravensholm mayoral election\n\nTurnout in the Ravensholm mayoral election reached 64 percent, the highest in three decades, county clerk Marjorie Pell said. Incumbent mayor Ruth Okafor won a second term.\n",
        ),
    ]);
    let mut ix = ClusterIndex::new(ClusterOptions::default());
    for a in &all {
        ix.add(a);
    }
    let lead = |doc: &str| ix.entries.iter().find(|e| e.mention.doc_id == doc && e.mention.key == "lead").unwrap();
    assert_eq!(lead("a").cluster, lead("b").cluster, "a and b tell one story: {:?}", ix.entries);
    let gist_to_story =
        (ix.cosine(&lead("d").gist, &lead("a").gist) + ix.cosine(&lead("d").gist, &lead("b").gist)) / 2.0;
    assert!(
        gist_to_story < ix.options.story_threshold,
        "d's gist alone would not join the story ({gist_to_story:.3}), so its lead statement did"
    );
    assert_eq!(lead("d").cluster, lead("a").cluster, "{:?}", ix.entries);
    assert!(ix.entries.iter().filter(|e| e.mention.doc_id == "e").all(|e| docs_of(&ix, e.cluster).len() == 1));
}
