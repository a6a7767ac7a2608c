//! The whole generated API, from outside the errcat workspace.

use std::collections::HashSet;

use errcat::{ErrorCode, UnknownCode};
use errcat_standalone_check::PaymentError;

const DECLINED_STATUS: u16 = PaymentError::CardDeclined.status();
const DECLINED_CODE: &str = PaymentError::CardDeclinedTwice.code();
const DECLINED_DESCRIPTION: &str = PaymentError::CardDeclined.description();
const DECLINED_HINT: Option<&str> = PaymentError::CardDeclined.hint();
const TWICE_HINT: Option<&str> = PaymentError::CardDeclinedTwice.hint();
const COUNT: usize = PaymentError::COUNT;
const FIRST: PaymentError = PaymentError::ALL[0];

#[test]
fn accessors_in_const_context() {
    assert_eq!(DECLINED_STATUS, 402);
    assert_eq!(DECLINED_CODE, "card_declined");
    assert_eq!(DECLINED_DESCRIPTION, "The card was declined.");
    assert_eq!(
        DECLINED_HINT,
        Some("Ask the customer for another payment method.")
    );
    assert_eq!(TWICE_HINT, None);
    assert_eq!(COUNT, 3);
    assert_eq!(FIRST, PaymentError::CardDeclined);
}

#[test]
fn lookups() {
    assert_eq!(
        PaymentError::ALL,
        [
            PaymentError::CardDeclined,
            PaymentError::CardDeclinedTwice,
            PaymentError::RateLimited
        ]
    );
    assert_eq!(
        PaymentError::from_code("card_declined"),
        Some(PaymentError::CardDeclined)
    );
    assert_eq!(
        PaymentError::from_code("rate_limited"),
        Some(PaymentError::RateLimited)
    );
    assert_eq!(PaymentError::from_code("card_declined "), None);
    assert_eq!(
        PaymentError::with_status(409),
        [PaymentError::CardDeclinedTwice]
    );
    assert!(PaymentError::with_status(400).is_empty());
}

#[test]
fn traits() {
    assert_eq!(
        "rate_limited".parse::<PaymentError>(),
        Ok(PaymentError::RateLimited)
    );
    assert_eq!(
        "nope".parse::<PaymentError>(),
        Err(UnknownCode::new("nope"))
    );
    assert_eq!(
        PaymentError::RateLimited.to_string(),
        "rate_limited: Too many requests."
    );
    assert_eq!(
        format!("{:?}", PaymentError::CardDeclinedTwice),
        "CardDeclinedTwice"
    );
    let error: &dyn std::error::Error = &PaymentError::CardDeclined;
    assert_eq!(error.to_string(), "card_declined: The card was declined.");
    let copy = PaymentError::CardDeclined;
    let clone = Clone::clone(&copy);
    assert_eq!(copy, clone);
    let set: HashSet<PaymentError> = PaymentError::ALL.iter().copied().collect();
    assert_eq!(set.len(), 3);
    // The attribute on the invocation reached the enum.
    assert!(PaymentError::CardDeclined < PaymentError::RateLimited);
}

#[test]
fn generic_code() {
    fn describe<C: ErrorCode>(code: C) -> String {
        format!(
            "{} {} {} {:?}",
            code.status(),
            code.code(),
            code.description(),
            code.hint()
        )
    }
    assert_eq!(
        describe(PaymentError::CardDeclinedTwice),
        "409 card_declined The card was declined again for this order. None"
    );
    assert_eq!(<PaymentError as ErrorCode>::ALL.len(), 3);
    assert_eq!(
        <PaymentError as ErrorCode>::from_code("card_declined"),
        Some(PaymentError::CardDeclined)
    );
    assert_eq!(
        <PaymentError as ErrorCode>::with_status(429),
        [PaymentError::RateLimited]
    );
}
