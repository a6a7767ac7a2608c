//! A catalog with `text = "unicode"` (French, German, Japanese text, and
//! `%`, `"`-like quotes and `\`) on every format, read as a client reads it:
//! each OAuth field is NQSCHAR and one percent-decoding, after the
//! transport's own decoding, gives the catalog text back; problem+json
//! carries the text itself.
#![cfg(feature = "serde")]

use errcat::text::{is_nqschar_text, sanitize};
use errcat::{Challenge, Error, Expose};
use proptest::prelude::*;
use proptest::sample::select;

use crate::read_back::decode_once;
use crate::wire_text::ReadBack;

errcat::catalog! { enum UnicodeError = "tests/fixtures/unicode-catalog.toml"; }

const EXPOSE_ALL: Expose = Expose {
    hint: true,
    debug: true,
};

/// The `error_description` of `code` with its hint, as the catalog has it.
fn catalog_text(code: UnicodeError) -> String {
    match code.hint() {
        Some(hint) => format!("{} {hint}", code.description()),
        None => code.description().to_owned(),
    }
}

#[test]
fn the_oauth_form_is_the_text_rule_applied_at_compile_time() {
    for &code in UnicodeError::ALL {
        assert_eq!(code.oauth_description(), sanitize(code.description()));
        assert_eq!(code.oauth_hint(), code.hint().map(sanitize).as_deref());
    }
    // Clean text is its own OAuth form: the same static string.
    let plain = UnicodeError::PlainAscii;
    assert!(core::ptr::eq(
        plain.oauth_description(),
        plain.description()
    ));
    assert_eq!(
        UnicodeError::CardDeclined.oauth_description(),
        "La carte a %C3%A9t%C3%A9 refus%C3%A9e."
    );
}

#[test]
fn oauth_fields_are_nqschar_and_decode_once_to_the_catalog_text() {
    for &code in UnicodeError::ALL {
        let error = Error::from(code);
        let read = ReadBack::of(&error, &Challenge::bearer(), Expose::default());
        let expected = catalog_text(code);
        // The JSON body, the challenge, the query and the fragment.
        for value in read.values("error_description") {
            let value = value.expect("an error_description");
            assert!(is_nqschar_text(&value), "{value:?}");
            assert_eq!(decode_once(&value), expected);
        }
        assert_eq!(
            error.error_description(Expose::default()),
            sanitize(&expected)
        );
    }
}

#[test]
fn problem_json_carries_the_text_as_utf8() {
    for &code in UnicodeError::ALL {
        let error = Error::from(code).with_uri("https://docs.example/errors");
        let problem: serde_json::Value =
            serde_json::from_str(&error.problem_json(Expose::default())).expect("JSON");
        assert_eq!(problem["title"].as_str(), Some(code.description()));
        assert_eq!(
            problem["detail"].as_str(),
            Some(catalog_text(code).as_str())
        );
    }
}

#[test]
fn the_generated_docs_and_display_show_the_text_as_written() {
    assert_eq!(
        UnicodeError::ServerError.to_string(),
        "server_error: サーバーで予期しないエラーが発生しました。"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    #[cfg_attr(miri, ignore)]
    fn catalog_text_beside_run_time_text_decodes_once(
        code in select(UnicodeError::ALL),
        debug in "\\PC{0,40}",
    ) {
        // A run-time part takes the cutting path, which writes the
        // catalog part by the same rule: one decoding still gives it all.
        let error = Error::from(code).with_debug(debug.clone());
        let read = ReadBack::of(&error, &Challenge::bearer(), EXPOSE_ALL);
        let mut expected = catalog_text(code);
        if !debug.is_empty() {
            expected.push(' ');
            expected.push_str(&debug);
        }
        for value in read.values("error_description") {
            let value = value.unwrap_or_default();
            prop_assert!(is_nqschar_text(&value), "{:?}", value);
            prop_assert_eq!(decode_once(&value), expected.as_str());
        }
        let problem: serde_json::Value =
            serde_json::from_str(&error.problem_json(EXPOSE_ALL)).expect("JSON");
        prop_assert_eq!(problem["detail"].as_str(), Some(expected.as_str()));
    }
}
