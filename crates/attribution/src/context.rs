//! Per-token facts the models read: hashed word forms, tags, quote state, sentence index.

use hearsay_core::{Doc, Lowercase, TokenKind};
use hearsay_learn::fnv1a;
use rustc_hash::FxHashMap;

/// Precomputed token view of a document.
pub struct Ctx {
    /// Lower-cased token text (the document's lexical layer).
    pub lower: Lowercase,
    /// Hash of the lower-cased text.
    pub w: Vec<u64>,
    /// Hash of a crude stem (lower-cased, inflectional suffix stripped).
    pub stem: Vec<u64>,
    /// Hash of the last three chars.
    pub suf: Vec<u64>,
    /// Shape class: 0 lower, 1 capitalised, 2 all caps, 3 number, 4 quote, 5 punct.
    pub shape: Vec<u8>,
    /// POS tag (UD index) or 17 when untagged.
    pub pos: Vec<u8>,
    /// Inside a double quotation (between an opening and a closing mark of the paragraph).
    pub inq: Vec<bool>,
    /// Sentence index of each token.
    pub sent: Vec<u32>,
    /// Lexical cue class of the word ([`hearsay_lex::speech::cue_class`]).
    pub class: Vec<u8>,
    /// Whether the word is in [`hearsay_lex::speech::ATTRIBUTION`].
    pub reporting: Vec<bool>,
    /// True for word and number tokens (span boundaries may sit only there).
    pub wordlike: Vec<bool>,
    /// Distributional word class, coarse ([`hearsay_lex::clusters`]; [`NO_CLASS`] when unknown).
    pub coarse: Vec<u16>,
    /// Distributional word class, fine ([`NO_CLASS`] when unknown).
    pub fine: Vec<u16>,
    /// Prefix counts of each [`Inside`] kind (len = tokens + 1), so that a span pointer
    /// can ask in O(1) how many of each a span holds.
    pub inside: Vec<[u32; INSIDE_KINDS]>,
    /// Complement marker of each token: 1 "that", 2 "to", 3 a quote mark, 4 ":", 5 "of",
    /// 6 "about"/"on"/"for"/"against"/"over", 7 "whether"/"if", 8 "how"/"why"/"what"/"who",
    /// [`CLAUSE_STOP`] for ",", "." and ";", 0 anything else.
    pub marker: Vec<u8>,
    /// Prefix counts of reporting verbs outside quotations (len = tokens + 1).
    pub reps: Vec<u32>,
    /// How a span starting at the token opens ([`start_class`]).
    pub start: Vec<u8>,
    /// What follows a span ending at the token ([`end_class`]).
    pub end: Vec<u8>,
}

/// Number of [`Ctx::end`] classes.
pub const END_CLASSES: usize = 10;

/// What follows token `i`: 0 nothing in its sentence, 1 ".", "?" or "!", 2 ",", 3 ";", ":"
/// or a dash, 4 a quotation mark, 5 a preposition, 6 a coordinating conjunction, 7 a
/// subordinating conjunction, 8 a verb or auxiliary, 9 anything else.
fn end_class(c: &Ctx, words: &[WordClasses], i: usize) -> u8 {
    use hearsay_core::Pos;
    let k = i + 1;
    if k >= c.lower.len() || c.sent[k] != c.sent[i] {
        return 0;
    }
    if words[k].end != 0 {
        return words[k].end;
    }
    if c.shape[k] == 4 {
        return 4;
    }
    match c.pos[k] {
        p if p == Pos::Adp as u8 => 5,
        p if p == Pos::Cconj as u8 => 6,
        p if p == Pos::Sconj as u8 => 7,
        p if p == Pos::Verb as u8 || p == Pos::Aux as u8 => 8,
        _ => 9,
    }
}

/// Number of [`Ctx::start`] classes.
pub const START_CLASSES: usize = 6;

/// How a span starting at token `i` opens: 0 "that", 1 "to", 2 inside or right after a
/// quotation mark, 3 a wh-word, "whether" or "if", 4 a noun phrase (determiner, noun,
/// proper noun, adjective, number, pronoun), 5 anything else.
fn start_class(c: &Ctx, words: &[WordClasses], i: usize) -> u8 {
    use hearsay_core::Pos;
    if words[i].start != NO_START {
        return words[i].start;
    }
    if c.inq[i] || (i > 0 && c.shape[i - 1] == 4) {
        return 2;
    }
    let p = c.pos[i];
    let np = [Pos::Det, Pos::Noun, Pos::Propn, Pos::Adj, Pos::Num, Pos::Pron];
    if np.iter().any(|&x| x as u8 == p) {
        4
    } else {
        5
    }
}

/// [`Ctx::marker`] of a comma, period or semicolon.
pub const CLAUSE_STOP: u8 = 9;

fn marker_of(word: &WordClasses, shape: u8) -> u8 {
    match word.marker {
        0 if shape == 4 => 3,
        m => m,
    }
}

/// [`WordClasses::start`] of a word that decides no start class.
const NO_START: u8 = u8::MAX;

/// What [`start_class`], [`end_class`], [`marker_of`] and [`inside_kinds`] read of a
/// lower-cased word form: a pure function of the form, memoised with the rest of [`Lexical`].
#[derive(Clone, Copy)]
struct WordClasses {
    /// Start class the word itself decides (0 "that", 1 "to", 3 wh-words), else [`NO_START`].
    start: u8,
    /// End class of a span that this word follows, when the word decides it (1 ".", "?",
    /// "!", 2 ",", 3 ";", ":" or a dash), else 0.
    end: u8,
    /// [`Ctx::marker`] of the word before the quote-mark test (0 for none).
    marker: u8,
    /// Bits: 1 ",", 2 a clause word after a comma ("but", "which"…), 4 "and"/"but"/"or",
    /// 8 a dash, 16 ends in "ing".
    inside: u8,
}

impl WordClasses {
    fn of(w: &str) -> WordClasses {
        let start = match w {
            "that" => 0,
            "to" => 1,
            "whether" | "if" | "how" | "why" | "what" | "who" | "when" | "where" => 3,
            _ => NO_START,
        };
        let end = match w {
            "." | "?" | "!" => 1,
            "," => 2,
            ";" | ":" | "―" | "—" | "–" | "--" => 3,
            _ => 0,
        };
        let marker = match w {
            "," | "." | ";" => CLAUSE_STOP,
            "that" => 1,
            "to" => 2,
            ":" => 4,
            "of" => 5,
            "about" | "on" | "for" | "against" | "over" => 6,
            "whether" | "if" => 7,
            "how" | "why" | "what" | "who" => 8,
            _ => 0,
        };
        let inside = (w == ",") as u8
            | (matches!(w, "but" | "while" | "although" | "though" | "whereas" | "which" | "who" | "whom" | "yet")
                as u8)
                << 1
            | (matches!(w, "and" | "but" | "or") as u8) << 2
            | (matches!(w, "―" | "—" | "–" | "--") as u8) << 3
            | (w.ends_with("ing") as u8) << 4;
        WordClasses { start, end, marker, inside }
    }
}

/// Kinds of token counted inside candidate spans ([`Ctx::inside`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Inside {
    /// A verb or auxiliary ([`Ctx::verbs_before`] counts these).
    Verb,
    /// A comma.
    Comma,
    /// A conjunction or relative pronoun after a comma (", but", ", which", ", while").
    CommaClause,
    /// "and", "but" or "or" before a verb (a second predicate: "… and vowed to").
    CoordVerb,
    /// A dash.
    Dash,
    /// A verb in "-ing" after a comma (", arguing that …").
    CommaGerund,
}

/// Number of [`Inside`] kinds.
pub const INSIDE_KINDS: usize = 6;

/// The [`Inside`] kinds token `i` counts as.
fn inside_kinds(words: &[WordClasses], pos: &[u8], i: usize) -> [u32; INSIDE_KINDS] {
    let (verb, aux) = (hearsay_core::Pos::Verb as u8, hearsay_core::Pos::Aux as u8);
    let w = words[i].inside;
    let is_verb = |k: usize| k < pos.len() && (pos[k] == verb || pos[k] == aux);
    let after_comma = i > 0 && words[i - 1].inside & 1 != 0;
    let mut out = [0u32; INSIDE_KINDS];
    out[Inside::Verb as usize] = is_verb(i) as u32;
    out[Inside::Comma as usize] = (w & 1) as u32;
    out[Inside::CommaClause as usize] = (after_comma && w & 2 != 0) as u32;
    out[Inside::CoordVerb as usize] = (w & 4 != 0 && is_verb(i + 1)) as u32;
    out[Inside::Dash as usize] = (w & 8 != 0) as u32;
    out[Inside::CommaGerund as usize] = (after_comma && is_verb(i) && w & 16 != 0) as u32;
    out
}

/// Word class of a token outside the cluster vocabulary.
pub const NO_CLASS: u16 = u16::MAX;

/// Quote role of a token: 1 opening, 2 closing, 0 none (double quotes only).
pub fn quote_role(doc: &Doc, i: usize, inside: bool) -> u8 {
    let t = doc.tokens[i];
    if t.kind != TokenKind::Quote {
        return 0;
    }
    match doc.slice(t.span) {
        "“" | "„" | "«" => 1,
        "”" | "»" => 2,
        "\"" | "``" | "''" => {
            if inside {
                2
            } else {
                1
            }
        }
        _ => 0,
    }
}

fn stem_of(s: &str) -> &str {
    for suf in ["ings", "ing", "ied", "ies", "ed", "es", "s"] {
        if s.len() > suf.len() + 2 && s.ends_with(suf) {
            return &s[..s.len() - suf.len()];
        }
    }
    s
}

/// What the models read of one lower-cased word form, whatever its position.
#[derive(Clone, Copy)]
struct Lexical {
    w: u64,
    stem: u64,
    suf: u64,
    class: u8,
    reporting: bool,
    coarse: u16,
    fine: u16,
    words: WordClasses,
}

/// Most word forms [`LEXICAL`] keeps before it starts afresh (about 5 MB; news vocabulary
/// fits, a hostile input cannot grow it without bound).
const LEXICAL_CAP: usize = 64 * 1024;

thread_local! {
    /// [`Lexical::of`] memoised per thread: a pure function of the word form, so a cache
    /// shared by the documents a thread analyses changes nothing but the time.
    static LEXICAL: std::cell::RefCell<FxHashMap<Box<str>, Lexical>> = Default::default();
}

impl Lexical {
    fn of(lower: &str, buf: &mut String) -> Lexical {
        let k = lower.char_indices().rev().nth(2).map(|(b, _)| b).unwrap_or(0);
        let classes = hearsay_lex::clusters::lookup(lower);
        Lexical {
            w: fnv1a(lower.as_bytes()),
            stem: fnv1a(stem_of(lower).as_bytes()),
            suf: fnv1a(&lower.as_bytes()[k..]),
            class: hearsay_lex::speech::cue_class(lower, buf),
            reporting: hearsay_lex::speech::ATTRIBUTION.contains(lower),
            coarse: classes.map_or(NO_CLASS, |x| x.coarse),
            fine: classes.map_or(NO_CLASS, |x| x.fine),
            words: WordClasses::of(lower),
        }
    }
}

impl Ctx {
    /// Builds the view of `doc` (tokens and sentences must exist).
    pub fn new(doc: &Doc) -> Ctx {
        let n = doc.tokens.len();
        let tagged = doc.pos.len() == n;
        let mut c = Ctx {
            lower: doc.lowercase().into_owned(),
            w: Vec::with_capacity(n),
            stem: Vec::with_capacity(n),
            suf: Vec::with_capacity(n),
            shape: Vec::with_capacity(n),
            pos: Vec::with_capacity(n),
            inq: vec![false; n],
            sent: vec![0; n],
            wordlike: Vec::with_capacity(n),
            class: Vec::with_capacity(n),
            reporting: Vec::with_capacity(n),
            coarse: Vec::with_capacity(n),
            fine: Vec::with_capacity(n),
            inside: Vec::with_capacity(n + 1),
            reps: Vec::with_capacity(n + 1),
            marker: Vec::with_capacity(n),
            start: Vec::with_capacity(n),
            end: Vec::new(),
        };
        let mut buf = String::new();
        let mut words = Vec::with_capacity(n);
        // the lexical facts of a word form are computed once per thread (see `LEXICAL`)
        for (i, t) in doc.tokens.iter().enumerate() {
            let s = doc.slice(t.span);
            let lower = &c.lower[i];
            let word = t.kind == TokenKind::Word;
            let lex = LEXICAL.with_borrow_mut(|seen| match seen.get(lower) {
                Some(x) => *x,
                None => {
                    let x = Lexical::of(lower, &mut buf);
                    if seen.len() >= LEXICAL_CAP {
                        seen.clear();
                    }
                    seen.insert(lower.into(), x);
                    x
                }
            });
            words.push(lex.words);
            c.w.push(lex.w);
            c.stem.push(lex.stem);
            c.suf.push(lex.suf);
            let first = s.chars().next().unwrap_or(' ');
            c.shape.push(match t.kind {
                TokenKind::Number => 3,
                TokenKind::Quote => 4,
                TokenKind::Punct => 5,
                TokenKind::Word if s.chars().all(|x| !x.is_lowercase()) && s.len() > 1 => 2,
                TokenKind::Word if first.is_uppercase() => 1,
                TokenKind::Word => 0,
            });
            c.pos.push(if tagged { doc.pos[i] as u8 } else { 17 });
            c.wordlike.push(matches!(t.kind, TokenKind::Word | TokenKind::Number));
            c.class.push(if word { lex.class } else { 0 });
            c.reporting.push(word && lex.reporting);
            c.coarse.push(if word { lex.coarse } else { NO_CLASS });
            c.fine.push(if word { lex.fine } else { NO_CLASS });
        }
        let mut acc = [0u32; INSIDE_KINDS];
        c.inside.push(acc);
        for i in 0..n {
            for (a, k) in acc.iter_mut().zip(inside_kinds(&words, &c.pos, i)) {
                *a += k;
            }
            c.inside.push(acc);
        }
        for (si, s) in doc.sentences.iter().enumerate() {
            for i in s.tokens.clone() {
                if i < n {
                    c.sent[i] = si as u32;
                }
            }
        }
        // quote state, reset at each segment
        let mut inside = false;
        let mut seg = usize::MAX;
        for s in &doc.sentences {
            if s.segment != seg {
                seg = s.segment;
                inside = false;
            }
            for i in s.tokens.clone() {
                match quote_role(doc, i, inside) {
                    1 => inside = true,
                    2 => inside = false,
                    _ => c.inq[i] = inside,
                }
            }
        }
        c.marker.extend(words.iter().zip(&c.shape).map(|(w, &sh)| marker_of(w, sh)));
        let mut nr = 0;
        c.reps.push(0);
        for i in 0..n {
            nr += (c.reporting[i] && !c.inq[i]) as u32;
            c.reps.push(nr);
        }
        c.start = (0..n).map(|i| start_class(&c, &words, i)).collect();
        c.end = (0..n).map(|i| end_class(&c, &words, i)).collect();
        c
    }

    /// Verbs and auxiliaries among tokens `[0, i)`.
    #[inline]
    pub fn verbs_before(&self, i: usize) -> u32 {
        self.inside[i][Inside::Verb as usize]
    }

    /// Word hash at `i`, or a boundary marker outside `[lo, hi)`.
    #[inline]
    pub fn w_at(&self, i: isize, lo: usize, hi: usize) -> u64 {
        if i < lo as isize || i >= hi as isize {
            0xB0B0
        } else {
            self.w[i as usize]
        }
    }

    /// Shape class at `i`, or 6 outside `[lo, hi)`.
    #[inline]
    pub fn shape_at(&self, i: isize, lo: usize, hi: usize) -> u64 {
        if i < lo as isize || i >= hi as isize {
            6
        } else {
            self.shape[i as usize] as u64
        }
    }

    /// Cue class at `i`, or 7 outside `[lo, hi)`.
    #[inline]
    pub fn class_at(&self, i: isize, lo: usize, hi: usize) -> u64 {
        if i < lo as isize || i >= hi as isize {
            7
        } else {
            self.class[i as usize] as u64
        }
    }

    /// Whether token `k` is tagged a verb or an auxiliary.
    #[inline]
    pub fn is_verb(&self, k: usize) -> bool {
        self.pos[k] == hearsay_core::Pos::Verb as u8 || self.pos[k] == hearsay_core::Pos::Aux as u8
    }

    /// POS at `i`, or 18 outside `[lo, hi)`.
    #[inline]
    pub fn pos_at(&self, i: isize, lo: usize, hi: usize) -> u64 {
        if i < lo as isize || i >= hi as isize {
            18
        } else {
            self.pos[i as usize] as u64
        }
    }
}
