//! What the code `errcat::catalog!` generates and the `errcat` runtime
//! agree on, in one place: the one table of a catalog's codes and the view
//! of one of its rows, the perfect hash, the reason phrases, the NQSCHAR
//! rule, the text rule that writes any text to it, the bound catalog text
//! is held to as sent, and the names the generated code keeps for itself.
//!
//! The macro (`errcat-codegen`) writes a [`table::Table`] when it expands,
//! the runtime (`errcat`) reads it, and both call the functions here, so
//! the two sides cannot disagree. You do not need this crate directly:
//! depend on `errcat`.
#![no_std]
#![forbid(unsafe_code)]

pub mod entry;
pub mod grpc;
pub mod hash;
pub mod limits;
pub mod lookup;
pub mod nqschar;
pub mod reserved;
pub mod status;
pub mod table;
pub mod text;
