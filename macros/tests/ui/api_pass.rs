// Every item of the generated API, used as a downstream crate would.
use std::collections::HashSet;
use std::str::FromStr;

use errcat::ErrorCode;

mod errors {
    errcat::catalog! {
        /// Errors of the UI test.
        #[derive(PartialOrd, Ord)]
        pub(crate) enum Catalog = "tests/ui/api.toml";
    }
}

use errors::Catalog;

const EXPIRED_STATUS: u16 = Catalog::ExpiredToken.status();
const MALFORMED_CODE: &str = Catalog::MalformedToken.code();
const RATE_LIMIT_HINT: Option<&str> = Catalog::RateLimited.hint();
const EXPIRED_DESCRIPTION: &str = Catalog::ExpiredToken.description();
const COUNT: usize = Catalog::COUNT;

fn generic_status<C: ErrorCode>(code: C) -> u16 {
    code.status()
}

fn main() {
    assert_eq!(EXPIRED_STATUS, 401);
    assert_eq!(MALFORMED_CODE, "invalid_token");
    assert_eq!(RATE_LIMIT_HINT, Some("Wait before retrying."));
    assert_eq!(EXPIRED_DESCRIPTION, "The token expired.");
    assert_eq!(COUNT, 3);
    assert_eq!(Catalog::ExpiredToken.hint(), None);
    assert_eq!(Catalog::ALL, &[Catalog::MalformedToken, Catalog::ExpiredToken, Catalog::RateLimited]);
    assert_eq!(Catalog::from_code("invalid_token"), Some(Catalog::MalformedToken));
    assert_eq!(Catalog::from_code("rate_limited"), Some(Catalog::RateLimited));
    assert_eq!(Catalog::from_code("nope"), None);
    assert_eq!(Catalog::with_status(401), &[Catalog::ExpiredToken]);
    assert_eq!(Catalog::with_status(500), &[] as &[Catalog]);
    assert_eq!(Catalog::from_str("rate_limited"), Ok(Catalog::RateLimited));
    let unknown = "nope".parse::<Catalog>().unwrap_err();
    assert_eq!(unknown.to_string(), "unknown error code \"nope\"");
    assert_eq!(Catalog::ExpiredToken.to_string(), "invalid_token: The token expired.");
    assert_eq!(format!("{:?}", Catalog::ExpiredToken), "ExpiredToken");
    let as_error: &dyn std::error::Error = &Catalog::RateLimited;
    assert_eq!(as_error.to_string(), "rate_limited: Too many requests.");
    let set: HashSet<Catalog> = Catalog::ALL.iter().copied().collect();
    assert_eq!(set.len(), 3);
    assert!(Catalog::MalformedToken < Catalog::RateLimited);
    assert_eq!(generic_status(Catalog::RateLimited), 429);
    assert_eq!(<Catalog as ErrorCode>::ALL.len(), 3);
    assert_eq!(<Catalog as ErrorCode>::from_code("invalid_token"), Some(Catalog::MalformedToken));
    assert_eq!(<Catalog as ErrorCode>::with_status(400), &[Catalog::MalformedToken]);
}
