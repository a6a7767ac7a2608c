//! The exact output of every wire format for one code of each status in
//! `LoginError`, what never reaches the wire, and reading each format back.

use crate::LoginError;
use errcat::{Challenge, Code, Error, ErrorResponse, Expose, RedirectOptions, ResponseMode};

// The context every case below renders: a state to echo and debug detail
// that must stay off the wire.
fn error(code: LoginError) -> Error<LoginError> {
    Error::from(code)
        .with_state("af0ifjsldkj")
        .with_debug("db down")
}

const QUERY: RedirectOptions<'static> = RedirectOptions {
    mode: ResponseMode::Query,
    issuer: Some("https://as.example"),
    expose: Expose::DESCRIPTION_ONLY,
};

const FRAGMENT: RedirectOptions<'static> = RedirectOptions {
    mode: ResponseMode::Fragment,
    issuer: None,
    expose: Expose::DESCRIPTION_ONLY,
};

const JSON_BODIES: [(LoginError, &str); 6] = [
    (
        LoginError::InvalidRequest,
        r#"{"error":"invalid_request","error_description":"The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.","state":"af0ifjsldkj"}"#,
    ),
    (
        LoginError::TokenExpired,
        r#"{"error":"invalid_token","error_description":"The token expired.","state":"af0ifjsldkj"}"#,
    ),
    (
        LoginError::AccessDenied,
        r#"{"error":"access_denied","error_description":"The resource owner or authorization server denied the request.","state":"af0ifjsldkj"}"#,
    ),
    (
        LoginError::NotFound,
        r#"{"error":"not_found","error_description":"Could not find the requested resource(s).","state":"af0ifjsldkj"}"#,
    ),
    (
        LoginError::ServerError,
        r#"{"error":"server_error","error_description":"The authorization server encountered an unexpected condition that prevented it from fulfilling the request.","state":"af0ifjsldkj"}"#,
    ),
    (
        LoginError::TemporarilyUnavailable,
        r#"{"error":"temporarily_unavailable","error_description":"The authorization server cannot handle the request due to the server's temporary overloading or maintenance.","state":"af0ifjsldkj"}"#,
    ),
];

const QUERY_REDIRECTS: [(LoginError, &str); 6] = [
    (
        LoginError::InvalidRequest,
        "https://client.example.com/cb?x=1&error=invalid_request&error_description=The+request+is+missing+a+required+parameter%2C+includes+an+invalid+parameter+value%2C+includes+a+parameter+more+than+once%2C+or+is+otherwise+malformed.&state=af0ifjsldkj&iss=https%3A%2F%2Fas.example",
    ),
    (
        LoginError::TokenExpired,
        "https://client.example.com/cb?x=1&error=invalid_token&error_description=The+token+expired.&state=af0ifjsldkj&iss=https%3A%2F%2Fas.example",
    ),
    (
        LoginError::AccessDenied,
        "https://client.example.com/cb?x=1&error=access_denied&error_description=The+resource+owner+or+authorization+server+denied+the+request.&state=af0ifjsldkj&iss=https%3A%2F%2Fas.example",
    ),
    (
        LoginError::NotFound,
        "https://client.example.com/cb?x=1&error=not_found&error_description=Could+not+find+the+requested+resource%28s%29.&state=af0ifjsldkj&iss=https%3A%2F%2Fas.example",
    ),
    (
        LoginError::ServerError,
        "https://client.example.com/cb?x=1&error=server_error&error_description=The+authorization+server+encountered+an+unexpected+condition+that+prevented+it+from+fulfilling+the+request.&state=af0ifjsldkj&iss=https%3A%2F%2Fas.example",
    ),
    (
        LoginError::TemporarilyUnavailable,
        "https://client.example.com/cb?x=1&error=temporarily_unavailable&error_description=The+authorization+server+cannot+handle+the+request+due+to+the+server%27s+temporary+overloading+or+maintenance.&state=af0ifjsldkj&iss=https%3A%2F%2Fas.example",
    ),
];

const FRAGMENT_REDIRECTS: [(LoginError, &str); 6] = [
    (
        LoginError::InvalidRequest,
        "https://client.example.com/cb#error=invalid_request&error_description=The+request+is+missing+a+required+parameter%2C+includes+an+invalid+parameter+value%2C+includes+a+parameter+more+than+once%2C+or+is+otherwise+malformed.&state=af0ifjsldkj",
    ),
    (
        LoginError::TokenExpired,
        "https://client.example.com/cb#error=invalid_token&error_description=The+token+expired.&state=af0ifjsldkj",
    ),
    (
        LoginError::AccessDenied,
        "https://client.example.com/cb#error=access_denied&error_description=The+resource+owner+or+authorization+server+denied+the+request.&state=af0ifjsldkj",
    ),
    (
        LoginError::NotFound,
        "https://client.example.com/cb#error=not_found&error_description=Could+not+find+the+requested+resource%28s%29.&state=af0ifjsldkj",
    ),
    (
        LoginError::ServerError,
        "https://client.example.com/cb#error=server_error&error_description=The+authorization+server+encountered+an+unexpected+condition+that+prevented+it+from+fulfilling+the+request.&state=af0ifjsldkj",
    ),
    (
        LoginError::TemporarilyUnavailable,
        "https://client.example.com/cb#error=temporarily_unavailable&error_description=The+authorization+server+cannot+handle+the+request+due+to+the+server%27s+temporary+overloading+or+maintenance.&state=af0ifjsldkj",
    ),
];

const CHALLENGES: [(LoginError, &str); 6] = [
    (
        LoginError::InvalidRequest,
        r#"Bearer realm="example", error="invalid_request", error_description="The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.""#,
    ),
    (
        LoginError::TokenExpired,
        r#"Bearer realm="example", error="invalid_token", error_description="The token expired.""#,
    ),
    (
        LoginError::AccessDenied,
        r#"Bearer realm="example", error="access_denied", error_description="The resource owner or authorization server denied the request.""#,
    ),
    (
        LoginError::NotFound,
        r#"Bearer realm="example", error="not_found", error_description="Could not find the requested resource(s).""#,
    ),
    (
        LoginError::ServerError,
        r#"Bearer realm="example", error="server_error", error_description="The authorization server encountered an unexpected condition that prevented it from fulfilling the request.""#,
    ),
    (
        LoginError::TemporarilyUnavailable,
        r#"Bearer realm="example", error="temporarily_unavailable", error_description="The authorization server cannot handle the request due to the server's temporary overloading or maintenance.""#,
    ),
];

const PROBLEMS: [(LoginError, &str); 6] = [
    (
        LoginError::InvalidRequest,
        r#"{"type":"about:blank","title":"Bad Request","status":400,"detail":"The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.","error":"invalid_request"}"#,
    ),
    (
        LoginError::TokenExpired,
        r#"{"type":"about:blank","title":"Unauthorized","status":401,"detail":"The token expired.","error":"invalid_token"}"#,
    ),
    (
        LoginError::AccessDenied,
        r#"{"type":"about:blank","title":"Forbidden","status":403,"detail":"The resource owner or authorization server denied the request.","error":"access_denied"}"#,
    ),
    (
        LoginError::NotFound,
        r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"Could not find the requested resource(s).","error":"not_found"}"#,
    ),
    (
        LoginError::ServerError,
        r#"{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"The authorization server encountered an unexpected condition that prevented it from fulfilling the request.","error":"server_error"}"#,
    ),
    (
        LoginError::TemporarilyUnavailable,
        r#"{"type":"about:blank","title":"Service Unavailable","status":503,"detail":"The authorization server cannot handle the request due to the server's temporary overloading or maintenance.","error":"temporarily_unavailable"}"#,
    ),
];
#[test]
fn json_bodies() {
    for (code, expected) in JSON_BODIES {
        assert_eq!(error(code).json_body(Expose::DESCRIPTION_ONLY), expected);
    }
}

#[test]
fn query_redirects_keep_the_existing_query_and_add_iss() {
    for (code, expected) in QUERY_REDIRECTS {
        let uri = error(code).redirect_uri("https://client.example.com/cb?x=1", &QUERY);
        assert_eq!(uri.as_deref(), Ok(expected));
    }
}

#[test]
fn fragment_redirects() {
    for (code, expected) in FRAGMENT_REDIRECTS {
        let uri = error(code).redirect_uri("https://client.example.com/cb", &FRAGMENT);
        assert_eq!(uri.as_deref(), Ok(expected));
    }
}

#[test]
fn www_authenticate_challenges() {
    let challenge = Challenge::bearer().with_realm("example");
    for (code, expected) in CHALLENGES {
        assert_eq!(
            error(code).www_authenticate(&challenge, Expose::DESCRIPTION_ONLY),
            expected
        );
    }
}

#[test]
fn problem_details() {
    for (code, expected) in PROBLEMS {
        assert_eq!(error(code).problem_json(Expose::DESCRIPTION_ONLY), expected);
    }
}

#[test]
fn the_hint_is_shown_by_default_and_debug_only_when_asked() {
    let error = error(LoginError::TokenExpired);
    assert_eq!(
        error.error_description(Expose::default()),
        "The token expired. Obtain a new access token, with the refresh token or by running the authorization flow again."
    );
    assert_eq!(
        error.error_description(Expose::DESCRIPTION_ONLY.with_debug(true)),
        "The token expired. db down"
    );
}

/// Every output of one error, rendered with `expose`.
fn every_output(error: &Error<LoginError>, expose: Expose) -> Vec<String> {
    let redirect = |mode| RedirectOptions {
        mode,
        issuer: Some("https://as.example"),
        expose,
    };
    let mut outputs = vec![
        error.json_body(expose),
        error.problem_json(expose),
        error.www_authenticate(&Challenge::bearer(), expose),
        error.to_response(expose).to_json(),
        serde_json::to_string(&error.to_response(expose)).expect("serialize"),
    ];
    for mode in [ResponseMode::Query, ResponseMode::Fragment] {
        outputs.push(
            error
                .redirect_uri("https://client.example/cb", &redirect(mode))
                .expect("a valid redirect URI"),
        );
    }
    let response = error.to_http_response(&errcat::ResponseOptions {
        expose,
        ..errcat::ResponseOptions::default()
    });
    for value in response.headers().values() {
        outputs.push(value.to_str().expect("ASCII header").to_owned());
    }
    outputs.push(response.into_body());
    outputs
}

#[test]
fn debug_detail_and_the_source_never_reach_the_wire_unless_exposed() {
    let (debug, source) = ("DEBUG-7f3a", "SOURCE-9b2c");
    for &code in LoginError::ALL {
        let error = Error::from(code)
            .with_debug(format!("debug {debug}"))
            .with_source(std::io::Error::other(format!("cause {source}")));
        for output in every_output(&error, Expose::default()) {
            assert!(
                !output.contains(debug),
                "{code:?} leaked debug detail into {output}"
            );
            assert!(
                !output.contains(source),
                "{code:?} leaked its source into {output}"
            );
        }
        // Switched on, the debug detail goes out wherever an
        // error_description does; the source's text still never does.
        let exposed = every_output(&error, Expose::default().with_debug(true));
        assert!(
            exposed.iter().all(|output| !output.contains(source)),
            "{exposed:?}"
        );
        let with_debug = exposed
            .iter()
            .filter(|output| output.contains(debug))
            .count();
        // Five bodies, two redirects, the HTTP body, and on 401 the
        // WWW-Authenticate header.
        let expected = 8 + usize::from(code.status() == 401);
        assert_eq!(with_debug, expected, "{exposed:?}");
    }
}

#[test]
fn each_format_reads_back_to_the_same_response() {
    for &code in LoginError::ALL {
        let error = error(code).with_uri("https://docs.example/errors#x");
        let sent = error.to_response(Expose::default());

        let from_json = ErrorResponse::from_json(error.json_body(Expose::default()).as_bytes());
        assert_eq!(from_json.as_ref(), Ok(&sent));

        let redirect = error
            .redirect_uri("https://client.example/cb?x=1", &RedirectOptions::default())
            .expect("valid redirect URI");
        let mut from_redirect = ErrorResponse::from_redirect_uri(&redirect).expect("parses");
        assert_eq!(from_redirect.extensions.remove("x").as_deref(), Some("1"));
        assert_eq!(from_redirect, sent);

        let header =
            error.www_authenticate(&Challenge::bearer().with_realm("r"), Expose::default());
        let mut from_header = ErrorResponse::from_www_authenticate(&header).expect("parses");
        assert_eq!(from_header.extensions.remove("realm").as_deref(), Some("r"));
        // A challenge carries no state.
        assert_eq!(
            from_header,
            ErrorResponse {
                state: None,
                ..sent.clone()
            }
        );

        assert_eq!(
            from_json
                .expect("parsed")
                .code_with_status::<LoginError>(code.status()),
            Code::Known(code)
        );
    }
}

#[test]
fn unknown_codes_are_kept_as_sent() {
    let response =
        ErrorResponse::from_json(br#"{"error":"slow_down","error_hint":"wait","interval":5}"#)
            .expect("parses");
    assert_eq!(
        response.code::<LoginError>(),
        Code::Unknown("slow_down".into())
    );
    assert_eq!(
        response.extensions.get("error_hint").map(String::as_str),
        Some("wait")
    );
    // A non-string extension member is skipped, not an error.
    assert!(!response.extensions.contains_key("interval"));
}

#[test]
fn a_shared_code_resolves_by_status() {
    let response = ErrorResponse::new("invalid_token");
    assert_eq!(
        response.code::<LoginError>(),
        Code::Known(LoginError::InvalidTokenFormat)
    );
    assert_eq!(
        response.code_with_status::<LoginError>(401),
        Code::Known(LoginError::TokenExpired)
    );
    assert_eq!(
        response.code_with_status::<LoginError>(400),
        Code::Known(LoginError::InvalidTokenFormat)
    );
    assert_eq!(
        response.code_with_status::<LoginError>(500),
        Code::Known(LoginError::InvalidTokenFormat)
    );
}
