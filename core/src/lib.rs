//! What the code `errcat::catalog!` generates and the `errcat` runtime
//! agree on, in one place: the perfect hash, the shape of the tables, the
//! reason phrases, the NQSCHAR rule, the text rule that writes any text
//! to it, the bound catalog text is held to as sent, and the names the
//! generated code keeps for itself.
//!
//! The macro (`errcat-codegen`) writes tables of these shapes when it
//! expands, the runtime (`errcat`) reads them, and both call the functions
//! here, so the two sides cannot disagree. You do not need this crate
//! directly: depend on `errcat`.
#![no_std]
#![forbid(unsafe_code)]

pub mod grpc;
pub mod hash;
pub mod limits;
pub mod nqschar;
pub mod reserved;
pub mod status;
pub mod table;
pub mod text;
