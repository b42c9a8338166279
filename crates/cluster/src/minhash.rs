//! MinHash signatures and banded locality-sensitive hashing over term sets.

use hearsay_learn::fnv1a as fnv;

/// Hash functions per signature.
pub const HASHES: usize = 96;
/// Rows per band: two rows make pairs with Jaccard 0.25 collide in some band with
/// probability 1 − (1 − 0.25²)^48 ≈ 0.95.
pub const ROWS: usize = 2;

fn mix(mut x: u64) -> u64 {
    // splitmix64 finaliser
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The MinHash signature of a set of terms (empty set: all `u64::MAX`).
pub fn signature<S: AsRef<str>>(terms: &[S]) -> [u64; HASHES] {
    let mut sig = [u64::MAX; HASHES];
    for t in terms {
        let base = fnv(t.as_ref().as_bytes());
        for (i, s) in sig.iter_mut().enumerate() {
            let h = mix(base ^ (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
            if h < *s {
                *s = h;
            }
        }
    }
    sig
}

/// One key per band (band number mixed in), for bucketing candidates.
pub fn band_keys(sig: &[u64; HASHES]) -> Vec<u64> {
    sig.chunks(ROWS)
        .enumerate()
        .filter(|(_, rows)| rows.iter().all(|&r| r != u64::MAX))
        .map(|(b, rows)| rows.iter().fold(mix(b as u64 + 1), |h, &r| mix(h ^ r)))
        .collect()
}

/// Fraction of equal signature positions: an estimate of Jaccard similarity.
pub fn estimate(a: &[u64; HASHES], b: &[u64; HASHES]) -> f64 {
    a.iter().zip(b).filter(|(x, y)| x == y && **x != u64::MAX).count() as f64 / HASHES as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_sets_share_bands_and_estimate_jaccard() {
        let a: Vec<String> = (0..40).map(|i| format!("t{i}")).collect();
        let b: Vec<String> = (10..50).map(|i| format!("t{i}")).collect(); // Jaccard 0.6
        let c: Vec<String> = (100..140).map(|i| format!("t{i}")).collect(); // disjoint
        let (sa, sb, sc) = (signature(&a), signature(&b), signature(&c));
        assert!((estimate(&sa, &sb) - 0.6).abs() < 0.2);
        assert_eq!(estimate(&sa, &sc), 0.0);
        let (ka, kb, kc) = (band_keys(&sa), band_keys(&sb), band_keys(&sc));
        assert!(ka.iter().any(|k| kb.contains(k)));
        assert!(!ka.iter().any(|k| kc.contains(k)));
        assert!(band_keys(&signature::<&str>(&[])).is_empty());
    }
}
