//! The responses errcat sends, validated against `errcat render --format
//! openapi` by a real OpenAPI response validator (openapi-core): every
//! code of the Login catalog, its subset enums and the catalog whose text
//! the wire encodes, in both body formats, set as each [`Variant`] says
//! (the code alone, with `state`, with an absolute or a relative
//! `error_uri`, with run-time text and debug detail exposed, all of it at
//! once and cut).
//!
//! The document holds components only; as an API's own document does, the
//! test adds a path per response component that `$ref`s it
//! (`GET /Error400.token` answers with `#/components/responses/Error400.token`),
//! and validates each response against the component of its status and
//! format, for the whole catalog (`LoginError`) or for its tag (the subset
//! enums). The responses are the runtime's `http_response`, the neutral
//! response every integration sends as it is (`actix_axum_parity` checks
//! that over HTTP).

#[path = "../../../tests/openapi/response_validation.rs"]
mod response_validation;

use errcat::{BodyFormat, ErrorCode};
use login_errors::{AuthorizeError, LoginError, ResourceError, TokenError};
use serde_json::{Map, Value, json};

use self::response_validation::{Check, FORMATS, Variant, case_name};
use super::openapi::{UNICODE, catalog, document, keys, suffix};
use super::openapi_runtime::UnicodeError;
use super::repo_root;

/// `render --format openapi` of `path`, with a path per response
/// component: `/NAME`, whose `GET` answers with the component at its
/// status.
fn api_document(path: &str) -> Value {
    let mut doc = document(path);
    let mut paths = Map::new();
    for name in keys(&doc["components"]["responses"]) {
        let status: String = name
            .trim_start_matches(char::is_alphabetic)
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        assert_eq!(status.len(), 3, "{name}");
        paths.insert(
            format!("/{name}"),
            json!({ "get": { "responses": {
                status: { "$ref": format!("#/components/responses/{name}") },
            } } }),
        );
    }
    doc["paths"] = Value::Object(paths);
    doc
}

/// The checks of every response to a code of `C` against the document
/// `document`: in every format and variant, against the components of
/// each group `groups(index)` names for `C::ALL[index]` (`None` for the
/// whole catalog's, else a tag's).
fn checks<C: ErrorCode>(
    document: &'static str,
    enum_name: &str,
    groups: impl Fn(usize) -> Vec<Option<String>>,
) -> Vec<Check> {
    let mut checks = Vec::new();
    for (index, &code) in C::ALL.iter().enumerate() {
        for format in FORMATS {
            let body = match format {
                BodyFormat::OAuth => "Error",
                BodyFormat::Problem => "Problem",
            };
            for variant in Variant::ALL {
                let response = variant.answer(code, format);
                let headers: Vec<(String, String)> = response
                    .headers()
                    .iter()
                    .map(|(name, value)| ((*name).to_owned(), value.clone()))
                    .collect();
                for group in groups(index) {
                    checks.push(Check {
                        document,
                        method: "get",
                        path: format!("/{body}{}{}", response.status(), suffix(group.as_deref())),
                        case: case_name(enum_name, code, format, variant),
                        status: response.status(),
                        headers: headers.clone(),
                        body: response.body().to_owned(),
                    });
                }
            }
        }
    }
    checks
}

/// The groups of a subset enum's codes: its tag's.
fn tag(tag: &'static str) -> impl Fn(usize) -> Vec<Option<String>> {
    move |_| vec![Some(tag.to_owned())]
}

#[test]
fn every_response_validates_against_the_rendered_document() {
    let login = api_document("error-codes.toml");
    let unicode = api_document(UNICODE);
    let mut all = checks::<LoginError>("login", "LoginError", |_| vec![None]);
    all.extend(checks::<AuthorizeError>(
        "login",
        "AuthorizeError",
        tag("authorize"),
    ));
    all.extend(checks::<TokenError>("login", "TokenError", tag("token")));
    all.extend(checks::<ResourceError>(
        "login",
        "ResourceError",
        tag("resource"),
    ));
    // The fixture has no subset enums: each of its entries is checked
    // against the whole catalog's components and each of its tags'.
    let fixture = catalog(UNICODE);
    all.extend(checks::<UnicodeError>("unicode", "UnicodeError", |index| {
        let tags = fixture.entries[index].tags.iter().cloned().map(Some);
        [None].into_iter().chain(tags).collect()
    }));

    let responses = (LoginError::ALL.len()
        + AuthorizeError::ALL.len()
        + TokenError::ALL.len()
        + ResourceError::ALL.len())
        * FORMATS.len()
        * Variant::ALL.len();
    assert!(all.len() > responses, "{}", all.len());
    response_validation::validate(
        &repo_root(),
        &[("login", &login), ("unicode", &unicode)],
        &all,
    );
}
