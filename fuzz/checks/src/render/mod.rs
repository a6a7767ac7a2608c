//! Every renderer with arbitrary overrides, states, URIs, challenges and
//! redirect URIs, drawn from the fuzzer's bytes, checked against what the
//! documentation promises (docs/wire-formats.md, docs/integrations.md and
//! the rustdoc of `errcat::text`), not against what the code does.
//!
//! Properties: nothing panics; a challenge and a redirect are refused only
//! for a documented reason; every field of every output is whole when it
//! fits its limit as that output carries it, and otherwise cut as
//! documented (`field`); `error`, `error_description` and `error_uri` are
//! NQSCHAR and `error_uri` a URI-reference; members and parameters come in
//! their documented order; every output stays within its documented
//! maximum; no header value holds a control character; a redirect keeps
//! its base byte for byte, adds one separator at most and only form-encoded
//! parameters, and reads back with a client's form parser as well as
//! errcat's; every output reads back with errcat's readers at their
//! default limits; the HTTP response has the documented status, headers and
//! body; and the source error, and the debug detail unless exposed, change
//! no output.

mod body;
mod field;
mod header;
mod redirect;

use arbitrary::{Result as Drawn, Unstructured};
use errcat::text::MAX_ERROR_DESCRIPTION_LEN;
use errcat::{
    BodyFormat, Challenge, Error, Expose, RedirectOptions, ResponseMode, ResponseOptions,
};
use login_errors::LoginError;

use field::{Carrier, Field, Value};

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
    body::check_json(&error, &case);
    body::check_problem(&error, &case);
    let built = header::build(&case);
    header::check(&error, &built, &case);
    redirect::check(&error, &case);
    check_http(&error, &built.challenge, &case);
    check_debug_stays_hidden(&case, &built.challenge);
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
}

/// The `error_description` meant, uncut and before the text rule (the
/// description, then the hint and the debug detail as exposed, the
/// non-empty ones joined by spaces; none when all are empty), and the
/// field that carries it: text, cut to its limit unless it is catalog
/// text alone, which is not cut.
fn description_field(
    error: &Error<LoginError>,
    case: &Case,
    carrier: Carrier,
) -> (Option<String>, Field) {
    let expose = case.expose;
    let parts: Vec<&str> = [
        Some(error.description()),
        error.hint().filter(|_| expose.hint),
        error.debug().filter(|_| expose.debug),
    ]
    .into_iter()
    .flatten()
    .filter(|part| !part.is_empty())
    .collect();
    let joined = parts.join(" ");
    let run_time = case.description.is_some()
        || (expose.hint && case.hint.is_some())
        || (expose.debug && case.debug.is_some());
    let limit = if run_time {
        MAX_ERROR_DESCRIPTION_LEN
    } else {
        usize::MAX
    };
    let field = Field::new("error_description", Value::Text, carrier, limit);
    ((!joined.is_empty()).then_some(joined), field)
}

/// Whether a header value holds only spaces and visible ASCII: no control
/// character (so no CR or LF), nothing a header cannot carry.
fn is_header_text(value: impl AsRef<[u8]>) -> bool {
    value
        .as_ref()
        .iter()
        .all(|&byte| byte == b' ' || byte.is_ascii_graphic())
}

/// The HTTP response of both body formats (docs/integrations.md, `http`):
/// the catalog's status, the body and its content type, `Cache-Control:
/// no-store` and `Pragma: no-cache`, and a `WWW-Authenticate` header on
/// 401 only.
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
                is_header_text(value.as_bytes()),
                "header {name} holds a control character: {value:?}"
            );
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .map(|value| value.as_bytes().to_vec())
        };
        let (body, content_type) = match format {
            BodyFormat::OAuth => (error.json_body(case.expose), "application/json"),
            BodyFormat::Problem => (error.problem_json(case.expose), "application/problem+json"),
        };
        assert_eq!(response.body(), &body);
        assert_eq!(header("content-type"), Some(content_type.into()));
        assert_eq!(header("cache-control"), Some(b"no-store".to_vec()));
        assert_eq!(header("pragma"), Some(b"no-cache".to_vec()));
        let challenge_value = error.www_authenticate(challenge, case.expose);
        let expected = (error.status() == 401).then(|| challenge_value.into_bytes());
        assert_eq!(header("www-authenticate"), expected);
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
