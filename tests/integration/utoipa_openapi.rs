//! The utoipa example (`examples/utoipa_server.rs`): its OpenAPI document,
//! built by utoipa-axum from the example's router, against the responses
//! the same router really sends on an ephemeral port.
//!
//! For the token path the document must show exactly `TokenError`'s
//! statuses and the success status, each code's description as its
//! example's summary, and an `error` enum of exactly `TokenError`'s codes;
//! the bodies the token handler produces for the codes it can are its
//! examples. (`openapi_responses` compares every example of every path
//! with the body the server sends for its code, and validates the replies
//! against the document.)
//!
//! With `ERRCAT_OPENAPI_VALIDATOR` set to the `openapi-spec-validator`
//! command, the document must also pass it; CI sets
//! `ERRCAT_REQUIRE_OPENAPI_VALIDATOR=1`, so that a missing validator fails
//! rather than skips.

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;
use std::time::Duration;

use errcat::ErrorCode;
use login_errors::{ResourceError, TokenError};
use serde_json::Value;

use crate::two_servers::{AxumServer, serve_axum};

#[path = "../../examples/utoipa_server.rs"]
#[allow(dead_code)]
pub(super) mod utoipa_server;

/// The example's server on an ephemeral port; the OpenAPI document of its
/// documented routes.
struct Server {
    axum: AxumServer,
    document: Value,
}

fn start() -> Server {
    let (_, document) = utoipa_server::documented();
    let document = serde_json::to_value(document).expect("the document serializes");
    Server {
        axum: serve_axum(utoipa_server::app()),
        document,
    }
}

impl Server {
    /// One HTTP/1.1 exchange: the status and the body.
    fn request(&self, method: &str, target: &str, headers: &str, body: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(self.axum.addr).expect("connect to the example");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("set a timeout");
        let request = format!(
            "{method} {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n{headers}Content-Length: {}\r\n\r\n{body}",
            self.axum.addr,
            body.len()
        );
        stream
            .write_all(request.as_bytes())
            .expect("send the request");
        let mut reply = String::new();
        stream.read_to_string(&mut reply).expect("read the reply");
        let (head, body) = reply.split_once("\r\n\r\n").expect("a head and a body");
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|status| status.parse().ok())
            .expect("a status line");
        (status, body.to_owned())
    }

    fn post_form(&self, target: &str, form: &str) -> (u16, Value) {
        let (status, body) = self.request(
            "POST",
            target,
            "Content-Type: application/x-www-form-urlencoded\r\n",
            form,
        );
        (status, serde_json::from_str(&body).expect("a JSON body"))
    }

    fn get_json(&self, target: &str) -> (u16, Value) {
        let (status, body) = self.request("GET", target, "", "");
        (status, serde_json::from_str(&body).expect("a JSON body"))
    }
}

/// The responses of the operation `method path`.
fn responses<'a>(
    document: &'a Value,
    path: &str,
    method: &str,
) -> &'a serde_json::Map<String, Value> {
    document["paths"][path][method]["responses"]
        .as_object()
        .unwrap_or_else(|| panic!("{method} {path} has responses"))
}

fn statuses<C: ErrorCode>(success: u16) -> BTreeSet<String> {
    C::ALL
        .iter()
        .map(|code| code.status())
        .chain([success])
        .map(|status| status.to_string())
        .collect()
}

/// The wire codes of `codes`, each once, in order.
fn wire_codes<C: ErrorCode>(codes: &[C]) -> Vec<&'static str> {
    let mut wire = Vec::new();
    for code in codes {
        if !wire.contains(&code.code()) {
            wire.push(code.code());
        }
    }
    wire
}

#[test]
fn the_token_path_documents_exactly_token_errors() {
    let (_, document) = utoipa_server::documented();
    let document = serde_json::to_value(document).expect("the document serializes");
    let responses = responses(&document, "/token", "post");
    let documented: BTreeSet<String> = responses.keys().cloned().collect();
    assert_eq!(documented, statuses::<TokenError>(200));
    assert_eq!(
        documented.iter().map(String::as_str).collect::<Vec<_>>(),
        ["200", "400", "401", "500"]
    );

    for code in TokenError::ALL {
        let status = code.status();
        let response = &responses[&status.to_string()];
        let examples = response["content"]["application/json"]["examples"]
            .as_object()
            .expect("named examples");
        assert_eq!(
            examples[code.code()]["summary"],
            code.description(),
            "{code:?}"
        );
        assert_eq!(
            response["description"],
            errcat::reason_phrase(status).expect("a reason")
        );

        let schema = &response["content"]["application/json"]["schema"];
        assert_eq!(
            schema["properties"]["error"]["enum"],
            serde_json::json!(wire_codes(TokenError::ALL)),
        );
        assert_eq!(schema["required"], serde_json::json!(["error"]));
    }
    assert!(responses["401"]["headers"]["WWW-Authenticate"].is_object());
    assert!(responses["400"].get("headers").is_none());
}

#[test]
fn the_token_handler_sends_the_documented_examples() {
    let server = start();
    let examples = |status: &str| {
        responses(&server.document, "/token", "post")[status]["content"]["application/json"]["examples"].clone()
    };
    let valid = "client_id=demo-client&client_secret=demo-secret";
    let cases = [
        ("", TokenError::InvalidRequest),
        ("grant_type=password", TokenError::UnsupportedGrantType),
        (
            "grant_type=authorization_code&code=good-code",
            TokenError::InvalidClient,
        ),
        (
            &*format!("grant_type=authorization_code&code=stale&{valid}"),
            TokenError::InvalidGrant,
        ),
    ];
    for (form, code) in cases {
        let (status, body) = server.post_form("/token", form);
        assert_eq!(status, code.status(), "{form}");
        assert_eq!(
            examples(&status.to_string())[code.code()]["value"],
            body,
            "{form}"
        );
    }
    let (status, body) = server.post_form(
        "/token",
        &format!("grant_type=authorization_code&code=good-code&{valid}"),
    );
    assert_eq!(status, 200);
    assert_eq!(body["token_type"], "Bearer");
}

#[test]
fn other_paths_document_their_own_error_types() {
    let server = start();
    let userinfo = responses(&server.document, "/userinfo", "get");
    assert_eq!(
        userinfo.keys().cloned().collect::<BTreeSet<_>>(),
        statuses::<ResourceError>(200)
    );
    assert_eq!(
        userinfo["403"]["content"]["application/json"]["schema"]["properties"]["error"]["enum"],
        serde_json::json!(wire_codes(ResourceError::ALL)),
    );
    let (status, body) = server.request(
        "GET",
        "/userinfo",
        "Authorization: Bearer weak-token\r\n",
        "",
    );
    assert_eq!(status, 403);
    let body: Value = serde_json::from_str(&body).expect("a JSON body");
    assert_eq!(
        userinfo["403"]["content"]["application/json"]["examples"]["scope_not_granted"]["value"],
        body
    );

    let widget = responses(&server.document, "/api/widgets/{id}", "get");
    assert_eq!(
        widget.keys().cloned().collect::<BTreeSet<_>>(),
        statuses::<ResourceError>(200)
    );
    assert!(widget["404"]["content"].get("application/json").is_none());
    let (status, body) = server.get_json("/api/widgets/2");
    assert_eq!(status, 404);
    assert_eq!(
        widget["404"]["content"]["application/problem+json"]["examples"]["not_found"]["value"],
        body
    );

    let (status, served_document) = server.get_json("/openapi.json");
    assert_eq!(status, 200);
    // The served document is the built one; the test's `/codes` route,
    // added to the server afterwards, is not in it.
    assert_eq!(served_document, server.document);
}

#[test]
fn the_document_passes_openapi_spec_validator() {
    let (_, document) = utoipa_server::documented();
    let json = document.to_pretty_json().expect("the document serializes");
    validate(&json, "utoipa");
}

/// Has `openapi-spec-validator` (the command `ERRCAT_OPENAPI_VALIDATOR`
/// names) check the document `json`; without the variable, does nothing,
/// unless `ERRCAT_REQUIRE_OPENAPI_VALIDATOR=1` asks for the check.
pub(super) fn validate(json: &str, name: &str) {
    let Some(validator) = std::env::var_os("ERRCAT_OPENAPI_VALIDATOR") else {
        assert_ne!(
            std::env::var("ERRCAT_REQUIRE_OPENAPI_VALIDATOR").as_deref(),
            Ok("1"),
            "ERRCAT_REQUIRE_OPENAPI_VALIDATOR=1 but ERRCAT_OPENAPI_VALIDATOR is not set"
        );
        eprintln!("ERRCAT_OPENAPI_VALIDATOR is not set: the {name} document is not validated");
        return;
    };
    let path =
        std::env::temp_dir().join(format!("errcat-{name}-openapi-{}.json", std::process::id()));
    std::fs::write(&path, json).expect("write the document");
    let output = Command::new(&validator).arg(&path).output();
    let _ = std::fs::remove_file(&path);
    let output = output.unwrap_or_else(|error| panic!("run {}: {error}", validator.display()));
    assert!(
        output.status.success(),
        "openapi-spec-validator refused the {name} document:\n{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
