//! Every part of the v2 format, from outside the errcat workspace.

use errcat::{Error, ErrorCode, Expose, NotInSubset};
use errcat_catalog_v2_check::{ChargeError, PaymentError, legacy_refusal};

// Every accessor is a `const fn`: built-in, declared of each type, and the
// OAuth form of the text.
const RETRYABLE: bool = PaymentError::RateLimited.retryable();
const NOT_RETRYABLE: bool = PaymentError::CardDeclined.retryable();
const GRPC: &str = PaymentError::Unauthenticated.grpc();
const RETRY_AFTER: Option<i64> = PaymentError::RateLimited.retry_after();
const NO_RETRY_AFTER: Option<i64> = PaymentError::CardDeclined.retry_after();
// Neither a default nor `required`: an `Option`.
const ENDPOINTS: Option<&[&str]> = PaymentError::RateLimited.endpoints();
const NO_ENDPOINTS: Option<&[&str]> = PaymentError::Unauthenticated.endpoints();
const DESCRIPTION: &str = PaymentError::CardDeclined.description();
const OAUTH_DESCRIPTION: &str = PaymentError::CardDeclined.oauth_description();
const CHARGE_STATUS: u16 = ChargeError::RateLimited.status();
const CHARGE_GRPC: &str = ChargeError::CardDeclined.grpc();
const TO_FULL: PaymentError = ChargeError::RateLimited.to_full();
const FROM_FULL: Option<ChargeError> = ChargeError::from_full(PaymentError::Unauthenticated);

#[test]
fn declared_fields_in_const_context() {
    assert!(RETRYABLE);
    assert!(!NOT_RETRYABLE);
    assert_eq!(GRPC, "UNAUTHENTICATED");
    assert_eq!(RETRY_AFTER, Some(30));
    assert_eq!(NO_RETRY_AFTER, None);
    assert_eq!(ENDPOINTS, Some(&["/charges", "/refunds"][..]));
    assert_eq!(NO_ENDPOINTS, None);
    assert_eq!(CHARGE_STATUS, 429);
    assert_eq!(CHARGE_GRPC, "INVALID_ARGUMENT");
}

#[test]
fn unicode_text_is_kept_and_its_oauth_form_is_nqschar() {
    assert_eq!(DESCRIPTION, "La carte a été refusée.");
    assert_eq!(OAUTH_DESCRIPTION, "La carte a %C3%A9t%C3%A9 refus%C3%A9e.");
    assert_eq!(
        PaymentError::Unauthenticated.description(),
        "認証が必要です。"
    );
}

#[test]
fn the_subset_holds_the_tagged_codes_in_file_order() {
    #[allow(deprecated)] // the deprecated code is one of the subset's
    let expected = [
        ChargeError::CardDeclined,
        ChargeError::CardRefused,
        ChargeError::RateLimited,
    ];
    assert_eq!(ChargeError::ALL, expected);
    assert_eq!(ChargeError::COUNT, 3);
    assert_eq!(ChargeError::from_code("unauthenticated"), None);
    assert_eq!(
        ChargeError::from_code("rate_limited"),
        Some(ChargeError::RateLimited)
    );
    assert_eq!(ChargeError::with_status(402).len(), 2);
    assert!(ChargeError::with_status(401).is_empty());
}

#[test]
fn conversions_both_ways() {
    assert_eq!(TO_FULL, PaymentError::RateLimited);
    assert_eq!(FROM_FULL, None);
    for &code in ChargeError::ALL {
        let full = PaymentError::from(code);
        assert_eq!(full.code(), code.code());
        assert_eq!(ChargeError::try_from(full), Ok(code));
    }
    let refused: NotInSubset<PaymentError> = ChargeError::try_from(PaymentError::Unauthenticated)
        .expect_err("unauthenticated is not a charge error");
    assert_eq!(refused.into_inner(), PaymentError::Unauthenticated);
    assert_eq!(legacy_refusal().code(), "card_refused");
}

#[test]
fn the_french_description_on_the_wire() {
    let error = Error::from(PaymentError::CardDeclined);

    // problem+json carries the text as UTF-8.
    let problem: serde_json::Value =
        serde_json::from_str(&error.problem_json(Expose::DESCRIPTION_ONLY)).expect("JSON");
    assert_eq!(problem["detail"], "La carte a été refusée.");
    assert_eq!(problem["status"], 402);

    // The OAuth JSON body carries it NQSCHAR-safe, and one percent-decoding
    // gives it back.
    let body = error.json_body(Expose::DESCRIPTION_ONLY);
    assert!(body.is_ascii(), "{body}");
    let body: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    let description = body["error_description"].as_str().expect("a description");
    assert!(
        description
            .bytes()
            .all(|byte| matches!(byte, b' '..=b'~') && byte != b'"' && byte != b'\\'),
        "{description}"
    );
    assert_eq!(percent_decode(description), "La carte a été refusée.");
}

/// What a client does to read errcat's text: one percent-decoding.
fn percent_decode(text: &str) -> String {
    let mut bytes = Vec::new();
    let mut rest = text.as_bytes();
    while let Some((&byte, tail)) = rest.split_first() {
        if byte == b'%' {
            let hex = std::str::from_utf8(&tail[..2]).expect("two hex digits");
            bytes.push(u8::from_str_radix(hex, 16).expect("hex"));
            rest = &tail[2..];
        } else {
            bytes.push(byte);
            rest = tail;
        }
    }
    String::from_utf8(bytes).expect("UTF-8")
}

#[test]
fn generic_code_sees_the_same_catalog() {
    fn codes<C: ErrorCode>() -> Vec<&'static str> {
        C::ALL.iter().map(|code| code.code()).collect()
    }
    assert_eq!(
        codes::<PaymentError>(),
        [
            "card_declined",
            "card_refused",
            "rate_limited",
            "unauthenticated"
        ]
    );
    assert_eq!(
        codes::<ChargeError>(),
        ["card_declined", "card_refused", "rate_limited"]
    );
}
