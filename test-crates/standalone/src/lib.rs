//! A crate outside the errcat workspace that declares its own catalog.
#![forbid(unsafe_code)]

errcat::catalog! {
    /// Errors of the payments API.
    #[derive(PartialOrd, Ord)]
    pub enum PaymentError = "errors.toml";
}
