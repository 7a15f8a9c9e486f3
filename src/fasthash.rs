//! A small, fast, non-cryptographic hasher for the lexicon's lookup tables.
//!
//! Extraction asks "is this token a name, a title, a trigger?" several times
//! per token; with the standard library's SipHash the hashing alone was a
//! quarter of the run time. The keys are our own lexicon words, so
//! resistance to crafted collisions is not needed. This is the multiply-
//! rotate scheme of rustc's FxHasher, written out because it is ten lines.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// See the module documentation.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(le_u64(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The bytes of `b` (at most eight) as a little-endian integer, zero above
/// them: the value of copying them into a zeroed `[u8; 8]`, without that
/// copy. A copy of unknown length is a call to `memcpy`, and hashing a
/// word ends with one for every key looked up (most words are shorter than
/// eight bytes); two overlapping fixed-size loads are a few instructions.
#[inline]
pub(crate) fn le_u64(b: &[u8]) -> u64 {
    let n = b.len();
    debug_assert!(n <= 8);
    if n >= 4 {
        // Bytes 0..4 and n-4..n; where they overlap, the same bytes.
        let lo = u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        let hi = u64::from(u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]));
        lo | hi << (8 * (n - 4))
    } else if n > 0 {
        u64::from(b[0])
            | u64::from(b[n / 2]) << (8 * (n / 2))
            | u64::from(b[n - 1]) << (8 * (n - 1))
    } else {
        0
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn le_u64_is_the_zero_padded_copy() {
        let bytes = *b"abcdefgh";
        for n in 0..=8 {
            let mut padded = [0u8; 8];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(le_u64(&bytes[..n]), u64::from_le_bytes(padded), "{n}");
        }
    }

    #[test]
    fn maps_work_and_hashes_differ() {
        let mut m: FastMap<String, u32> = FastMap::default();
        for (i, w) in ["a", "b", "macron", "prime minister", "ab"]
            .iter()
            .enumerate()
        {
            m.insert(w.to_string(), i as u32);
        }
        assert_eq!(m.get("macron"), Some(&2));
        assert_eq!(m.get("ab"), Some(&4));
        assert_eq!(m.get("abc"), None);
    }
}
