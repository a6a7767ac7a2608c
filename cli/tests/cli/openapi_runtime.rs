//! The examples of `render --format openapi` are what errcat sends: for
//! every code of the Login catalog and of a catalog whose text the wire
//! must encode, every named example of every response (the whole
//! catalog's and each tag's, both formats) and every `WWW-Authenticate`
//! example equal those of the runtime's `http_response` with the default
//! options, byte for byte, and each response has an example for exactly
//! the codes of its status. `openapi_responses.rs` validates the
//! responses errcat sends with other options against the same document.

use errcat::{BodyFormat, Error, ErrorCode, HttpResponse, ResponseOptions};
use serde_json::Value;

use super::openapi::{
    UNICODE, catalog, distinct_codes, document, keys, selected, statuses, suffix, tags,
};

errcat::catalog! {
    /// The catalog of `openapi::UNICODE`.
    pub(super) enum UnicodeError = "tests/fixtures/openapi/unicode.toml";
}

/// Compares the document of `path` with the responses of `C`, whose
/// variants are the catalog's entries in file order: every response of
/// the document, for the whole catalog and for each tag, in both formats.
fn examples_are_the_runtime_bodies<C: ErrorCode>(path: &str) {
    let catalog = catalog(path);
    let doc = document(path);
    let responses = &doc["components"]["responses"];
    assert_eq!(C::ALL.len(), catalog.entries.len());
    for (variant, entry) in C::ALL.iter().zip(&catalog.entries) {
        assert_eq!(variant.code(), entry.code);
    }
    let groups = [None]
        .into_iter()
        .chain(tags(&catalog).into_iter().map(Some));
    let mut compared = 0;
    for tag in groups {
        let entries = selected(&catalog, tag.as_deref());
        for status in statuses(&entries) {
            let at_status: Vec<_> = entries
                .iter()
                .copied()
                .filter(|entry| entry.status == status)
                .collect();
            for (body, format) in [
                ("Error", BodyFormat::OAuth),
                ("Problem", BodyFormat::Problem),
            ] {
                let name = format!("{body}{status}{}", suffix(tag.as_deref()));
                let options = ResponseOptions {
                    format,
                    ..ResponseOptions::default()
                };
                let response = &responses[&name];
                let media_type = match format {
                    BodyFormat::OAuth => "application/json",
                    BodyFormat::Problem => "application/problem+json",
                };
                let examples = &response["content"][media_type]["examples"];
                assert_eq!(keys(examples), distinct_codes(&at_status), "{path}: {name}");
                if status == 401 {
                    let challenges = &response["headers"]["WWW-Authenticate"]["examples"];
                    assert_eq!(
                        keys(challenges),
                        distinct_codes(&at_status),
                        "{path}: {name}"
                    );
                }
                for entry in &at_status {
                    let index = catalog
                        .entries
                        .iter()
                        .position(|candidate| std::ptr::eq(candidate, *entry))
                        .expect("an entry of the catalog");
                    let sent = Error::from(C::ALL[index]).http_response(&options);
                    let context = format!("{path}: {name} {}", entry.code);
                    assert_eq!(sent.status(), status, "{context}");
                    compare(response, media_type, &entry.code, &sent, &context);
                }
                compared += 1;
            }
        }
    }
    // Every response of the document was compared.
    assert_eq!(compared, keys(responses).len(), "{path}");
}

/// The example of `code` in `response` (its body under `media_type`, and
/// its challenge on a 401) against the response errcat `sent`, and the
/// headers every error response has.
fn compare(response: &Value, media_type: &str, code: &str, sent: &HttpResponse, context: &str) {
    assert_eq!(sent.header("content-type"), Some(media_type), "{context}");
    let example = &response["content"][media_type]["examples"][code]["value"];
    assert_eq!(
        serde_json::to_string(example).expect("JSON"),
        sent.body(),
        "{context}"
    );
    for (header, value) in [("Cache-Control", "no-store"), ("Pragma", "no-cache")] {
        assert_eq!(sent.header(header), Some(value), "{context}");
        assert_eq!(response["headers"][header]["schema"]["const"], value);
    }
    let challenge = &response["headers"]["WWW-Authenticate"]["examples"][code]["value"];
    match sent.header("www-authenticate") {
        Some(sent) => assert_eq!(challenge.as_str(), Some(sent), "{context}"),
        None => assert_eq!(challenge, &Value::Null, "{context}"),
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
