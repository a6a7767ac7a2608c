//! The perfect hash table that `from_code` searches, built at expansion
//! time so that a lookup at run time is one hash, one or two reads and one
//! string comparison, whatever the size of the catalog.
//!
//! A small catalog gets a direct table: a power of two of slots, two to four
//! times as many as codes, and a seed under which no two codes share a slot,
//! so the hash names the slot. Measured on the Login catalog (30 codes), that
//! saves the dependent read of a displacement: 4.3 ns a hit instead of 5.4
//! (BENCHMARKS.md, "Goal 1: `from_code`").
//!
//! A larger catalog, for which no such seed exists at a sensible size, gets
//! hash-and-displace: every code hashes to a bucket of about three codes;
//! each bucket gets the smallest displacement that moves all its codes to
//! free slots. Buckets are placed largest first, while the table is still
//! empty.

use std::cmp::Reverse;
use std::collections::HashSet;

use errcat_core::hash::{Mode, bucket, direct_slot, hash, slot, spread};

/// Codes per bucket, on average.
const BUCKET_LOAD: usize = 3;
/// Displacements tried for one bucket before trying another seed.
const MAX_DISPLACEMENT: u32 = 1 << 16;
/// Seeds tried for one table size before the table grows.
const SEEDS_PER_SIZE: u64 = 16;
/// The most codes a direct table is searched for: beyond this, a table
/// without collisions needs far more slots than codes (the birthday bound).
const DIRECT_MAX_CODES: usize = 64;
/// Seeds tried for each size of direct table.
const DIRECT_SEEDS: u64 = 1 << 12;

/// A perfect hash table over a catalog's distinct codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PerfectHash {
    pub(crate) seed: u64,
    pub(crate) mode: Mode,
    pub(crate) layout: Layout,
    /// For each slot, the index of the code in it, if any.
    pub(crate) slots: Vec<Option<usize>>,
}

/// How a hash finds its slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Layout {
    /// [`direct_slot`]: the slots are a power of two and no two codes share one.
    Direct,
    /// [`slot`], moved by the displacement of the hash's [`bucket`].
    Displaced { displacements: Vec<u32> },
}

/// Builds the table for `codes`, which are distinct. Deterministic: the
/// same codes give the same table. Never fails: after every seed of one
/// size fails, the table grows, and a table large enough always succeeds.
pub(crate) fn build(codes: &[&str]) -> PerfectHash {
    let mode = choose_mode(codes);
    if codes.len() <= DIRECT_MAX_CODES
        && let Some(table) = try_direct(codes, mode)
    {
        return table;
    }
    let buckets = codes.len().div_ceil(BUCKET_LOAD).max(1);
    let mut slots = (codes.len() + codes.len() / 4).max(1);
    let mut attempt = 0_u64;
    loop {
        for _ in 0..SEEDS_PER_SIZE {
            attempt += 1;
            let seed = splitmix64(attempt);
            if let Some(table) = try_seed(codes, seed, mode, buckets, slots) {
                return table;
            }
        }
        slots += slots / 2 + 1;
    }
}

/// [`Mode::Sampled`] when the length and the first and last eight bytes
/// tell every code apart, else [`Mode::Full`].
fn choose_mode(codes: &[&str]) -> Mode {
    let mut seen = HashSet::with_capacity(codes.len());
    let distinct = codes
        .iter()
        .all(|code| seen.insert((code.len(), errcat_core::hash::sample(code.as_bytes()))));
    if distinct { Mode::Sampled } else { Mode::Full }
}

/// A direct table of two, else four times the codes rounded up to a power
/// of two, under the first seed that gives every code a slot of its own.
fn try_direct(codes: &[&str], mode: Mode) -> Option<PerfectHash> {
    let smallest = (codes.len() * 2).next_power_of_two();
    let mut taken = Vec::new();
    for size in [smallest, smallest * 2] {
        for attempt in 1..=DIRECT_SEEDS {
            let seed = splitmix64(attempt);
            taken.clear();
            taken.resize(size, None);
            let spread_out = codes.iter().enumerate().all(|(index, code)| {
                let at = direct_slot(hash(code.as_bytes(), seed, mode), size);
                taken[at].replace(index).is_none()
            });
            if spread_out {
                return Some(PerfectHash {
                    seed,
                    mode,
                    layout: Layout::Direct,
                    slots: taken,
                });
            }
        }
    }
    None
}

fn try_seed(
    codes: &[&str],
    seed: u64,
    mode: Mode,
    buckets: usize,
    slots: usize,
) -> Option<PerfectHash> {
    let hashes: Vec<u64> = codes
        .iter()
        .map(|code| hash(code.as_bytes(), seed, mode))
        .collect();
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); buckets];
    for (index, &h) in hashes.iter().enumerate() {
        members[bucket(h, buckets)].push(index);
    }
    let mut order: Vec<usize> = (0..buckets).filter(|&b| !members[b].is_empty()).collect();
    order.sort_by_key(|&b| (Reverse(members[b].len()), b));

    let mut table = vec![None; slots];
    let mut displacements = vec![0; buckets];
    let mut chosen = Vec::with_capacity(BUCKET_LOAD * 4);
    for b in order {
        let found = (0..MAX_DISPLACEMENT).map(spread).find(|&displacement| {
            chosen.clear();
            members[b].iter().all(|&index| {
                let at = slot(hashes[index], displacement, slots);
                let free = table[at].is_none() && !chosen.contains(&at);
                chosen.push(at);
                free
            })
        })?;
        displacements[b] = found;
        for (&index, &at) in members[b].iter().zip(&chosen) {
            table[at] = Some(index);
        }
    }
    Some(PerfectHash {
        seed,
        mode,
        layout: Layout::Displaced { displacements },
        slots: table,
    })
}

/// A well-spread sequence of seeds (the output function of `SplitMix64`).
fn splitmix64(n: u64) -> u64 {
    let mut z = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the runtime's lookup does, over the builder's table.
    fn lookup(table: &PerfectHash, codes: &[&str], code: &str) -> Option<usize> {
        let h = hash(code.as_bytes(), table.seed, table.mode);
        let at = match &table.layout {
            Layout::Direct => direct_slot(h, table.slots.len()),
            Layout::Displaced { displacements } => slot(
                h,
                displacements[bucket(h, displacements.len())],
                table.slots.len(),
            ),
        };
        let index = table.slots[at]?;
        (codes[index] == code).then_some(index)
    }

    fn codes(count: usize) -> Vec<String> {
        (0..count)
            .map(|index| format!("error_code_number_{index}"))
            .collect()
    }

    #[test]
    fn every_code_finds_itself_and_nothing_else_matches() {
        for count in [1, 2, 3, 30, 300, 3000] {
            let owned = codes(count);
            let codes: Vec<&str> = owned.iter().map(String::as_str).collect();
            let table = build(&codes);
            for (index, code) in codes.iter().enumerate() {
                assert_eq!(lookup(&table, &codes, code), Some(index), "{code}");
            }
            for miss in ["", "error_code_number_", "ERROR_CODE_NUMBER_0", "x"] {
                assert_eq!(lookup(&table, &codes, miss), None, "{miss}");
            }
            assert_eq!(table.slots.iter().flatten().count(), count);
            match table.layout {
                Layout::Direct => {
                    assert!(count <= DIRECT_MAX_CODES, "{count}");
                    assert!(table.slots.len().is_power_of_two());
                    assert!(table.slots.len() <= 4 * count.next_power_of_two());
                }
                Layout::Displaced { .. } => assert!(count > DIRECT_MAX_CODES, "{count}"),
            }
        }
    }

    #[test]
    fn one_code_past_the_direct_limit_is_displaced() {
        let owned = codes(DIRECT_MAX_CODES + 1);
        let codes: Vec<&str> = owned.iter().map(String::as_str).collect();
        let table = build(&codes);
        assert!(matches!(table.layout, Layout::Displaced { .. }));
        for (index, code) in codes.iter().enumerate() {
            assert_eq!(lookup(&table, &codes, code), Some(index), "{code}");
        }
    }

    #[test]
    fn codes_alike_at_both_ends_switch_to_full_mode() {
        let alike = ["invalid_AAAAAAAA_request", "invalid_BBBBBBBB_request"];
        assert_eq!(choose_mode(&alike), Mode::Full);
        let table = build(&alike);
        assert_eq!(lookup(&table, &alike, alike[1]), Some(1));
        assert_eq!(
            choose_mode(&["invalid_request", "invalid_grant"]),
            Mode::Sampled
        );
    }

    #[test]
    fn the_table_is_deterministic() {
        for count in [30, 500] {
            let owned = codes(count);
            let codes: Vec<&str> = owned.iter().map(String::as_str).collect();
            assert_eq!(build(&codes), build(&codes));
        }
    }
}
