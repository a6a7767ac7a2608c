// Deprecated codes cost nothing to code that does not name them: the enum,
// its tables, its impls, the user's derives and the serde, http and axum
// integrations compile clean under `deny(warnings)`.
#![deny(warnings)]

use errcat::ErrorCode;

mod errors {
    errcat::catalog! {
        /// Errors with deprecated codes.
        #[derive(PartialOrd, Ord)]
        pub enum Catalog = "tests/ui/deprecated.toml";
    }
}

use errors::Catalog;

fn main() {
    assert_eq!(Catalog::ALL.len(), 3);
    let revoked = Catalog::from_code("token_revoked").expect("a catalog code");
    assert_eq!(revoked.to_string(), "token_revoked: The token was revoked.");
    assert_eq!(format!("{revoked:?}"), "TokenRevoked");
    assert_eq!(revoked.status(), 401);
    assert_eq!(<Catalog as ErrorCode>::with_status(401).len(), 2);
    assert_eq!(serde_json::to_string(&revoked).expect("serializes"), "\"token_revoked\"");
    let back: Catalog = serde_json::from_str("\"legacy_error\"").expect("deserializes");
    assert_eq!(back.code(), "legacy_error");
    assert!(Catalog::ALL[0] < back);
}
