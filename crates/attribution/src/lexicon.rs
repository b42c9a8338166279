//! Reporting verbs: a small hand-written list (written for this project) used where the
//! learned model is blind: verbs followed by "that" and speech reported inside quotes.

/// Communication and finding verbs that introduce reported speech.
pub const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "reported",
    "reports",
    "report",
    "claimed",
    "claims",
    "claim",
    "wrote",
    "writes",
    "write",
    "added",
    "adds",
    "argued",
    "argues",
    "insisted",
    "insists",
    "warned",
    "warns",
    "acknowledged",
    "acknowledges",
    "announced",
    "announces",
    "believes",
    "believed",
    "believe",
    "thinks",
    "think",
    "stated",
    "states",
    "noted",
    "notes",
    "explained",
    "explains",
    "suggested",
    "suggests",
    "revealed",
    "reveals",
    "confirmed",
    "confirms",
    "found",
    "finds",
    "showed",
    "shows",
    "concluded",
    "concludes",
    "alleged",
    "alleges",
    "admitted",
    "admits",
    "predicted",
    "predicts",
    "declared",
    "declares",
    "asserted",
    "asserts",
    "maintains",
];

/// Pronouns and nouns that may sit between a verb and its "that" ("tells me that").
pub const RECIPIENTS: &[&str] = &["me", "us", "him", "her", "them", "reporters", "you"];

/// Prepositions that link a cue to the content right after them ("accused of", "warned
/// against", "spoke about").
pub const LINKING_PREPOSITIONS: &[&str] =
    &["about", "against", "as", "at", "by", "for", "from", "in", "into", "of", "on", "over", "to", "with"];

/// Participles of feeling and conviction: after "be" they make the subject the one who
/// holds the view ("Republicans were frustrated that …"), not what is said of it.
pub const STATE_PARTICIPLES: &[&str] = &[
    "alarmed",
    "amazed",
    "angered",
    "annoyed",
    "assured",
    "astonished",
    "bothered",
    "concerned",
    "confused",
    "convinced",
    "delighted",
    "determined",
    "disappointed",
    "disgusted",
    "dismayed",
    "encouraged",
    "excited",
    "frightened",
    "frustrated",
    "horrified",
    "impressed",
    "incensed",
    "interested",
    "intrigued",
    "irritated",
    "outraged",
    "persuaded",
    "pleased",
    "prepared",
    "relieved",
    "satisfied",
    "scared",
    "shocked",
    "startled",
    "stunned",
    "surprised",
    "terrified",
    "thrilled",
    "troubled",
    "unconvinced",
    "upset",
    "worried",
];

/// Whether `w` (lower case) is a reporting verb.
pub fn is_reporting_verb(w: &str) -> bool {
    REPORTING_VERBS.contains(&w)
}

/// The cue class of speech and argument words ([`cue_class`]).
pub const SPEECH_CLASS: u8 = 1;

/// Lemmas of predicates that often introduce attributed content in news (beyond speech
/// verbs), grouped into classes the cue tagger uses as features so that a rare inflection
/// ("urges", "worries", "is demanding") shares weight with its class. Written for this
/// project; classes: 1 speech and argument, 2 belief and cognition, 3 intention, demand and
/// plan, 4 finding and evidence, 5 evaluation and reaction.
const CUE_LEMMAS: &[(&str, u8)] = &[
    ("say", 1),
    ("tell", 1),
    ("claim", 1),
    ("write", 1),
    ("add", 1),
    ("argue", 1),
    ("insist", 1),
    ("warn", 1),
    ("acknowledge", 1),
    ("announce", 1),
    ("state", 1),
    ("note", 1),
    ("explain", 1),
    ("suggest", 1),
    ("reveal", 1),
    ("confirm", 1),
    ("allege", 1),
    ("admit", 1),
    ("predict", 1),
    ("declare", 1),
    ("assert", 1),
    ("maintain", 1),
    ("deny", 1),
    ("report", 1),
    ("ask", 1),
    ("reply", 1),
    ("respond", 1),
    ("answer", 1),
    ("comment", 1),
    ("remark", 1),
    ("tweet", 1),
    ("post", 1),
    ("call", 1),
    ("describe", 1),
    ("accuse", 1),
    ("blame", 1),
    ("charge", 1),
    ("criticize", 1),
    ("criticise", 1),
    ("praise", 1),
    ("defend", 1),
    ("dismiss", 1),
    ("reject", 1),
    ("complain", 1),
    ("contend", 1),
    ("counter", 1),
    ("recall", 1),
    ("repeat", 1),
    ("reiterate", 1),
    ("stress", 1),
    ("emphasize", 1),
    ("point", 1),
    ("mention", 1),
    ("joke", 1),
    ("quip", 1),
    ("boast", 1),
    ("brag", 1),
    ("promise", 1),
    ("vow", 1),
    ("pledge", 1),
    ("threaten", 1),
    ("urge", 1),
    ("advise", 1),
    ("recommend", 1),
    ("propose", 1),
    ("testify", 1),
    ("speak", 1),
    ("talk", 1),
    ("discuss", 1),
    ("debate", 1),
    ("question", 1),
    ("challenge", 1),
    ("dispute", 1),
    ("concede", 1),
    ("disclose", 1),
    ("indicate", 1),
    ("signal", 1),
    ("hint", 1),
    ("imply", 1),
    ("shout", 1),
    ("yell", 1),
    ("cite", 1),
    ("quote", 1),
    ("label", 1),
    ("believe", 2),
    ("think", 2),
    ("know", 2),
    ("feel", 2),
    ("fear", 2),
    ("worry", 2),
    ("doubt", 2),
    ("assume", 2),
    ("suspect", 2),
    ("expect", 2),
    ("hope", 2),
    ("wonder", 2),
    ("understand", 2),
    ("realize", 2),
    ("see", 2),
    ("consider", 2),
    ("regard", 2),
    ("view", 2),
    ("seem", 2),
    ("appear", 2),
    ("agree", 2),
    ("disagree", 2),
    ("recognize", 2),
    ("learn", 2),
    ("imagine", 2),
    ("want", 3),
    ("plan", 3),
    ("intend", 3),
    ("seek", 3),
    ("demand", 3),
    ("require", 3),
    ("decide", 3),
    ("aim", 3),
    ("vote", 3),
    ("support", 3),
    ("oppose", 3),
    ("endorse", 3),
    ("back", 3),
    ("favor", 3),
    ("favour", 3),
    ("refuse", 3),
    ("order", 3),
    ("allow", 3),
    ("permit", 3),
    ("ban", 3),
    ("approve", 3),
    ("sign", 3),
    ("rule", 3),
    ("proposal", 3),
    ("effort", 3),
    ("bid", 3),
    ("push", 3),
    ("move", 3),
    ("find", 4),
    ("show", 4),
    ("conclude", 4),
    ("estimate", 4),
    ("record", 4),
    ("measure", 4),
    ("poll", 4),
    ("survey", 4),
    ("study", 4),
    ("analysis", 4),
    ("data", 4),
    ("evidence", 4),
    ("research", 4),
    ("review", 4),
    ("audit", 4),
    ("investigation", 4),
    ("suggestion", 4),
    ("projection", 4),
    ("forecast", 4),
    ("claim", 4),
    ("statement", 4),
    ("allegation", 4),
    ("accusation", 4),
    ("assertion", 4),
    ("argument", 4),
    ("warning", 4),
    ("criticism", 4),
    ("belief", 4),
    ("concern", 4),
    ("complaint", 4),
    ("comment", 4),
    ("remarks", 4),
    ("message", 4),
    ("letter", 4),
    ("memo", 4),
    ("reaction", 5),
    ("response", 5),
    ("react", 5),
    ("welcome", 5),
    ("celebrate", 5),
    ("condemn", 5),
    ("denounce", 5),
    ("attack", 5),
    ("slam", 5),
    ("blast", 5),
    ("mock", 5),
    ("ridicule", 5),
    ("resent", 5),
    ("embrace", 5),
    ("hail", 5),
    ("applaud", 5),
    ("lament", 5),
    ("regret", 5),
    ("apologize", 5),
    ("thank", 5),
    ("insult", 5),
];

/// Lexical cue class (see [`CUE_LEMMAS`]) of a lower-cased word, trying common inflections;
/// 0 when unlisted (`buf` is scratch space).
pub fn cue_class(w: &str, buf: &mut String) -> u8 {
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static MAP: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        let mut m = HashMap::new();
        for &(l, c) in CUE_LEMMAS {
            m.entry(l).or_insert(c);
        }
        m
    });
    if w.len() > 40 {
        return 0;
    }
    if let Some(&c) = map.get(w) {
        return c;
    }
    let mut look = |stem: &str, rep: &str| {
        buf.clear();
        buf.push_str(stem);
        buf.push_str(rep);
        map.get(buf.as_str()).copied()
    };
    for (suf, rep) in [
        ("ies", "y"),
        ("ied", "y"),
        ("s", ""),
        ("es", ""),
        ("ed", ""),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
        ("ment", ""),
    ] {
        if let Some(stem) = w.strip_suffix(suf) {
            if stem.len() >= 2 {
                if let Some(c) = look(stem, rep) {
                    return c;
                }
            }
        }
    }
    // doubled consonant before -ed/-ing ("planned", "banning")
    for suf in ["ed", "ing"] {
        if let Some(stem) = w.strip_suffix(suf) {
            let b = stem.as_bytes();
            if b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] {
                if let Some(c) = look(&stem[..stem.len() - 1], "") {
                    return c;
                }
            }
        }
    }
    match w {
        "said" => return 1,
        "told" => return 1,
        "wrote" | "written" => return 1,
        "thought" => return 2,
        "knew" | "known" => return 2,
        "felt" => return 2,
        "found" => return 4,
        "saw" | "seen" => return 2,
        "spoke" | "spoken" => return 1,
        "sought" => return 3,
        _ => {}
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class(w: &str) -> u8 {
        cue_class(w, &mut String::new())
    }

    #[test]
    fn cue_classes_cover_inflections() {
        assert_eq!(class("urges"), 1);
        assert_eq!(class("worries"), 2);
        assert_eq!(class("worried"), 2);
        assert_eq!(class("planned"), 3);
        assert_eq!(class("demanding"), 3);
        assert_eq!(class("argued"), 1);
        assert_eq!(class("said"), 1);
        assert_eq!(class("table"), 0);
        assert_eq!(class(""), 0);
    }
}
