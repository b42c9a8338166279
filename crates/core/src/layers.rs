//! Annotation layers that pipeline stages add to a [`crate::Doc`].

use crate::Span;
use serde::{Deserialize, Serialize};

/// What a stretch of the document is (OUTPUT.md `document.segments[].kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    /// Headline.
    Title,
    /// Sub-headline / dek under the headline.
    Standfirst,
    /// "By Jane Doe".
    Byline,
    /// "WASHINGTON (Reuters) -" or a date line.
    Dateline,
    /// One body paragraph.
    Body,
    /// Photo or video caption.
    Caption,
    /// Photo credit ("AFP via Getty Images").
    Credit,
    /// Page furniture: "close", share widgets, "Advertisement", newsletter prompts.
    Debris,
}

impl SegmentKind {
    /// Attributions are only looked for in these kinds.
    pub fn carries_prose(self) -> bool {
        matches!(self, SegmentKind::Title | SegmentKind::Standfirst | SegmentKind::Body)
    }

    /// The `hearsay.v1` name.
    pub fn as_str(self) -> &'static str {
        match self {
            SegmentKind::Title => "title",
            SegmentKind::Standfirst => "standfirst",
            SegmentKind::Byline => "byline",
            SegmentKind::Dateline => "dateline",
            SegmentKind::Body => "body",
            SegmentKind::Caption => "caption",
            SegmentKind::Credit => "credit",
            SegmentKind::Debris => "debris",
        }
    }
}

/// A classified stretch of text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// What it is.
    pub kind: SegmentKind,
    /// Where it is.
    pub span: Span,
}

/// Coarse shape of a token, set by the tokenizer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters (possibly with inner apostrophes, hyphens or periods: "U.S.", "don't").
    Word,
    /// Digits, possibly with separators ("10,000", "3.5").
    Number,
    /// Opening or closing quotation mark, straight or curly.
    Quote,
    /// Other punctuation or symbol.
    Punct,
}

/// Universal part-of-speech tag (UD v2), set by the tagger in `hearsay-text`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Pos {
    /// Adjective.
    Adj,
    /// Adposition.
    Adp,
    /// Adverb.
    Adv,
    /// Auxiliary.
    Aux,
    /// Coordinating conjunction.
    Cconj,
    /// Determiner.
    Det,
    /// Interjection.
    Intj,
    /// Noun.
    Noun,
    /// Numeral.
    Num,
    /// Particle.
    Part,
    /// Pronoun.
    Pron,
    /// Proper noun.
    Propn,
    /// Punctuation.
    Punct,
    /// Subordinating conjunction.
    Sconj,
    /// Symbol.
    Sym,
    /// Verb.
    Verb,
    /// Other / not tagged.
    #[default]
    X,
}

impl Pos {
    /// All tags, in `repr` order.
    pub const ALL: [Pos; 17] = [
        Pos::Adj,
        Pos::Adp,
        Pos::Adv,
        Pos::Aux,
        Pos::Cconj,
        Pos::Det,
        Pos::Intj,
        Pos::Noun,
        Pos::Num,
        Pos::Part,
        Pos::Pron,
        Pos::Propn,
        Pos::Punct,
        Pos::Sconj,
        Pos::Sym,
        Pos::Verb,
        Pos::X,
    ];

    /// The UD name ("NOUN").
    pub fn as_str(self) -> &'static str {
        [
            "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT",
            "SCONJ", "SYM", "VERB", "X",
        ][self as usize]
    }

    /// Parses a UD name.
    pub fn parse(s: &str) -> Option<Pos> {
        Pos::ALL.iter().copied().find(|p| p.as_str() == s)
    }
}

/// One token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// Coarse shape.
    pub kind: TokenKind,
}

/// One sentence: a span plus the range of its tokens in `Doc::tokens`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Where it is.
    pub span: Span,
    /// Indices into `Doc::tokens`.
    pub tokens: std::ops::Range<usize>,
    /// Index into `Doc::segments` of the segment holding it.
    pub segment: usize,
}

/// `attributions[].kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// Quoted.
    Direct,
    /// Reported speech.
    Indirect,
    /// Reported speech with a quoted fragment.
    Mixed,
    /// "according to X".
    AccordingTo,
    /// Anything else (beliefs, findings, nouns as cues).
    Other,
}

/// `attributions[].act`: what the source does with the content. Only assertions and
/// beliefs put a proposition forward, so only they become or join claims; the rest stay
/// attributions (PolNeAR's broad notion) without being claims.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeechAct {
    /// States that something is the case ("said the plant closed", a quote of a statement).
    #[default]
    Assertion,
    /// Holds something to be the case ("believes the plant closed", "expects prices to rise").
    Belief,
    /// A hope, fear, worry or wish ("fears the plant will close").
    Feeling,
    /// A plan, promise, vow, refusal or attempt ("vowed to close the plant", "hopes to land").
    Intention,
    /// Asks, urges or demands something of someone ("urged the board to close the plant").
    Request,
    /// Asks a question ("asked whether the plant closed", a quote ending in "?").
    Question,
    /// Responds to a claim without asserting one ("declined to comment", "could not confirm").
    Response,
    /// Names a topic, not a proposition ("discussed the closure", "condemned the launch").
    Reference,
}

impl SpeechAct {
    /// Whether the content is put forward as true: the act can make or join a claim.
    pub fn asserts(self) -> bool {
        matches!(self, SpeechAct::Assertion | SpeechAct::Belief)
    }
    /// The `hearsay.v1` name.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeechAct::Assertion => "assertion",
            SpeechAct::Belief => "belief",
            SpeechAct::Feeling => "feeling",
            SpeechAct::Intention => "intention",
            SpeechAct::Request => "request",
            SpeechAct::Question => "question",
            SpeechAct::Response => "response",
            SpeechAct::Reference => "reference",
        }
    }
}

/// Who says what: one attribution relation.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// Kind of report.
    pub kind: AttributionKind,
    /// Source phrase, or `None` when implicit.
    pub source: Option<Span>,
    /// Cue phrase, or `None` (a quote continuing in the next paragraph).
    pub cue: Option<Span>,
    /// What is attributed (possibly discontinuous).
    pub content: Vec<Span>,
    /// Index of the attribution this one is nested in.
    pub parent: Option<usize>,
    /// Medium ("X post", "statement", "interview").
    pub medium: Option<String>,
    /// Index into `Doc::sources` of the speaker, set by the sources stage.
    pub source_id: Option<usize>,
    /// Index into `Doc::sources` of whom it was told to.
    pub recipient_id: Option<usize>,
    /// Hedge cues inside the content or its frame.
    pub hedges: Vec<Span>,
    /// Model confidence in [0, 1].
    pub confidence: f32,
    /// What the source does with the content, set by the speech-act stage (assertion until then).
    pub act: SpeechAct,
}

impl Attribution {
    /// An attribution as a stage first finds it: not nested, with no medium, no resolved
    /// source or recipient and no hedges yet (later stages fill those).
    pub fn new(
        kind: AttributionKind,
        source: Option<Span>,
        cue: Option<Span>,
        content: Vec<Span>,
        confidence: f32,
    ) -> Attribution {
        Attribution {
            kind,
            source,
            cue,
            content,
            parent: None,
            medium: None,
            source_id: None,
            recipient_id: None,
            hedges: Vec::new(),
            confidence,
            act: SpeechAct::Assertion,
        }
    }
}

/// `sources[].type`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceType {
    /// A person.
    Person,
    /// Company, agency, government, campaign, party.
    Organization,
    /// News media.
    Outlet,
    /// Report, poll, study, filing, email, post.
    Document,
    /// Critics, officials, experts, voters.
    Group,
    /// Not known.
    Unknown,
}

/// A speaker entity resolved from its mentions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// Proper name, if the text gives one.
    pub name: Option<String>,
    /// Entity type.
    pub stype: SourceType,
    /// Not identified by name.
    pub anonymous: bool,
    /// Speaks for a government or institution.
    pub official: bool,
    /// "Defense Department spokesman".
    pub role: Option<String>,
    /// "Financial Times".
    pub affiliation: Option<String>,
    /// Reliability or access phrases ("normally reliable").
    pub descriptors: Vec<String>,
    /// Every span that refers to it.
    pub mentions: Vec<Span>,
}

/// `verifications[].verdict`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Confirmed.
    Confirmed,
    /// Denied.
    Denied,
    /// Could not confirm.
    CouldNotConfirm,
    /// Declined to comment.
    DeclinedToComment,
    /// Did not respond.
    DidNotRespond,
    /// Could not be reached.
    CouldNotBeReached,
    /// Provided no further context.
    NoFurtherContext,
}

impl Verdict {
    /// All verdicts.
    pub const ALL: [Verdict; 7] = [
        Verdict::Confirmed,
        Verdict::Denied,
        Verdict::CouldNotConfirm,
        Verdict::DeclinedToComment,
        Verdict::DidNotRespond,
        Verdict::CouldNotBeReached,
        Verdict::NoFurtherContext,
    ];

    /// The `hearsay.v1` name.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Confirmed => "confirmed",
            Verdict::Denied => "denied",
            Verdict::CouldNotConfirm => "could_not_confirm",
            Verdict::DeclinedToComment => "declined_to_comment",
            Verdict::DidNotRespond => "did_not_respond",
            Verdict::CouldNotBeReached => "could_not_be_reached",
            Verdict::NoFurtherContext => "no_further_context",
        }
    }
}

/// Someone confirmed, denied or would not say.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verification {
    /// Verdict.
    pub verdict: Verdict,
    /// Span naming the actor in that sentence.
    pub actor: Option<Span>,
    /// Index into `Doc::sources`.
    pub actor_id: Option<usize>,
    /// Phrase carrying the verdict.
    pub cue: Span,
    /// What it bears on.
    pub target: Option<Target>,
}

/// What a verification bears on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Index into `Doc::claims`.
    Claim(usize),
    /// Index into `Doc::attributions`.
    Attribution(usize),
}

/// A hedge cue found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hedge {
    /// The cue ("allegedly", "may be using").
    pub cue: Span,
    /// Hedge class: modal, evidential, approximator, attribution.
    pub class: &'static str,
}

/// The sourcing label of a claim (docs/ASSESSMENT.md defines each one).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// Two or more independent origins, or a confirmation from outside the claim.
    Corroborated,
    /// One named origin, nothing else.
    SingleNamedSource,
    /// One unnamed origin, given first-hand.
    SingleAnonymousSource,
    /// Denied, and also confirmed or given by two or more independent origins.
    Disputed,
    /// Denied, with nothing confirming it.
    Denied,
    /// Someone could not confirm it, or an unnamed origin reaches us only second-hand.
    Unverified,
}

impl Label {
    /// Every label.
    pub const ALL: [Label; 6] = [
        Label::Corroborated,
        Label::SingleNamedSource,
        Label::SingleAnonymousSource,
        Label::Disputed,
        Label::Denied,
        Label::Unverified,
    ];

    /// The name used in JSON and the store.
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Corroborated => "corroborated",
            Label::SingleNamedSource => "single_named_source",
            Label::SingleAnonymousSource => "single_anonymous_source",
            Label::Disputed => "disputed",
            Label::Denied => "denied",
            Label::Unverified => "unverified",
        }
    }

    /// The label named `s`.
    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// `claims[].assessment`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// The sourcing label.
    pub label: Label,
    /// Sentences that point at spans.
    pub reasons: Vec<String>,
}

/// A claim asserted or relayed by one or more attributions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// Short statement of the claim.
    pub text: String,
    /// Indices into `Doc::attributions` (none for a claim the article only hedges:
    /// "reportedly …").
    pub attributions: Vec<usize>,
    /// Where the proposition is stated: its attributions' content spans, and the sentences
    /// that present it as reported ("… reportedly …"), in text order.
    pub mentions: Vec<Span>,
    /// Source indices from origin to last relay.
    pub chain: Vec<usize>,
    /// Indices into `Doc::verifications`.
    pub verifications: Vec<usize>,
    /// Sourcing assessment.
    pub assessment: Assessment,
}

/// Dependency relation (a compact set of UD v2 relations, subtypes dropped), set by the
/// parser in `hearsay-text` (`Doc::deprels`, parallel to `Doc::tokens`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum DepRel {
    /// Nominal subject (active or passive).
    Nsubj,
    /// Clausal subject.
    Csubj,
    /// Object.
    Obj,
    /// Indirect object.
    Iobj,
    /// Clausal complement ("said [that it failed]").
    Ccomp,
    /// Open clausal complement ("declined [to comment]").
    Xcomp,
    /// Adverbial clause.
    Advcl,
    /// Clausal modifier of a noun.
    Acl,
    /// Parataxis ("It failed, he said").
    Parataxis,
    /// Conjunct.
    Conj,
    /// Coordinating conjunction.
    Cc,
    /// Subordinator ("that", "if").
    Mark,
    /// Auxiliary.
    Aux,
    /// Copula.
    Cop,
    /// Determiner.
    Det,
    /// Case marker (adposition).
    Case,
    /// Adjectival modifier.
    Amod,
    /// Adverbial modifier.
    Advmod,
    /// Nominal modifier of a noun.
    Nmod,
    /// Oblique nominal.
    Obl,
    /// Compound.
    Compound,
    /// Apposition.
    Appos,
    /// Numeric modifier.
    Nummod,
    /// Flat multiword name.
    Flat,
    /// Punctuation.
    Punct,
    /// Root of the sentence.
    Root,
    /// Any other relation, or not parsed.
    #[default]
    Other,
}

impl DepRel {
    /// All relations, in `repr` order.
    pub const ALL: [DepRel; 27] = [
        DepRel::Nsubj,
        DepRel::Csubj,
        DepRel::Obj,
        DepRel::Iobj,
        DepRel::Ccomp,
        DepRel::Xcomp,
        DepRel::Advcl,
        DepRel::Acl,
        DepRel::Parataxis,
        DepRel::Conj,
        DepRel::Cc,
        DepRel::Mark,
        DepRel::Aux,
        DepRel::Cop,
        DepRel::Det,
        DepRel::Case,
        DepRel::Amod,
        DepRel::Advmod,
        DepRel::Nmod,
        DepRel::Obl,
        DepRel::Compound,
        DepRel::Appos,
        DepRel::Nummod,
        DepRel::Flat,
        DepRel::Punct,
        DepRel::Root,
        DepRel::Other,
    ];

    /// The UD name ("nsubj"; "other" for [`DepRel::Other`]).
    pub fn as_str(self) -> &'static str {
        [
            "nsubj",
            "csubj",
            "obj",
            "iobj",
            "ccomp",
            "xcomp",
            "advcl",
            "acl",
            "parataxis",
            "conj",
            "cc",
            "mark",
            "aux",
            "cop",
            "det",
            "case",
            "amod",
            "advmod",
            "nmod",
            "obl",
            "compound",
            "appos",
            "nummod",
            "flat",
            "punct",
            "root",
            "other",
        ][self as usize]
    }

    /// Maps a UD relation ("nsubj:pass" too) onto the set; unknown ones are [`DepRel::Other`].
    pub fn from_ud(s: &str) -> DepRel {
        let base = s.split(':').next().unwrap_or("");
        DepRel::ALL.iter().copied().find(|d| d.as_str() == base && *d != DepRel::Other).unwrap_or(DepRel::Other)
    }
}
