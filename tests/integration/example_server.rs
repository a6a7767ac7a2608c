//! Starts the example authorization server (`examples/auth_server.rs`) on
//! an ephemeral port and checks its real HTTP responses: status, headers
//! and body, for a representative set of codes.
//!
//! The example's router runs in this process, so the test always exercises
//! the example as it is now, never a binary left over from another build.

use std::fmt::Write as _;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use errcat::{Code, ErrorResponse};

use crate::two_servers::{AxumServer, serve_axum};
use login_errors::LoginError;

#[path = "../../examples/auth_server.rs"]
#[allow(dead_code)]
pub(crate) mod auth_server;

/// The running example; it stops when its runtime is dropped.
struct Server {
    axum: AxumServer,
}

fn start() -> Server {
    Server {
        axum: serve_axum(auth_server::app()),
    }
}

/// One HTTP/1.1 exchange: the status, the headers (names lower-cased) and
/// the body.
struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(candidate, _)| candidate == name)
            .map(|(_, value)| value.as_str())
    }
}

impl Server {
    fn request(&self, method: &str, target: &str, headers: &[(&str, &str)], body: &str) -> Reply {
        let mut stream = TcpStream::connect(self.axum.addr).expect("connect to the example");
        stream
            .set_read_timeout(Some(Duration::from_secs(30)))
            .expect("set a timeout");
        let mut request = format!(
            "{method} {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n",
            self.axum.addr
        );
        for (name, value) in headers {
            let _ = write!(request, "{name}: {value}\r\n");
        }
        if !body.is_empty() {
            let _ = write!(
                request,
                "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
                body.len()
            );
        }
        request.push_str("\r\n");
        request.push_str(body);
        stream
            .write_all(request.as_bytes())
            .expect("send the request");
        let mut raw = String::new();
        stream.read_to_string(&mut raw).expect("read the response");
        let (head, body) = raw.split_once("\r\n\r\n").expect("a head and a body");
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|line| line.split(' ').nth(1))
            .and_then(|code| code.parse().ok())
            .expect("a status line");
        let headers = lines
            .filter_map(|line| line.split_once(": "))
            .map(|(name, value)| (name.to_ascii_lowercase(), value.to_owned()))
            .collect();
        Reply {
            status,
            headers,
            body: body.to_owned(),
        }
    }
}

/// Checks an RFC 6749 JSON error reply and returns what a client reads.
fn oauth_error(reply: &Reply, status: u16, code: LoginError) -> ErrorResponse {
    assert_eq!(reply.status, status, "{}", reply.body);
    assert_eq!(reply.header("content-type"), Some("application/json"));
    assert_eq!(reply.header("cache-control"), Some("no-store"));
    assert_eq!(reply.header("pragma"), Some("no-cache"));
    let response = ErrorResponse::from_json(reply.body.as_bytes()).expect("a JSON error body");
    assert_eq!(
        response.code_with_status::<LoginError>(status),
        Code::Known(code)
    );
    response
}

#[test]
fn token_endpoint_errors() {
    let server = start();
    let reply = server.request("POST", "/token", &[], "client_id=demo-client");
    let response = oauth_error(&reply, 400, LoginError::InvalidRequest);
    assert_eq!(
        reply.body,
        r#"{"error":"invalid_request","error_description":"The request has no grant_type. Ensure the various parameters are correct, be aware of case sensitivity, and trim the parameters. Ensure that the client being used has added the specified redirect_url to its allowlist."}"#
    );
    assert!(response.state.is_none());

    let reply = server.request("POST", "/token", &[], "grant_type=password");
    oauth_error(&reply, 400, LoginError::UnsupportedGrantType);
    assert!(
        !reply.body.contains("grant_type=password"),
        "debug detail leaked: {}",
        reply.body
    );

    let reply = server.request(
        "POST",
        "/token",
        &[],
        "grant_type=authorization_code&client_id=demo-client&client_secret=wrong",
    );
    oauth_error(&reply, 401, LoginError::InvalidClient);
    assert!(
        reply.header("www-authenticate").is_some_and(
            |value| value.starts_with(r#"Basic realm="login", error="invalid_client""#)
        ),
        "{:?}",
        reply.header("www-authenticate")
    );

    let reply = server.request(
        "POST",
        "/token",
        &[],
        "grant_type=authorization_code&client_id=demo-client&client_secret=demo-secret&code=stale",
    );
    oauth_error(&reply, 400, LoginError::InvalidGrant);
}

#[test]
fn authorization_endpoint_redirects_errors_to_the_client() {
    let server = start();
    let reply = server.request(
        "GET",
        "/authorize?response_type=token&client_id=demo-client&redirect_uri=https%3A%2F%2Fclient.example%2Fcb&state=xyzxyzxyz",
        &[],
        "",
    );
    assert_eq!(reply.status, 302);
    let location = reply.header("location").expect("a redirect");
    assert!(
        location.starts_with("https://client.example/cb?error=unsupported_response_type&"),
        "{location}"
    );
    let response = ErrorResponse::from_redirect_uri(location).expect("error parameters");
    assert_eq!(
        response.code::<LoginError>(),
        Code::Known(LoginError::UnsupportedResponseType)
    );
    assert_eq!(response.state.as_deref(), Some("xyzxyzxyz"));
    assert_eq!(response.iss.as_deref(), Some("https://login.example"));

    let reply = server.request(
        "GET",
        "/authorize?response_type=code&client_id=demo-client&state=abc&response_mode=fragment",
        &[],
        "",
    );
    let location = reply.header("location").expect("a redirect");
    assert!(
        location.starts_with("https://client.example/cb#error=invalid_state&"),
        "{location}"
    );
    assert_eq!(
        ErrorResponse::from_redirect_uri(location).map(|response| response.code::<LoginError>()),
        Ok(Code::Known(LoginError::InvalidState))
    );

    // An unregistered redirect URI is never redirected to.
    let reply = server.request(
        "GET",
        "/authorize?response_type=code&client_id=demo-client&redirect_uri=https%3A%2F%2Fevil.example%2F",
        &[],
        "",
    );
    assert!(reply.header("location").is_none());
    oauth_error(&reply, 400, LoginError::InvalidRequest);
}

#[test]
fn protected_resource_challenges() {
    let server = start();
    let reply = server.request("GET", "/userinfo", &[], "");
    assert_eq!(reply.status, 401);
    assert_eq!(
        reply.header("www-authenticate"),
        Some(r#"Bearer realm="login""#)
    );

    let reply = server.request(
        "GET",
        "/userinfo",
        &[("Authorization", "Bearer stale-token")],
        "",
    );
    oauth_error(&reply, 401, LoginError::TokenExpired);
    let challenge = reply.header("www-authenticate").expect("a challenge");
    assert_eq!(
        challenge,
        r#"Bearer realm="login", scope="openid profile", error="invalid_token", error_description="The token expired. Obtain a new access token, with the refresh token or by running the authorization flow again.""#
    );
    let from_header = ErrorResponse::from_www_authenticate(challenge).expect("parses");
    assert_eq!(
        from_header.code_with_status::<LoginError>(401),
        Code::Known(LoginError::TokenExpired)
    );

    let reply = server.request(
        "GET",
        "/userinfo",
        &[("Authorization", "Bearer weak-token")],
        "",
    );
    oauth_error(&reply, 403, LoginError::ScopeNotGranted);
    assert!(
        reply
            .header("www-authenticate")
            .is_some_and(|value| value.contains(r#"error="scope_not_granted""#))
    );

    let reply = server.request(
        "GET",
        "/userinfo",
        &[("Authorization", "Bearer good-token")],
        "",
    );
    assert_eq!(
        (reply.status, reply.body.as_str()),
        (200, r#"{"sub":"alice"}"#)
    );
}

#[test]
fn problem_details_and_unavailability() {
    let server = start();
    let reply = server.request("GET", "/api/widgets/42", &[], "");
    assert_eq!(reply.status, 404);
    assert_eq!(
        reply.header("content-type"),
        Some("application/problem+json")
    );
    assert_eq!(
        reply.body,
        r#"{"type":"https://login.example/docs/errors#not_found","title":"Could not find the requested resource(s).","status":404,"detail":"There is no widget 42. Check the identifier and the URL of the requested resource.","error":"not_found"}"#
    );

    let reply = server.request("GET", "/status", &[], "");
    oauth_error(&reply, 503, LoginError::TemporarilyUnavailable);
    assert!(
        !reply.body.contains("02:00"),
        "debug detail leaked: {}",
        reply.body
    );
}
