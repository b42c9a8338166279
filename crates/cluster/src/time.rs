//! Publication times: ISO 8601 dates as given in metadata, made comparable.

/// Seconds since 1970-01-01T00:00:00Z of an ISO 8601 date or date-time
/// (`2026-04-12`, `2026-04-12T08:05`, `2026-04-12 08:05:00.5+02:00`, `…Z`).
/// `None` when it does not parse.
pub fn parse_timestamp(s: &str) -> Option<i64> {
    let s = s.trim();
    let num =
        |t: &str| -> Option<i64> { (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse().ok())? };
    let (y, mo, d) = (num(s.get(0..4)?)?, num(s.get(5..7)?)?, num(s.get(8..10)?)?);
    if s.as_bytes().get(4) != Some(&b'-')
        || s.as_bytes().get(7) != Some(&b'-')
        || !(1..=12).contains(&mo)
        || !(1..=31).contains(&d)
    {
        return None;
    }
    let mut secs = days_from_civil(y, mo, d) * 86_400;
    let rest = &s[10..];
    if rest.is_empty() {
        return Some(secs);
    }
    let rest = rest.strip_prefix(['T', 't', ' '])?;
    let (h, mi) = (num(rest.get(0..2)?)?, num(rest.get(3..5)?)?);
    if rest.as_bytes().get(2) != Some(&b':') || h > 23 || mi > 59 {
        return None;
    }
    secs += h * 3600 + mi * 60;
    let mut rest = &rest[5..];
    if let Some(r) = rest.strip_prefix(':') {
        secs += num(r.get(0..2)?)?.min(60);
        rest = &r[2..];
        if let Some(r) = rest.strip_prefix(['.', ',']) {
            rest = r.trim_start_matches(|c: char| c.is_ascii_digit());
        }
    }
    match rest {
        "" | "Z" | "z" => Some(secs),
        _ => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            let z = rest[1..].replace(':', "");
            let (oh, om) = (num(z.get(0..2)?)?, if z.len() >= 4 { num(z.get(2..4)?)? } else { 0 });
            Some(secs - sign * (oh * 3600 + om * 60))
        }
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_orders() {
        assert_eq!(parse_timestamp("1970-01-01"), Some(0));
        assert_eq!(parse_timestamp("2000-03-01T00:00:00Z"), Some(951_868_800));
        assert_eq!(parse_timestamp("2026-04-12T10:05:00+02:00"), parse_timestamp("2026-04-12T08:05:00Z"));
        assert_eq!(parse_timestamp("2026-04-12 08:05:30.25"), Some(parse_timestamp("2026-04-12T08:05").unwrap() + 30));
        assert!(parse_timestamp("2026-04-12") < parse_timestamp("2026-04-12T00:01"));
        for bad in ["", "yesterday", "2026-13-01", "2026-04-12T25:00", "2026/04/12", "2026-04-12Tx", "20é6-01-01"] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }
}
