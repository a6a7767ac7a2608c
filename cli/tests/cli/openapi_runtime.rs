//! The examples of `render --format openapi` are what errcat sends: for
//! every code of the Login catalog and of a catalog whose text the wire
//! must encode, the CLI's example bodies (both formats) and `WWW-Authenticate`
//! values equal those of the runtime's `http_response` with the default
//! options, byte for byte.

use errcat::{BodyFormat, Error, ErrorCode, ResponseOptions};
use serde_json::Value;

use super::openapi::{UNICODE, catalog, document};

errcat::catalog! {
    /// The catalog of `openapi::UNICODE`.
    enum UnicodeError = "tests/fixtures/openapi/unicode.toml";
}

/// Compares the document of `path` with the responses of `C`, whose
/// variants are the catalog's entries in file order.
fn examples_are_the_runtime_bodies<C: ErrorCode>(path: &str) {
    let catalog = catalog(path);
    let doc = document(path);
    let responses = &doc["components"]["responses"];
    assert_eq!(C::ALL.len(), catalog.entries.len());
    let problem_options = ResponseOptions {
        format: BodyFormat::Problem,
        ..ResponseOptions::default()
    };
    for (&variant, entry) in C::ALL.iter().zip(&catalog.entries) {
        assert_eq!(variant.code(), entry.code);
        let code = &entry.code;
        let status = entry.status;
        for (body, media_type, options) in [
            ("Error", "application/json", ResponseOptions::default()),
            (
                "Problem",
                "application/problem+json",
                problem_options.clone(),
            ),
        ] {
            let sent = Error::from(variant).http_response(&options);
            assert_eq!(sent.status(), status);
            assert_eq!(sent.header("content-type"), Some(media_type));
            let response = &responses[format!("{body}{status}")];
            let example = &response["content"][media_type]["examples"][code]["value"];
            assert_eq!(
                serde_json::to_string(example).expect("JSON"),
                sent.body(),
                "{path}: {body}{status} {code}"
            );
            for (header, value) in [("Cache-Control", "no-store"), ("Pragma", "no-cache")] {
                assert_eq!(sent.header(header), Some(value));
                assert_eq!(response["headers"][header]["schema"]["const"], value);
            }
            let challenge = &response["headers"]["WWW-Authenticate"]["examples"][code]["value"];
            match sent.header("www-authenticate") {
                Some(sent) => assert_eq!(challenge.as_str(), Some(sent), "{path}: {code}"),
                None => assert_eq!(challenge, &Value::Null),
            }
        }
    }
}

#[test]
fn the_login_examples_are_the_runtime_bodies() {
    examples_are_the_runtime_bodies::<login_errors::LoginError>("error-codes.toml");
}

#[test]
fn encoded_text_examples_are_the_runtime_bodies() {
    examples_are_the_runtime_bodies::<UnicodeError>(UNICODE);
}

/// Each tag's code enum is the codes of the enum `catalog!` generates for
/// that tag, in the same order.
#[test]
fn a_tag_enum_holds_the_codes_of_the_generated_subset() {
    fn codes<C: ErrorCode>() -> Vec<&'static str> {
        let mut codes: Vec<&'static str> = Vec::new();
        for code in C::ALL.iter().map(|variant| variant.code()) {
            if !codes.contains(&code) {
                codes.push(code);
            }
        }
        codes
    }
    let doc = document("error-codes.toml");
    let schemas = &doc["components"]["schemas"];
    for (tag, subset) in [
        ("authorize", codes::<login_errors::AuthorizeError>()),
        ("token", codes::<login_errors::TokenError>()),
        ("resource", codes::<login_errors::ResourceError>()),
    ] {
        assert_eq!(
            schemas[format!("ErrorCode.{tag}")]["enum"],
            serde_json::json!(subset),
            "{tag}"
        );
    }
    assert_eq!(
        schemas["ErrorCode"]["enum"],
        serde_json::json!(codes::<login_errors::LoginError>())
    );
}
