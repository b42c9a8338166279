//! Store behaviour: round trip, idempotence, queries, clusters, migrations.

use hearsay_core::schema::*;
use hearsay_core::span::TextSpan;
use hearsay_core::{Assessment, AttributionKind, SegmentKind, SourceType, Verdict};
use hearsay_store::*;

fn span(text: &str, part: &str) -> TextSpan {
    let start = text.find(part).expect("part in text");
    TextSpan { start, end: start + part.len(), text: part.to_string() }
}

/// A small analysis written by hand: one source, one attribution, one claim.
fn analysis(id: &str, text: &str, speaker: &str, claim: &str, published: Option<&str>) -> Analysis {
    let meta = hearsay_core::Metadata {
        published: published.map(str::to_string),
        outlet: Some("The Daily Example".into()),
        ..Default::default()
    };
    Analysis {
        schema: "hearsay.v1".into(),
        document: DocumentOut {
            id: id.into(),
            text: text.into(),
            segments: vec![SegmentOut { start: 0, end: text.len(), kind: SegmentKind::Body, text: text.into() }],
            metadata: Some(meta),
        },
        sources: vec![SourceOut {
            id: "s1".into(),
            name: Some(speaker.into()),
            stype: SourceType::Person,
            anonymous: false,
            official: true,
            role: Some("spokesman".into()),
            affiliation: Some("Ministry of Ports".into()),
            descriptors: vec![],
            mentions: vec![span(text, speaker)],
        }],
        attributions: vec![AttributionOut {
            id: "a1".into(),
            kind: AttributionKind::Indirect,
            source: Some(span(text, speaker)),
            source_id: Some("s1".into()),
            cue: Some(span(text, "said")),
            content: vec![span(text, claim)],
            parent: None,
            medium: None,
            recipient_id: None,
            hedges: vec![],
            confidence: Some(0.875),
            act: Default::default(),
        }],
        verifications: vec![VerificationOut {
            id: "v1".into(),
            verdict: Verdict::CouldNotConfirm,
            actor_id: None,
            actor: None,
            cue: span(text, "could not confirm"),
            target: Some("c1".into()),
        }],
        claims: vec![ClaimOut {
            id: "c1".into(),
            text: claim.into(),
            attributions: vec!["a1".into()],
            mentions: vec![span(text, claim)],
            chain: vec!["s1".into()],
            verifications: vec!["v1".into()],
            assessment: Assessment {
                label: hearsay_core::Label::SingleNamedSource,
                reasons: vec!["one named source".into()],
            },
        }],
    }
}

fn doc(n: usize, claim: &str, published: &str) -> NewDocument {
    let speaker = "Ana Lopez";
    let text = format!("{speaker} said {claim}. Reporters could not confirm it. Story {n}.");
    let key = content_key(text.as_bytes());
    let a = analysis(&format!("story-{n}.txt"), &text, speaker, claim, Some(published));
    let s = Sighting {
        key: key.clone(),
        caller_id: Some(format!("story-{n}.txt")),
        origin: format!("dir/story-{n}.txt"),
        ..Default::default()
    };
    NewDocument::new(key, s, text.len() as u64, a).unwrap()
}

fn count(s: &SqliteStore, table: &str) -> u64 {
    s.counts().unwrap().into_iter().find(|(t, _)| t == table).unwrap().1
}

#[test]
fn stored_analysis_reads_back_as_the_same_json() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let d = doc(1, "the port will close in May", "2024-05-01");
    let json = serde_json::to_string(&d.analysis).unwrap();
    let out = s.put_batch(&[Put::Document(Box::new(d.clone()))]).unwrap();
    assert_eq!(out.stored, 1);
    assert_eq!(s.analysis_json(&d.key).unwrap().unwrap(), json);
    assert_eq!(s.analysis(&d.key).unwrap().unwrap(), d.analysis);
    for t in ["documents", "segments", "sources", "attributions", "verifications", "claims", "claim_chain", "sightings"]
    {
        assert_eq!(count(&s, t), 1, "{t}");
    }
}

#[test]
fn a_batch_twice_changes_nothing_and_new_sightings_are_recorded() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let batch: Vec<Put> = (0..5).map(|i| Put::Document(Box::new(doc(i, "prices will rise", "2024-01-02")))).collect();
    assert_eq!(s.put_batch(&batch).unwrap().stored, 5);
    let before = s.fingerprint().unwrap();
    let again = s.put_batch(&batch).unwrap();
    assert_eq!((again.stored, again.already, again.sightings), (0, 5, 0));
    assert_eq!(s.fingerprint().unwrap(), before);
    // The same content seen elsewhere adds a sighting, not a document.
    let d = doc(0, "prices will rise", "2024-01-02");
    let mut elsewhere = d.sighting.clone();
    elsewhere.url = Some("https://example.org/a".into());
    elsewhere.outlet = Some("Other Outlet".into());
    assert_eq!(s.put_batch(&[Put::Sighting(elsewhere.clone())]).unwrap().sightings, 1);
    assert_eq!(s.put_batch(&[Put::Sighting(elsewhere.clone())]).unwrap().sightings, 0);
    assert_eq!(count(&s, "documents"), 5);
    // A stored document in a batch does not use up a sequence number: no gaps.
    let next = doc(9, "prices will fall", "2024-01-03");
    s.put_batch(&[Put::Document(Box::new(d.clone())), Put::Document(Box::new(next.clone()))]).unwrap();
    assert_eq!(s.lookup(&next.key).unwrap()[0].seq, 6);
    let seen = s.sightings(&d.key).unwrap();
    assert_eq!(seen.len(), 2);
    assert_eq!(seen[1].outlet.as_deref(), Some("Other Outlet"));
}

#[test]
fn lookup_by_key_prefix_caller_id_and_ambiguity() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let a = doc(1, "the bridge is unsafe", "2024-02-01");
    let b = doc(2, "the bridge is safe", "2024-02-02");
    s.put_batch(&[Put::Document(Box::new(a.clone())), Put::Document(Box::new(b.clone()))]).unwrap();
    assert_eq!(s.lookup(&a.key).unwrap()[0].seq, 1);
    assert_eq!(s.lookup(&b.key[..10]).unwrap()[0].key, b.key);
    assert_eq!(s.lookup("story-2.txt").unwrap()[0].key, b.key);
    assert!(s.lookup("nothing").unwrap().is_empty());
    assert!(s.lookup("abc").unwrap().is_empty(), "short prefixes are not keys");
    assert!(s.analysis_json("missing").unwrap().is_none());
}

#[test]
fn claims_filter_by_text_label_source_date_and_sequence() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let docs = [
        doc(1, "the dam will be finished in 2026", "2024-03-01"),
        doc(2, "inflation fell to two percent", "2024-04-01"),
        doc(3, "the dam is leaking", "2024-05-01"),
    ];
    let puts: Vec<Put> = docs.iter().map(|d| Put::Document(Box::new(d.clone()))).collect();
    s.put_batch(&puts).unwrap();
    let texts = |f: ClaimFilter| s.claims(&f).unwrap().into_iter().map(|c| c.text).collect::<Vec<_>>();
    assert_eq!(
        texts(ClaimFilter { search: Some("dam".into()), ..Default::default() }),
        ["the dam will be finished in 2026", "the dam is leaking"]
    );
    // Punctuation in a search is not FTS syntax.
    assert_eq!(texts(ClaimFilter { search: Some("\"dam\" (leaking*".into()), ..Default::default() }).len(), 1);
    assert_eq!(texts(ClaimFilter { since: Some("2024-04-01".into()), ..Default::default() }).len(), 2);
    assert_eq!(texts(ClaimFilter { after_seq: Some(2), ..Default::default() }), ["the dam is leaking"]);
    assert_eq!(texts(ClaimFilter { source: Some("ministry of PORTS".into()), ..Default::default() }).len(), 3);
    assert!(texts(ClaimFilter { source: Some("Kremlin".into()), ..Default::default() }).is_empty());
    assert!(texts(ClaimFilter { label: Some("denied".into()), ..Default::default() }).is_empty());
    let c = &s.claims(&ClaimFilter { limit: Some(1), ..Default::default() }).unwrap()[0];
    assert_eq!((c.chain.clone(), c.outlet.as_deref()), (vec!["s1".to_string()], Some("The Daily Example")));
    assert_eq!(s.claim_chain(c.key).unwrap()[0].name.as_deref(), Some("Ana Lopez"));
    assert_eq!(s.search_documents("leaking", 10).unwrap()[0].seq, 3);
}

#[test]
fn clusters_memberships_and_meta() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let puts: Vec<Put> =
        (1..=3).map(|i| Put::Document(Box::new(doc(i, "the dam is leaking", &format!("2024-0{i}-01"))))).collect();
    s.put_batch(&puts).unwrap();
    let claims = s.claims(&ClaimFilter::default()).unwrap();
    let k = s.create_cluster("{}").unwrap();
    let other = s.create_cluster("{}").unwrap();
    let m = |c: &ClaimRow, cluster, stance: &str| Membership {
        claim: c.key,
        cluster,
        stance: Some(stance.into()),
        score: Some(0.5),
    };
    s.put_cluster_membership(&[
        m(&claims[0], k, "supports"),
        m(&claims[1], k, "reports"),
        m(&claims[2], other, "denies"),
    ])
    .unwrap();
    // Moving a claim replaces its membership.
    s.put_cluster_membership(&[m(&claims[2], k, "denies")]).unwrap();
    let all = s.clusters().unwrap();
    assert_eq!(all.iter().map(|c| c.members).collect::<Vec<_>>(), [3, 0]);
    let members = s.cluster_members(k).unwrap();
    assert_eq!(
        members.iter().map(|(m, _)| m.stance.clone().unwrap()).collect::<Vec<_>>(),
        ["supports", "reports", "denies"]
    );
    s.set_cluster_info(k, r#"{"label":"dam"}"#).unwrap();
    assert_eq!(s.clusters().unwrap()[0].info, r#"{"label":"dam"}"#);
    assert_eq!(s.get_meta("cluster.last_seq").unwrap(), None);
    s.set_meta("cluster.last_seq", "3").unwrap();
    s.set_meta("cluster.last_seq", "4").unwrap();
    assert_eq!(s.get_meta("cluster.last_seq").unwrap().as_deref(), Some("4"));
}

#[test]
fn file_store_survives_reopen_and_refuses_a_newer_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("h.db");
    let d = doc(1, "the mayor will resign", "2024-06-01");
    {
        let mut s = SqliteStore::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), sqlite::migrations::LATEST);
        s.put_batch(&[Put::Document(Box::new(d.clone()))]).unwrap();
    }
    let s = SqliteStore::open_read_only(&path).unwrap();
    assert!(s.contains(&d.key).unwrap());
    drop(s);
    let s = SqliteStore::open(&path).unwrap();
    s.connection().execute_batch("PRAGMA user_version = 999").unwrap();
    drop(s);
    assert!(matches!(SqliteStore::open(&path), Err(StoreError::TooNew { found: 999, .. })));
}

#[test]
fn content_key_is_a_sha256_prefix() {
    let k = content_key(b"abc");
    assert_eq!(k, "ba7816bf8f01cfea414140de5dae2223");
    assert_ne!(content_key(b"abd"), k);
}

#[test]
fn the_store_sink_writes_what_analyze_prints() {
    use hearsay_core::Sink;
    use hearsay_store::StoreSink;
    let mut store = SqliteStore::open_in_memory().unwrap();
    let opts = hearsay_ingest::IngestOptions {
        id: Some("given".into()),
        key: Some(hearsay_store::content_key(b"The mayor said the bridge will reopen on Monday.")),
        ..Default::default()
    };
    let a = hearsay_ingest::ingest(b"The mayor said the bridge will reopen on Monday.", &opts).unwrap();
    let b = hearsay_ingest::ingest(b"Officials declined to comment.", &Default::default()).unwrap();
    {
        let mut sink = StoreSink::new(&mut store, "test").batch(1);
        sink.document(&a).unwrap();
        sink.document(&b).unwrap();
        sink.finish().unwrap();
        assert_eq!(sink.count(), 2);
        assert_eq!(sink.last().map(|w| w.key.as_str()), Some(b.input.key.as_str()));
    }
    let json = store.analysis_json(&a.input.key).unwrap().unwrap();
    assert_eq!(json, serde_json::to_string(&hearsay_core::schema::Analysis::from_doc(&a)).unwrap());
    let seen = store.sightings(&a.input.key).unwrap();
    assert_eq!(seen[0].caller_id.as_deref(), Some("given"));
    assert_eq!(seen[0].origin, "test");
    assert_eq!(store.sightings(&b.input.key).unwrap()[0].caller_id, None, "a generated id is no caller id");
    // a document that ingest did not make has no input key and is refused
    let mut sink = StoreSink::new(&mut store, "test");
    assert!(sink.document(&hearsay_core::Doc::new("x", "text")).is_err());
}

#[test]
fn claims_page_by_limit_and_offset_and_count_ignores_both() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let puts: Vec<Put> =
        (1..=5).map(|i| Put::Document(Box::new(doc(i, &format!("the dam {i} is leaking"), "2024-01-01")))).collect();
    s.put_batch(&puts).unwrap();
    let texts = |f: ClaimFilter| s.claims(&f).unwrap().into_iter().map(|c| c.text).collect::<Vec<_>>();
    let page = |limit, offset| ClaimFilter { limit, offset, ..Default::default() };
    assert_eq!(texts(page(Some(2), Some(0))), ["the dam 1 is leaking", "the dam 2 is leaking"]);
    assert_eq!(texts(page(Some(2), Some(2))), ["the dam 3 is leaking", "the dam 4 is leaking"]);
    assert_eq!(texts(page(Some(2), Some(4))), ["the dam 5 is leaking"]);
    assert!(texts(page(Some(2), Some(9))).is_empty());
    assert_eq!(texts(page(None, Some(3))).len(), 2, "an offset without a limit skips only");
    assert_eq!(s.count_claims(&page(Some(2), Some(2))).unwrap(), 5);
    let filtered = ClaimFilter { search: Some("3".into()), limit: Some(1), offset: Some(1), ..Default::default() };
    assert_eq!(s.count_claims(&filtered).unwrap(), 1);
    assert!(texts(filtered).is_empty());
    assert_eq!(s.count_claims(&ClaimFilter { search: Some("!!".into()), ..Default::default() }).unwrap(), 0);
}

#[test]
fn document_rows_carry_the_title_segment_text() {
    let mut s = SqliteStore::open_in_memory().unwrap();
    let mut d = doc(1, "the port will close in May", "2024-05-01");
    let text = "Café “ports” close 😀\n\nAna Lopez said the port will close in May.".to_string();
    let title_end = text.find('\n').unwrap();
    d.analysis.document.text = text.clone();
    d.analysis.document.segments = vec![
        SegmentOut { start: 0, end: title_end, kind: SegmentKind::Title, text: text[..title_end].into() },
        SegmentOut {
            start: title_end + 2,
            end: text.len(),
            kind: SegmentKind::Body,
            text: text[title_end + 2..].into(),
        },
    ];
    let d = NewDocument::new(d.key.clone(), d.sighting.clone(), d.input_bytes, d.analysis).unwrap();
    let plain = doc(2, "inflation fell", "2024-05-02");
    s.put_batch(&[Put::Document(Box::new(d.clone())), Put::Document(Box::new(plain.clone()))]).unwrap();
    assert_eq!(s.lookup(&d.key).unwrap()[0].title.as_deref(), Some("Café “ports” close 😀"));
    assert_eq!(s.lookup(&plain.key).unwrap()[0].title, None, "no title segment, no title");
    assert_eq!(s.search_documents("ports", 5).unwrap()[0].title.as_deref(), Some("Café “ports” close 😀"));
    assert_eq!(s.documents_after(0, 5).unwrap()[0].title.as_deref(), Some("Café “ports” close 😀"));
}
