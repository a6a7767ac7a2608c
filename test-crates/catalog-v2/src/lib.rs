//! A crate outside the errcat workspace that declares a catalog in the v2
//! format: a full enum and a subset from one invocation.
#![forbid(unsafe_code)]

errcat::catalog! {
    /// Errors of the payments API.
    pub enum PaymentError = "payments.toml";
    /// Errors the charge endpoint may return.
    pub enum ChargeError = "payments.toml" where tag = "charge";
}

/// The one place this crate names the deprecated code: rustc's
/// deprecation warning belongs here, and nowhere else in the build.
#[must_use]
pub fn legacy_refusal() -> PaymentError {
    PaymentError::CardRefused
}
