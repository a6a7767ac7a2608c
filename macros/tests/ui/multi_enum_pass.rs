// Two enums from two catalogs in one invocation, each with its own
// attributes and visibility, and a path spelt with escapes.
mod errors {
    errcat::catalog! {
        /// Errors of the token endpoint.
        #[derive(PartialOrd, Ord)]
        pub(crate) enum TokenError = "tests/ui/api.toml";
        /// Errors of billing.
        pub enum BillingError = "tests/ui/billing\u{2e}to\
                                 ml"
    }
}

use errors::{BillingError, TokenError};

fn main() {
    assert_eq!(TokenError::COUNT, 3);
    assert_eq!(BillingError::ALL, &[BillingError::CardDeclined, BillingError::RateLimited]);
    // The same code in both catalogs: each enum reads its own.
    assert_eq!(TokenError::from_code("rate_limited"), Some(TokenError::RateLimited));
    assert_eq!(BillingError::from_code("rate_limited"), Some(BillingError::RateLimited));
    assert_eq!(BillingError::RateLimited.description(), "Too many billing requests.");
    assert_eq!(TokenError::RateLimited.description(), "Too many requests.");
    assert_eq!(BillingError::from_code("invalid_token"), None);
    assert_eq!(BillingError::with_status(402), &[BillingError::CardDeclined]);
    assert!(TokenError::MalformedToken < TokenError::RateLimited);
    assert_eq!(format!("{}", BillingError::CardDeclined), "card_declined: The card was declined.");
}
