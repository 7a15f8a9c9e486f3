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

/// Word -> small value, for words of up to 16 bytes packed into one `u128`
/// (with their length, so that no two words share a key): a lookup hashes
/// and compares two integers instead of hashing bytes and calling `memcmp`.
/// The rare longer word goes to an ordinary map. For the tables asked about
/// nearly every token (the grammar word lists, what a phrase may begin with).
#[derive(Debug, Clone, Default)]
pub(crate) struct WordTable<V> {
    /// Open addressing, linear probing; `len == 0` marks an empty slot
    /// (the empty word goes to `long`). Empty for a table never built.
    slots: Vec<WordSlot<V>>,
    /// `slots.len() - 1` (a power of two less one).
    mask: usize,
    long: FastMap<String, V>,
}

#[derive(Debug, Clone, Copy, Default)]
struct WordSlot<V> {
    key: u128,
    len: u8,
    value: V,
}

/// The bytes of a word of at most 16 bytes, zero-padded (as
/// `u128::from_le_bytes` of a zeroed buffer they were copied into, without
/// the `memcpy` call such a copy costs: see [`le_u64`]).
#[inline]
fn pack(b: &[u8]) -> u128 {
    let (lo, hi) = b.split_at(b.len().min(8));
    u128::from(le_u64(lo)) | u128::from(le_u64(hi)) << 64
}

#[inline]
fn slot_of(key: u128, len: usize, mask: usize) -> usize {
    let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(23) ^ (len as u64);
    (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 40) as usize & mask
}

impl<V: Copy + Default> WordTable<V> {
    /// A table of `words`, each word once.
    pub(crate) fn new<'w>(words: impl ExactSizeIterator<Item = (&'w str, V)>) -> WordTable<V> {
        let size = (words.len() * 4).next_power_of_two().max(16);
        let mut t = WordTable {
            slots: vec![WordSlot::default(); size],
            mask: size - 1,
            long: FastMap::default(),
        };
        for (w, value) in words {
            let b = w.as_bytes();
            if b.len() > 16 || b.is_empty() {
                t.long.insert(w.to_string(), value);
                continue;
            }
            let key = pack(b);
            let mut i = slot_of(key, b.len(), t.mask);
            while t.slots[i].len != 0 {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = WordSlot {
                key,
                len: b.len() as u8,
                value,
            };
        }
        t
    }

    /// The value of `w`, or `V::default()` for a word not in the table.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> V {
        let b = w.as_bytes();
        if b.len() > 16 || b.is_empty() || self.slots.is_empty() {
            return self.get_long(w);
        }
        let key = pack(b);
        let mut i = slot_of(key, b.len(), self.mask);
        loop {
            let s = &self.slots[i];
            if s.len == 0 {
                return V::default();
            }
            if s.key == key && usize::from(s.len) == b.len() {
                return s.value;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// [`WordTable::get`] for a word the slots do not hold. Out of line:
    /// with the map's hashing inlined, the common path saved and restored
    /// every register on each of the million and more lookups a corpus
    /// makes.
    #[cold]
    #[inline(never)]
    fn get_long(&self, w: &str) -> V {
        self.long.get(w).copied().unwrap_or_default()
    }
}

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
    fn pack_is_the_zero_padded_copy() {
        let bytes = *b"abcdefghijklmnop";
        for n in 0..=16 {
            let mut padded = [0u8; 16];
            padded[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(pack(&bytes[..n]), u128::from_le_bytes(padded), "{n}");
        }
    }

    #[test]
    fn word_tables_find_short_and_long_words() {
        let words = [
            ("a", 1u8),
            ("prime", 2),
            ("", 3),
            ("a-very-long-word-indeed", 4),
        ];
        let t = WordTable::new(words.iter().copied());
        for (w, v) in words {
            assert_eq!(t.get(w), v, "{w}");
        }
        assert_eq!(t.get("b"), 0);
        assert_eq!(t.get("primes"), 0);
        assert_eq!(WordTable::<u8>::default().get("a"), 0);
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
