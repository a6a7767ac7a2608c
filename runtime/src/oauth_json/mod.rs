//! The RFC 6749 section 5.2 JSON error body: `{"error":"...",...}`,
//! written and read.
//!
//! - `write`: the body of an [`Error`](crate::Error) or an
//!   [`ErrorResponse`](crate::ErrorResponse), written by hand, and
//!   `Serialize` for `ErrorResponse` (feature `serde`);
//! - `visitor` (feature `serde`): `Deserialize` for `ErrorResponse`, the
//!   serde visitor behind every JSON reader;
//! - `outline` (feature `serde`): what `from_json` learns of a body before
//!   serde reads it (which members hold strings, how deep it nests);
//! - `read` (feature `serde`): `ErrorResponse::from_json` and, with `std`,
//!   `from_json_reader`, within [`Limits`](crate::Limits).

#[cfg(feature = "serde")]
mod outline;
#[cfg(feature = "serde")]
mod read;
#[cfg(feature = "serde")]
mod visitor;
mod write;
