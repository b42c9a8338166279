//! Officialness and roles of named people from other places the text names them
//! ("Sen. Jon Tester" in one paragraph, "Tester said" in another).

use crate::entity::Entity;
use crate::lexicon::{lexicon, norm};
use crate::mention::{analyze, MentionInfo};
use crate::occur::Occurrences;
use hearsay_core::{Doc, SourceType};
use hearsay_lex::function::LINKING_PREPOSITIONS;
use hearsay_lex::function::NOT_NAME_WORDS;
use hearsay_lex::speech::{CANDIDACY, CANDIDATE_HEADS};
use hearsay_lex::titles::{FORMER as FORMER_WORDS, NAME_MODIFIERS, PRIOR};
use rustc_hash::{FxHashMap, FxHashSet};

/// The phrase around an occurrence of a name: the titles and roles before it and an appositive after it.
fn phrase_around(t: &str, start: usize, end: usize) -> String {
    let from = t.floor_char_boundary(start.saturating_sub(80));
    let left = &t[from..start];
    let mut parts = left.rsplit([' ', '\n']).peekable();
    // the text glued to the name ("(" in "(Rendell") is dropped
    let words_end = left.len() - parts.next().map_or(0, str::len);
    let mut keep = words_end;
    while let Some(w) = parts.next() {
        let nickname =
            w.len() > 2 && (w.starts_with('"') || w.starts_with('“')) && (w.ends_with('"') || w.ends_with('”'));
        // "and" between titles ("Vice President and Managing Editor Bill Sammon")
        let title_and = w == "and"
            && left[keep..].trim_start().starts_with(char::is_uppercase)
            && parts.peek().is_some_and(|p| p.starts_with(char::is_uppercase) && !p.ends_with([',', ';', ':']));
        let ok = nickname
            || title_and
            || PRIOR.contains(w)
            || !w.is_empty()
                && !w.ends_with([',', ';', ':', '"', '“', '”', '\n'])
                && (w.chars().next().is_some_and(char::is_uppercase)
                    || lexicon().roles.contains_key(&norm(w))
                    || NAME_MODIFIERS.contains(&norm(w)));
        if !ok {
            break;
        }
        keep -= w.len() + 1;
    }
    // a quoted nickname ("Robert C. \"Bobby\" Scott") is part of the name
    let mut p: String = left[keep..words_end].trim_start().chars().filter(|c| !matches!(c, '"' | '“' | '”')).collect();
    p.push_str(&t[start..end]);
    let to = t.floor_char_boundary(end + 100);
    let right = &t[end..to];
    let right = match right.strip_prefix(" (") {
        Some(r) => r.find(')').map_or("", |q| &r[q + 1..]),
        None => right,
    };
    // "Ahmed Abdi Godane is the spiritual leader of al-Shabab": a role said of the name
    // (present tense only: "was the" may be a former office)
    let copula = ["the ", "a ", "an "]
        .iter()
        .find_map(|c| right.strip_prefix(" is ").and_then(|r| r.strip_prefix(c)).map(|pred| (c, pred)));
    if let Some((article, pred)) = copula {
        let stop = pred.find([',', '.', ';', '\n']).unwrap_or(pred.len());
        let pred = &pred[..stop];
        if pred.split(' ').take(4).any(|w| lexicon().roles.contains_key(&norm(w))) {
            p.push_str(", ");
            p.push_str(article);
            p.push_str(pred);
            return p;
        }
    }
    if let Some(app) = right.strip_prefix(", ") {
        let mut words = app.split(' ');
        let first = words.next().unwrap_or("");
        // "Christy Feig, WHO's director of communications": a role after a possessive name
        let possessive = first.starts_with(char::is_uppercase)
            && ["'s", "’s", "'", "’"].iter().any(|x| first.ends_with(x))
            && words.next().is_some_and(|w| lexicon().roles.contains_key(&norm(w)));
        if hearsay_lex::function::ARTICLES.contains(first) || possessive || lexicon().roles.contains_key(&norm(first)) {
            let stop = app.find([',', '.', ';', '\n']).unwrap_or(app.len());
            p.push_str(", ");
            p.push_str(&app[..stop]);
        }
    }
    p
}

/// Marks named people official when another occurrence of their name carries an official title or role.
pub fn apply(doc: &Doc, ents: &mut [Entity]) {
    let t = &doc.text;
    let wanted = |e: &Entity| {
        !(e.source.stype != SourceType::Person || (e.source.official && e.source.role.is_some()) || e.former)
    };
    let surnames: Vec<Option<String>> = ents
        .iter()
        .map(|e| wanted(e).then(|| e.surname().filter(|sn| sn.len() >= 3).map(str::to_string)).flatten())
        .collect();
    let occ = Occurrences::new(t, surnames.iter().flatten().map(String::as_str));
    // what each occurrence of a surname says, read once however many people share it
    let mut read: FxHashMap<&str, Vec<(MentionInfo, bool)>> = FxHashMap::default();
    let b = t.as_bytes();
    for (e, sn) in ents.iter_mut().zip(&surnames) {
        let Some(sn) = sn else { continue };
        let infos = read.entry(sn.as_str()).or_insert_with(|| {
            occ.of(sn)
                .iter()
                .filter_map(|&p| {
                    let end = p + sn.len();
                    if (p > 0 && b[p - 1].is_ascii_alphanumeric())
                        || b.get(end).is_some_and(|c| c.is_ascii_alphanumeric())
                    {
                        return None;
                    }
                    let phrase = phrase_around(t, p, end);
                    let former = phrase.split_once(' ').is_some_and(|(first, _)| PRIOR.contains(first));
                    let info = analyze(&phrase, "");
                    // a person's occurrence ("The Clinton campaign" reads as an organization)
                    let person = info.stype == SourceType::Person;
                    (person && info.name.as_deref().is_some_and(|n| n.ends_with(sn.as_str()))).then_some((info, former))
                })
                .collect()
        });
        // "former Secretary of State Hillary Clinton" anywhere: "Secretary Clinton" elsewhere is no office
        let former = infos.iter().any(|(_, f)| *f);
        for (info, _) in infos.iter() {
            if info.official && !former {
                e.source.official = true;
            }
            if e.source.role.is_none() {
                e.source.role = info.role.clone();
            }
            if e.source.affiliation.is_none() {
                e.source.affiliation = info.affiliation.clone();
            }
            for h in &info.heads {
                if !e.heads.contains(h) {
                    e.heads.push(h.clone());
                }
            }
        }
    }
}

/// Named people the text gives a campaign ([`CANDIDACY`]: "Kasich's campaign", "the Kasich
/// campaign", "Kasich's underdog presidential campaign") run for office and speak as
/// candidates, whatever office they hold: not official (../shared/spec/ANNOTATION.md). A year
/// around the name ("Obama's 2008 campaign", "the 2012 Obama campaign"), a hyphenated or
/// former word before the noun ("Mr. Obama's re-election campaign", "Obama's former campaign
/// manager") tells a past run, and a preposition after it advocacy ("Obama's recent campaign
/// to tie …"): neither counts.
pub fn campaigners(doc: &Doc, ents: &mut [Entity]) {
    let t = &doc.text;
    let mut runners: Option<FxHashSet<&str>> = None;
    for e in ents.iter_mut() {
        if !e.source.official || e.source.name.is_none() {
            continue;
        }
        let Some(sn) = e.surname().filter(|s| s.len() >= 3) else { continue };
        // the names the text gives a campaign, read once per document
        if runners.get_or_insert_with(|| campaign_names(t)).contains(sn) {
            e.source.official = false;
        }
    }
}

/// Every name `t` gives a campaign ([`campaign_at`]), found from the campaign nouns back:
/// each word-final piece of the three words before a [`CANDIDACY`] noun, without a
/// possessive ending, is tried as the name. One pass over the text, whatever the number of
/// people.
fn campaign_names(t: &str) -> FxHashSet<&str> {
    let mut names = FxHashSet::default();
    // the last words before the current one as `str::split(' ')` gives them, with their
    // offsets, oldest first
    let mut last: Vec<(usize, &str)> = Vec::with_capacity(MAX_CAMPAIGN_REACH + 1);
    let mut at = 0;
    for w in t.split(' ') {
        if campaign_noun(w) {
            for &(b, before) in &last {
                let token = ["'s", "’s", "'", "’"].iter().find_map(|x| before.strip_suffix(x)).unwrap_or(before);
                // every piece that starts the token or follows a character that is no letter or digit
                let starts = std::iter::once(0)
                    .chain(token.char_indices().filter(|&(_, c)| !c.is_alphanumeric()).map(|(i, c)| i + c.len_utf8()));
                for i in starts.filter(|&i| i < token.len()) {
                    let sn = &token[i..];
                    if sn.len() >= 3 && !names.contains(sn) && campaign_at(t, b + i, sn) {
                        names.insert(sn);
                    }
                }
            }
        }
        if last.len() == MAX_CAMPAIGN_REACH {
            last.remove(0);
        }
        last.push((at, w));
        at += w.len() + 1;
    }
    names
}

/// Whether word `w`, its trailing punctuation left out, is a [`CANDIDACY`] noun as [`norm`]
/// reads it; a plain ASCII word is only lower-cased on the stack, and only when its length is
/// a listed noun's (this runs on every word of a text); any other goes through [`norm`].
fn campaign_noun(w: &str) -> bool {
    static LENGTHS: std::sync::OnceLock<Vec<usize>> = std::sync::OnceLock::new();
    let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
    let mut buf = [0u8; 32];
    if w.len() <= buf.len() && w.bytes().all(|b| b.is_ascii_graphic() && b != b'.' && b != b'&') {
        // such a word keeps its length through `norm`
        if !LENGTHS.get_or_init(|| CANDIDACY.words().iter().map(|x| x.len()).collect()).contains(&w.len()) {
            return false;
        }
        buf[..w.len()].copy_from_slice(w.as_bytes());
        buf[..w.len()].make_ascii_lowercase();
        // ASCII bytes in, ASCII bytes out
        return std::str::from_utf8(&buf[..w.len()]).is_ok_and(|l| CANDIDACY.contains(l));
    }
    CANDIDACY.contains(&norm(w))
}

/// Words a campaign noun may stand after its name ("Kasich's underdog presidential campaign").
const MAX_CAMPAIGN_REACH: usize = 3;

/// Whether the name `sn` at byte `p` of `t` is given a campaign of its own: after a
/// possessive, a [`CANDIDACY`] noun within three words, else right after the name; no year
/// before the name, no digit, hyphen or former word before the noun, no preposition after it.
fn campaign_at(t: &str, p: usize, sn: &str) -> bool {
    // not a past run: "the 2012 Obama campaign"
    let before = t[..p].trim_end_matches(' ');
    let year_before = before.ends_with(|c: char| c.is_ascii_digit());
    let before_ok = !t[..p].ends_with(|c: char| c.is_alphanumeric()) && !year_before;
    let rest = &t[t.floor_char_boundary(p + sn.len())..t.floor_char_boundary(p + sn.len() + 60)];
    // after a possessive, the noun within three words; else right after the name
    let (rest, reach) = match ["'s ", "’s ", "' ", "’ "].iter().find_map(|x| rest.strip_prefix(x)) {
        Some(r) => (r, MAX_CAMPAIGN_REACH),
        None => (rest.strip_prefix(' ').unwrap_or(""), 1),
    };
    let words: Vec<&str> = rest.split(' ').take(reach + 1).collect();
    // the noun, then no preposition ("Obama's recent campaign to tie …" is advocacy),
    // and no past run ("Obama's former campaign manager", "re-election", a year)
    let noun = words.iter().take(reach).position(|w| campaign_noun(w));
    before_ok
        && noun.is_some_and(|k| {
            words[..k]
                .iter()
                .all(|w| !w.contains(|c: char| c.is_ascii_digit() || c == '-') && !FORMER_WORDS.contains(&norm(w)))
                && words.get(k + 1).is_none_or(|n| !LINKING_PREPOSITIONS.contains(&norm(n)))
        })
}

/// Named people the text calls candidates ([`CANDIDATE_HEADS`]) are not official.
pub fn candidates(ents: &mut [Entity]) {
    for e in ents.iter_mut() {
        if e.source.stype == SourceType::Person
            && e.source.name.is_some()
            && e.heads.iter().any(|h| CANDIDATE_HEADS.contains(h.as_str()))
        {
            e.source.official = false;
        }
    }
}

/// A one-word name typed as a person ("Apple", "Glide", "Isis") that the text never writes
/// after a first name or a title, and that is not a first name itself, is an organization
/// speaking for itself. A name with a role or title in any mention stays a person.
pub fn one_word_organizations(doc: &Doc, ents: &mut [Entity]) {
    let t = &doc.text;
    let b = t.as_bytes();
    let lx = lexicon();
    let candidate = |e: &Entity| {
        e.source.stype == SourceType::Person
            && e.heads.is_empty()
            && !e.former
            && e.source.name.as_deref().is_some_and(|n| !n.contains(' ') && n.chars().count() >= 3)
    };
    // each candidate name, and its lowercase form (a word the text also writes in lowercase
    // is a common word at a sentence's start, "Fears", "Investigation": no company)
    let lowered: Vec<String> =
        ents.iter().filter(|e| candidate(e)).filter_map(|e| e.source.name.as_deref()).map(str::to_lowercase).collect();
    let occ = Occurrences::new(
        t,
        ents.iter()
            .filter(|e| candidate(e))
            .filter_map(|e| e.source.name.as_deref())
            .chain(lowered.iter().map(String::as_str)),
    );
    let person_first_words: std::collections::HashSet<String> = ents
        .iter()
        .filter(|e| e.source.stype == SourceType::Person)
        .filter_map(|e| e.source.name.as_deref())
        .filter_map(|n| n.split_once(' ').map(|(f, _)| norm(f)))
        .collect();
    for e in ents.iter_mut() {
        if e.source.stype != SourceType::Person || !e.heads.is_empty() || e.former {
            continue;
        }
        let Some(name) = e.source.name.as_deref() else { continue };
        // a first name ("Isis", "Nikolai") is a person's only when some occurrence goes on with a
        // surname; a word that starts another person's full name is a first name
        let first_name = lx.first_names.contains(&norm(name)) || person_first_words.contains(&norm(name));
        // a word in capitals longer than an acronym, or a first name in capitals, is a
        // transcript's speaker ("CLINTON", "GUY")
        let capitals = name.chars().all(|c| !c.is_lowercase())
            && (name.chars().count() > 6 || lx.first_names.contains(&norm(name)));
        if name.contains(' ') || name.chars().count() < 3 || capitals {
            continue;
        }
        // a first name alone ("John", "Lucy") is a person's; so is a function word ("Anyone");
        // and a common word written in lowercase elsewhere is no company's name
        let lower = name.to_lowercase();
        let common = lower != name
            && occ.of(&lower).iter().any(|&p| {
                p > 0
                    && b[p - 1] == b' '
                    && !b.get(p + lower.len()).is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'/')
            });
        if lx.first_names.contains(&norm(name)) || hearsay_lex::stop::CORPUS.contains(&lower) || common {
            continue;
        }
        // "he" or "she" among its mentions
        let mut person = e
            .source
            .mentions
            .iter()
            .any(|m| matches!(doc.slice(*m).to_lowercase().as_str(), "he" | "she" | "him" | "her"));
        for &p in occ.of(name).iter().take_while(|_| !person) {
            let end = p + name.len();
            if (p > 0 && b[p - 1].is_ascii_alphanumeric()) || b.get(end).is_some_and(|c| c.is_ascii_alphanumeric()) {
                continue;
            }
            if first_name && t[end..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase)) {
                person = true;
                break;
            }
            // "Smith, 45,": a name with an age is a person's
            let age = t[end..].strip_prefix(", ").is_some_and(|r| {
                let n = r.bytes().take_while(u8::is_ascii_digit).count();
                (1..=3).contains(&n) && r[n..].starts_with([',', ' ', ')'])
            });
            // "Woods, who has struggled": "who" speaks of a person ("which" of a company)
            let who = t[end..].starts_with(", who ");
            if age || who {
                person = true;
                break;
            }
            let before = t[..p].trim_end_matches(' ');
            let prev = before.rsplit([' ', '\n']).next().unwrap_or("");
            // a capitalised word that starts a sentence says nothing ("Although Apple")
            let rest = before[..before.len() - prev.len()].trim_end_matches(' ');
            let sentence_start = rest.is_empty() || rest.ends_with(['.', '!', '?', '\n', ':', '"', '”']);
            let prev_n = norm(prev);
            let initial = prev.len() == 2 && prev.ends_with('.');
            // "Abdi Godane": the last word of a longer name
            // at a sentence's start, a capitalised word that is no function or time word
            // ("Tiger Woods is …"; not "Although Apple")
            let opener = sentence_start
                && (hearsay_lex::stop::CORPUS.contains(prev_n.as_str())
                    || hearsay_lex::calendar::TIME_PHRASE.contains(prev_n.as_str()));
            let name_word = prev.len() > 1
                && !opener
                && prev.chars().next().is_some_and(char::is_uppercase)
                && prev.chars().all(|c| c.is_alphabetic() || c == '-')
                && !lx.outlets.contains(&prev_n)
                && !lx.government.contains(&prev_n)
                && !lx.organizations.contains(&prev_n)
                && !NOT_NAME_WORDS.contains(prev_n.as_str());
            // "…,” said Kowalczyk": the speaker set after a quote and its speech verb is a
            // person's name (sources v2 train: every one-word name in that place is a person)
            let inverted =
                hearsay_lex::speech::SPEAKS_FOR_IT.contains(&prev_n) && rest.ends_with(['"', '”', '\'', '’', ',']);
            if lx.first_names.contains(&prev_n) || lx.titles.contains_key(&prev_n) || initial || name_word || inverted {
                person = true;
                break;
            }
        }
        if !person {
            e.source.stype = SourceType::Organization;
            e.source.official = true;
        }
    }
}

/// A name the lists do not know, read as an organization ("The Verge", "Gawker", "the Smoking
/// Gun"), that is the source of "reported" is a news outlet: companies and agencies say,
/// announce or state; outlets report. Not official.
pub fn reporting_outlets(doc: &Doc, ents: &mut [Entity]) {
    // `strict`: the verb "reported" after the source ("KCTV-5 reported", "The Tennessean first
    // reported", "is reporting"), not a noun ("its FEC reports")
    let cue_reports = |a: &hearsay_core::Attribution, strict: bool| {
        a.cue.is_some_and(|c| {
            let w = doc.slice(c);
            // any word of the cue ("reported recently about")
            let verb = w.split(' ').any(|v| matches!(v.to_ascii_lowercase().as_str(), "reported" | "reporting"))
                && a.source.is_some_and(|s| c.start >= s.end);
            verb || !strict && w.get(..6).is_some_and(|c| c.eq_ignore_ascii_case("report"))
        })
    };
    // the sources of such attributions, strict and not, indexed once (not one scan of every
    // attribution per mention)
    let sources_of = |strict: bool| {
        hearsay_core::SpanSet::new(
            doc.attributions
                .iter()
                .enumerate()
                .filter_map(|(i, a)| a.source.filter(|_| cue_reports(a, strict)).map(|s| (s, i))),
        )
    };
    let (strict_sources, loose_sources) = (sources_of(true), sources_of(false));
    let reports = |m: &hearsay_core::Span, strict: bool| {
        let set = if strict { &strict_sources } else { &loose_sources };
        !set.containing(*m).is_empty()
    };
    // "(via 9to5Mac)", "Reported by iGen", "he is quoted by This Day": a name that relays
    // another's words is an outlet's (sources v2 train set f: fnc1/105, fnc1/989, fnc1/840)
    let relayed = |m: &hearsay_core::Span| {
        let before = &doc.text[doc.text.floor_char_boundary(m.start.saturating_sub(20))..m.start];
        let before = before.to_ascii_lowercase();
        RELAY_BEFORE.iter().any(|r| before.ends_with(r))
    };
    for e in ents.iter_mut() {
        // a name no list knows; or one read as an organization by its shape alone ("KCTV-5",
        // "WXYZ": a station's call letters), before the verb "reported"
        let strict = match e.source.name.as_deref().map(|n| (n, crate::mention::name_type(n))) {
            Some((_, None)) => false,
            Some((n, Some(SourceType::Organization))) if !n.contains(' ') && !crate::mention::listed(n) => true,
            _ => continue,
        };
        // "Western Journalism reported": a name of several words read as a person's, whose
        // first word is no first name, before the verb "reported"
        let person_like = e.source.stype == SourceType::Person
            && !e.former
            && e.source.name.as_deref().is_some_and(|n| {
                let mut ws = n.split(' ');
                let first = ws.next().unwrap_or("");
                ws.next().is_some()
                    && !lexicon().first_names.contains(&norm(first))
                    && n.split(' ').all(|w| {
                        w.starts_with(char::is_uppercase) && !w.ends_with('.') || matches!(w, "for" | "of" | "the")
                    })
            })
            && !e.source.mentions.iter().any(|m| matches!(doc.slice(*m), "he" | "He" | "she" | "She" | "him" | "her"));
        let typed = e.source.stype == SourceType::Organization
            && e.source.mentions.iter().any(|m| reports(m, strict) || relayed(m));
        // "World News Daily Report says": a word of an outlet's name ("News", "Daily", "Times")
        // in it (sources v2 train set f, fnc1/1549)
        let outlet_word = e.source.name.as_deref().is_some_and(|n| {
            n.split(' ').any(|w| w.starts_with(char::is_uppercase) && lexicon().outlet_heads.contains(&norm(w)))
        });
        let named = person_like && (outlet_word || e.source.mentions.iter().any(|m| reports(m, true) || relayed(m)));
        if e.heads.is_empty() && (typed || named) {
            e.source.stype = SourceType::Outlet;
            e.source.official = false;
        }
    }
}

/// Lowercase words right before a name that make it the relay of another's words.
const RELAY_BEFORE: &[&str] = &["(via ", "reported by ", "quoted by "];

/// A representative or lawyer ("A Glide representative") whose affiliation is a name the
/// text types as an organization ("Glide said ...": a company speaking for itself) speaks
/// for it: official. Agents of people stay as they were ("a Clinton lawyer").
pub fn organization_agents(ents: &mut [Entity]) {
    let lx = lexicon();
    let orgs: std::collections::HashSet<String> = ents
        .iter()
        .filter(|e| e.source.stype == SourceType::Organization)
        .filter_map(|e| e.source.name.as_deref().map(|n| norm(n).trim_start_matches("the ").to_string()))
        .collect();
    if orgs.is_empty() {
        return;
    }
    for e in ents.iter_mut() {
        let agent = e.heads.iter().any(|h| lx.roles.get(h) == Some(&crate::lexicon::RoleClass::Agent));
        let of_org = e.source.affiliation.as_deref().is_some_and(|a| orgs.contains(norm(a).trim_start_matches("the ")));
        if matches!(e.source.stype, SourceType::Person | SourceType::Group) && !e.former && agent && of_org {
            e.source.official = true;
        }
    }
}

/// Named people on the officeholder list (`hearsay_lex::speakers::OFFICEHOLDERS`: national
/// executives and heads of international bodies of the corpora's years) speak in office:
/// official ("Barack Obama, David Cameron and Angela Merkel have all condemned …"). A name
/// given by its surname only counts when the text writes the listed full name somewhere
/// ("Obama" after "President Barack Obama"). Named candidates of the 2016 US presidential
/// election (`hearsay_lex::speakers::CANDIDATES`) are not official, whatever their title
/// ("Gov. John Kasich said"), unless the text calls them president ("President Donald
/// Trump", in news after the election). Runs before [`candidates`], [`campaigners`] and
/// [`former_officeholders`], which take it back for other candidates and former holders.
pub fn officeholders(doc: &Doc, ents: &mut [Entity]) {
    let lx = lexicon();
    // whether the text writes each listed full name, looked up once per name
    let (mut held, mut ran) = (FxHashMap::default(), FxHashMap::default());
    for e in ents.iter_mut() {
        if e.source.stype != SourceType::Person {
            continue;
        }
        let Some(name) = e.source.name.as_deref() else { continue };
        // a 2016 candidate speaks as one, whatever office the text gives, unless the text
        // calls them president ("President Donald Trump": news after the election)
        let president = e.heads.iter().any(|h| h == "president" || h == "vice president")
            || e.source.role.as_deref().is_some_and(|r| r.contains("President"));
        if !president && lx.candidates.holds(name, &doc.text, &mut ran) {
            e.source.official = false;
        } else if !e.former && lx.officeholders.holds(name, &doc.text, &mut held) {
            e.source.official = true;
        }
    }
}

/// An unnamed outlet that the text only calls by a definite outlet noun ("the network",
/// "the newspaper") with no named outlet before it stands for the one news outlet the text
/// names, as a source or as a person's affiliation ("NBC weatherman …"), before or after:
/// named by it. With two outlets named, or none, it stays unnamed.
pub fn outlet_descriptions(doc: &Doc, ents: &mut [Entity]) {
    let lx = lexicon();
    let described = |e: &Entity| {
        e.source.stype == SourceType::Outlet
            && e.source.name.is_none()
            && e.heads.iter().all(|h| lx.outlet_heads.contains(h))
            && !e.heads.is_empty()
            && e.source.mentions.iter().all(|m| {
                let t = doc.slice(*m);
                t.split_whitespace().count() == 2 && (t.starts_with("the ") || t.starts_with("The "))
            })
    };
    if !ents.iter().any(described) {
        return;
    }
    let mut named: Vec<String> = Vec::new();
    for e in ents.iter() {
        let outlet_name = match (e.source.stype, e.source.name.as_deref(), e.source.affiliation.as_deref()) {
            (SourceType::Outlet, Some(n), _) => Some(n),
            (SourceType::Person, _, Some(a)) if crate::mention::name_type(a) == Some(SourceType::Outlet) => Some(a),
            _ => None,
        };
        if let Some(n) = outlet_name {
            let n = n.strip_prefix("The ").unwrap_or(n).to_string();
            if !named.contains(&n) {
                named.push(n);
            }
        }
    }
    let [only] = named.as_slice() else { return };
    for e in ents.iter_mut().filter(|e| described(e)) {
        e.source.name = Some(only.clone());
        e.source.anonymous = false;
    }
}

/// Named people with a former or retired title in any of their mentions ("Former Attorney
/// General Michael Mukasey") no longer speak for that office, whatever another mention calls
/// them ("Mukasey, the Republican attorney general under …"): not official (sources v2 train
/// set f, the Mukasey article).
pub fn former_officeholders(ents: &mut [Entity]) {
    for e in ents.iter_mut() {
        if e.former && e.source.stype == SourceType::Person && e.source.name.is_some() {
            e.source.official = false;
        }
    }
}

/// Bytes before a report's first mention within which a named outlet makes it that outlet's.
const REPORT_OUTLET_BEFORE: usize = 2000;
/// Bytes after a report's first mention within which a named outlet makes it that outlet's
/// ("… according to a new report. … the Wall Street Journal reported Monday").
const REPORT_OUTLET_AFTER: usize = 600;

/// An unnamed report, story, poll or study (the lexicon's `published` document nouns) near a
/// named news outlet is that outlet's: named ("The Hollywood Reporter revealed … the report
/// said"; sources v2 train sets b and f: fnc1/1226, fnc1/2084, fnc1/407). Plural reports
/// ("media reports") stay anonymous.
pub fn outlet_reports(doc: &Doc, ents: &mut [Entity]) {
    let lx = lexicon();
    let mut outlets: Vec<usize> = ents
        .iter()
        .filter(|e| e.source.stype == SourceType::Outlet && !e.source.anonymous && e.source.name.is_some())
        .flat_map(|e| e.source.mentions.iter().map(|m| m.start))
        .collect();
    if outlets.is_empty() {
        return;
    }
    outlets.sort_unstable();
    for e in ents.iter_mut() {
        let s = &e.source;
        if s.stype != SourceType::Document || !s.anonymous {
            continue;
        }
        // a mention that ends in the singular noun ("the report", "a new poll")
        let published = s.mentions.iter().any(|m| {
            let w = doc.slice(*m).trim_end_matches(|c: char| !c.is_alphanumeric());
            lx.published_heads.contains(&norm(w.rsplit([' ', '\n']).next().unwrap_or(w)))
        });
        if !published {
            continue;
        }
        let Some(first) = s.mentions.first().map(|m| m.start) else { continue };
        // the latest outlet mention at or before it and the first after it, by bisection
        let k = outlets.partition_point(|&o| o <= first);
        let near = k.checked_sub(1).is_some_and(|i| first - outlets[i] <= REPORT_OUTLET_BEFORE)
            || outlets.get(k).is_some_and(|&o| o - first <= REPORT_OUTLET_AFTER);
        if near {
            e.source.anonymous = false;
        }
    }
}

/// An unnamed report, poll or study (the lexicon's `published` document nouns, singular) in a
/// text that names a document of the same noun elsewhere is that one, named ("a new poll
/// indicates … according to a new poll by the Harvard University Institute of Politics";
/// sources v2 train set f: the millennial-poll and Sanders-poll articles). Plural ones ("media
/// reports") stay anonymous.
pub fn named_documents(ents: &mut [Entity]) {
    let lx = lexicon();
    let named: Vec<String> = ents
        .iter()
        .filter(|e| e.source.stype == SourceType::Document && !e.source.anonymous)
        .flat_map(|e| e.heads.iter().filter(|h| lx.published_heads.contains(h.as_str())).cloned())
        .collect();
    if named.is_empty() {
        return;
    }
    for e in ents.iter_mut() {
        if e.source.stype == SourceType::Document && e.source.anonymous && e.heads.iter().any(|h| named.contains(h)) {
            e.source.anonymous = false;
        }
    }
}

/// How far back (bytes) a definite document description looks for the statement it names.
const STATEMENT_REACH: usize = 1500;

/// "… Powell’s office said in a statement. … The statement added that …": an unnamed definite
/// document ("the statement", "the letter") whose noun is the medium of an earlier report
/// within [`STATEMENT_REACH`] is that speaker's document: named when the speaker is, and
/// official when the speaker is (data/sources/v2/CONVENTIONS.md: documents issued by such
/// bodies are official; sources v2 train set f).
pub fn statement_documents(doc: &Doc, ents: &mut [Entity]) {
    // the reports by where their cue starts, so each description reads only those within reach
    let mut by_cue: Vec<(usize, usize)> =
        doc.attributions.iter().enumerate().filter_map(|(i, a)| a.cue.map(|c| (c.start, i))).collect();
    by_cue.sort_unstable();
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (i, e) in ents.iter().enumerate() {
        if e.source.stype != SourceType::Document || !e.source.anonymous || e.source.name.is_some() {
            continue;
        }
        let Some(m) = e.source.mentions.first() else { continue };
        let words: Vec<&str> = doc.slice(*m).split_whitespace().collect();
        let [det, head] = words.as_slice() else { continue };
        if !hearsay_lex::function::DEFINITE.contains(&det.to_lowercase()) {
            continue;
        }
        let head = head.to_lowercase();
        // the medium's last word ("in a statement", in the cue or beside it)
        let names_head = |s: &str| {
            s.rsplit(' ')
                .next()
                .is_some_and(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).eq_ignore_ascii_case(&head))
        };
        // the latest report before it, within reach, made in a medium of that noun
        let lo = by_cue.partition_point(|&(at, _)| at < m.start.saturating_sub(STATEMENT_REACH));
        let hi = by_cue.partition_point(|&(at, _)| at < m.start);
        let speaker = by_cue[lo..hi]
            .iter()
            .map(|&(_, k)| &doc.attributions[k])
            .filter(|a| a.cue.is_some_and(|c| a.medium.as_deref().is_some_and(names_head) || names_head(doc.slice(c))))
            .max_by_key(|a| a.cue.map_or(0, |c| c.start))
            .and_then(|a| a.source_id)
            .filter(|&s| s != i && s < ents.len());
        if let Some(s) = speaker {
            found.push((i, s));
        }
    }
    for (i, s) in found {
        let (anonymous, official) = (ents[s].source.anonymous, ents[s].source.official);
        if ents[s].source.stype == SourceType::Document {
            continue;
        }
        ents[i].source.anonymous = anonymous;
        ents[i].source.official = official;
    }
}
