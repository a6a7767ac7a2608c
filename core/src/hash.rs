//! The perfect hash behind `from_code` of every generated enum.
//!
//! The macro builds the tables when it expands (see `errcat-codegen`), the
//! runtime looks codes up in them ([`crate::lookup::PerfectHash`]), and both
//! call the functions here, so the two sides can never disagree.
//!
//! A lookup hashes the code once, reads the displacement of the code's
//! bucket, reads one slot, compares the slot's [`fingerprint`], and then
//! one string. Small catalogs skip the displacement: their codes are spread
//! over a direct table without a collision, and the hash alone names the
//! slot ([`direct_slot`]). What a lookup costs is measured in the
//! repository's BENCHMARKS.md, "Goal 1: `from_code`".
//!
//! ```
//! use errcat_core::hash::{Mode, bucket, hash, slot};
//!
//! let h = hash(b"invalid_request", 7, Mode::Sampled);
//! let displacements = [0_u32; 4];
//! let index = slot(h, displacements[bucket(h, 4)], 12);
//! assert!(index < 12);
//! ```

// Hashing keeps halves of products and low words on purpose.
#![allow(clippy::cast_possible_truncation)]
// `fold` and the word reads are `#[inline(always)]`: see the note above
// the reads.
#![allow(clippy::inline_always)]

/// How much of a code the hash reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// The length and the first and last eight bytes: enough to tell apart
    /// the codes of most catalogs, in constant time whatever their length.
    Sampled,
    /// Every byte, for catalogs whose codes share their length, first and
    /// last eight bytes.
    Full,
}

const K0: u64 = 0x9E37_79B9_7F4A_7C15;
const K1: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K2: u64 = 0x1656_67B1_9E37_79F9;

/// The 128-bit product of `x` and `y`, its halves folded together: one
/// multiplication that mixes every input bit into every output bit.
#[inline(always)]
const fn fold(x: u64, y: u64) -> u64 {
    let product = (x as u128) * (y as u128);
    (product as u64) ^ ((product >> 64) as u64)
}

// The reads below are one unaligned load each once inlined; `inline(always)`
// because a call here would cost more than the whole hash.

#[inline(always)]
const fn first_u64(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(word) => u64::from_le_bytes(*word),
        None => 0,
    }
}

#[inline(always)]
const fn last_u64(bytes: &[u8]) -> u64 {
    match bytes.last_chunk::<8>() {
        Some(word) => u64::from_le_bytes(*word),
        None => 0,
    }
}

#[inline(always)]
const fn first_u32(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<4>() {
        Some(word) => u32::from_le_bytes(*word) as u64,
        None => 0,
    }
}

#[inline(always)]
const fn last_u32(bytes: &[u8]) -> u64 {
    match bytes.last_chunk::<4>() {
        Some(word) => u32::from_le_bytes(*word) as u64,
        None => 0,
    }
}

/// What [`Mode::Sampled`] reads of `bytes`: the first and last eight bytes
/// (overlapping, or fewer, in a shorter code). Two codes with the same
/// length and the same sample hash alike under every seed.
#[inline]
#[must_use]
pub const fn sample(bytes: &[u8]) -> (u64, u64) {
    let len = bytes.len();
    if len >= 8 {
        (first_u64(bytes), last_u64(bytes))
    } else if len >= 4 {
        (first_u32(bytes), last_u32(bytes))
    } else if len > 0 {
        let spread =
            (bytes[0] as u64) | ((bytes[len / 2] as u64) << 8) | ((bytes[len - 1] as u64) << 16);
        (spread, 0)
    } else {
        (0, 0)
    }
}

/// The 64-bit hash of `bytes` under `seed`.
#[inline]
#[must_use]
pub const fn hash(bytes: &[u8], seed: u64, mode: Mode) -> u64 {
    let len = bytes.len();
    let (first, last) = sample(bytes);
    // One multiplication folds both sampled words: the whole hash of the
    // common case.
    let h = fold(first ^ seed ^ K0, last ^ K1 ^ (len as u64));
    match mode {
        Mode::Sampled => h,
        Mode::Full => {
            // The words between the first and the last eight bytes.
            let mut h = h;
            let mut at = 8;
            while at + 8 < len {
                h = fold(h ^ first_u64(bytes.split_at(at).1), K2);
                at += 8;
            }
            fold(h ^ K2, seed ^ K0)
        }
    }
}

/// The fingerprint a slot keeps of its code's hash: a lookup compares it
/// before the code itself, so a miss is almost always rejected without
/// reading the code.
#[inline]
#[must_use]
pub const fn fingerprint(hash: u64) -> u32 {
    (hash >> 32) as u32
}

/// Whether `a` and `b` are the same bytes: for up to 32 bytes, two or four
/// word comparisons instead of a call to `memcmp`. (A branch-free variant
/// with four overlapping words at computed offsets measured slower:
/// BENCHMARKS.md, "Goal 1: `from_code`".)
#[inline]
#[must_use]
pub fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let len = a.len();
    if (8..=16).contains(&len) {
        first_u64(a) == first_u64(b) && last_u64(a) == last_u64(b)
    } else if (17..=32).contains(&len) {
        let (a_first, a_last) = (a.first_chunk::<16>(), a.last_chunk::<16>());
        let (b_first, b_last) = (b.first_chunk::<16>(), b.last_chunk::<16>());
        a_first == b_first && a_last == b_last
    } else {
        a == b
    }
}

/// The slot of a hash in a direct table of `slots` slots, a power of two:
/// the low bits of the hash, with no bucket and no displacement to read.
/// (The fingerprint keeps the high half, so the two stay independent.)
/// An empty table gives an index past its end, never a panic.
#[inline]
#[must_use]
pub const fn direct_slot(hash: u64, slots: usize) -> usize {
    (hash as usize) & slots.wrapping_sub(1)
}

/// The bucket of a hash among `buckets` (Lemire's multiply-shift range
/// reduction of the high half: no division).
#[inline]
#[must_use]
pub const fn bucket(hash: u64, buckets: usize) -> usize {
    (((hash >> 32) * buckets as u64) >> 32) as usize
}

/// The slot of a hash among `slots`, moved by its bucket's displacement.
///
/// Range reduction keeps the high bits of the low word, so a displacement
/// must change those: the table stores [`spread`] of the displacement
/// found, and the lookup needs no multiplication of its own for it.
#[inline]
#[must_use]
pub const fn slot(hash: u64, displacement: u32, slots: usize) -> usize {
    ((((hash as u32) ^ displacement) as u64 * slots as u64) >> 32) as usize
}

/// The `n`-th displacement a table builder tries, spread over all 32 bits.
#[inline]
#[must_use]
pub const fn spread(n: u32) -> u32 {
    n.wrapping_mul(0x9E37_79B1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reductions_stay_in_range() {
        for h in [0, 1, u64::MAX, K0, K1 << 7] {
            for n in [1, 2, 30, 1000, 100_000] {
                assert!(bucket(h, n) < n);
                for d in [0, 1, u32::MAX] {
                    assert!(slot(h, d, n) < n);
                }
            }
            for n in [1, 2, 64, 1 << 20] {
                assert!(direct_slot(h, n) < n);
            }
            assert_eq!(
                direct_slot(h, 0),
                h as usize,
                "empty: past the end, no panic"
            );
        }
    }

    #[test]
    fn same_bytes_agrees_with_equality() {
        let texts: [&[u8]; 9] = [
            b"",
            b"abc",
            b"invalid",
            b"invalid_",
            b"invalid_grant",
            b"invalid_grant_x",
            b"unsupported_response_type",
            b"unsupported_response_typo",
            b"a code longer than thirty-two bytes in all",
        ];
        for a in texts {
            for b in texts {
                assert_eq!(same_bytes(a, b), a == b, "{a:?} {b:?}");
            }
        }
        // A difference in the middle of a 17..=32-byte code is seen.
        assert!(!same_bytes(
            b"unsupported_RESPONSE_type",
            b"unsupported_response_type"
        ));
    }

    #[test]
    fn samples_read_the_ends() {
        assert_eq!(sample(b""), (0, 0));
        assert_eq!(sample(b"ab"), (0x62_62_61, 0));
        assert_eq!(sample(b"abcd"), (0x6463_6261, 0x6463_6261));
        let long = b"invalid_request_object";
        let word = |at: usize| u64::from_le_bytes(*long[at..].first_chunk().expect("eight bytes"));
        assert_eq!(sample(long), (word(0), word(long.len() - 8)));
    }

    #[test]
    fn the_seed_and_every_byte_in_full_mode_matter() {
        let a = b"invalid_MIDDLE__request";
        let b = b"invalid_middle__request";
        // Same length, same first and last eight bytes: only Full tells
        // them apart.
        assert_eq!(sample(a), sample(b));
        assert_eq!(hash(a, 1, Mode::Sampled), hash(b, 1, Mode::Sampled));
        assert_ne!(hash(a, 1, Mode::Full), hash(b, 1, Mode::Full));
        assert_ne!(hash(a, 1, Mode::Sampled), hash(a, 2, Mode::Sampled));
    }
}
