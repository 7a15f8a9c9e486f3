//! A cheap necessary condition for a trigger pattern, tested before the
//! full match.
//!
//! A common head word has dozens of patterns ("held" has one per "hold ..."
//! pattern), and nearly all fail at the first word after the head. The full
//! matcher (`extract::clause::match_rest`) was the single largest part of
//! trigger finding; this filter rules most candidates out with one bit test.
//!
//! Every word gets one bit of a 64-bit mask from a hash of its *key*: the
//! lowercase form without trailing "s". A token's mask holds the bit of every
//! pattern word it could match under the matcher's rules (the word itself,
//! its plural or singular, the last part of a hyphenated compound, "with" for
//! "between"/"among"); a pattern's first word can only match a token whose
//! mask has that word's bit. Collisions only let a candidate through to the
//! full matcher, so results are unchanged.

use super::PatWord;
use crate::fasthash::FxHasher;
use std::hash::Hasher;

/// How far the first word of a pattern can be from the token after the
/// head: the matcher skips up to four time words or adverbs before a word,
/// and a gap (`*`) steps over up to five tokens.
const WORD_SKIP: usize = 4;
const GAP_SKIP: usize = 5;

/// The first pattern word after the head and how far away it may be.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FirstWord {
    /// [`word_bit`] of the first word; 0 when the pattern has no word
    /// before a slot (or none at all): no condition.
    pub(crate) bit: u64,
    /// The word is among the `reach` tokens starting right after the head.
    pub(crate) reach: usize,
}

impl FirstWord {
    /// The condition for the words after a head (`rest`).
    pub(crate) fn of(rest: &[PatWord]) -> FirstWord {
        let mut furthest = 0;
        for w in rest {
            match w {
                PatWord::Word(w) => {
                    return FirstWord {
                        bit: word_bit(w),
                        reach: furthest + WORD_SKIP + 1,
                    }
                }
                PatWord::Gap => furthest += GAP_SKIP,
                // A mention may be any length.
                PatWord::Slot => break,
            }
        }
        FirstWord::default()
    }
}

/// The part of a word the matcher's plural rule compares.
fn key(w: &str) -> &str {
    w.trim_end_matches('s')
}

/// One bit for a pattern word (lowercase).
pub(crate) fn word_bit(w: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(key(w).as_bytes());
    1 << (h.finish() >> 58)
}

/// The bits of every pattern word a token (its lowercase form) may match.
/// Keep in step with the word rule of `extract::clause::match_rest`.
pub(crate) fn token_bits(lower: &str) -> u64 {
    let mut bits = word_bit(lower);
    // "counter-tariffs" matches "tariffs": each part after a hyphen
    // (with something before it) may be the pattern word.
    for (j, b) in lower.bytes().enumerate().skip(1) {
        if b == b'-' {
            bits |= word_bit(&lower[j + 1..]);
        }
    }
    // A noun's final "with" also matches "talks between X and Y".
    if matches!(lower, "between" | "among") {
        bits |= word_bit("with");
    }
    bits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn admits(rest: &str, lower: &str) -> bool {
        let rest: Vec<PatWord> = rest
            .split_whitespace()
            .map(|w| match w {
                "*" => PatWord::Gap,
                "@" => PatWord::Slot,
                w => PatWord::Word(w.to_string()),
            })
            .collect();
        let f = FirstWord::of(&rest);
        f.bit == 0 || token_bits(lower) & f.bit != 0
    }

    #[test]
    fn every_form_the_matcher_accepts_passes() {
        assert!(admits("talks with", "talks"));
        assert!(admits("talks with", "talk"));
        assert!(admits("tariffs on", "counter-tariffs"));
        assert!(admits("with", "between"));
        assert!(admits("@ persona", "anything"));
        assert!(admits("", "anything"));
    }

    #[test]
    fn reach_counts_skips_and_gaps() {
        assert_eq!(FirstWord::of(&[PatWord::Word("a".into())]).reach, 5);
        assert_eq!(
            FirstWord::of(&[PatWord::Gap, PatWord::Word("a".into())]).reach,
            10
        );
    }
}
