//! Reads one source mention on its own: type, name, role, affiliation, anonymity, officialness.

use crate::lexicon::{lexicon, norm, RoleClass};
use crate::words::{split, Word};
use hearsay_core::SourceType;
use hearsay_lex::function::{DEFINITE, INDEFINITE, NAME_PARTICLES, NP_END};
use hearsay_lex::speech::DESCRIPTOR_END;
use hearsay_lex::titles::FORMER;

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
    matches!(w, "he" | "she" | "it" | "they" | "we")
}

fn join(ws: &[Word]) -> String {
    let mut s = String::new();
    for w in ws.iter().filter(|w| !w.is_punct() || w.is_possessive() || w.text == "&") {
        if !s.is_empty() && !w.is_possessive() {
            s.push(' ');
        }
        s.push_str(w.text);
    }
    s
}

/// Role class of the longest title starting at `ws[0]`, with its length in words.
fn title_at(ws: &[Word]) -> Option<(usize, RoleClass, String)> {
    let lx = lexicon();
    let mut best = None;
    let mut key = String::new();
    for (n, w) in ws.iter().take(lx.max_words).enumerate() {
        // "Secretary of State": "of" inside a title
        if !(w.is_cap() || w.is("the") || n > 0 && w.is("of")) {
            break;
        }
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&w.lower());
        if let Some(&c) = lx.titles.get(&key) {
            best = Some((n + 1, c, key.clone()));
        } else if let Some(&c) = lx.roles.get(&key).filter(|_| w.is_cap() && n == 0) {
            // a capitalised role noun before a name works as a title ("DNC Chairwoman Donna Brazile")
            best = Some((1, c, key.clone()));
        }
    }
    best
}

fn class_of_head(w: &str) -> Option<(SourceType, RoleClass)> {
    let lx = lexicon();
    if let Some(&c) = lx.groups.get(w) {
        return Some((SourceType::Group, c));
    }
    if w == "source" {
        return Some((SourceType::Person, RoleClass::Other));
    }
    if let Some(&c) = lx.roles.get(w) {
        return Some((SourceType::Person, c));
    }
    // hearsay that names no document ("rumors claim")
    if lx.unknown_heads.contains(w) {
        return Some((SourceType::Unknown, RoleClass::Other));
    }
    // a document noun or its plural ("accounts", "photos")
    if lx.documents.contains(w) || plural_stem(w).is_some_and(|sg| lx.documents.contains(sg)) {
        return Some((SourceType::Document, RoleClass::Other));
    }
    if lx.outlet_heads.contains(w) {
        return Some((SourceType::Outlet, RoleClass::Other));
    }
    if lx.org_heads.contains(w) {
        return Some((SourceType::Organization, RoleClass::Official));
    }
    // "a 41-year-old", "the 20-year-olds": people named by their age
    if w.ends_with("-year-old") {
        return Some((SourceType::Person, RoleClass::Other));
    }
    if w.ends_with("-year-olds") {
        return Some((SourceType::Group, RoleClass::Other));
    }
    // the plural of a role noun or title is a group ("reps", "MPs", "Republicans")
    plural_class(w).map(|c| (SourceType::Group, c))
}

/// The class of the role noun or title whose plural `w` is ("politicians", "witnesses", "deputies").
fn plural_class(w: &str) -> Option<RoleClass> {
    let sg = plural_stem(w)?;
    let lx = lexicon();
    let known = |sg: &str| lx.roles.get(sg).or_else(|| lx.titles.get(sg)).copied();
    let ies = || w.strip_suffix("ies").and_then(|s| known(&format!("{s}y")));
    known(sg).or_else(|| w.strip_suffix("es").and_then(known)).or_else(ies)
}

/// A noun for a person by its ending: "-ist" and "-ian" ("psychologist", "psychotherapist",
/// "pediatrician", "novelist"), not a list ("checklist"), a verb ("persist") or "median"; with
/// `plural`, their plurals.
fn person_suffix(w: &str, plural: bool) -> bool {
    let w = if plural {
        match w.strip_suffix('s') {
            Some(sg) => sg,
            None => return false,
        }
    } else {
        w
    };
    w.len() > 6
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && (w.ends_with("ist") && !w.ends_with("list") && !w.ends_with("sist")
            || ["alist", "elist", "llist"].iter().any(|x| w.ends_with(x))
            || w.ends_with("ian"))
        && !matches!(w, "median" | "meridian")
}

/// `w` without its plural "s" when it reads as a plural (over three letters, not "-ss").
fn plural_stem(w: &str) -> Option<&str> {
    (w.len() > 3 && !w.ends_with("ss")).then(|| w.strip_suffix('s')).flatten()
}

/// Whether a name is on one of the name lists (outlets, governments, organizations).
pub fn listed(name: &str) -> bool {
    let lx = lexicon();
    let n = norm(name);
    let n = n.strip_prefix("the ").unwrap_or(&n);
    lx.outlets.contains(n) || lx.government.contains(n) || lx.organizations.contains(n)
}

/// The title that ends a run of words ("Vice President" in "Fox News Vice President").
fn trailing_title(ws: &[Word]) -> Option<(RoleClass, String)> {
    (ws.len().saturating_sub(3)..ws.len())
        .find_map(|i| title_at(&ws[i..]).filter(|(n, _, _)| i + n == ws.len()).map(|(_, c, key)| (c, key)))
}

/// Whether a phrase ends in a title ("Fox News Vice President"): no name on its own.
pub fn ends_in_title(phrase: &str) -> bool {
    trailing_title(&split(phrase)).is_some()
}

/// Type of a capitalised name on its own ("The Kremlin", "NBC News", "Sierra Club", "NAACP").
pub fn name_type(name: &str) -> Option<SourceType> {
    let lx = lexicon();
    let n = norm(name);
    let n = n.strip_prefix("the ").unwrap_or(&n);
    if lx.outlets.contains(n) {
        return Some(SourceType::Outlet);
    }
    if lx.government.contains(n) || lx.organizations.contains(n) {
        return Some(SourceType::Organization);
    }
    // a joint poll or report of outlets ("CNN/ORC", "Washington Post-ABC News"): an outlet's
    let joint = name.contains(['/', '-']) && name.split(['/', '-']).any(|p| lx.outlets.contains(&norm(p.trim())));
    if joint {
        return Some(SourceType::Outlet);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // "Johnson & Johnson", "Ernst & Young": a person's name has no ampersand
    if words.len() > 2 && words.contains(&"&") {
        return Some(SourceType::Organization);
    }
    // a news site by its address ("Gizmodo.com", "news.com.au")
    let web = |w: &str| {
        let w = w.to_ascii_lowercase();
        w.len() > 4 && [".com", ".net", ".co.uk", ".com.au", ".tv"].iter().any(|d| w.ends_with(d))
    };
    if words.len() == 1 && web(words[0]) {
        return Some(SourceType::Outlet);
    }
    // a brand written with a lowercase initial and an inner capital ("rVotes", "eBay"): a company
    let brand = |w: &str| {
        let mut cs = w.trim_end_matches(['\'', '’', 's']).chars();
        cs.next().is_some_and(|c| c.is_ascii_lowercase()) && cs.any(|c| c.is_ascii_uppercase())
    };
    if words.len() == 1 && brand(words[0]) {
        return Some(SourceType::Organization);
    }
    let last = norm(words.last()?);
    if words.len() > 1 && lx.outlet_heads.contains(&last) && !lx.roles.contains_key(&last) {
        return Some(SourceType::Outlet);
    }
    if words.len() > 1 && lx.org_heads.contains(&last) {
        return Some(SourceType::Organization);
    }
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    // an acronym ("NAACP"); a longer word in capitals, or a first name in capitals ("GUY:"),
    // is a name in a transcript ("BENENSON")
    if words.len() == 1
        && (2..=6).contains(&letters.len())
        && letters.iter().all(|c| c.is_uppercase())
        && !lx.first_names.contains(n)
    {
        return Some(SourceType::Organization);
    }
    None
}

/// Parsed noun phrase (one comma-separated chunk of a mention).
#[derive(Default, Debug)]
struct Np {
    definite: bool,
    indefinite: bool,
    first_person_det: bool,
    possessive_det: bool,
    cap_the: bool,
    /// Opens with "the" (not "this", "his").
    the: bool,
    name: Option<String>,
    name_type: Option<SourceType>,
    head: Option<(String, SourceType, RoleClass)>,
    titles: Vec<(RoleClass, String)>,
    role: Option<String>,
    affiliation: Option<String>,
    affiliation_is_outlet: bool,
    possessor: Option<String>,
    modifier_official: bool,
    former: bool,
    /// "one of the …", "some of …": a member of a group.
    indefinite_of: bool,
    members: Vec<Np>,
}

/// Splits a run of capitalised words into leading titles and the name after them.
fn parse_name_run(ws: &[Word], np: &mut Np) -> Option<String> {
    // the last title that still leaves a name after it
    let mut k = 0;
    let mut title_end = 0;
    let mut role_start = None;
    while k < ws.len() {
        if let Some((n, c, key)) = title_at(&ws[k..]) {
            // a service branch is a title only before a rank ("Army Lt.", not "Marine Le Pen")
            let branch = matches!(key.as_str(), "army" | "navy" | "marine" | "air force");
            if k + n < ws.len() && !(branch && title_at(&ws[k + n..]).is_none()) {
                role_start.get_or_insert(k);
                np.titles.push((c, key));
                title_end = k + n;
                k += n;
                continue;
            }
        }
        k += 1;
    }
    let name = &ws[title_end..];
    // a name is capitalised words, with lowercase particles only inside ("Task and Purpose", "Ban Ki-moon")
    let particle = |w: &Word| {
        let l = w.lower();
        matches!(l.as_ref(), "and" | "of" | "&") || NAME_PARTICLES.contains(&l)
    };
    // after a title, a name may open with a particle ("Mr de Bretton-Gordon")
    // and so may a name of more words ("al Sabaah", "de Blasio")
    let opens = |w: &Word| {
        w.is_cap()
            || (NAME_PARTICLES.contains(&w.lower())
                && (title_end > 0 || ws.len() > title_end + 1 && ws[title_end + 1].is_cap()))
    };
    if name.is_empty()
        || !opens(&name[0])
        || !name.iter().all(|w| w.is_cap() || particle(w) || w.is_possessive())
        || !name.iter().any(|w| w.is_cap())
    {
        return None;
    }
    if title_end > 0 {
        np.former |= ws[..title_end].iter().any(|w| FORMER.contains(&w.lower()));
        let honorific_only = np.titles.iter().all(|(c, _)| *c == RoleClass::Other);
        if !honorific_only && np.role.is_none() {
            np.role = Some(join(&ws[..title_end]));
        }
        if let Some(rs) = role_start.filter(|&r| r > 0) {
            np.affiliation.get_or_insert_with(|| join(&ws[..rs]));
        }
    }
    Some(join(name))
}

/// The capitalised phrase after a preposition in a post-modifier ("of the Sierra Club", "by the federal SEC").
fn tail_affiliation(tail: &[Word]) -> Option<String> {
    let skip = tail
        .iter()
        .take_while(|w| {
            ["filed", "released", "issued", "published", "prepared", "commissioned", "conducted"]
                .contains(&w.lower().as_ref())
        })
        .count();
    let tail = &tail[skip..];
    let first = tail.first()?;
    if !["of", "for", "at", "from", "by", "with", "to"].contains(&first.lower().as_ref()) {
        return None;
    }
    let mut i = 1;
    while i < tail.len() && i <= 3 && !tail[i].is_cap() && !tail[i].is_punct() {
        i += 1;
    }
    let start = i;
    while i < tail.len() && (tail[i].is_cap() || (tail[i].is("and") && tail.get(i + 1).is_some_and(|w| w.is_cap()))) {
        i += 1;
    }
    (i > start).then(|| join(&tail[start..i]))
}

fn parse_np(ws: &[Word]) -> Np {
    let mut np = Np::default();
    let mut i = 0;
    // determiners, quantifiers, "one of the"
    while i + 1 < ws.len() {
        let l = ws[i].lower();
        if ws[i + 1].is("of") && INDEFINITE.contains(&l) {
            np.indefinite = true;
            np.indefinite_of = true;
            i += 2;
        } else if DEFINITE.contains(&l) {
            np.definite = true;
            np.cap_the |= ws[i].text == "The";
            np.the |= l == "the";
            np.first_person_det |= matches!(l.as_ref(), "my" | "our");
            np.possessive_det |= matches!(l.as_ref(), "his" | "her" | "its" | "their" | "my" | "our" | "your");
            i += 1;
        } else if INDEFINITE.contains(&l) {
            np.indefinite = true;
            i += 1;
        } else {
            break;
        }
    }
    let ws = &ws[i..];
    // the core ends at the first post-modifier word
    let end = ws
        .iter()
        .enumerate()
        .position(|(j, w)| {
            (j > 0
                && !w.is_cap()
                && NP_END.contains(&w.lower())
                && !(w.is("and") && is_name_and(ws, j))
                && !(w.is("of") && is_name_of(ws, j)))
                || (w.is_punct()
                    && !w.is_possessive()
                    && !(w.text == "&" && j > 0 && ws[j - 1].is_cap() && ws.get(j + 1).is_some_and(|w| w.is_cap())))
        })
        .unwrap_or(ws.len());
    let (mut core, tail) = ws.split_at(end);
    if let Some(a) = tail_affiliation(tail) {
        np.affiliation = Some(a);
    }
    // coordination: "Obama and Clinton", "Democrats and Republicans"
    if tail.first().is_some_and(|w| w.is("and") || w.is("or")) && !core.is_empty() {
        let rest = &tail[1..];
        let stop = rest.iter().position(|w| w.is_punct()).unwrap_or(rest.len());
        if stop > 0 {
            let (a, b) = (parse_np(core), parse_np(&rest[..stop]));
            // "Fox News Vice President and Managing Editor Bill Sammon": a title, not a name, first
            let title = trailing_title(core).filter(|_| a.name.is_some());
            let role_only = title.is_some()
                || a.name.is_none()
                    && a.members.is_empty()
                    && !a.indefinite
                    && a.head.as_ref().is_some_and(|h| h.1 == SourceType::Person && !h.0.ends_with('s'));
            if role_only && b.name.is_some() && b.members.is_empty() {
                // both titles are the name's
                let mut b = b;
                if let Some((h, _, c)) = a.head {
                    b.titles.push((c, h));
                }
                b.titles.extend(title);
                b.former |= a.former;
                return b;
            }
            np.members.push(a);
            np.members.push(b);
            return np;
        }
    }
    // possessor: "Obama's aides", "Davis' commentary"
    if let Some(p) = core.iter().position(|w| w.is_possessive()) {
        if p > 0 {
            np.possessor = Some(join(&core[..p]));
            np.definite = true;
        }
        core = &core[p + 1..];
    }
    if core.is_empty() {
        return np;
    }
    np.former =
        core.iter().any(|w| FORMER.contains(w.lower().trim_start_matches("ex-")) || w.lower().starts_with("ex-"));
    // head: the rightmost known noun; a capitalised word counts only first in the phrase
    // ("Authorities", "Polls") or as a known two-word role
    // "the Post", "The Times": a capitalised outlet head after "the" is a name (read below)
    let outlet_name =
        np.the && core.len() == 1 && core[0].is_cap() && lexicon().outlet_heads.contains(core[0].lower().as_ref());
    let head = (0..core.len()).rev().filter(|_| !outlet_name).find_map(|h| {
        let w = &core[h];
        let sentence_initial_head = h == 0 && (core.len() == 1 || !core[1].is_cap() && !core[1].is("of"));
        // a capitalised group noun ending the phrase ("Some top Democrats")
        let group_name = h + 1 == core.len() && h > 0 && lexicon().groups.contains_key(w.lower().as_ref());
        if w.is_cap() && !sentence_initial_head && !group_name {
            return None;
        }
        let l = w.lower();
        if h > 0 {
            let two = format!("{} {}", core[h - 1].lower(), l);
            if let Some(&c) = lexicon().roles.get(&two) {
                return Some((h - 1, h, two, SourceType::Person, c));
            }
            // "the Shafaq news agency"
            if lexicon().outlet_heads.contains(&two) {
                return Some((h - 1, h, two, SourceType::Outlet, RoleClass::Other));
            }
        }
        class_of_head(&l).map(|(t, c)| (h, h, l.into_owned(), t, c))
    });
    // "a group of rabbis": a group of people, not an organization
    let head = head.map(|(hs, he, l, t, c)| {
        let of_people = l == "group" && he + 1 == core.len() && tail.first().is_some_and(|w| w.is("of"));
        if of_people {
            (hs, he, l, SourceType::Group, RoleClass::Other)
        } else {
            (hs, he, l, t, c)
        }
    });
    // no known head, a name at the end: the lowercase word right before the name is its role
    // ("NBC News moderator Matt Lauer", "co-host Brian Wilson", "defector Park Jin-hee")
    let head = head.or_else(|| {
        let n = core.iter().rev().take_while(|w| w.is_cap()).count();
        if n == 0 {
            return None;
        }
        let h = core.len().checked_sub(n + 1)?;
        let l = core[h].lower();
        // a noun, not a participle ("a delegate supporting Clinton")
        let plain = l.len() > 3 && l.chars().all(|c| c.is_alphabetic() || c == '-') && !l.ends_with("ing");
        // "A certain Earl Godoy": a function word is no role
        if !plain
            || n < 2
            || NP_END.contains(&l)
            || NAME_PARTICLES.contains(&l)
            || hearsay_lex::stop::CORPUS.contains(&l)
        {
            return None;
        }
        let t = hearsay_lex::clusters::lookup(&l).and_then(|c| lexicon().class_types.get(&c.fine).copied());
        if t.is_some_and(|t| t != SourceType::Person) {
            return None;
        }
        Some((h, h, l.into_owned(), SourceType::Person, RoleClass::Other))
    });
    // no known head: the last lowercase word, typed by the known nouns of its MiniLM class
    let head = head.or_else(|| {
        let h = core.len() - 1;
        let w = &core[h];
        let l = w.lower();
        let plain = l.len() > 3 && l.chars().all(|c| c.is_alphabetic() || c == '-');
        if w.is_cap() || !plain || NP_END.contains(&l) {
            return None;
        }
        let class_type = |w: &str| lexicon().class_types.get(&hearsay_lex::clusters::lookup(w)?.fine).copied();
        // a person by the noun's ending ("A psychologist at Yale", "pediatricians")
        if person_suffix(&l, false) || person_suffix(&l, true) {
            let t = if person_suffix(&l, false) { SourceType::Person } else { SourceType::Group };
            return Some((h, h, l.into_owned(), t, RoleClass::Other));
        }
        let mut t = class_type(&l);
        // a plural of a person noun is a group ("Local politicians", "a number of writers")
        if let Some(sg) = plural_stem(&l).filter(|_| t.is_none_or(|t| t == SourceType::Person)) {
            if let Some(SourceType::Person) = class_type(sg).or(t) {
                t = Some(SourceType::Group);
            }
        }
        let t = t?;
        let c = if t == SourceType::Organization { RoleClass::Official } else { RoleClass::Other };
        Some((h, h, l.into_owned(), t, c))
    });
    let label = if head.is_none() && (np.indefinite || np.the) { label_head(core, np.indefinite) } else { None };
    match head {
        Some((hs, he, word, t, c)) => {
            let pre = &core[..hs];
            let post = &core[he + 1..];
            if !post.is_empty() && post.iter().all(|w| w.is_cap()) {
                np.name = parse_name_run(post, &mut np);
            }
            // a capitalised function word opening a sentence names nothing ("Then someone", "More than")
            // ("The New York Times editorial board": "New" opens a name the lists know)
            let all_caps = pre.iter().take_while(|w| w.is_cap()).count();
            let opener = usize::from(
                pre.first().is_some_and(|w| hearsay_lex::stop::CORPUS.contains(&w.lower()))
                    && !(all_caps > 1 && listed(&join(&pre[..all_caps]))),
            );
            let pre = &pre[opener..];
            let caps = pre.iter().take_while(|w| w.is_cap()).count();
            if caps > 0 {
                let a = join(&pre[..caps]);
                np.affiliation_is_outlet = name_type(&a) == Some(SourceType::Outlet);
                np.affiliation = Some(a);
            }
            // an outlet's own body ("The New York Times editorial board") is the outlet's voice
            let (t, c) = if t == SourceType::Organization && np.affiliation_is_outlet {
                (SourceType::Outlet, RoleClass::Other)
            } else {
                (t, c)
            };
            // a document or outlet named right before its head ("the latest CNN/ORC poll")
            let next_to_head = pre.iter().rev().take_while(|w| w.is_cap()).count();
            if caps == 0 && next_to_head > 0 && matches!(t, SourceType::Document | SourceType::Outlet) {
                np.affiliation = Some(join(&pre[pre.len() - next_to_head..]));
            }
            np.modifier_official = pre[caps..].iter().any(|w| lexicon().org_heads.contains(w.lower().as_ref()));
            if t == SourceType::Person || t == SourceType::Group {
                let from = if np.affiliation_is_outlet { caps } else { 0 };
                np.role = Some(join(&core[from..=he]));
            }
            // "a report in The Wall Street Journal": a document named by its outlet
            if t == SourceType::Document && np.affiliation.is_none() && tail.first().is_some_and(|w| w.is("in")) {
                let at = 1 + usize::from(tail.get(1).is_some_and(|w| w.is("the")));
                let n = tail.iter().skip(at).take_while(|w| w.is_cap()).count();
                // a name up to the end ("in Politico"; not "in December 2013", "in Arabic-language newspapers")
                let whole = at + n == tail.len() || tail[at + n].is_punct();
                if n > 0 && whole && !hearsay_lex::calendar::MONTHS.contains(&tail[at].lower()) {
                    np.affiliation = Some(join(&tail[at..at + n]));
                }
            }
            np.head = Some((word, t, c));
        }
        // "A Republican", "the Wisconsin Republican", "another Islamist": a label ending the
        // phrase after a determiner is a person's role, not a name
        None if label.is_some() => {
            let Some((l, c)) = label else { return np };
            let last = core.len() - 1;
            if last > 0 && core[..last].iter().all(Word::is_cap) {
                np.affiliation = Some(join(&core[..last]));
            }
            np.role = Some(join(core));
            np.head = Some((l, SourceType::Person, c));
        }
        // "the Post", "The Times": an outlet called by the last word of its name
        None if core.len() == 1 && np.the && lexicon().outlet_heads.contains(core[0].lower().as_ref()) => {
            np.name_type = Some(SourceType::Outlet);
            np.name = Some(core[0].text.to_string());
        }
        None => {
            let whole = join(core);
            match name_type(&whole) {
                Some(t) => {
                    np.name_type = Some(t);
                    // a capitalised article is written as part of the name ("The Kremlin")
                    np.name = Some(if np.cap_the { format!("The {whole}") } else { whole });
                }
                None => np.name = parse_name_run(core, &mut np),
            }
        }
    }
    np
}

/// The role a capitalised label ending a phrase gives a person: a title word ("Republican",
/// "Democrat") after any determiner and capitalised or lowercase modifiers ("one
/// well-connected Democrat"), or, after "a"/"another", any single word no list knows ("an
/// Islamist", "a Californian").
fn label_head(core: &[Word], indefinite: bool) -> Option<(String, RoleClass)> {
    let last = core.last()?;
    // "one well-connected Democrat", "a top Republican": lowercase modifiers before a title word
    let modified = !core.iter().all(Word::is_cap)
        && last.is_cap()
        && core[..core.len() - 1].iter().all(|w| !w.is_cap() && w.text.chars().all(|c| c.is_alphabetic() || c == '-'));
    if !core.iter().all(Word::is_cap) && !modified {
        return None;
    }
    let l = last.lower().into_owned();
    if let Some(&c) = lexicon().titles.get(&l) {
        return Some((l, c));
    }
    if modified {
        return None;
    }
    let unknown = name_type(last.text).is_none() && !lexicon().first_names.contains(&l);
    (indefinite && core.len() == 1 && unknown && last.text.len() > 2).then_some((l, RoleClass::Other))
}

/// True when the "of" at `j` joins a title or a name between capitalised words ("Secretary
/// of State John Kerry", "University of Westminster"); not after an organization or outlet
/// head that starts the phrase's core ("Ministry of Health" stays as it was read).
fn is_name_of(ws: &[Word], j: usize) -> bool {
    j > 0
        && ws[j - 1].is_cap()
        && !ws[j - 1].is_possessive()
        && ws.get(j + 1).is_some_and(|w| w.is_cap() && !w.is("the"))
        && lexicon().titles.contains_key(&format!("{} of {}", ws[j - 1].lower(), ws[j + 1].lower()))
}

/// True when the "and" at `j` is inside a known name ("Task and Purpose").
fn is_name_and(ws: &[Word], j: usize) -> bool {
    if j == 0 || !ws[j - 1].is_cap() || !ws.get(j + 1).is_some_and(|w| w.is_cap()) {
        return false;
    }
    let s = ws[..j].iter().rposition(|w| !w.is_cap()).map_or(0, |p| p + 1);
    let e = ws[j + 1..].iter().position(|w| !w.is_cap()).map_or(ws.len(), |p| j + 1 + p);
    name_type(&join(&ws[s..e])).is_some()
}

fn np_type(np: &Np) -> SourceType {
    if !np.members.is_empty() {
        return SourceType::Group;
    }
    if let Some((_, t, _)) = &np.head {
        return *t;
    }
    if let Some(t) = np.name_type {
        return t;
    }
    if let Some(name) = &np.name {
        // a person's name takes no article and no "of" or "for" inside ("the Syrian Observatory
        // for Human Rights", "The Smoking Gun"); "the Clintons" is a family
        let institution = np.titles.is_empty()
            && np.possessor.is_none()
            && (np.the || name.contains(" of ") || name.contains(" for "));
        if institution && np.the && !name.contains(' ') && name.ends_with('s') {
            return SourceType::Group;
        }
        return if institution { SourceType::Organization } else { SourceType::Person };
    }
    SourceType::Unknown
}

fn np_official(np: &Np, t: SourceType) -> bool {
    if !np.members.is_empty() {
        return np.members.iter().all(|m| np_official(m, np_type(m)));
    }
    if np.former {
        return false;
    }
    let aff = np.affiliation.as_deref().or(np.possessor.as_deref());
    let aff_org = aff.and_then(name_type) == Some(SourceType::Organization)
        || np
            .affiliation
            .as_deref()
            .is_some_and(|a| a.split_whitespace().count() > 1 && !np.affiliation_is_outlet && t == SourceType::Person);
    match t {
        SourceType::Organization => true,
        SourceType::Outlet | SourceType::Unknown => false,
        SourceType::Document => np.modifier_official || aff_org,
        SourceType::Person | SourceType::Group => {
            let classes = np.titles.iter().map(|(c, _)| *c).chain(np.head.as_ref().map(|h| h.2));
            let mut official = false;
            for c in classes {
                // an agent of a named organization, or of one its modifier names ("a company representative")
                official |= c == RoleClass::Official || (c == RoleClass::Agent && (aff_org || np.modifier_official));
            }
            official
        }
    }
}

/// Words for the reach of news media, capitalised only at a sentence's start ("Local media",
/// "State television"): no outlet's name.
const MEDIA_SCOPE: &[&str] = &[
    "local",
    "state",
    "national",
    "foreign",
    "international",
    "regional",
    "western",
    "mainstream",
    "social",
    "online",
];

/// Head nouns of a family, named by a surname before them ("the Foley family").
const FAMILY: &[&str] = &["family", "families", "household"];

fn np_anonymous(np: &Np, t: SourceType) -> bool {
    if !np.members.is_empty() {
        return np.members.iter().any(|m| np_anonymous(m, np_type(m)));
    }
    match t {
        _ if np.name.is_some() => false,
        SourceType::Document => np.affiliation.is_none() && np.possessor.is_none() && !np.possessive_det,
        SourceType::Organization => np.indefinite && np.affiliation.is_none(),
        // "the Foley family": a family named by its surname
        SourceType::Group if np.head.as_ref().is_some_and(|h| FAMILY.contains(&h.0.as_str())) => {
            np.affiliation.as_deref().is_none_or(|a| !a.starts_with(char::is_uppercase))
        }
        // "Rudaw online newspaper", "the Shafaq news agency": the capitalised modifier names
        // it; "a Texas newspaper" does not
        SourceType::Outlet => {
            np.indefinite
                || np.affiliation.as_deref().is_none_or(|a| {
                    // "Iraqi media", "Russian state TV": a nationality names no outlet
                    let demonym = ["an", "ese", "ish", "i"].iter().any(|x| a.ends_with(x))
                        && !a.contains(' ')
                        && !a.chars().all(|c| c.is_uppercase());
                    demonym && !lexicon().outlets.contains(&norm(a)) || MEDIA_SCOPE.contains(&norm(a).as_str())
                })
        }
        _ => true,
    }
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
            .filter(|(_, v)| matches!(*v, "re" | "m" | "ll" | "ve" | "d"))
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
        if !first
            && ["who", "which", "that", "whose", "speaking", "familiar", "close", "according"].contains(&lead.as_str())
        {
            continue;
        }
        if !first && ["titled", "called", "named", "entitled"].contains(&lead.as_str()) {
            titled = true;
            continue;
        }
        if !first && lead == "including" {
            named_member |= c.iter().skip(1).any(|w| w.is_cap());
            continue;
        }
        let np = parse_np(c);
        if first {
            main = np;
            first = false;
            continue;
        }
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
            let listed_head = c.iter().take(5).any(|w| {
                let l = w.lower();
                lx.org_heads.contains(l.as_ref()) || lx.outlet_heads.contains(l.as_ref())
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
    let mut info = MentionInfo::unknown(Reference::Fresh);
    info.stype = t;
    info.official = np_official(&main, t);
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

#[cfg(test)]
mod tests {
    use super::*;
    use SourceType::*;

    fn a(m: &str) -> MentionInfo {
        analyze(m, "")
    }

    #[test]
    fn appositive_titles_and_roles() {
        let m = a("Defense Department spokesman Army Lt. Charlie Dietz");
        assert_eq!((m.stype, m.anonymous, m.official), (Person, false, true));
        assert_eq!(m.name.as_deref(), Some("Charlie Dietz"));
        assert_eq!(m.role.as_deref(), Some("Defense Department spokesman"));
        assert_eq!(m.affiliation.as_deref(), Some("Defense Department"));
        let m = a("Financial Times outside commentator Gideon Rachman");
        assert_eq!((m.stype, m.anonymous, m.official), (Person, false, false));
        assert_eq!(m.role.as_deref(), Some("outside commentator"));
        assert_eq!(m.affiliation.as_deref(), Some("Financial Times"));
        let m = a("Trump's running mate, Indiana Gov. Mike Pence,");
        assert_eq!(m.name.as_deref(), Some("Mike Pence"));
        assert!(m.official);
        let m = a("Retired Air Force Gen. Norman Ham");
        assert_eq!((m.name.as_deref(), m.official), (Some("Norman Ham"), false));
        let m = a("Peter Morgan, a lawyer for the Sierra Club");
        assert_eq!((m.stype, m.anonymous, m.official), (Person, false, true));
        // names with particles, titles with "of", an unlisted role noun before a name
        for (s, name, off) in [
            ("Egyptian President Abdel-Fatah al-Sisi", "Abdel-Fatah al-Sisi", true),
            ("Mr de Bretton-Gordon", "de Bretton-Gordon", false),
            ("Secretary of State William Galvin", "William Galvin", true),
            ("NBC News moderator Matt Lauer", "Matt Lauer", false),
        ] {
            let m = a(s);
            assert_eq!((m.stype, m.anonymous, m.official, m.name.as_deref()), (Person, false, off, Some(name)), "{s}");
        }
        assert_eq!(a("an unpledged delegate supporting Clinton").name, None);
        assert_eq!(a("A group of rabbis").stype, Group);
    }

    #[test]
    fn anonymous_sources_and_descriptors() {
        let m = a("A normally reliable source");
        assert_eq!((m.stype, m.anonymous, m.official), (Person, true, false));
        assert_eq!(m.descriptors, ["normally reliable"]);
        let m = a("a Pentagon official");
        assert_eq!((m.stype, m.anonymous, m.official), (Person, true, true));
        assert_eq!(m.affiliation.as_deref(), Some("Pentagon"));
        let m = analyze("officials", " who spoke on condition of anonymity because talks continue");
        assert_eq!((m.stype, m.anonymous, m.official), (Group, true, true));
        assert_eq!(m.descriptors, ["who spoke on condition of anonymity"]);
        let m = a("a person familiar with the matter");
        assert!(m.anonymous);
        assert_eq!(m.descriptors, ["familiar with the matter"]);
        // a bare possessive name is that name
        let m = a("Hunter's");
        assert_eq!((m.name.as_deref(), m.anonymous), (Some("Hunter"), false));
        assert_eq!(a("his").name, None);
        // a capitalised plural profession opening a sentence is a group, not a name
        let m = a("Theologians");
        assert_eq!((m.stype, m.anonymous, m.name.as_deref()), (Group, true, None));
    }

    #[test]
    fn organizations_outlets_documents_groups() {
        for (s, t, anon, off) in [
            ("The Kremlin", Organization, false, true),
            ("The US", Organization, false, true),
            ("the NAACP", Organization, false, true),
            ("The New York Post", Outlet, false, false),
            ("Task and Purpose", Outlet, false, false),
            // trade and entertainment press are outlets, never official (ANNOTATION.md)
            ("TMZ", Outlet, false, false),
            // companies and NGOs named on their own speak for themselves: official
            ("Apple", Organization, false, true),
            ("WikiLeaks", Organization, false, true),
            ("Alaska Airlines", Organization, false, true),
            ("TechCrunch", Outlet, false, false),
            ("ESPN", Outlet, false, false),
            ("a report", Document, true, false),
            ("a Homeland Security memo", Document, false, true),
            ("court rulings", Document, true, true),
            ("Polls", Document, true, false),
            ("Obama's aides", Group, true, true),
            ("labor-policy experts", Group, true, false),
            ("both President Obama and Republican nominee Donald Trump", Group, false, false),
            ("the union", Organization, false, true),
            // plurals of role nouns, ages, shares of people, labels, institutions named with "the"
            ("Local politicians", Group, true, false),
            ("reps for the actor", Group, true, false),
            ("a company representative", Person, true, true),
            ("Steve Adler, rVotes' owner", Person, false, true),
            ("the owner of the bakery", Person, true, false),
            ("the Foley family", Group, false, false),
            ("Local media", Outlet, true, false),
            ("his family", Group, true, false),
            ("Fox News Vice President and Washington Managing Editor Bill Sammon", Person, false, true),
            ("Chairman and CEO Jim Fox", Person, false, true),
            ("Acme Corp Vice President and Regional Managing Editor Bill Sammon", Person, false, true),
            ("77 percent of Republicans polled", Group, true, false),
            // shares of people in digits; a named organization by its appositive; hearsay
            ("44 percent of Independents", Group, true, false),
            ("53%", Group, true, false),
            ("Those over 60", Group, true, false),
            ("the general public", Group, true, false),
            (
                "American Crossroads, a super PAC aligned with Republican strategist Karl Rove",
                Organization,
                false,
                true,
            ),
            ("Vladi Private Islands, the real estate agency that holds the listing", Organization, false, true),
            ("Donald Trump, a regular in recent years", Person, false, false),
            ("the Castro health rumors", Unknown, true, false),
            ("Rumor", Unknown, true, false),
            ("the 41-year-old", Person, true, false),
            ("A Republican", Person, true, false),
            ("the Wisconsin Republican", Person, true, false),
            ("one well-connected Democrat", Person, true, false),
            ("the Syrian Observatory for Human Rights", Organization, false, true),
            ("the Post", Outlet, false, false),
            ("accounts linked to the group", Document, true, false),
            // polls of outlets are no official's ("CNN/ORC", "Washington Post-ABC News")
            ("the latest CNN/ORC poll", Document, false, false),
            ("A Washington Post-ABC News poll", Document, false, false),
            // a name opening with a particle names the outlet before it
            ("Iraq’s pro-government newspaper, al Sabaah", Outlet, false, false),
            ("de Blasio", Person, false, false),
            // a noun for a person by its ending; an outlet's own body speaks as the outlet
            ("A psychologist at Yale University", Person, true, false),
            ("pediatricians at the clinic", Group, true, false),
            ("The New York Times editorial board", Outlet, false, false),
            // a news site by its address; common nouns for people
            ("news.com.au", Outlet, false, false),
            ("Space.com", Outlet, false, false),
            ("A Texas plumber", Person, true, false),
            ("the Seattle-born rapper", Person, true, false),
            ("several female followers", Group, true, false),
            // corporate suffixes make a company, and so does an ampersand
            ("Ernst & Young", Organization, false, true),
            ("Vandelay Industries", Organization, false, true),
            ("Initech Holdings", Organization, false, true),
        ] {
            let m = a(s);
            assert_eq!((m.stype, m.anonymous, m.official), (t, anon, off), "{s}");
        }
        assert_eq!(a("This military publication").reference, Reference::Definite);
        assert_eq!(a("he").reference, Reference::Pronoun(Pronoun::Person));
        assert_eq!(a("We’re").reference, Reference::Pronoun(Pronoun::First));
        assert_eq!(a("A certain Earl Godoy, a NASA scientist").role.as_deref(), Some("NASA scientist"));
        assert_eq!(a("").stype, Unknown);
        // call letters are an acronym; a first name in capitals is a transcript's speaker
        assert_eq!(name_type("NAACP"), Some(Organization));
        assert_eq!(name_type("GUY"), None);
        assert_eq!(a("Iraq’s pro-government newspaper, al Sabaah").name.as_deref(), Some("al Sabaah"));
    }
}
