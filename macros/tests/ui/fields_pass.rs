//! Every kind of declared-field accessor, in `const` context; the
//! generated tables and accessors add no warning.
#![deny(warnings, missing_docs)]

errcat::catalog! {
    /// Errors with declared fields.
    pub enum Catalog = "tests/ui/fields.toml";
}

const RETRYABLE: bool = Catalog::Unavailable.retryable();
const NOT_RETRYABLE: bool = Catalog::InvalidArgument.retryable();
const GRPC: &str = Catalog::Unauthenticated.grpc();
const ATTEMPTS: Option<i64> = Catalog::InvalidArgument.attempts();
const NO_ATTEMPTS: Option<i64> = Catalog::Unauthenticated.attempts();
const MOST_ATTEMPTS: Option<i64> = Catalog::Unavailable.attempts();
const SCOPES: &[&str] = Catalog::InvalidArgument.scopes();
const DEFAULT_SCOPES: &[&str] = Catalog::Unauthenticated.scopes();
const OWNER: Option<&str> = Catalog::InvalidArgument.owner();
const NO_OWNER: Option<&str> = Catalog::Unavailable.owner();
const AUDIT: Option<bool> = Catalog::Unauthenticated.audit();
const NO_AUDIT: Option<bool> = Catalog::Unavailable.audit();
const LABELS: Option<&[&str]> = Catalog::Unavailable.labels();
const EMPTY_LABELS: Option<&[&str]> = Catalog::Unauthenticated.labels();
const NO_LABELS: Option<&[&str]> = Catalog::InvalidArgument.labels();

fn main() {
    assert!(RETRYABLE);
    assert!(!NOT_RETRYABLE);
    assert_eq!(GRPC, "UNAUTHENTICATED");
    assert_eq!(Catalog::InvalidArgument.grpc(), "INVALID_ARGUMENT");
    assert_eq!(ATTEMPTS, Some(3));
    assert_eq!(NO_ATTEMPTS, None);
    assert_eq!(MOST_ATTEMPTS, Some(i64::MIN));
    assert_eq!(SCOPES, ["read", "write"]);
    assert_eq!(DEFAULT_SCOPES, [] as [&str; 0]);
    assert_eq!(Catalog::Unavailable.scopes(), ["admin"]);
    assert_eq!(OWNER, Some("api"));
    assert_eq!(NO_OWNER, None);
    assert_eq!(AUDIT, Some(true));
    assert_eq!(NO_AUDIT, None);
    assert_eq!(LABELS, Some(&["ops", "paging"][..]));
    assert_eq!(EMPTY_LABELS, Some(&[][..]));
    assert_eq!(NO_LABELS, None);
}
