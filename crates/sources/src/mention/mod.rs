//! Reads one source mention on its own: type, name, role, affiliation, anonymity, officialness.
//!
//! - [`heads`]: titles, role heads and the type a name or head noun implies;
//! - [`np`]: one noun phrase parsed into determiner, name, title, head, affiliation;
//! - [`judge`]: type, officialness and anonymity of a parsed phrase.

mod heads;
mod judge;
mod np;
#[cfg(test)]
mod tests;

pub use heads::{ends_in_title, listed, name_type};

use crate::lexicon::{lexicon, norm};
use crate::words::{split, Word};
use hearsay_core::SourceType;
use hearsay_lex::function::{CHUNK_SKIPS, TITLING};
use hearsay_lex::speech::DESCRIPTOR_END;
use judge::{np_anonymous, np_official, np_type};
use np::*;

/// What kind of pronoun a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she, him, his, her.
    Person,
    /// I, me, my, we, us, our: the quote's speaker (or the writer outside quotes).
    First,
    /// it, its, which.
    Thing,
    /// they, them, their.
    Plural,
    /// who, whom.
    Relative,
}

/// How a mention refers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reference {
    /// Introduces or names its referent ("a Pentagon official", "Gideon Rachman").
    Fresh,
    /// A definite description that may point back ("the spokesman", "This military publication", "his source").
    Definite,
    /// A pronoun.
    Pronoun(Pronoun),
}

/// Everything one mention says about its referent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentionInfo {
    /// Entity type.
    pub stype: SourceType,
    /// Proper name ("Charlie Dietz").
    pub name: Option<String>,
    /// Role ("Defense Department spokesman").
    pub role: Option<String>,
    /// Affiliation ("Financial Times").
    pub affiliation: Option<String>,
    /// Not identified by name.
    pub anonymous: bool,
    /// Speaks for a government or institution.
    pub official: bool,
    /// Reliability or access phrases.
    pub descriptors: Vec<String>,
    /// How it refers.
    pub reference: Reference,
    /// Lowercase head noun ("spokesman", "publication", "report"), or role nouns implied by titles.
    pub heads: Vec<String>,
    /// Its title or role is no longer held ("former Attorney General", "retired general").
    pub former: bool,
}

impl MentionInfo {
    fn unknown(reference: Reference) -> Self {
        MentionInfo {
            stype: SourceType::Unknown,
            name: None,
            role: None,
            affiliation: None,
            anonymous: true,
            official: false,
            descriptors: Vec::new(),
            reference,
            heads: Vec::new(),
            former: false,
        }
    }
}

fn pronoun(w: &str) -> Option<Pronoun> {
    use hearsay_lex::pron::{FIRST_PERSON, PERSON, PLURAL, RELATIVE, THING};
    let classes = [
        (&PERSON, Pronoun::Person),
        (&FIRST_PERSON, Pronoun::First),
        (&THING, Pronoun::Thing),
        (&PLURAL, Pronoun::Plural),
        (&RELATIVE, Pronoun::Relative),
    ];
    classes.into_iter().find_map(|(list, p)| list.contains(w).then_some(p))
}

/// A subject pronoun that can be a speaker ("he", "it", "they", "we").
pub fn is_subject_pronoun(w: &str) -> bool {
    hearsay_lex::pron::SPEAKERS.contains(w)
}

/// Descriptor phrases in the mention or in the clause right after it.
fn descriptors(mention: &str, after: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let Some(ac) = lexicon().descriptor_matcher.as_ref() else {
        return out;
    };
    for text in [mention, after] {
        for m in ac.find_iter(text) {
            let (p, from) = (m.start(), m.end());
            let bounded =
                !text[..p].ends_with(char::is_alphanumeric) && !text[from..].starts_with(char::is_alphanumeric);
            if !bounded {
                continue;
            }
            let d = &lexicon().descriptors[m.pattern().as_usize()];
            let mut end = from;
            if d.ends_with(" with") || d.ends_with(" to") || d.ends_with(" on") || d.ends_with(" of") {
                // take the object: up to 4 words, stopping at punctuation or a speech verb
                let rest = &text[from..];
                let stop = rest.find([',', '.', ';', ':', '—', '(', ')', '"', '”']).unwrap_or(rest.len());
                let mut n = 0;
                for (i, c) in rest[..stop].char_indices() {
                    if c == ' ' && i > 0 {
                        n += 1;
                        if n == 4 {
                            end = from + i;
                            break;
                        }
                    }
                    end = from + i + c.len_utf8();
                }
                let tail = &text[from..end];
                for verb in DESCRIPTOR_END.words() {
                    if let Some(q) = tail.find(&format!(" {verb}")) {
                        end = end.min(from + q);
                    }
                }
            }
            let phrase = text[p..end].trim().to_string();
            if !out.contains(&phrase) {
                out.push(phrase);
            }
        }
    }
    out
}

/// A lowercase word after a listed head noun that is itself the phrase's head ("app
/// [developer]"): a word, not a function word, a participle or a relative.
fn noun_after_head(n: &Word) -> bool {
    let l = n.lower();
    !n.is_punct()
        && !n.is_cap()
        && l.chars().all(char::is_alphabetic)
        && !l.ends_with("ed")
        && !l.ends_with("ing")
        && !hearsay_lex::stop::CORPUS.contains(l.as_ref())
}

/// A person or group phrase followed by "named" or "called" and a capitalised or quoted name
/// ("a commenter named “4npower”"): the phrase before it parsed, and the name.
fn called(c: &[Word]) -> Option<(Np, String)> {
    let i = c.iter().position(|w| matches!(w.text, "named" | "called"))?;
    let rest: Vec<&Word> = c[i + 1..].iter().filter(|w| !w.is_punct()).collect();
    let quoted = c.get(i + 1).is_some_and(|w| w.is_punct() && w.text.contains(['"', '“', '\'', '‘']));
    let first = rest.first()?;
    if i == 0 || rest.len() > 4 || !(first.is_cap() || quoted) {
        return None;
    }
    let np = parse_np(&c[..i]);
    let person = matches!(np.head.as_ref().map(|h| h.1), None | Some(SourceType::Person | SourceType::Group));
    if !person || np.name.is_some() {
        return None;
    }
    let name = rest.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
    Some((np, name))
}

/// Reads a mention phrase; `after` is the rest of its clause (for "…, who spoke on condition of anonymity").
pub fn analyze(mention: &str, after: &str) -> MentionInfo {
    let ws = split(mention);
    let content: Vec<&Word> = ws.iter().filter(|w| !w.is_punct()).collect();
    let acronym = |w: &Word| w.text.len() > 1 && w.text.chars().all(|c| c.is_uppercase());
    if content.len() == 1 && !acronym(content[0]) {
        let l = content[0].lower();
        // a pronoun with a verb glued on ("We’re", "I'm", "she'll")
        let l = l
            .split_once(['\'', '’'])
            // ("'s" is as often a possessive)
            .filter(|(_, v)| *v != "s" && hearsay_lex::verbs::CLITIC_TAILS.contains(v))
            .map_or(l.as_ref(), |(p, _)| p);
        if let Some(p) = pronoun(l) {
            let mut m = MentionInfo::unknown(Reference::Pronoun(p));
            m.anonymous = false;
            m.stype = match p {
                Pronoun::Person | Pronoun::First | Pronoun::Relative => SourceType::Person,
                Pronoun::Thing => SourceType::Unknown,
                Pronoun::Plural => SourceType::Group,
            };
            return m;
        }
    }
    // "one", "another", "a third": one of the people just described ("One resident said …,
    // another said …"; sources v2 train fnc1/1064, fnc1/1174), each a person of their own
    let one_of_many = match content.as_slice() {
        [w] => matches!(w.lower().as_ref(), "one" | "another"),
        [a, w] => a.lower() == "a" && matches!(w.lower().as_ref(), "second" | "third" | "fourth" | "fifth"),
        _ => false,
    };
    if one_of_many {
        let mut m = MentionInfo::unknown(Reference::Fresh);
        m.stype = SourceType::Person;
        return m;
    }
    if crate::share::is_share(mention.trim(), after) {
        let mut m = MentionInfo::unknown(Reference::Fresh);
        m.stype = SourceType::Group;
        return m;
    }
    // comma chunks; parentheticals ("(R-S.C.)") dropped
    let mut chunks: Vec<Vec<Word>> = vec![Vec::new()];
    let mut depth = 0usize;
    for w in &ws {
        match w.text {
            "(" | "[" => depth += 1,
            ")" | "]" => depth = depth.saturating_sub(1),
            "," | ";" | "—" | "–" if depth == 0 => chunks.push(Vec::new()),
            _ if depth == 0 => chunks.last_mut().map_or((), |c| c.push(*w)),
            _ => {}
        }
    }
    chunks.retain(|c| c.iter().any(|w| !w.is_punct()));
    let mut main = Np::default();
    let mut first = true;
    let mut named_member = false;
    let mut titled = false;
    let mut appositive_type = None;
    for c in &chunks {
        let lead =
            if c[0].text.chars().all(char::is_uppercase) { c[0].text.to_string() } else { c[0].lower().into_owned() };
        if !first && CHUNK_SKIPS.contains(lead.as_str()) {
            continue;
        }
        if !first && TITLING.contains(lead.as_str()) {
            titled = true;
            continue;
        }
        if !first && lead == "including" {
            named_member |= c.iter().skip(1).any(|w| w.is_cap());
            continue;
        }
        if first {
            main = parse_np(c);
            // "a commenter named “4npower”", "a man called John Reyes": the name after
            // "named" or "called" is the person's (sources v2 train set f, fnc1/788)
            if let Some((np, name)) = called(c).filter(|_| main.name.is_none()) {
                main = np;
                main.name = Some(name);
            }
            first = false;
            continue;
        }
        let np = parse_np(c);
        // "American Crossroads, a super PAC aligned with …", "Vladi Private Islands, the real
        // estate agency that …": a name whose appositive is headed by an organization or
        // outlet noun is that organization or outlet
        // (a listed head noun, not one typed by its word class; not a name that opens with a
        // first name: "Donald Trump, a regular in recent years")
        let lx = lexicon();
        let bare_name = main.head.is_none()
            && main.titles.is_empty()
            && main.name_type.is_none()
            && main.name.as_deref().is_some_and(|n| !lx.first_names.contains(&norm(n.split(' ').next().unwrap_or(n))));
        if let Some((_, t @ (SourceType::Organization | SourceType::Outlet), _)) = &np.head {
            // a listed organization or outlet noun among the appositive's first words ("a super PAC")
            // that ends the noun ("a successful app developer" is a person: sources v2 train
            // set f, fnc1/2459)
            let listed_head = c.iter().take(5).enumerate().any(|(i, w)| {
                let l = w.lower();
                (lx.org_heads.contains(l.as_ref()) || lx.outlet_heads.contains(l.as_ref()))
                    && c.get(i + 1).is_none_or(|n| !noun_after_head(n))
            });
            if bare_name && listed_head && np.name.is_none() && np.possessor.is_none() && (np.indefinite || np.the) {
                appositive_type = Some(*t);
            }
        }
        // an appositive: fill what the first phrase lacked
        let np_person = np.head.as_ref().is_none_or(|h| h.1 == SourceType::Person) && np.members.is_empty();
        let main_person = main.head.as_ref().is_none_or(|h| h.1 == SourceType::Person) && main.name_type.is_none();
        if main.name.is_none() && np.name.is_some() && (np.head.is_none() || (np_person && main_person)) {
            main.name = np.name;
            main.titles.extend(np.titles);
            main.former |= np.former;
            if main.role.is_none() {
                main.role = np.role;
            }
            if main.affiliation.is_none() {
                main.affiliation = np.affiliation;
            }
        } else if main.head.is_none()
            && np.head.is_some()
            && main.name_type.is_none()
            && (main.name.is_none() || (np_person && !np.indefinite_of))
        {
            main.head = np.head;
            main.possessor = main.possessor.or(np.possessor);
            main.role = np.role.or(main.role);
            main.affiliation = np.affiliation.or(main.affiliation);
            main.former |= np.former;
        }
    }
    if let Some(t) = appositive_type {
        main.name_type = Some(t);
    }
    let t = np_type(&main);
    // "the Washington Post newspaper", "Rudaw online newspaper": an outlet head after a
    // capitalised modifier that names it (not a nationality or scope: "Iraqi media") has
    // that name (sources v2 train set f: fnc1/939, fnc1/840)
    if t == SourceType::Outlet
        && main.name.is_none()
        && main.affiliation.as_deref().is_some_and(|a| a.starts_with(char::is_uppercase))
        && !np_anonymous(&main, t)
    {
        main.name = main.affiliation.take();
    }
    let mut info = MentionInfo::unknown(Reference::Fresh);
    info.stype = t;
    info.official = np_official(&main, t);
    info.former = main.former;
    info.anonymous = np_anonymous(&main, t) && !named_member && !(titled && t == SourceType::Document);
    info.name = main.name.clone();
    info.role = main.role.clone();
    info.affiliation =
        main.affiliation.clone().or_else(|| main.possessor.clone().filter(|p| pronoun(&p.to_lowercase()).is_none()));
    if t == SourceType::Document && main.possessor.is_some() {
        info.anonymous = false;
    }
    if let Some((h, _, _)) = &main.head {
        info.heads.push(h.clone());
    }
    for (_, key) in &main.titles {
        if let Some(r) = lexicon().title_roles.get(key) {
            info.heads.push(r.clone());
        } else if lexicon().roles.contains_key(key) {
            info.heads.push(key.clone());
        }
    }
    if main.head.is_some() && main.name.is_none() && (main.definite && !main.first_person_det) && !main.indefinite {
        info.reference = Reference::Definite;
    }
    // "the Foley family" names its referent: no description pointing back
    if t == SourceType::Group && !info.anonymous && main.possessor.is_none() {
        info.reference = Reference::Fresh;
    }
    if main.first_person_det && main.possessor.is_none() {
        info.reference = Reference::Fresh;
    }
    // a bare possessive name ("Hunter's" in "shot down Hunter's claims: …"): that name
    if info.name.is_none() && main.head.is_none() {
        if let Some(p) =
            main.possessor.clone().filter(|p| p.starts_with(char::is_uppercase) && pronoun(&p.to_lowercase()).is_none())
        {
            // "Hillary's" is a person, "Apple's" the company
            info.stype = name_type(&p).unwrap_or(SourceType::Person);
            info.official = info.stype == SourceType::Organization;
            info.name = Some(p);
            info.anonymous = false;
            info.affiliation = None;
        }
    }
    info.descriptors = descriptors(mention, after);
    info
}
