//! Byte decoding: UTF-8 with replacement, and a binary-input check.

use crate::IngestError;

/// Refuses input that is not text: NUL bytes, or a high share of control bytes.
pub fn check_binary(bytes: &[u8]) -> Result<(), IngestError> {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if let Some(p) = memchr_nul(head) {
        return Err(IngestError::Binary(format!("NUL byte at offset {p}")));
    }
    let ctrl = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    if head.len() >= 64 && ctrl * 10 > head.len() {
        return Err(IngestError::Binary(format!("{ctrl} control bytes in the first {} bytes", head.len())));
    }
    Ok(())
}

fn memchr_nul(b: &[u8]) -> Option<usize> {
    b.iter().position(|&x| x == 0)
}

/// Decodes `bytes` as UTF-8 (a leading BOM is kept so offsets stay input offsets).
/// Invalid sequences become U+FFFD and a warning says how many there were; note that
/// replacement changes byte offsets after the first bad byte, which the warning says.
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), None),
        Err(e) => {
            let first = e.valid_up_to();
            let s = String::from_utf8_lossy(bytes).into_owned();
            let bad = s.matches('\u{fffd}').count();
            (
                s,
                Some(format!(
                    "input is not valid UTF-8: {bad} invalid sequence(s) replaced with U+FFFD, \
                     the first at byte {first}; offsets index the decoded text"
                )),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lossy_decoding_warns() {
        let (s, w) = decode(b"caf\xe9 ok");
        assert_eq!(s, "caf\u{fffd} ok");
        assert!(w.unwrap().contains("byte 3"));
        assert!(decode("café".as_bytes()).1.is_none());
    }
}
