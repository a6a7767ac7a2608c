//! Bounded output: with hostile run-time text of up to a megabyte in every
//! field, every output stays within its documented maximum, errcat's own
//! readers (with `Limits::DEFAULT`) read it back, and each field read back
//! is the value sent, or a prefix of it cut on a character boundary and
//! followed by the marker.

use errcat::text::{
    MAX_CHALLENGE_NAME_LEN, MAX_CHALLENGE_PARAMS, MAX_CHALLENGE_VALUE_LEN,
    MAX_ERROR_DESCRIPTION_LEN, MAX_ERROR_URI_LEN, MAX_ISS_LEN, MAX_JSON_BODY_LEN,
    MAX_PROBLEM_JSON_LEN, MAX_REDIRECT_PARAMS_LEN, MAX_STATE_LEN, MAX_WWW_AUTHENTICATE_LEN,
};
use errcat::{
    BodyFormat, Challenge, ChallengeError, Error, ErrorResponse, Expose, Limits, RedirectOptions,
    ResponseMode, ResponseOptions, parse_www_authenticate,
};
use fluent_uri::UriRef;
use proptest::prelude::*;

use crate::LoginError;
use crate::hostile_text::{any_code, nasty_text};
use crate::read_back::{decode_once, is_full_or_cut, normalized};

const EXPOSE_ALL: Expose = Expose {
    hint: true,
    debug: true,
};

/// The longest reason phrase, a problem's title without a type URI.
const MAX_REASON_PHRASE_LEN: usize = "Network Authentication Required".len();

/// The base redirect URI: 2048 bytes, the longest errcat accepts.
fn base_redirect_uri() -> String {
    let base = "https://client.example/cb?pad=";
    base.to_owned() + &"p".repeat(2048 - base.len())
}

/// `seed` repeated up to `len` bytes, cut on a character boundary; a
/// mixture of every kind of character when `seed` is empty.
fn grown(seed: &str, len: usize) -> String {
    let seed = if seed.is_empty() {
        "é%\"\\\r\n\u{0}😀 a+&="
    } else {
        seed
    };
    let mut text = seed.repeat(len / seed.len() + 1);
    let end = (0..=len.min(text.len()))
        .rev()
        .find(|&at| text.is_char_boundary(at))
        .unwrap_or(0);
    text.truncate(end);
    text
}

/// What the fields that are joined or normalised would be, uncut.
struct Uncut {
    description: String,
    uri: String,
}

/// Every run-time field of one case.
#[derive(Debug)]
struct Case {
    code: LoginError,
    description: String,
    hint: String,
    debug: String,
    state: String,
    uri: String,
    realm: String,
    scope: String,
    value: String,
    issuer: String,
}

impl Case {
    fn error(&self, code: LoginError) -> Error<LoginError> {
        Error::from(code)
            .with_description(self.description.clone())
            .with_hint(self.hint.clone())
            .with_debug(self.debug.clone())
            .with_state(self.state.clone())
            .with_uri(self.uri.clone())
    }

    /// The largest challenge: the longest scheme and names, every value.
    fn challenge(&self) -> Challenge {
        let name = |index: usize| format!("{index}{}", "n".repeat(MAX_CHALLENGE_NAME_LEN - 1));
        let mut challenge = Challenge::with_scheme("S".repeat(MAX_CHALLENGE_NAME_LEN))
            .expect("a 64-byte token")
            .with_realm(&self.realm)
            .with_scope(&self.scope);
        for index in 0..MAX_CHALLENGE_PARAMS {
            challenge = challenge
                .with_param(name(index), &self.value)
                .expect("four parameters besides realm and scope");
        }
        assert!(matches!(
            challenge.clone().with_param("extra", "x"),
            Err(ChallengeError::TooManyParams(_))
        ));
        challenge
    }

    /// The text `error_description` carries, before the text rule.
    fn joined_description(&self) -> String {
        let parts = [&self.description, &self.hint, &self.debug];
        let parts: Vec<&str> = parts
            .iter()
            .filter(|part| !part.is_empty())
            .map(|part| part.as_str())
            .collect();
        parts.join(" ")
    }

    /// Each field of `read` is the one sent, or cut; `redirect` says
    /// whether to expect `iss`.
    fn check_fields(&self, read: &ErrorResponse, redirect: bool, uncut: &Uncut) {
        let description = read.error_description.as_deref().unwrap_or_default();
        assert!(
            is_full_or_cut(&decode_once(description), &uncut.description),
            "{description:?}"
        );
        let uri = read.error_uri.as_deref().expect("an error_uri");
        assert!(UriRef::parse(uri).is_ok(), "{uri:?}");
        assert!(is_full_or_cut(uri, &uncut.uri), "{uri:?}");
        let state = read.state.as_deref().expect("a state");
        assert!(is_full_or_cut(state, &self.state), "{state:?}");
        if redirect {
            let iss = read.iss.as_deref().expect("an iss");
            assert!(is_full_or_cut(iss, &self.issuer), "{iss:?}");
        }
    }

    fn check(&self) {
        let uncut = Uncut {
            description: self.joined_description(),
            uri: normalized(&self.uri),
        };
        let error = self.error(self.code);
        let code = self.code.code().len();

        let body = error.json_body(EXPOSE_ALL);
        assert!(body.len() <= MAX_JSON_BODY_LEN + code, "{}", body.len());
        let read = ErrorResponse::from_json(body.as_bytes()).expect("our JSON body reads back");
        self.check_fields(&read, false, &uncut);
        let description = read.error_description.as_deref().unwrap_or_default();
        assert!(description.len() <= MAX_ERROR_DESCRIPTION_LEN);
        assert!(read.error_uri.unwrap_or_default().len() <= MAX_ERROR_URI_LEN);
        let state = serde_json::to_string(&read.state).expect("a string");
        assert!(state.len() - 2 <= MAX_STATE_LEN, "{}", state.len());

        let problem = error.problem_json(EXPOSE_ALL);
        let title = self.code.description().len().max(MAX_REASON_PHRASE_LEN);
        assert!(problem.len() <= MAX_PROBLEM_JSON_LEN + code + title);
        let problem: serde_json::Value = serde_json::from_str(&problem).expect("JSON");
        let kind = problem["type"].as_str().expect("a type");
        assert!(kind.len() <= MAX_ERROR_URI_LEN && UriRef::parse(kind).is_ok());

        self.check_challenge(&uncut);
        for mode in [ResponseMode::Query, ResponseMode::Fragment] {
            self.check_redirect(&error, mode, &uncut);
        }
    }

    fn check_challenge(&self, uncut: &Uncut) {
        let code = LoginError::ALL
            .iter()
            .copied()
            .find(|code| code.status() == 401)
            .expect("a 401 code");
        let options = ResponseOptions {
            expose: EXPOSE_ALL,
            challenge: self.challenge(),
            format: BodyFormat::OAuth,
        };
        let response = self.error(code).to_http_response(&options);
        let header = response
            .headers()
            .get(http::header::WWW_AUTHENTICATE)
            .expect("a WWW-Authenticate header")
            .to_str()
            .expect("visible ASCII");
        assert!(header.len() <= MAX_WWW_AUTHENTICATE_LEN + code.code().len());
        let mut parsed = parse_www_authenticate(header, Limits::DEFAULT).expect("reads back");
        let challenge = parsed.remove(0);
        for (name, value) in &challenge.params {
            let limit = match name.as_str() {
                "error" => usize::MAX,
                "error_description" => MAX_ERROR_DESCRIPTION_LEN,
                "error_uri" => MAX_ERROR_URI_LEN,
                _ => MAX_CHALLENGE_VALUE_LEN,
            };
            assert!(value.len() <= limit, "{name}: {}", value.len());
        }
        let decoded = |name| decode_once(challenge.param(name).expect("present"));
        assert!(is_full_or_cut(&decoded("realm"), &self.realm));
        assert!(is_full_or_cut(&decoded("scope"), &self.scope));
        assert!(is_full_or_cut(
            &decoded(&format!("0{}", "n".repeat(63))),
            &self.value
        ));
        let read = ErrorResponse::from_www_authenticate(header).expect("an error");
        let description = read.error_description.as_deref().unwrap_or_default();
        assert!(is_full_or_cut(
            &decode_once(description),
            &uncut.description
        ));
    }

    fn check_redirect(&self, error: &Error<LoginError>, mode: ResponseMode, uncut: &Uncut) {
        let base = base_redirect_uri();
        let options = RedirectOptions {
            mode,
            issuer: Some(&self.issuer),
            expose: EXPOSE_ALL,
        };
        let location = error.redirect_uri(&base, &options).expect("a redirect");
        let code = self.code.code().len();
        assert!(location.len() <= base.len() + MAX_REDIRECT_PARAMS_LEN + code);
        // Each parameter's form-encoded value within its limit.
        let added = location.get(base.len() + 1..).expect("parameters");
        for pair in added.split('&') {
            let (name, value) = pair.split_once('=').expect("name=value");
            let limit = match name {
                "error_description" => MAX_ERROR_DESCRIPTION_LEN,
                "error_uri" => MAX_ERROR_URI_LEN,
                "state" => MAX_STATE_LEN,
                "iss" => MAX_ISS_LEN,
                _ => usize::MAX,
            };
            assert!(value.len() <= limit, "{name}: {}", value.len());
        }
        let read = ErrorResponse::from_redirect_uri(&location).expect("reads back");
        self.check_fields(&read, true, uncut);
    }
}

/// A field of hostile text: nasty characters grown to any length up to a
/// megabyte, most often around the limits.
fn field() -> impl Strategy<Value = String> {
    let len = prop_oneof![
        4 => 0..2048_usize,
        1 => Just(1_000_000_usize),
        1 => 2048..1_000_000_usize,
    ];
    (nasty_text(), len).prop_map(|(seed, len)| grown(&seed, len))
}

fn case() -> impl Strategy<Value = Case> {
    (
        any_code(),
        (field(), field(), field()),
        (field(), field()),
        (field(), field(), field(), field()),
    )
        .prop_map(
            |(code, (description, hint, debug), (state, uri), (realm, scope, value, issuer))| {
                Case {
                    code,
                    description,
                    hint,
                    debug,
                    state,
                    uri,
                    realm,
                    scope,
                    value,
                    issuer,
                }
            },
        )
}

proptest! {
    // A megabyte per field takes a while to generate: fewer cases.
    #![proptest_config(crate::hostile_text::fixed_seed(24, 0x00b0_0d5e))]

    #[test]
    #[cfg_attr(miri, ignore)]
    fn every_output_is_bounded_and_reads_back(case in case()) {
        case.check();
    }
}

/// The largest case: a megabyte of each kind of character in every field.
#[test]
#[cfg_attr(miri, ignore)]
fn a_megabyte_in_every_field_is_bounded() {
    let seeds = ["x", "é", "😀", "%", "\"", "\u{0}", "a%41\r\n", ""];
    for (seed, code) in seeds.into_iter().zip(LoginError::ALL.iter().cycle()) {
        let text = grown(seed, 1_000_000);
        Case {
            code: *code,
            description: text.clone(),
            hint: text.clone(),
            debug: text.clone(),
            state: text.clone(),
            uri: "https://docs.example/errors/".to_owned() + &text,
            realm: text.clone(),
            scope: text.clone(),
            value: text.clone(),
            issuer: text.clone(),
        }
        .check();
    }
}

/// Text under every limit goes out whole.
#[test]
fn text_under_the_limits_is_not_cut() {
    let case = Case {
        code: LoginError::ALL[0],
        description: "Café \"noir\"".into(),
        hint: "100%".into(),
        debug: "line\r\nbreak".into(),
        state: "a\"b".into(),
        uri: "https://docs.example/e r".into(),
        realm: "api".into(),
        scope: "openid".into(),
        value: "ES256".into(),
        issuer: "https://as.example".into(),
    };
    let read = ErrorResponse::from_json(case.error(case.code).json_body(EXPOSE_ALL).as_bytes())
        .expect("reads back");
    assert_eq!(
        decode_once(read.error_description.as_deref().unwrap_or_default()),
        case.joined_description()
    );
    assert_eq!(read.state.as_deref(), Some("a\"b"));
    case.check();
}
