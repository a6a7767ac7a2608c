//! errcat: one TOML file is the single source of truth for a service's error
//! codes.
//!
//! [`catalog!`] reads the catalog at compile time and generates an error enum
//! with static lookup tables, `Display`/`FromStr`/`Error` impls and rustdoc
//! for every code. This crate holds what the generated code relies on at run
//! time: the [`ErrorCode`] trait and the [`UnknownCode`] parse error.
//!
//! ```
//! errcat::catalog! {
//!     /// Errors of the doc example.
//!     pub enum DocError = "examples/doc-catalog.toml";
//! }
//!
//! assert_eq!(DocError::from_code("invalid_request"), Some(DocError::InvalidRequest));
//! assert_eq!(DocError::InvalidRequest.status(), 400);
//! ```
//!
//! See the README for the catalog format and the full generated API.
#![no_std]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod catalog_macro;
mod error_code;
mod unknown_code;

#[doc(hidden)]
pub mod __private;

pub use error_code::ErrorCode;
pub use unknown_code::UnknownCode;
