//! What generated code names. Not public API: it changes with the macro,
//! which is why `errcat` pins `errcat-macros` to one exact version.

pub use crate::__errcat_integrations as integrations;
pub use crate::{ErrorCode, UnknownCode};
pub use errcat_macros::catalog;

#[cfg(feature = "alloc")]
pub use alloc::string::String;
#[cfg(feature = "axum")]
pub use axum_core;
#[cfg(feature = "http")]
pub use http;

#[cfg(feature = "axum")]
pub use crate::axum::code_into_response;
#[cfg(feature = "http")]
pub use crate::http::code_response;
#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "serde")]
pub use crate::integrations::serde_support::deserialize_code;

pub use errcat_phf::Mode;

/// The perfect hash table of a larger catalog's codes, built by the macro
/// (see `errcat-phf`): a lookup is one hash, three reads and, for a hit, one
/// comparison.
#[derive(Debug)]
pub struct PerfectHash<C: 'static> {
    /// The seed the macro found.
    pub seed: u64,
    /// How much of a code the hash reads.
    pub mode: Mode,
    /// One displacement per bucket.
    pub displacements: &'static [u32],
    /// The code in each slot, the index in `variants` of its first
    /// variant, and the code's fingerprint; empty slots hold
    /// `("", u32::MAX, 0)`.
    pub slots: &'static [Slot],
    /// Every variant, in file order.
    pub variants: &'static [C],
}

/// The perfect hash table of a small catalog's codes: the hash names the
/// slot, with no displacement to read first.
#[derive(Debug)]
pub struct DirectHash<C: 'static> {
    /// The seed under which no two codes share a slot.
    pub seed: u64,
    /// How much of a code the hash reads.
    pub mode: Mode,
    /// As in [`PerfectHash::slots`]; a power of two of them.
    pub slots: &'static [Slot],
    /// Every variant, in file order.
    pub variants: &'static [C],
}

/// A code, the index of its first variant, and its fingerprint.
pub type Slot = (&'static str, u32, u32);

impl<C: Copy> PerfectHash<C> {
    /// The first variant whose wire code is `code`.
    #[inline]
    #[must_use]
    pub fn get(&self, code: &str) -> Option<C> {
        let hash = errcat_phf::hash(code.as_bytes(), self.seed, self.mode);
        let bucket = errcat_phf::bucket(hash, self.displacements.len());
        let displacement = *self.displacements.get(bucket)?;
        let slot = errcat_phf::slot(hash, displacement, self.slots.len());
        holds(self.slots.get(slot)?, hash, code, self.variants)
    }
}

impl<C: Copy> DirectHash<C> {
    /// The first variant whose wire code is `code`.
    #[inline]
    #[must_use]
    pub fn get(&self, code: &str) -> Option<C> {
        let hash = errcat_phf::hash(code.as_bytes(), self.seed, self.mode);
        let slot = errcat_phf::direct_slot(hash, self.slots.len());
        holds(self.slots.get(slot)?, hash, code, self.variants)
    }
}

/// The variant of `slot` when it holds `code`, whose hash is `hash`.
#[inline]
fn holds<C: Copy>(slot: &Slot, hash: u64, code: &str, variants: &[C]) -> Option<C> {
    let (candidate, index, fingerprint) = *slot;
    // An empty slot's index is out of range, so even "" finds nothing.
    if fingerprint == errcat_phf::fingerprint(hash)
        && errcat_phf::same_bytes(candidate.as_bytes(), code.as_bytes())
    {
        variants.get(index as usize).copied()
    } else {
        None
    }
}

/// The entries of `status`: its range in `order`, found in `by_status`,
/// which is sorted by status.
#[must_use]
pub fn find_status<C: 'static>(
    by_status: &[(u16, u32, u32)],
    order: &'static [C],
    status: u16,
) -> &'static [C] {
    by_status
        .binary_search_by_key(&status, |(candidate, _, _)| *candidate)
        .ok()
        .and_then(|found| {
            let (_, start, end) = by_status[found];
            order.get(start as usize..end as usize)
        })
        .unwrap_or(&[])
}

/// Writes `code: description`, the `Display` of every generated enum.
///
/// # Errors
///
/// When the formatter fails.
pub fn display<C: ErrorCode>(code: C, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
    f.write_str(code.code())?;
    f.write_str(": ")?;
    f.write_str(code.description())
}
