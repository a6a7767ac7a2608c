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
#[cfg(feature = "serde")]
pub use serde;

#[cfg(feature = "serde")]
pub use crate::integrations::serde_support::deserialize_code;

/// One catalog entry as the generated tables store it; accessors index a
/// `&[Row; N]` by the discriminant.
#[derive(Debug)]
pub struct Row {
    /// The variant's name, for `Debug`.
    pub name: &'static str,
    /// The wire code.
    pub code: &'static str,
    /// The HTTP status.
    pub status: u16,
    /// The description.
    pub description: &'static str,
    /// The remediation hint.
    pub hint: Option<&'static str>,
}

/// Finds `code` in a table sorted by code that holds each code's first
/// entry.
#[must_use]
pub fn find_code<C: Copy>(sorted: &[(&'static str, C)], code: &str) -> Option<C> {
    sorted
        .binary_search_by(|(candidate, _)| (*candidate).cmp(code))
        .ok()
        .map(|found| sorted[found].1)
}

/// Finds the entries of `status` in a table sorted by status.
#[must_use]
pub fn find_status<C: 'static>(by_status: &[(u16, &'static [C])], status: u16) -> &'static [C] {
    by_status
        .binary_search_by_key(&status, |(candidate, _)| *candidate)
        .map_or(&[], |found| by_status[found].1)
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
