//! aide's view of errcat's errors (feature `aide`):
//! `cargo test -p errcat --features aide --test openapi_aide`. The
//! responses aide infers from a handler's return type, checked against the
//! body errcat really sends (`openapi/expected.rs`), for the full enum, a
//! subset, `Error<C>`, `Problem<C>` and a `Result` of them.

#[path = "openapi/expected.rs"]
mod expected;

use std::collections::BTreeMap;

use aide::OperationOutput;
use aide::generate::in_context;
use aide::openapi::Operation;
use errcat::openapi::Problem;
use errcat::{BodyFormat, Error};
use expected::{TestError, TokenError};
use serde_json::{Value, json};

/// The responses aide infers for a handler returning `O`, serialized,
/// keyed by status (`None` for aide's default response).
fn inferred<O: OperationOutput>() -> BTreeMap<Option<u16>, Value> {
    in_context(|context| O::inferred_responses(context, &mut Operation::default()))
        .into_iter()
        .map(|(status, response)| (status, serde_json::to_value(response).expect("serialize")))
        .collect()
}

/// The error responses among `inferred`, keyed by status.
fn errors(inferred: &BTreeMap<Option<u16>, Value>) -> BTreeMap<u16, Value> {
    inferred
        .iter()
        .filter_map(|(status, response)| {
            status
                .filter(|status| *status >= 400)
                .map(|status| (status, response.clone()))
        })
        .collect()
}

#[test]
fn a_subset_infers_exactly_its_statuses_with_one_example_per_code() {
    let inferred = inferred::<TokenError>();
    assert_eq!(
        inferred.keys().copied().collect::<Vec<_>>(),
        [Some(400), Some(401), Some(500)]
    );
    expected::check_responses::<TokenError>(&errors(&inferred), BodyFormat::OAuth);
    let examples = &inferred[&Some(400)]["content"]["application/json"]["examples"];
    assert_eq!(
        examples
            .as_object()
            .expect("examples")
            .keys()
            .collect::<Vec<_>>(),
        ["invalid_grant", "invalid_request"]
    );
}

#[test]
fn the_full_enum_and_its_error_infer_the_same() {
    let inferred = inferred::<Error<TestError>>();
    assert_eq!(inferred, self::inferred::<TestError>());
    expected::check_responses::<TestError>(&errors(&inferred), BodyFormat::OAuth);
}

#[test]
fn a_result_adds_the_error_statuses_to_the_success() {
    let inferred = inferred::<Result<String, Error<TokenError>>>();
    assert_eq!(
        inferred.keys().copied().collect::<Vec<_>>(),
        [Some(200), Some(400), Some(401), Some(500)]
    );
    expected::check_responses::<TokenError>(&errors(&inferred), BodyFormat::OAuth);
}

#[test]
fn a_problem_infers_problem_json() {
    let inferred = inferred::<Problem<TestError>>();
    expected::check_responses::<TestError>(&errors(&inferred), BodyFormat::Problem);
    assert_eq!(
        inferred[&Some(401)]["content"]["application/problem+json"]["examples"]["invalid_token"]["value"],
        json!({
            "type": "about:blank",
            "title": "Unauthorized",
            "status": 401,
            "detail": "The token expired. Obtain a new access token.",
            "error": "invalid_token",
        })
    );
}
