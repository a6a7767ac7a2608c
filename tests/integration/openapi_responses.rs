//! Real replies against the OpenAPI documents of the Rust integrations,
//! validated by a real OpenAPI response validator (openapi-core), and
//! every named example of those documents against the reply it shows.
//!
//! The utoipa example server (`examples/utoipa_server.rs`) is served on an
//! ephemeral port with one more route, which answers with any code of any
//! enum of the Login catalog (`LoginError` and its subsets) in either
//! body format, set as each [`Variant`] says: the code alone, with
//! `state`, with an absolute or a relative `error_uri`, with run-time text
//! and debug detail exposed, and all of it at once, cut. Every reply is
//! validated against each operation documenting its enum and format:
//!
//! - the example's own document (utoipa-axum, `#[utoipa::path]`): `POST
//!   /token` (`Error<TokenError>`), `GET /userinfo` (`Error<ResourceError>`)
//!   and `GET /api/widgets/{id}` (`Problem<ResourceError>`);
//! - a utoipa document of every enum's `IntoResponses`, as the enum, as
//!   `Error<_>` and as `Problem<_>`;
//! - the aide router of `aide_openapi`, which documents the same.
//!
//! The validator is `tests/openapi/validate_responses.py`, run by the
//! interpreter `ERRCAT_OPENAPI_CORE` names (`../openapi/response_validation.rs`
//! says how, and when a missing one fails the test).

#[path = "../openapi/response_validation.rs"]
mod response_validation;

use std::collections::BTreeMap;
use std::path::Path;

use axum::response::{IntoResponse, Response};
use axum::routing::get;
use errcat::openapi::Problem;
use errcat::{BodyFormat, Error, ErrorCode};
use login_errors::{AuthorizeError, LoginError, ResourceError, TokenError};
use serde_json::Value;
use utoipa::IntoResponses;
use utoipa::openapi::path::{HttpMethod, OperationBuilder, PathItem, PathsBuilder};
use utoipa::openapi::response::ResponsesBuilder;
use utoipa::openapi::{Info, OpenApiBuilder};

use self::response_validation::{Check, FORMATS, Variant, case_name, format_name};
use super::two_servers::{RawReply, exchange, serve_axum};
use super::utoipa_openapi::utoipa_server;

/// The names of the enums, as the documents' paths and the cases say them.
const ENUMS: [&str; 4] = [
    "LoginError",
    "AuthorizeError",
    "TokenError",
    "ResourceError",
];

/// `GET /answers/{format}/{variant}/{index}` under `/answers/ENUM`: the
/// reply to `C::ALL[index]` in `FORMATS[format]`, set as
/// `Variant::ALL[variant]` says. The code alone is answered as a handler
/// returning `Error<C>` or `Problem<C>` answers, through its
/// `IntoResponse`; the other variants through the `HttpResponse` of their
/// options.
async fn answer<C: ErrorCode>(
    axum::extract::Path((format, variant, index)): axum::extract::Path<(usize, usize, usize)>,
) -> Response {
    let (code, format, variant) = (C::ALL[index], FORMATS[format], Variant::ALL[variant]);
    match (variant, format) {
        (Variant::Catalog, BodyFormat::OAuth) => Error::from(code).into_response(),
        (Variant::Catalog, BodyFormat::Problem) => Problem::from(code).into_response(),
        _ => variant.answer(code, format).into_response(),
    }
}

/// One reply of the server.
struct Reply {
    enum_name: &'static str,
    code: &'static str,
    format: BodyFormat,
    variant: Variant,
    case: String,
    raw: RawReply,
}

impl Reply {
    fn status(&self) -> u16 {
        self.raw
            .status_line
            .split(' ')
            .nth(1)
            .and_then(|status| status.parse().ok())
            .unwrap_or_else(|| panic!("{}: a status line", self.case))
    }

    fn body(&self) -> String {
        String::from_utf8(self.raw.body.clone())
            .unwrap_or_else(|_| panic!("{}: a UTF-8 body", self.case))
    }
}

/// Every reply to a code of `C`, in every format and variant.
fn replies<C: ErrorCode>(addr: std::net::SocketAddr, enum_name: &'static str) -> Vec<Reply> {
    let mut replies = Vec::new();
    for (format_index, &format) in FORMATS.iter().enumerate() {
        for (variant_index, &variant) in Variant::ALL.iter().enumerate() {
            for (index, &code) in C::ALL.iter().enumerate() {
                let target = format!("/answers/{enum_name}/{format_index}/{variant_index}/{index}");
                replies.push(Reply {
                    enum_name,
                    code: code.code(),
                    format,
                    variant,
                    case: case_name(enum_name, code, format, variant),
                    raw: exchange(addr, "GET", &target, ""),
                });
            }
        }
    }
    replies
}

/// An operation of a document that documents the errors of an enum in a
/// format: where the reply of such an error must validate.
struct Operation {
    document: &'static str,
    method: &'static str,
    /// The path as the document has it.
    path: String,
    /// A request path the path matches.
    target: String,
    enum_name: &'static str,
    format: BodyFormat,
}

fn operation(
    document: &'static str,
    method: &'static str,
    path: &str,
    enum_name: &'static str,
    format: BodyFormat,
) -> Operation {
    Operation {
        document,
        method,
        path: path.to_owned(),
        target: path.replace("{id}", "2"),
        enum_name,
        format,
    }
}

/// The operations of the three documents.
fn operations() -> Vec<Operation> {
    let mut operations = vec![
        operation(
            "utoipa example",
            "post",
            "/token",
            "TokenError",
            BodyFormat::OAuth,
        ),
        operation(
            "utoipa example",
            "get",
            "/userinfo",
            "ResourceError",
            BodyFormat::OAuth,
        ),
        operation(
            "utoipa example",
            "get",
            "/api/widgets/{id}",
            "ResourceError",
            BodyFormat::Problem,
        ),
        operation("aide", "post", "/token", "TokenError", BodyFormat::OAuth),
        operation(
            "aide",
            "get",
            "/widget",
            "ResourceError",
            BodyFormat::Problem,
        ),
    ];
    for document in ["utoipa", "aide"] {
        for enum_name in ENUMS {
            for (form, format) in [
                ("code", BodyFormat::OAuth),
                ("oauth", BodyFormat::OAuth),
                ("problem", BodyFormat::Problem),
            ] {
                let path = format!("/{enum_name}/{form}");
                operations.push(operation(document, "get", &path, enum_name, format));
            }
        }
    }
    operations
}

/// utoipa's responses of `C` as the enum, as `Error<C>` and as
/// `Problem<C>`, at `/NAME/code`, `/NAME/oauth` and `/NAME/problem`.
fn utoipa_paths<C>(paths: PathsBuilder, name: &str) -> PathsBuilder
where
    C: ErrorCode + IntoResponses,
{
    fn item<R: IntoResponses>() -> PathItem {
        let responses = ResponsesBuilder::new()
            .responses_from_into_responses::<R>()
            .build();
        PathItem::new(
            HttpMethod::Get,
            OperationBuilder::new().responses(responses).build(),
        )
    }
    paths
        .path(format!("/{name}/code"), item::<C>())
        .path(format!("/{name}/oauth"), item::<Error<C>>())
        .path(format!("/{name}/problem"), item::<Problem<C>>())
}

/// The utoipa document of every enum in every form.
fn utoipa_document() -> Value {
    let paths = PathsBuilder::new();
    let paths = utoipa_paths::<LoginError>(paths, "LoginError");
    let paths = utoipa_paths::<AuthorizeError>(paths, "AuthorizeError");
    let paths = utoipa_paths::<TokenError>(paths, "TokenError");
    let paths = utoipa_paths::<ResourceError>(paths, "ResourceError");
    let document = OpenApiBuilder::new()
        .info(Info::new("errcat utoipa responses", "0.1.0"))
        .paths(paths.build())
        .build();
    serde_json::to_value(document).expect("the document serializes")
}

/// Every reply of the example server with its answering route.
fn serve_and_collect() -> Vec<Reply> {
    let router = utoipa_server::app()
        .route(
            "/answers/LoginError/{format}/{variant}/{index}",
            get(answer::<LoginError>),
        )
        .route(
            "/answers/AuthorizeError/{format}/{variant}/{index}",
            get(answer::<AuthorizeError>),
        )
        .route(
            "/answers/TokenError/{format}/{variant}/{index}",
            get(answer::<TokenError>),
        )
        .route(
            "/answers/ResourceError/{format}/{variant}/{index}",
            get(answer::<ResourceError>),
        );
    let server = serve_axum(router);
    let mut all = replies::<LoginError>(server.addr, "LoginError");
    all.extend(replies::<AuthorizeError>(server.addr, "AuthorizeError"));
    all.extend(replies::<TokenError>(server.addr, "TokenError"));
    all.extend(replies::<ResourceError>(server.addr, "ResourceError"));
    all
}

/// The bodies of the replies with the default options (the documents'
/// examples), by enum, format and status, then by code: the first entry's
/// when a code appears twice at one status, as the documents keep it.
type Examples = BTreeMap<(&'static str, &'static str, u16), BTreeMap<&'static str, Value>>;

fn catalog_bodies(replies: &[Reply]) -> Examples {
    let mut bodies = Examples::new();
    for reply in replies
        .iter()
        .filter(|reply| reply.variant == Variant::Catalog)
    {
        let key = (reply.enum_name, format_name(reply.format), reply.status());
        let body: Value = serde_json::from_str(&reply.body())
            .unwrap_or_else(|error| panic!("{}: a JSON body: {error}", reply.case));
        bodies
            .entry(key)
            .or_default()
            .entry(reply.code)
            .or_insert(body);
    }
    bodies
}

/// Every error response of `operation` in `document`: exactly the
/// statuses of its enum, each with one named example per code at that
/// status, whose value is the body the server sent for the code.
fn check_examples(document: &Value, operation: &Operation, bodies: &Examples) {
    let context = format!(
        "{} {} {}",
        operation.document,
        operation.method.to_uppercase(),
        operation.path
    );
    let responses = document["paths"][&operation.path][operation.method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{context}: responses"));
    let format = format_name(operation.format);
    let expected: Vec<String> = bodies
        .keys()
        .filter(|(enum_name, body, _)| *enum_name == operation.enum_name && *body == format)
        .map(|(_, _, status)| status.to_string())
        .collect();
    let documented: Vec<String> = responses
        .keys()
        .filter(|status| !status.starts_with('2'))
        .cloned()
        .collect();
    assert_eq!(documented, expected, "{context}");
    let content_type = match operation.format {
        BodyFormat::OAuth => "application/json",
        BodyFormat::Problem => "application/problem+json",
    };
    for status in &documented {
        let sent = &bodies[&(
            operation.enum_name,
            format,
            status.parse().expect("a status"),
        )];
        let examples = responses[status]["content"][content_type]["examples"]
            .as_object()
            .unwrap_or_else(|| panic!("{context} {status}: examples"));
        assert_eq!(
            examples.keys().map(String::as_str).collect::<Vec<_>>(),
            sent.keys().copied().collect::<Vec<_>>(),
            "{context} {status}"
        );
        for (code, body) in sent {
            assert_eq!(&examples[*code]["value"], body, "{context} {status} {code}");
        }
    }
}

#[test]
fn every_reply_validates_against_every_document_of_its_error_type() {
    let replies = serve_and_collect();
    let (_, example) = utoipa_server::documented();
    let example = serde_json::to_value(example).expect("the document serializes");
    let utoipa = utoipa_document();
    let aide = super::aide_openapi::document();
    let documents = [
        ("utoipa example", &example),
        ("utoipa", &utoipa),
        ("aide", &aide),
    ];
    let operations = operations();

    let bodies = catalog_bodies(&replies);
    for operation in &operations {
        let (_, document) = documents
            .iter()
            .find(|(name, _)| *name == operation.document)
            .expect("a document of the operation");
        check_examples(document, operation, &bodies);
    }

    let mut checks = Vec::new();
    for reply in &replies {
        for operation in operations
            .iter()
            .filter(|operation| operation.enum_name == reply.enum_name)
            .filter(|operation| operation.format == reply.format)
        {
            checks.push(Check {
                document: operation.document,
                method: operation.method,
                path: operation.target.clone(),
                case: reply.case.clone(),
                status: reply.status(),
                headers: reply.raw.headers.clone(),
                body: reply.body(),
            });
        }
    }
    // Each code of each enum, in both formats and every variant; each
    // reply against the two generated documents at least: an RFC 6749
    // reply against the enum's and `Error<_>`'s operations of each, a
    // problem+json one against `Problem<_>`'s.
    let cases: usize = [
        LoginError::ALL.len(),
        AuthorizeError::ALL.len(),
        TokenError::ALL.len(),
        ResourceError::ALL.len(),
    ]
    .iter()
    .sum::<usize>()
        * Variant::ALL.len();
    assert_eq!(replies.len(), cases * FORMATS.len());
    assert!(checks.len() >= cases * (4 + 2), "{}", checks.len());
    response_validation::validate(Path::new(env!("CARGO_MANIFEST_DIR")), &documents, &checks);
}
