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

/// Decodes UTF-16 input that starts with a byte order mark (FF FE little-endian, FE FF
/// big-endian); `None` for anything else. Unpaired surrogates become U+FFFD. The text
/// no longer has the input's byte offsets, which the warning says.
pub fn decode_utf16(bytes: &[u8]) -> Option<(String, String)> {
    let le = match bytes {
        [0xff, 0xfe, ..] => true,
        [0xfe, 0xff, ..] => false,
        _ => return None,
    };
    let units = bytes[2..].chunks_exact(2).map(|c| {
        if le {
            u16::from_le_bytes([c[0], c[1]])
        } else {
            u16::from_be_bytes([c[0], c[1]])
        }
    });
    let mut bad = 0;
    let text: String = char::decode_utf16(units)
        .map(|r| {
            r.unwrap_or_else(|_| {
                bad += 1;
                '\u{fffd}'
            })
        })
        .collect();
    let mut w = format!(
        "input is UTF-16 ({}-endian, with a byte order mark): decoded to UTF-8; offsets index the decoded text",
        if le { "little" } else { "big" }
    );
    if bad > 0 {
        w.push_str(&format!("; {bad} unpaired surrogate(s) replaced with U+FFFD"));
    }
    if bytes.len() & 1 == 1 {
        w.push_str("; a trailing odd byte was dropped");
    }
    Some((text, w))
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

    #[test]
    fn utf16_with_a_bom_is_decoded() {
        let text = "Officials said the café “will reopen” 🙂.";
        let le: Vec<u8> = [0xff, 0xfe].into_iter().chain(text.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter().chain(text.encode_utf16().flat_map(|u| u.to_be_bytes())).collect();
        let (s, w) = decode_utf16(&le).unwrap();
        assert_eq!(s, text);
        assert!(w.contains("little-endian"), "{w}");
        assert_eq!(decode_utf16(&be).unwrap().0, text);
        assert!(decode_utf16(text.as_bytes()).is_none());
        // a lone surrogate and an odd byte
        let (s, w) = decode_utf16(&[0xff, 0xfe, b'a', 0, 0x00, 0xd8, b'b', 0, b'c']).unwrap();
        assert_eq!(s, "a\u{fffd}b");
        assert!(w.contains("1 unpaired") && w.contains("odd byte"), "{w}");
    }
}
