//! One noun phrase of a mention (a comma-separated chunk) parsed into its parts: determiner,
//! name, titles, head noun, affiliation, possessor, members of a coordination.

use super::heads::*;
use crate::lexicon::{lexicon, norm, RoleClass};
use crate::words::Word;
use hearsay_core::SourceType;
use hearsay_lex::function::{
    AFFILIATION_PREPS, DEFINITE, INDEFINITE, LINKING_PARTICIPLES, NAME_PARTICLES, NP_END, QUANTITY,
};
use hearsay_lex::titles::{FORMER, NAME_SUFFIXES};
use hearsay_lex::verbs::ISSUING;

/// Parsed noun phrase (one comma-separated chunk of a mention).
#[derive(Default, Debug)]
pub(super) struct Np {
    pub(super) definite: bool,
    pub(super) indefinite: bool,
    pub(super) first_person_det: bool,
    pub(super) possessive_det: bool,
    pub(super) cap_the: bool,
    /// Opens with "the" (not "this", "his").
    pub(super) the: bool,
    pub(super) name: Option<String>,
    pub(super) name_type: Option<SourceType>,
    pub(super) head: Option<(String, SourceType, RoleClass)>,
    pub(super) titles: Vec<(RoleClass, String)>,
    pub(super) role: Option<String>,
    pub(super) affiliation: Option<String>,
    pub(super) affiliation_is_outlet: bool,
    pub(super) possessor: Option<String>,
    pub(super) modifier_official: bool,
    pub(super) former: bool,
    /// "one of the …", "some of …": a member of a group.
    pub(super) indefinite_of: bool,
    /// "one of the kids": one member of a group, a person.
    pub(super) one_of: bool,
    pub(super) members: Vec<Np>,
}
/// Splits a run of capitalised words into leading titles and the name after them.
pub(super) fn parse_name_run(ws: &[Word], np: &mut Np) -> Option<String> {
    // the last title that still leaves a name after it
    let mut k = 0;
    let mut title_end = 0;
    let mut role_start = None;
    while k < ws.len() {
        if let Some((n, c, key)) = title_at(&ws[k..]) {
            // a service branch is a title only before a rank ("Army Lt.", not "Marine Le Pen")
            let branch = matches!(key.as_str(), "army" | "navy" | "marine" | "air force");
            // a generational suffix alone is no name ("Martin Luther King Jr": "King" no title)
            let suffix_only = ws[k + n..].iter().all(|w| NAME_SUFFIXES.contains(&w.lower()) || w.lower() == ".");
            if k + n < ws.len() && !suffix_only && !(branch && title_at(&ws[k + n..]).is_none()) {
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
pub(super) fn tail_affiliation(tail: &[Word]) -> Option<String> {
    let skip = tail.iter().take_while(|w| ISSUING.contains(w.lower().as_ref())).count();
    let tail = &tail[skip..];
    let first = tail.first()?;
    if !AFFILIATION_PREPS.contains(first.lower().as_ref()) {
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
/// A person's name after the "of" complement of a role ("director of communications Christy
/// Feig", "chief of defence staff Alex Badeh"): one to three lowercase words without a
/// determiner, then at least two capitalised words up to the end of the phrase, the first a
/// known first name ("a friend of the late John Smith" keeps its determiner: no name).
fn name_after_of<'w, 'a>(tail: &'w [Word<'a>]) -> Option<&'w [Word<'a>]> {
    if !tail.first()?.is("of") {
        return None;
    }
    let lower = tail[1..].iter().take_while(|w| !w.is_cap() && !w.is_punct()).count();
    let det = tail[1..=lower].iter().any(|w| DEFINITE.contains(&w.lower()) || INDEFINITE.contains(&w.lower()));
    if !(1..=3).contains(&lower) || det {
        return None;
    }
    let run = &tail[1 + lower..];
    let n = run.iter().take_while(|w| w.is_cap()).count();
    let to_end = run[n..].iter().all(|w| w.is_punct() && !w.is_possessive());
    (n >= 2 && to_end && lexicon().first_names.contains(&norm(run[0].text))).then_some(&run[..n])
}

pub(super) fn parse_np(ws: &[Word]) -> Np {
    // an emphatic pronoun after the phrase adds nothing to it ("Apple itself")
    let ws = match ws.split_last() {
        Some((last, rest)) if !rest.is_empty() && hearsay_lex::pron::REFLEXIVE.contains(&last.lower()) => rest,
        _ => ws,
    };
    let mut np = Np::default();
    let mut i = 0;
    // determiners, quantifiers, "one of the"
    while i + 1 < ws.len() {
        let l = ws[i].lower();
        if ws[i + 1].is("of") && (INDEFINITE.contains(&l) || QUANTITY.contains(&l)) {
            np.indefinite = true;
            np.indefinite_of = true;
            np.one_of |= l == "one";
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
    // "a blog linked to Isis": whom it is linked to is not its issuer
    let linked = core.last().is_some_and(|w| LINKING_PARTICIPLES.contains(w.lower().as_ref()));
    if let Some(a) = tail_affiliation(tail).filter(|_| !linked) {
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
            // "The influential delegate and conservative activist", "a lawyer and activist":
            // two roles of one person, the second without a determiner of its own
            let singular_role = |n: &Np| {
                n.name.is_none()
                    && n.members.is_empty()
                    && n.head.as_ref().is_some_and(|h| h.1 == SourceType::Person && !h.0.ends_with('s'))
            };
            let det_b = rest.first().is_some_and(|w| {
                let l = w.lower();
                DEFINITE.contains(&l) || INDEFINITE.contains(&l) || QUANTITY.contains(&l)
            });
            // (not after a possessor: "Mr. Rubio's father and mother" are two people)
            if singular_role(&a) && singular_role(&b) && !det_b && title.is_none() && a.possessor.is_none() {
                let mut a = a;
                if let Some((h, _, c)) = b.head {
                    a.titles.push((c, h));
                }
                a.affiliation = a.affiliation.or(b.affiliation);
                a.former |= b.former;
                return a;
            }
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
    // a capitalised first word is no head when a role and a name end the phrase ("Trainee shop
    // assistant Gemma Prosser": the role before the name, read below, not "Trainee")
    let head = head.filter(|&(hs, ..)| {
        let n = core.iter().rev().take_while(|w| w.is_cap()).count();
        !(hs == 0 && core[0].is_cap() && n >= 2 && core.len() > n + 1 && !core[core.len() - n - 1].is_cap())
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
    // "The next series of emails", "the latest RealClearPolitics average of national polls": a
    // head no list types, then "of" and a document noun within four words, is that document
    let head = match head {
        Some((_, _, _, SourceType::Unknown, _)) | None if tail.first().is_some_and(|w| w.is("of")) => of_document(tail)
            .map(|l| (core.len() - 1, core.len() - 1, l, SourceType::Document, RoleClass::Other))
            .or(head),
        head => head,
    };
    let label = if head.is_none() && (np.indefinite || np.the) { label_head(core, np.indefinite) } else { None };
    match head {
        Some((hs, he, word, t, c)) => {
            let pre = &core[..hs];
            let post = &core[he + 1..];
            if !post.is_empty() && post.iter().all(|w| w.is_cap()) {
                np.name = parse_name_run(post, &mut np);
            }
            // "Channel 10", "Fox 5": a capitalised outlet or organization head and a number name it
            // (sources v2 train set f, fnc1/1899)
            let numbered = !post.is_empty() && post.iter().all(|w| w.text.bytes().all(|b| b.is_ascii_digit()));
            if np.name.is_none()
                && numbered
                && core[hs].is_cap()
                && matches!(t, SourceType::Outlet | SourceType::Organization)
            {
                np.name = Some(join(&core[hs..]));
            }
            // "WHO director of communications Christy Feig": the name after the role's complement
            if np.name.is_none() && t == SourceType::Person {
                if let Some(run) = name_after_of(tail) {
                    np.name = parse_name_run(run, &mut np);
                }
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
        // "the Post", "The Times": an outlet called by the last word of its name; a
        // capitalised nameplate word too ("The Telegraph", "the Mirror"; not "the star")
        None if core.len() == 1
            && np.the
            && (lexicon().outlet_heads.contains(core[0].lower().as_ref())
                || core[0].is_cap() && lexicon().nameplates.contains(core[0].lower().as_ref())) =>
        {
            np.name_type = Some(SourceType::Outlet);
            np.name = Some(core[0].text.to_string());
        }
        None => {
            let whole = join(core);
            // "The Atlantic": a listed name that keeps its article
            let listed = name_type(&whole).or_else(|| np.the.then(|| name_type(&format!("the {whole}"))).flatten());
            match listed {
                Some(t) => {
                    np.name_type = Some(t);
                    // a capitalised article is written as part of the name ("The Kremlin")
                    np.name = Some(if np.cap_the { format!("The {whole}") } else { whole });
                }
                None => {
                    np.name = parse_name_run(core, &mut np);
                    if np.name.is_none() {
                        modified_name(core, &mut np);
                    }
                }
            }
        }
    }
    np
}

/// The document noun that the "of" opening `tail` leads to ("of emails", "of national
/// polls"): within four words, before any punctuation or a capitalised word.
fn of_document(tail: &[Word]) -> Option<String> {
    tail.iter()
        .skip(1)
        .take(4)
        .take_while(|w| !w.is_punct() && !w.is_cap())
        .map(|w| w.lower())
        .find(|l| matches!(class_of_head(l), Some((SourceType::Document, _))))
        .map(|l| l.into_owned())
}

/// "The more moderate Kasich", "the embattled Clinton": lowercase modifiers before a short
/// capitalised name that no list types are no part of it, and the name is a person's
/// (sources v2 train set f, the Breitbart delegate-battle article).
fn modified_name(core: &[Word], np: &mut Np) {
    let n = core.iter().rev().take_while(|w| w.is_cap()).count();
    let h = core.len() - n;
    let modifiers = core[..h].iter().all(|w| w.text.chars().all(|c| c.is_lowercase() || c == '-'));
    if !(1..=3).contains(&n) || h == 0 || !modifiers || name_type(&join(&core[h..])).is_some() {
        return;
    }
    np.name = parse_name_run(&core[h..], np);
    // the article belongs to the modifiers, not to an institution's name
    np.the &= np.name.is_none();
}

/// The role a capitalised label ending a phrase gives a person: a title word ("Republican",
/// "Democrat") after any determiner and capitalised or lowercase modifiers ("one
/// well-connected Democrat"), or, after "a"/"another", any single word no list knows ("an
/// Islamist", "a Californian").
pub(super) fn label_head(core: &[Word], indefinite: bool) -> Option<(String, RoleClass)> {
    let last = core.last()?;
    // "one well-connected Democrat", "a top Republican": lowercase modifiers before a title word
    let modified = !core.iter().all(Word::is_cap)
        && last.is_cap()
        && core[..core.len() - 1].iter().all(|w| !w.is_cap() && w.text.chars().all(|c| c.is_alphabetic() || c == '-'));
    if !core.iter().all(Word::is_cap) && !modified {
        return None;
    }
    let l = last.lower().into_owned();
    // "the U.S. Army": an organization's name, not a rank (sources v2 train set f, fnc1/352)
    if lexicon().org_heads.contains(&l) {
        return None;
    }
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
pub(super) fn is_name_of(ws: &[Word], j: usize) -> bool {
    j > 0
        && ws[j - 1].is_cap()
        && !ws[j - 1].is_possessive()
        && ws.get(j + 1).is_some_and(|w| w.is_cap() && !w.is("the"))
        && lexicon().titles.contains_key(&format!("{} of {}", ws[j - 1].lower(), ws[j + 1].lower()))
}
/// True when the "and" at `j` is inside a known name ("Task and Purpose").
pub(super) fn is_name_and(ws: &[Word], j: usize) -> bool {
    if j == 0 || !ws[j - 1].is_cap() || !ws.get(j + 1).is_some_and(|w| w.is_cap()) {
        return false;
    }
    let s = ws[..j].iter().rposition(|w| !w.is_cap()).map_or(0, |p| p + 1);
    let e = ws[j + 1..].iter().position(|w| !w.is_cap()).map_or(ws.len(), |p| j + 1 + p);
    name_type(&join(&ws[s..e])).is_some()
}
