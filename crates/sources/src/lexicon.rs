//! The sources-stage word lists from [`hearsay_lex::speakers`] and [`hearsay_lex::media`], parsed once.

use hearsay_core::SourceType;
use hearsay_lex::speakers;
use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// Whether a role, title or group noun speaks for an institution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleClass {
    /// Speaks for an institution by office or job ("spokesman", "Sen.").
    Official,
    /// Speaks for whoever they represent ("lawyer"): official when that is an organization.
    Agent,
    /// Speaks for themselves ("commentator", "Mr.").
    Other,
}

/// A list of people by full name ("Barack Obama").
#[derive(Debug, Default)]
pub struct PersonList {
    /// Normalised full names.
    pub full: HashSet<String>,
    /// Full names as listed, by normalised last name ("obama" → "Barack Obama").
    pub by_surname: HashMap<String, Vec<String>>,
}

impl PersonList {
    fn new(src: &str) -> Self {
        let mut l = PersonList { full: set(src), by_surname: HashMap::default() };
        for full in lines(src).map(|x| first_column(x).trim()) {
            if let Some(last) = full.split_whitespace().last() {
                l.by_surname.entry(norm(last)).or_default().push(full.to_string());
            }
        }
        l
    }

    /// Whether `name` is listed: its full name, or the last words of a listed name that
    /// `text` writes in full somewhere (`written` remembers which it does).
    pub fn holds<'l>(&'l self, name: &str, text: &str, written: &mut HashMap<&'l str, bool>) -> bool {
        let name = name.trim();
        self.full.contains(&norm(name))
            || name.split_whitespace().last().is_some_and(|last| {
                self.by_surname.get(&norm(last)).is_some_and(|fulls| {
                    fulls.iter().any(|f| {
                        f.ends_with(name) && *written.entry(f.as_str()).or_insert_with(|| text.contains(f.as_str()))
                    })
                })
            })
    }
}

/// All lexicons of the sources stage.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// News outlets (normalised names).
    pub outlets: HashSet<String>,
    /// Government bodies and states.
    pub government: HashSet<String>,
    /// Companies, non-governmental bodies, parties and armed groups known by name.
    pub organizations: HashSet<String>,
    /// People in national executive office in 2014–2016.
    pub officeholders: PersonList,
    /// Candidates of the 2016 US presidential election.
    pub candidates: PersonList,
    /// Social platforms ("Twitter"): a document on one is its poster's.
    pub platforms: HashSet<String>,
    /// Organization head words.
    pub org_heads: HashSet<String>,
    /// Outlet head words and back-reference nouns.
    pub outlet_heads: HashSet<String>,
    /// Nameplate words: last words of newspaper names only in a capitalised name ("… Star").
    pub nameplates: HashSet<String>,
    /// Nationality and regional adjectives ("british", "iraqi").
    pub demonyms: HashSet<String>,
    /// Person role nouns.
    pub roles: HashMap<String, RoleClass>,
    /// Titles before names.
    pub titles: HashMap<String, RoleClass>,
    /// Role noun a title implies ("sen" -> "senator").
    pub title_roles: HashMap<String, String>,
    /// Group nouns.
    pub groups: HashMap<String, RoleClass>,
    /// Document nouns.
    pub documents: HashSet<String>,
    /// Nouns of the document list that name no document ("rumors"): speakers of unknown type.
    pub unknown_heads: HashSet<String>,
    /// Singular nouns of the document list for what an outlet publishes ("report", "poll").
    pub published_heads: HashSet<String>,
    /// Document nouns of what only an office, court or company issues ("filings", "memo").
    pub issued_heads: HashSet<String>,
    /// Descriptor phrases, longest first.
    pub descriptors: Vec<String>,
    /// Matcher over `descriptors` (ASCII case-insensitive, leftmost-longest).
    pub descriptor_matcher: Option<aho_corasick::AhoCorasick>,
    /// Longest entry (in words) of the multi-word name lists.
    pub max_words: usize,
    /// Common first names (normalised).
    pub first_names: HashSet<String>,
    /// Type votes of MiniLM fine word classes, from the head-noun lists: the type an unknown
    /// head noun takes from the known nouns used like it ("executioner" like "spokesman").
    pub class_types: HashMap<u16, SourceType>,
}

/// Lowercases, drops periods and maps "&" to "and", so "U.S." == "US" and "Task & Purpose" == "task and purpose".
pub fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        // written in place: a separator, then the word, undone when the word is empty
        let mark = out.len();
        if !out.is_empty() {
            out.push(' ');
        }
        let start = out.len();
        if w.is_ascii() {
            // the common case: the same as the char loop below, a piece at a time
            w.split('.').for_each(|piece| out.push_str(piece));
            out[start..].make_ascii_lowercase();
        } else {
            out.extend(w.chars().filter(|&c| c != '.').flat_map(char::to_lowercase));
        }
        if out.len() == start {
            out.truncate(mark);
        } else if &out[start..] == "&" {
            out.truncate(start);
            out.push_str("and");
        }
    }
    out
}

fn lines(src: &str) -> impl Iterator<Item = &str> {
    src.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The first tab-separated column of a list line.
fn first_column(l: &str) -> &str {
    l.split('\t').next().unwrap_or(l)
}

fn set(src: &str) -> HashSet<String> {
    lines(src).map(norm).collect()
}

/// The first column of the lines of `src` whose second column is `class`.
fn of_class(src: &str, class: &str) -> HashSet<String> {
    lines(src)
        .filter(|l| l.split('\t').nth(1).is_some_and(|c| c.trim() == class))
        .map(|l| norm(first_column(l)))
        .collect()
}

fn classed(src: &str) -> HashMap<String, RoleClass> {
    let mut m = HashMap::default();
    for l in lines(src) {
        let mut cols = l.split('\t');
        let w = cols.next().unwrap_or(l);
        let class = match cols.next().unwrap_or("other").trim() {
            "official" => RoleClass::Official,
            "agent" => RoleClass::Agent,
            _ => RoleClass::Other,
        };
        m.entry(norm(w)).or_insert(class);
    }
    m
}

impl Lexicon {
    fn load() -> Self {
        let mut descriptors: Vec<String> = lines(speakers::DESCRIPTORS).map(str::to_lowercase).collect();
        descriptors.sort_by_key(|d| std::cmp::Reverse(d.len()));
        let mut lx = Lexicon {
            outlets: set(speakers::OUTLETS),
            government: set(speakers::GOVERNMENT),
            organizations: set(speakers::ORGANIZATIONS),
            officeholders: PersonList::new(speakers::OFFICEHOLDERS),
            candidates: PersonList::new(speakers::CANDIDATES),
            platforms: set(hearsay_lex::media::PLATFORMS),
            org_heads: set(speakers::ORG_HEADS),
            outlet_heads: set(speakers::OUTLET_HEADS),
            nameplates: set(speakers::NAMEPLATES),
            demonyms: set(speakers::DEMONYMS),
            roles: classed(speakers::ROLES),
            titles: classed(speakers::TITLES),
            title_roles: lines(speakers::TITLES)
                .filter_map(|l| {
                    let c: Vec<&str> = l.split('\t').collect();
                    (c.len() > 2).then(|| (norm(c[0]), c[2].trim().to_string()))
                })
                .collect(),
            groups: classed(speakers::GROUP_NOUNS),
            documents: lines(hearsay_lex::media::DOCUMENT_NOUNS).map(|l| norm(first_column(l))).collect(),
            unknown_heads: of_class(hearsay_lex::media::DOCUMENT_NOUNS, "unknown"),
            published_heads: of_class(hearsay_lex::media::DOCUMENT_NOUNS, "published"),
            issued_heads: of_class(hearsay_lex::media::DOCUMENT_NOUNS, "issued"),
            descriptor_matcher: aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&descriptors)
                .ok(),
            descriptors,
            max_words: 1,
            first_names: set(speakers::FIRST_NAMES),
            class_types: HashMap::default(),
        };
        lx.class_types = class_types(&lx);
        lx.max_words = lx
            .outlets
            .iter()
            .chain(&lx.government)
            .chain(&lx.organizations)
            .chain(lx.titles.keys())
            .map(|k| k.split(' ').count())
            .max()
            .unwrap_or(1);
        lx
    }
}

/// The majority type of each MiniLM fine class among the known head nouns (classes with at
/// least two known nouns and a clear majority only).
fn class_types(lx: &Lexicon) -> HashMap<u16, SourceType> {
    let mut votes: HashMap<u16, [u32; 5]> = HashMap::default();
    let mut vote = |w: &str, t: usize| {
        if w.contains(' ') {
            return;
        }
        if let Some(c) = hearsay_lex::clusters::lookup(w) {
            votes.entry(c.fine).or_default()[t] += 1;
        }
    };
    for w in lx.roles.keys() {
        vote(w, 0);
    }
    for w in lx.groups.keys() {
        vote(w, 1);
    }
    for w in lx.documents.iter().filter(|w| !lx.unknown_heads.contains(*w)) {
        vote(w, 2);
    }
    for w in &lx.org_heads {
        vote(w, 3);
    }
    for w in &lx.outlet_heads {
        vote(w, 4);
    }
    let types =
        [SourceType::Person, SourceType::Group, SourceType::Document, SourceType::Organization, SourceType::Outlet];
    votes
        .into_iter()
        .filter_map(|(c, v)| {
            let total: u32 = v.iter().sum();
            let best = (0..5).max_by_key(|&i| (v[i], std::cmp::Reverse(i)))?;
            (total >= 2 && v[best] * 3 >= total * 2).then_some((c, types[best]))
        })
        .collect()
}

/// The shared lexicon.
pub fn lexicon() -> &'static Lexicon {
    static LX: OnceLock<Lexicon> = OnceLock::new();
    LX.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load_and_normalise() {
        let lx = lexicon();
        assert!(lx.outlets.contains("task and purpose"));
        assert!(lx.government.contains("us"));
        assert_eq!(lx.titles.get("lt"), Some(&RoleClass::Official));
        assert_eq!(lx.roles.get("commentator"), Some(&RoleClass::Other));
        assert_eq!(lx.title_roles.get("sen").map(String::as_str), Some("senator"));
        assert!(lx.documents.contains("report"));
        assert!(lx.descriptors.iter().any(|d| d == "normally reliable"));
        assert_eq!(norm(" U.S.  Task & Purpose "), "us task and purpose");
        // ASCII and other words alike: dots dropped, lowercased, "." alone gone
        assert_eq!(norm("Ms. ÉLYSÉE . Jr.&Co"), "ms élysée jr&co");
    }
}
