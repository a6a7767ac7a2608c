//! Every renderer with arbitrary overrides, states, URIs, challenges and
//! redirect URIs, drawn from the fuzzer's bytes.
//!
//! Properties: nothing panics; `error`, `error_description` and `error_uri`
//! are NQSCHAR wherever they go; no header value holds a control
//! character (so no CR or LF), and no quoted value a `"` or `\`; a redirect
//! keeps the redirect URI as its prefix and adds only form-encoded
//! parameters; debug detail changes no output unless exposed; every output
//! stays within its documented maximum; and every output reads back to the
//! response that was sent, each run-time field whole or cut (a prefix of
//! it followed by the marker: a redirect may cut shorter than a JSON body,
//! since form encoding lengthens a value).

use arbitrary::{Result as Drawn, Unstructured};
use errcat::text::{self, CUT_MARKER, is_nqschar_text, sanitize};
use errcat::{
    BodyFormat, Challenge, ChallengeError, Error, ErrorResponse, Expose, Limits, RedirectOptions,
    ResponseMode, ResponseOptions, parse_www_authenticate,
};
use login_errors::LoginError;

/// No limit on length, for reading back outputs longer than a real server
/// would send.
const UNLIMITED: Limits = Limits {
    max_bytes: usize::MAX,
    max_parameters: 64,
};

/// One rendering case.
#[derive(Debug)]
struct Case {
    code: LoginError,
    description: Option<String>,
    hint: Option<String>,
    debug: Option<String>,
    state: Option<String>,
    uri: Option<String>,
    expose: Expose,
    scheme: String,
    realm: Option<String>,
    scope: Option<String>,
    params: Vec<(String, String)>,
    redirect_uri: String,
    mode: ResponseMode,
    issuer: Option<String>,
}

/// Draws a case from `data` and checks every output's properties.
///
/// # Panics
///
/// When a property does not hold.
pub fn check(data: &[u8]) {
    let Ok(case) = draw(&mut Unstructured::new(data)) else {
        return;
    };
    let error = case.error();
    check_json(&error, &case);
    check_problem(&error, &case);
    let challenge = case.challenge();
    check_challenge(&error, &challenge, &case);
    check_redirect(&error, &case);
    check_http(&error, &challenge, &case);
    check_debug_stays_hidden(&case, &challenge);
}

fn draw(u: &mut Unstructured<'_>) -> Drawn<Case> {
    let code = *u.choose(LoginError::ALL)?;
    let scheme = match u.int_in_range(0..=2)? {
        0 => "Bearer".to_owned(),
        1 => "DPoP".to_owned(),
        _ => u.arbitrary()?,
    };
    let params = (0..u.int_in_range(0..=4)?)
        .map(|_| Ok((u.arbitrary()?, u.arbitrary()?)))
        .collect::<Drawn<_>>()?;
    let redirect_uri = match u.int_in_range(0..=2)? {
        0 => format!("https://client.example/cb{}", u.arbitrary::<&str>()?),
        1 => format!("com.example.app:{}", u.arbitrary::<&str>()?),
        _ => u.arbitrary()?,
    };
    Ok(Case {
        code,
        description: u.arbitrary()?,
        hint: u.arbitrary()?,
        debug: u.arbitrary()?,
        state: u.arbitrary()?,
        uri: u.arbitrary()?,
        expose: Expose {
            hint: u.arbitrary()?,
            debug: u.arbitrary()?,
        },
        scheme,
        realm: u.arbitrary()?,
        scope: u.arbitrary()?,
        params,
        redirect_uri,
        mode: if u.arbitrary()? {
            ResponseMode::Fragment
        } else {
            ResponseMode::Query
        },
        issuer: u.arbitrary()?,
    })
}

impl Case {
    fn error(&self) -> Error<LoginError> {
        self.error_with_debug(self.debug.clone())
    }

    fn error_with_debug(&self, debug: Option<String>) -> Error<LoginError> {
        let mut error = Error::from(self.code);
        if let Some(description) = &self.description {
            error = error.with_description(description.clone());
        }
        if let Some(hint) = &self.hint {
            error = error.with_hint(hint.clone());
        }
        if let Some(debug) = debug {
            error = error.with_debug(debug);
        }
        if let Some(state) = &self.state {
            error = error.with_state(state.clone());
        }
        if let Some(uri) = &self.uri {
            error = error.with_uri(uri.clone());
        }
        error
    }

    /// The challenge, with the parameters that are allowed (a name that is
    /// not a token, or that errcat writes itself, is refused: checked).
    fn challenge(&self) -> Challenge {
        let mut challenge = match Challenge::with_scheme(self.scheme.clone()) {
            Ok(challenge) => challenge,
            Err(_) => {
                assert!(!crate::challenge::is_token(&self.scheme));
                Challenge::bearer()
            }
        };
        if let Some(realm) = &self.realm {
            challenge = challenge.with_realm(realm);
        }
        if let Some(scope) = &self.scope {
            challenge = challenge.with_scope(scope);
        }
        for (name, value) in &self.params {
            match challenge.clone().with_param(name.clone(), value) {
                Ok(with_param) => challenge = with_param,
                Err(ChallengeError::TooManyParams(_)) => {}
                Err(ChallengeError::NameTooLong { len }) => {
                    assert!(len > text::MAX_CHALLENGE_NAME_LEN);
                }
                Err(_) => assert!(
                    !crate::challenge::is_token(name)
                        || ["realm", "scope", "error", "error_description", "error_uri"]
                            .iter()
                            .any(|reserved| reserved.eq_ignore_ascii_case(name)),
                    "refused a good parameter name {name:?}"
                ),
            }
        }
        challenge
    }
}

/// The response every format must read back to.
fn sent(error: &Error<LoginError>, expose: Expose) -> ErrorResponse {
    let sent = error.to_response(expose);
    assert_eq!(sent.error, error.kind().code());
    assert!(
        sent.error_description
            .as_deref()
            .is_none_or(is_nqschar_text),
        "{sent:?}"
    );
    assert!(
        sent.error_uri
            .as_deref()
            .is_none_or(|uri| is_nqschar_text(uri) && !uri.contains(' ')),
        "{sent:?}"
    );
    assert!(
        is_full_or_cut(sent.state.as_deref(), error.state()),
        "state goes out as given, or cut: {sent:?}"
    );
    sent
}

/// `sent` is `full`, or a prefix of it followed by the cut marker.
fn is_full_or_cut(sent: Option<&str>, full: Option<&str>) -> bool {
    match (sent, full) {
        (Some(sent), Some(full)) => {
            sent == full
                || sent
                    .strip_suffix(CUT_MARKER)
                    .is_some_and(|kept| full.starts_with(kept))
        }
        (sent, full) => sent == full,
    }
}

/// The bytes of catalog text an output may carry uncut: the code, its
/// description and hint.
fn catalog_len(error: &Error<LoginError>) -> usize {
    let kind = error.kind();
    // `%` is sent as `%25`: three times the text at most.
    kind.code().len() + 3 * (kind.description().len() + kind.hint().map_or(0, str::len) + 1)
}

fn check_json(error: &Error<LoginError>, case: &Case) {
    let body = error.json_body(case.expose);
    assert!(body.len() <= text::MAX_JSON_BODY_LEN + catalog_len(error));
    let read = ErrorResponse::from_json_with_limits(body.as_bytes(), UNLIMITED);
    assert_eq!(read, Ok(sent(error, case.expose)), "{body}");
}

fn check_problem(error: &Error<LoginError>, case: &Case) {
    let body = error.problem_json(case.expose);
    assert!(body.len() <= text::MAX_PROBLEM_JSON_LEN + 2 * catalog_len(error) + 31);
    let value: serde_json::Value = serde_json::from_str(&body).expect("problem+json is JSON");
    assert_eq!(value["status"], error.status(), "{body}");
    assert_eq!(value["error"], error.kind().code(), "{body}");
    // `detail` is the text itself (no percent-encoding): whole, or a
    // prefix of it and the marker, within its limit as JSON escapes it.
    let parts = [
        Some(error.description()),
        error.hint().filter(|_| case.expose.hint),
        error.debug().filter(|_| case.expose.debug),
    ];
    let joined: Vec<&str> = parts
        .into_iter()
        .flatten()
        .filter(|part| !part.is_empty())
        .collect();
    let joined = joined.join(" ");
    match value.get("detail").and_then(|detail| detail.as_str()) {
        None => assert!(joined.is_empty(), "{body}"),
        Some(detail) => {
            let escaped = serde_json::to_string(detail).expect("a string");
            assert!(
                escaped.len() - 2 <= text::MAX_ERROR_DESCRIPTION_LEN,
                "{body}"
            );
            let whole = detail == joined;
            let cut = detail
                .strip_suffix(CUT_MARKER)
                .is_some_and(|kept| joined.starts_with(kept));
            assert!(whole || cut, "{detail:?} is not {joined:?}");
        }
    }
    let kind = value["type"].as_str().expect("a type");
    assert!(is_nqschar_text(kind) && !kind.contains(' '), "{body}");
}

fn check_challenge(error: &Error<LoginError>, challenge: &Challenge, case: &Case) {
    for value in [
        challenge.header_value(),
        error.www_authenticate(challenge, case.expose),
    ] {
        assert!(
            value
                .bytes()
                .all(|byte| byte == b' ' || byte.is_ascii_graphic()),
            "a header value holds a control or non-ASCII character: {value:?}"
        );
        let parsed = parse_www_authenticate(&value, UNLIMITED).expect("our own challenge parses");
        assert_eq!(parsed.len(), 1, "one challenge: {value}");
        assert_eq!(parsed[0].scheme, challenge.scheme());
        for (_, param) in &parsed[0].params {
            assert!(
                is_nqschar_text(param),
                "a quoted value needs escaping: {value}"
            );
        }
    }
    let value = error.www_authenticate(challenge, case.expose);
    assert!(value.len() <= text::MAX_WWW_AUTHENTICATE_LEN + catalog_len(error));
    let parsed = parse_www_authenticate(&value, UNLIMITED).expect("checked above");
    let sent = sent(error, case.expose);
    let param = |name| parsed[0].param(name).map(str::to_owned);
    assert_eq!(param("error"), Some(sent.error.clone()), "{value}");
    assert_eq!(
        param("error_description"),
        sent.error_description,
        "{value}"
    );
    assert_eq!(param("error_uri"), sent.error_uri, "{value}");
    if let Some(realm) = &case.realm {
        let sanitized = sanitize(realm);
        assert!(
            is_full_or_cut(param("realm").as_deref(), Some(&sanitized)),
            "{value}"
        );
    }
}

fn check_redirect(error: &Error<LoginError>, case: &Case) {
    let options = RedirectOptions {
        mode: case.mode,
        issuer: case.issuer.as_deref(),
        expose: case.expose,
    };
    let Ok(built) = error.redirect_uri(&case.redirect_uri, &options) else {
        return;
    };
    // The redirect URI is kept byte for byte; what follows is one
    // separator at most and form-encoded parameters, which cannot open a
    // fragment, a path or another authority.
    let added = built
        .strip_prefix(case.redirect_uri.as_str())
        .expect("the redirect URI is the prefix");
    assert!(added.len() <= text::MAX_REDIRECT_PARAMS_LEN + catalog_len(error));
    let parameters = added.strip_prefix(['?', '&', '#']).unwrap_or(added);
    assert!(
        parameters
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || b"*-._+%=&".contains(&byte)),
        "{built}"
    );
    let fragment = case.mode == ResponseMode::Fragment;
    assert_eq!(built.contains('#'), fragment, "{built}");
    let mut expected = sent(error, case.expose);
    expected.iss.clone_from(&case.issuer);
    // Every redirect errcat builds reads back: in query mode with the
    // redirect URI's own parameters, the first value of each name.
    if !fragment && let Some((_, query)) = case.redirect_uri.split_once('?') {
        for (name, value) in form_urlencoded::parse(query.as_bytes()) {
            expected
                .extensions
                .entry(name.into_owned())
                .or_insert_with(|| value.into_owned());
        }
    }
    let read = ErrorResponse::from_redirect_uri_with_limits(&built, UNLIMITED)
        .unwrap_or_else(|problem| panic!("our own redirect parses: {problem}: {built}"));
    // A redirect counts form-encoded bytes, so it may cut a field shorter
    // than the response it was built from: each reads back whole or cut.
    assert_eq!(read.error, expected.error, "{built}");
    for (read, expected) in [
        (&read.error_description, &expected.error_description),
        (&read.error_uri, &expected.error_uri),
        (&read.state, &expected.state),
        (&read.iss, &expected.iss),
    ] {
        assert!(
            is_full_or_cut(read.as_deref(), expected.as_deref()),
            "{built}"
        );
    }
    assert_eq!(read.extensions, expected.extensions, "{built}");
}

fn check_http(error: &Error<LoginError>, challenge: &Challenge, case: &Case) {
    for format in [BodyFormat::OAuth, BodyFormat::Problem] {
        let options = ResponseOptions {
            expose: case.expose,
            challenge: challenge.clone(),
            format,
        };
        let response = error.to_http_response(&options);
        assert_eq!(response.status().as_u16(), error.status());
        for (name, value) in response.headers() {
            assert!(
                value
                    .as_bytes()
                    .iter()
                    .all(|&byte| byte == b' ' || byte.is_ascii_graphic()),
                "header {name} holds a control character: {value:?}"
            );
        }
        assert_eq!(
            response
                .headers()
                .contains_key(http::header::WWW_AUTHENTICATE),
            error.status() == 401
        );
        let expected = match format {
            BodyFormat::OAuth => error.json_body(case.expose),
            BodyFormat::Problem => error.problem_json(case.expose),
        };
        assert_eq!(response.body(), &expected);
    }
}

/// The source error's text changes no output, and unless exposed neither
/// does the debug detail: every output is the same as that of the same
/// error without them.
fn check_debug_stays_hidden(case: &Case, challenge: &Challenge) {
    let outputs = |error: &Error<LoginError>| {
        let options = RedirectOptions {
            mode: case.mode,
            issuer: case.issuer.as_deref(),
            expose: case.expose,
        };
        (
            error.json_body(case.expose),
            error.problem_json(case.expose),
            error.www_authenticate(challenge, case.expose),
            error.redirect_uri(&case.redirect_uri, &options),
        )
    };
    let source_error =
        std::io::Error::other(case.debug.clone().unwrap_or_else(|| "cause".to_owned()));
    assert_eq!(
        outputs(&case.error().with_source(source_error)),
        outputs(&case.error()),
        "the source's text reached the wire"
    );
    if !case.expose.debug {
        assert_eq!(
            outputs(&case.error()),
            outputs(&case.error_with_debug(None)),
            "debug detail reached the wire unexposed"
        );
    }
}
