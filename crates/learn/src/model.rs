//! The model file header: every shipped model starts with it, and loading checks it.
//!
//! Layout: the 8 bytes `HSMODEL1`, a little-endian `u32` length, that many bytes of JSON
//! ([`ModelMeta`]), then the model's own payload. Loading fails with a [`ModelError`] when the
//! magic, the model name, the format version, the payload checksum or the fingerprint of the
//! feature code and lexicons differ from what the reading code expects, so a corrupt or stale
//! model is refused loudly instead of scoring garbage.

use crate::hash::{checksum, fnv1a};
use serde::{Deserialize, Serialize};

const MAGIC: &[u8; 8] = b"HSMODEL1";

/// Why a model file could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelError(pub String);

impl std::fmt::Display for ModelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "bad model file: {}", self.0)
    }
}

impl std::error::Error for ModelError {}

/// What a model file says about itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelMeta {
    /// Model name (`pos`, `parser`, `attribution`, `stance`).
    pub name: String,
    /// Payload format version of the reading code.
    pub format: u32,
    /// Fingerprint of the feature code and lexicons the model was trained with (hex).
    pub fingerprint: String,
    /// [`checksum`] of the payload (hex).
    pub checksum: String,
    /// The data it was trained on.
    pub data: String,
    /// The license its training data imposes on it.
    pub license: String,
    /// The command that rebuilds it.
    pub command: String,
}

/// Fingerprint of a feature extractor: a version string of its code plus the bytes of every
/// lexicon or table its features read.
pub fn fingerprint(code_version: &str, lexicons: &[&[u8]]) -> u64 {
    let mut buf = Vec::with_capacity(64);
    buf.extend_from_slice(code_version.as_bytes());
    for l in lexicons {
        buf.push(0);
        buf.extend_from_slice(&fnv1a(l).to_le_bytes());
    }
    fnv1a(&buf)
}

/// A model file: the header for `meta` (its checksum filled in) and the payload.
pub fn write(meta: &ModelMeta, payload: &[u8]) -> Vec<u8> {
    let mut meta = meta.clone();
    meta.checksum = format!("{:016x}", checksum(payload));
    let json = serde_json::to_vec(&meta).expect("model metadata serialises");
    let mut out = Vec::with_capacity(12 + json.len() + payload.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&(json.len() as u32).to_le_bytes());
    out.extend_from_slice(&json);
    out.extend_from_slice(payload);
    out
}

/// Reads a model file's header without checking it against any expectation.
pub fn read_meta(bytes: &[u8]) -> Result<(ModelMeta, &[u8]), ModelError> {
    if bytes.is_empty() {
        return Err(ModelError("empty file".into()));
    }
    let rest =
        bytes.strip_prefix(MAGIC).ok_or_else(|| ModelError("not a hearsay model (no HSMODEL1 header)".into()))?;
    let len = rest.get(..4).ok_or_else(|| ModelError("truncated header".into()))?;
    let len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
    let json = rest.get(4..4 + len).ok_or_else(|| ModelError("truncated header".into()))?;
    let meta: ModelMeta = serde_json::from_slice(json).map_err(|e| ModelError(format!("unreadable header: {e}")))?;
    Ok((meta, &rest[4 + len..]))
}

/// What the code that reads a model knows of it: its name, payload format, the version of
/// its feature code, and where it comes from. One per learned piece, next to its features.
#[derive(Clone, Copy, Debug)]
pub struct Card {
    /// Model name.
    pub name: &'static str,
    /// Payload format version.
    pub format: u32,
    /// Version of the feature code; bump it whenever the features change.
    pub features: &'static str,
    /// The data it is trained on.
    pub data: &'static str,
    /// The license that data imposes on the model.
    pub license: &'static str,
    /// The command that rebuilds it.
    pub command: &'static str,
}

impl Card {
    /// The header of a model trained now, with the feature code and `lexicons` of this build.
    pub fn meta(&self, lexicons: &[&[u8]]) -> ModelMeta {
        ModelMeta {
            name: self.name.into(),
            format: self.format,
            fingerprint: format!("{:016x}", fingerprint(self.features, lexicons)),
            checksum: String::new(),
            data: self.data.into(),
            license: self.license.into(),
            command: self.command.into(),
        }
    }

    /// A model file holding `payload`.
    pub fn write(&self, lexicons: &[&[u8]], payload: &[u8]) -> Vec<u8> {
        write(&self.meta(lexicons), payload)
    }

    /// Reads a model file and checks it against this card and `lexicons`: name, format,
    /// payload checksum and fingerprint. Returns the payload.
    pub fn read<'a>(&self, lexicons: &[&[u8]], bytes: &'a [u8]) -> Result<&'a [u8], ModelError> {
        let (meta, payload) = read_meta(bytes)?;
        if meta.name != self.name {
            return Err(ModelError(format!("expected the {} model, found the {} model", self.name, meta.name)));
        }
        if meta.format != self.format {
            return Err(ModelError(format!(
                "{} model has format {}, this build reads format {}: retrain it ({})",
                meta.name, meta.format, self.format, self.command
            )));
        }
        let sum = format!("{:016x}", checksum(payload));
        if meta.checksum != sum {
            return Err(ModelError(format!(
                "{} model is corrupt (checksum {sum}, header says {})",
                meta.name, meta.checksum
            )));
        }
        let want = format!("{:016x}", fingerprint(self.features, lexicons));
        if meta.fingerprint != want {
            return Err(ModelError(format!(
                "{} model was trained for features {} but this build computes features {want}: retrain it ({})",
                meta.name, meta.fingerprint, self.command
            )));
        }
        Ok(payload)
    }
}

/// A model stored in a model file: its card, the lexicons its features read, and its
/// payload format. Gives every model the same header-checked reading and writing.
pub trait ModelFile: Sized {
    /// The model's card.
    const CARD: Card;
    /// The lexicons its features read, canonical (they enter the fingerprint).
    fn lexicons() -> Vec<String> {
        Vec::new()
    }
    /// The payload: the model in its own format.
    fn to_payload(&self) -> Vec<u8>;
    /// Reads a payload.
    fn from_payload(b: &[u8]) -> Result<Self, ModelError>;

    /// The model file: header and payload.
    fn to_model_file(&self) -> Vec<u8> {
        let l = Self::lexicons();
        let lb: Vec<&[u8]> = l.iter().map(|s| s.as_bytes()).collect();
        Self::CARD.write(&lb, &self.to_payload())
    }

    /// Reads a model file, checking its header against the card and lexicons.
    fn from_model_file(b: &[u8]) -> Result<Self, ModelError> {
        let l = Self::lexicons();
        let lb: Vec<&[u8]> = l.iter().map(|s| s.as_bytes()).collect();
        Self::from_payload(Self::CARD.read(&lb, b)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TOY: Card = Card {
        name: "toy",
        format: 1,
        features: "toy v1",
        data: "invented",
        license: "Apache-2.0",
        command: "hearsay train toy",
    };
    const LEX: &[&[u8]] = &[b"said\nsays"];

    #[test]
    fn a_written_model_reads_back_and_every_mismatch_is_refused() {
        let file = TOY.write(LEX, b"payload");
        assert_eq!(TOY.read(LEX, &file).unwrap(), b"payload");
        assert_eq!(read_meta(&file).unwrap().0.license, "Apache-2.0");
        // a flipped payload byte
        let mut bad = file.clone();
        *bad.last_mut().unwrap() ^= 1;
        assert!(TOY.read(LEX, &bad).unwrap_err().0.contains("corrupt"));
        // a lexicon changed since training
        assert!(TOY.read(&[b"said\nsays\nclaims"], &file).unwrap_err().0.contains("retrain"));
        assert!(Card { features: "toy v2", ..TOY }.read(LEX, &file).unwrap_err().0.contains("retrain"));
        assert!(Card { name: "pos", ..TOY }.read(LEX, &file).is_err());
        assert!(Card { format: 2, ..TOY }.read(LEX, &file).is_err());
        assert!(TOY.read(LEX, b"").is_err());
        assert!(TOY.read(LEX, &file[..20]).is_err());
        assert!(TOY.read(LEX, b"HSATTR01\0\0").unwrap_err().0.contains("not a hearsay model"));
    }
}
