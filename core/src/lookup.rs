//! The perfect hash table `from_code` searches, which the macro builds for
//! each catalog: a lookup is one hash, one or two reads and, for a hit, one
//! comparison, and it gives what the code's row of the
//! [`Table`](crate::table::Table) stands for.

use crate::hash::{self, Mode};

/// A slot of a [`PerfectHash`]: the code, the index of its first entry in
/// the table, and the code's [`hash::fingerprint`].
pub type Slot = (&'static str, u32, u32);

/// The slot that holds no code. Its index is past the end of any table, so
/// even a lookup of `""` that lands on it finds nothing.
pub const EMPTY: Slot = ("", u32::MAX, 0);

/// The perfect hash table of a catalog's codes.
#[derive(Debug, Clone, Copy)]
pub struct PerfectHash {
    /// The seed the macro found.
    pub seed: u64,
    /// How much of a code the hash reads.
    pub mode: Mode,
    /// One displacement per bucket; none for a small catalog's direct
    /// table, a power of two of slots in which the hash names the slot.
    /// The table is a constant, so once `get` is inlined the choice costs
    /// nothing at run time.
    pub displacements: &'static [u32],
    /// The slots, [`EMPTY`] where there is no code; none at all for a
    /// table without a hash, which [`Table::find`](crate::table::Table::find)
    /// searches code by code.
    pub slots: &'static [Slot],
}

impl PerfectHash {
    /// No hash: no slots.
    pub const NONE: Self = Self {
        seed: 0,
        mode: Mode::Sampled,
        displacements: &[],
        slots: &[],
    };

    /// The value of `rows` (one per row of the table, as a generated
    /// enum's `ALL`) at the first row whose code is `code`.
    ///
    /// Generic over the values, so that the bounds check that turns a hit
    /// into a value is taken with the comparison that made it a hit:
    /// returning the row for the caller to look up took 1.6 times as long
    /// on the hits of a 300-code catalog (BENCHMARKS.md, "Goal 1: `from_code`").
    #[inline]
    #[must_use]
    pub fn get<C: Copy>(&self, code: &str, rows: &[C]) -> Option<C> {
        let hash = hash::hash(code.as_bytes(), self.seed, self.mode);
        let slot = if self.displacements.is_empty() {
            hash::direct_slot(hash, self.slots.len())
        } else {
            let bucket = hash::bucket(hash, self.displacements.len());
            let displacement = *self.displacements.get(bucket)?;
            hash::slot(hash, displacement, self.slots.len())
        };
        let (candidate, index, fingerprint) = *self.slots.get(slot)?;
        // An empty slot's index is past the end, so even "" finds nothing.
        if fingerprint == hash::fingerprint(hash)
            && hash::same_bytes(candidate.as_bytes(), code.as_bytes())
        {
            rows.get(index as usize).copied()
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;
    use std::boxed::Box;

    #[test]
    fn an_empty_table_and_an_empty_slot_find_nothing() {
        assert_eq!(PerfectHash::NONE.get("invalid_request", &[7]), None);
        let empty_slots = PerfectHash {
            slots: &[EMPTY; 4],
            ..PerfectHash::NONE
        };
        assert_eq!(
            empty_slots.get("", &[7]),
            None,
            "the empty slot's index is past the end"
        );
    }

    #[test]
    fn a_direct_table_finds_its_code() {
        let code = "invalid_grant";
        let h = hash::hash(code.as_bytes(), 3, Mode::Sampled);
        let mut slots = [EMPTY; 8];
        slots[hash::direct_slot(h, 8)] = (code, 1, hash::fingerprint(h));
        let table = PerfectHash {
            seed: 3,
            mode: Mode::Sampled,
            displacements: &[],
            slots: Box::leak(Box::new(slots)),
        };
        assert_eq!(table.get(code, &['a', 'b']), Some('b'));
        assert_eq!(table.get("invalid_grant_", &['a', 'b']), None);
    }
}
