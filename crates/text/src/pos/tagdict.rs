//! Tag dictionary: frequent words that (almost) always take one tag skip the model
//! ("the", ",", "of"), which makes tagging faster and no less accurate.

use hearsay_core::Pos;
use hearsay_learn::ModelError;
use rustc_hash::FxHashMap as HashMap;

/// Exact word form to its only tag.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TagDict {
    map: HashMap<String, Pos>,
}

impl TagDict {
    /// Words seen at least `min_freq` times whose commonest tag has at least `min_ratio` of them.
    pub fn build<'a>(pairs: impl IntoIterator<Item = (&'a str, Pos)>, min_freq: usize, min_ratio: f64) -> Self {
        let mut counts: HashMap<&str, [usize; 17]> = HashMap::default();
        for (w, p) in pairs {
            counts.entry(w).or_insert([0; 17])[p as usize] += 1;
        }
        let map = counts
            .into_iter()
            .filter_map(|(w, c)| {
                let n: usize = c.iter().sum();
                let best = hearsay_learn::argmax(&c);
                (n >= min_freq && c[best] as f64 >= min_ratio * n as f64).then(|| (w.to_string(), Pos::ALL[best]))
            })
            .collect();
        TagDict { map }
    }

    /// The tag of `word`, if it is in the dictionary.
    #[inline]
    pub fn get(&self, word: &str) -> Option<Pos> {
        self.map.get(word).copied()
    }

    /// Entries.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Appends `count: u32`, then per entry (sorted) `tag: u8, len: u16, bytes`.
    pub fn write(&self, out: &mut Vec<u8>) {
        let mut e: Vec<(&String, &Pos)> = self.map.iter().filter(|(w, _)| w.len() <= u16::MAX as usize).collect();
        e.sort();
        out.extend_from_slice(&(e.len() as u32).to_le_bytes());
        for (w, p) in e {
            out.push(*p as u8);
            out.extend_from_slice(&(w.len() as u16).to_le_bytes());
            out.extend_from_slice(w.as_bytes());
        }
    }

    /// Reads what [`TagDict::write`] wrote (and nothing after it).
    pub fn read(b: &[u8]) -> Result<Self, ModelError> {
        let bad = |m: &str| ModelError(format!("tag dictionary: {m}"));
        let n = u32::from_le_bytes(b.get(..4).ok_or_else(|| bad("no count"))?.try_into().unwrap_or([0; 4])) as usize;
        let mut map = HashMap::with_capacity_and_hasher(n.min(1 << 20), Default::default());
        let mut i = 4;
        for _ in 0..n {
            let head = b.get(i..i + 3).ok_or_else(|| bad("truncated"))?;
            let tag = *Pos::ALL.get(head[0] as usize).ok_or_else(|| bad("bad tag"))?;
            let len = u16::from_le_bytes([head[1], head[2]]) as usize;
            let w = b.get(i + 3..i + 3 + len).ok_or_else(|| bad("truncated"))?;
            let w = std::str::from_utf8(w).map_err(|_| bad("bad UTF-8"))?;
            map.insert(w.to_string(), tag);
            i += 3 + len;
        }
        if i != b.len() {
            return Err(bad("trailing bytes"));
        }
        Ok(TagDict { map })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_frequent_unambiguous_words_and_round_trips() {
        let mut pairs = vec![("the", Pos::Det); 30];
        pairs.extend(vec![("run", Pos::Verb); 15]);
        pairs.extend(vec![("run", Pos::Noun); 15]);
        pairs.extend(vec![("rare", Pos::Adj); 2]);
        let d = TagDict::build(pairs, 20, 0.97);
        assert_eq!(d.get("the"), Some(Pos::Det));
        assert_eq!(d.get("run"), None);
        assert_eq!(d.get("rare"), None);
        let mut b = Vec::new();
        d.write(&mut b);
        assert_eq!(TagDict::read(&b).unwrap(), d);
        assert!(TagDict::read(&b[..b.len() - 1]).is_err());
        assert!(TagDict::read(&[]).is_err());
    }
}
