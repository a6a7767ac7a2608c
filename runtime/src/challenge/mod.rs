//! The `WWW-Authenticate` challenge of RFC 6750 section 3 (and of RFC 9449
//! for DPoP): the [`Challenge`] builder (`builder`), the value an error
//! sends (`write`), and an error read back from one (`read`). The header's
//! general grammar is `auth_header`'s.

mod builder;
mod read;
mod write;

pub use builder::{Challenge, ChallengeError};
