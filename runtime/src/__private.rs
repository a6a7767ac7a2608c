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

/// The perfect hash table of a catalog's codes, built by the macro (see
/// `errcat-phf`): a lookup is one hash, one or two reads and, for a hit,
/// one comparison.
#[derive(Debug)]
pub struct PerfectHash<C: 'static> {
    /// The seed the macro found.
    pub seed: u64,
    /// How much of a code the hash reads.
    pub mode: Mode,
    /// One displacement per bucket; none for a small catalog's direct
    /// table, a power of two of slots in which the hash names the slot.
    /// The table is a constant, so once `get` is inlined the choice costs
    /// nothing at run time.
    pub displacements: &'static [u32],
    /// The code in each slot, the index in `variants` of its first
    /// variant, and the code's fingerprint; empty slots hold
    /// `("", u32::MAX, 0)`.
    pub slots: &'static [(&'static str, u32, u32)],
    /// Every variant, in file order.
    pub variants: &'static [C],
}

impl<C: Copy> PerfectHash<C> {
    /// The first variant whose wire code is `code`.
    #[inline]
    #[must_use]
    pub fn get(&self, code: &str) -> Option<C> {
        let hash = errcat_phf::hash(code.as_bytes(), self.seed, self.mode);
        let slot = if self.displacements.is_empty() {
            errcat_phf::direct_slot(hash, self.slots.len())
        } else {
            let bucket = errcat_phf::bucket(hash, self.displacements.len());
            let displacement = *self.displacements.get(bucket)?;
            errcat_phf::slot(hash, displacement, self.slots.len())
        };
        let (candidate, index, fingerprint) = *self.slots.get(slot)?;
        // An empty slot's index is out of range, so even "" finds nothing.
        if fingerprint == errcat_phf::fingerprint(hash)
            && errcat_phf::same_bytes(candidate.as_bytes(), code.as_bytes())
        {
            self.variants.get(index as usize).copied()
        } else {
            None
        }
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
