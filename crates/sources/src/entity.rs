//! A speaker entity being built from its mentions.

use crate::mention::MentionInfo;
use hearsay_core::{Source, SourceType, Span};

/// A source under construction: the output fields plus what resolution needs.
#[derive(Clone, Debug)]
pub struct Entity {
    /// The output record.
    pub source: Source,
    /// Head nouns and title roles seen in its mentions ("spokesman", "senator", "source").
    pub heads: Vec<String>,
    /// Byte offset of its latest mention so far.
    pub last: usize,
    /// Seen a former/retired title: profile scans must not make it official.
    pub former: bool,
}

impl Entity {
    /// A new entity from its first mention.
    pub fn new(info: &MentionInfo, span: Span) -> Self {
        Entity {
            source: Source {
                name: info.name.clone(),
                stype: info.stype,
                anonymous: info.anonymous,
                official: info.official,
                role: info.role.clone(),
                affiliation: info.affiliation.clone(),
                descriptors: info.descriptors.clone(),
                mentions: vec![span],
            },
            heads: info.heads.clone(),
            last: span.start,
            former: info.former && info.stype == SourceType::Person,
        }
    }

    /// Adds a mention and what it says.
    pub fn absorb(&mut self, info: &MentionInfo, span: Span) {
        let s = &mut self.source;
        // kept sorted: the new span goes in its place (almost always the end)
        if let Err(i) = s.mentions.binary_search(&span) {
            s.mentions.insert(i, span);
        }
        self.last = self.last.max(span.start);
        if info.name.is_some() && s.name.is_none() {
            s.name = info.name.clone();
            s.anonymous = false;
        }
        if s.stype == SourceType::Unknown
            || (info.name.is_some() && info.stype != SourceType::Unknown && s.stype == SourceType::Group)
        {
            s.stype = info.stype;
        }
        s.official |= info.official;
        self.former |= info.former && info.stype == SourceType::Person;
        if s.role.is_none() {
            s.role = info.role.clone();
        }
        if s.affiliation.is_none() {
            s.affiliation = info.affiliation.clone();
        }
        for d in &info.descriptors {
            if !s.descriptors.contains(d) {
                s.descriptors.push(d.clone());
            }
        }
        for h in &info.heads {
            if !self.heads.contains(h) {
                self.heads.push(h.clone());
            }
        }
    }

    /// Last word of its name ("Rachman"), for short-name matching.
    pub fn surname(&self) -> Option<&str> {
        (self.source.stype == SourceType::Person).then_some(())?;
        self.source.name.as_deref()?.split_whitespace().last()
    }
}
