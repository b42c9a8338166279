//! Stable feature hashing. Saved models depend on every function here: none may change.

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a, 64 bits, of `bytes`.
#[inline]
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET;
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(FNV_PRIME);
    }
    h
}

/// A fast checksum of a large byte string (model payloads): 8 bytes a step, finalised with
/// [`finalize`]. Not for features: it only has to notice a changed or truncated file.
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut h = FNV_OFFSET ^ bytes.len() as u64;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        h = (h ^ x).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(31);
    }
    for &b in words.remainder() {
        h = (h ^ b as u64).wrapping_mul(FNV_PRIME);
    }
    finalize(h)
}

/// The SplitMix64 finaliser: a well-mixed 64-bit value from any 64-bit value.
#[inline]
pub fn finalize(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Chained hash of a feature (template id plus parts): FNV-1a over the parts and a final
/// avalanche mix.
#[derive(Clone, Copy, Debug)]
pub struct FeatHash(u64);

impl FeatHash {
    /// A hash seeded with a feature template id.
    pub const fn new(template: u32) -> Self {
        FeatHash((FNV_OFFSET ^ template as u64).wrapping_mul(FNV_PRIME))
    }

    /// Adds bytes.
    #[inline]
    pub fn bytes(mut self, b: &[u8]) -> Self {
        for &x in b {
            self.0 = (self.0 ^ x as u64).wrapping_mul(FNV_PRIME);
        }
        self
    }

    /// Adds one byte.
    #[inline]
    pub fn byte(self, b: u8) -> Self {
        FeatHash((self.0 ^ b as u64).wrapping_mul(FNV_PRIME))
    }

    /// Adds a 64-bit value (e.g. another finished hash).
    #[inline]
    pub fn u64(self, x: u64) -> Self {
        FeatHash((self.0 ^ x).wrapping_mul(FNV_PRIME).rotate_left(23))
    }

    /// The finished, well-mixed hash.
    #[inline]
    pub fn finish(self) -> u64 {
        finalize(self.0)
    }

    /// The bucket of this feature in a table of `2^bits` rows.
    #[inline]
    pub fn bucket(self, bits: u32) -> u32 {
        (self.finish() >> (64 - bits)) as u32
    }
}

/// Mixes a template id and two values into a 32-bit feature index (masked by the caller).
#[inline]
pub fn mix_index(template: u32, a: u64, b: u64) -> u32 {
    let mut h = (template as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ a;
    h = h.wrapping_mul(0xBF58_476D_1CE4_E5B9) ^ b;
    h = (h ^ (h >> 31)).wrapping_mul(0x94D0_49BB_1331_11EB);
    (h ^ (h >> 29)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_published_vectors() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a(b"foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn feature_hash_is_stable_and_template_sensitive() {
        let a = FeatHash::new(1).bytes(b"said").finish();
        assert_eq!(a, FeatHash::new(1).bytes(b"said").finish());
        assert_ne!(a, FeatHash::new(2).bytes(b"said").finish());
        assert_ne!(a, FeatHash::new(1).bytes(b"sad").finish());
        assert!(FeatHash::new(1).bytes(b"x").bucket(10) < 1024);
        assert_ne!(mix_index(1, 2, 3), mix_index(1, 3, 2));
        let data: Vec<u8> = (0..1000u32).map(|i| (i * 7) as u8).collect();
        let mut flipped = data.clone();
        flipped[517] ^= 1;
        assert_ne!(checksum(&data), checksum(&flipped));
        assert_ne!(checksum(&data), checksum(&data[..999]));
        assert_eq!(checksum(&data), checksum(&data.clone()));
    }
}
