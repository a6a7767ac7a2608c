//! The security properties of the wire side, for arbitrary input: no
//! header value carries a line break; a redirect never changes the origin
//! or path of the redirect URI it was given, whatever that URI; debug
//! detail and the source error's text never reach any output unless
//! exposure is switched on.

use errcat::{
    BodyFormat, Challenge, Error, Expose, RedirectOptions, ResponseMode, ResponseOptions,
};
use proptest::prelude::*;

use crate::LoginError;
use crate::hostile_text::{any_code, nasty_text};

/// An error with every piece of run-time context set from `texts`.
fn error_from(code: LoginError, texts: &[String; 5]) -> Error<LoginError> {
    let [description, hint, debug, state, uri] = texts.clone();
    Error::from(code)
        .with_description(description)
        .with_hint(hint)
        .with_debug(debug)
        .with_state(state)
        .with_uri(uri)
}

/// A redirect URI as a client might register one, valid or not: a scheme,
/// maybe an authority, a path, maybe a query (perhaps ending in `?` or
/// `&`), maybe a fragment, with the characters that confuse URI parsers.
fn redirect_uri() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            Just("https:"),
            Just("http:"),
            Just("com.example.app:"),
            Just("x+y-z.w:"),
            Just("1bad:"),
            Just(""),
        ],
        proptest::option::of("//[a-z0-9.\\-]{1,12}(:[0-9]{1,5})?"),
        "(/[a-zA-Z0-9._~!$&'()*+,;=:@%-]{0,8}){0,3}",
        proptest::option::of("[a-zA-Z0-9._~!$&'()*+,;=:@%/?-]{0,20}"),
        // Mostly valid, so that most cases build a redirect.
        proptest::option::weighted(0.1, "[a-z]{0,4}"),
        proptest::option::weighted(0.1, "[ é\r]"),
    )
        .prop_map(|(scheme, authority, path, query, fragment, bad)| {
            let mut uri = format!("{scheme}{}{path}", authority.unwrap_or_default());
            if let Some(query) = query {
                uri.push('?');
                uri.push_str(&query);
            }
            if let Some(fragment) = fragment {
                uri.push('#');
                uri.push_str(&fragment);
            }
            if let Some(bad) = bad {
                uri.push_str(&bad);
            }
            uri
        })
}

/// Every output of `error`.
fn outputs(
    error: &Error<LoginError>,
    challenge: &Challenge,
    redirect_uri: &str,
    expose: Expose,
) -> Vec<String> {
    let mut outputs = vec![
        error.json_body(expose),
        error.problem_json(expose),
        error.www_authenticate(challenge, expose),
        error.to_response(expose).to_json(),
    ];
    for mode in [ResponseMode::Query, ResponseMode::Fragment] {
        let options = RedirectOptions {
            mode,
            issuer: Some("https://as.example"),
            expose,
        };
        outputs.push(format!("{:?}", error.redirect_uri(redirect_uri, &options)));
    }
    for format in [BodyFormat::OAuth, BodyFormat::Problem] {
        let response = error.to_http_response(&ResponseOptions {
            expose,
            challenge: challenge.clone(),
            format,
        });
        for (name, value) in response.headers() {
            outputs.push(format!("{name}: {value:?}"));
        }
        outputs.push(response.into_body());
    }
    outputs
}

proptest! {
    #![proptest_config(crate::hostile_text::fixed_seed(192, 0x5ec0_0e77))]

    #[test]
    fn no_header_value_holds_a_line_break_whatever_the_input(
        code in any_code(),
        texts in proptest::array::uniform5(nasty_text()),
        scheme in nasty_text(),
        realm in nasty_text(),
        scope in nasty_text(),
        params in proptest::collection::vec((nasty_text(), nasty_text()), 0..4),
        hint in any::<bool>(),
        debug in any::<bool>(),
    ) {
        let error = error_from(code, &texts);
        let mut challenge = Challenge::with_scheme(scheme)
            .unwrap_or_else(|_| Challenge::bearer())
            .with_realm(&realm)
            .with_scope(&scope);
        for (name, value) in &params {
            if let Ok(with_param) = challenge.clone().with_param(name.clone(), value) {
                challenge = with_param;
            }
        }
        let expose = Expose { hint, debug };
        let header = error.www_authenticate(&challenge, expose);
        prop_assert!(
            header.bytes().all(|byte| byte == b' ' || byte.is_ascii_graphic()),
            "{:?}", header
        );
        for format in [BodyFormat::OAuth, BodyFormat::Problem] {
            let response = error.to_http_response(&ResponseOptions {
                expose,
                challenge: challenge.clone(),
                format,
            });
            prop_assert_eq!(
                response.headers().contains_key(http::header::WWW_AUTHENTICATE),
                code.status() == 401
            );
            for (name, value) in response.headers() {
                prop_assert!(
                    !value.as_bytes().iter().any(|byte| matches!(byte, b'\r' | b'\n')),
                    "{}: {:?}", name, value
                );
                prop_assert!(
                    value.as_bytes().iter().all(|&byte| byte == b' ' || byte.is_ascii_graphic()),
                    "{}: {:?}", name, value
                );
            }
        }
    }

    #[test]
    fn redirects_never_change_the_origin_or_path_of_the_redirect_uri(
        code in any_code(),
        texts in proptest::array::uniform5(nasty_text()),
        uri in redirect_uri(),
        issuer in proptest::option::of(nasty_text()),
        fragment in any::<bool>(),
    ) {
        let error = error_from(code, &texts);
        let options = RedirectOptions {
            mode: if fragment { ResponseMode::Fragment } else { ResponseMode::Query },
            issuer: issuer.as_deref(),
            expose: Expose::default(),
        };
        let Ok(built) = error.redirect_uri(&uri, &options) else {
            // Refused: no scheme, a fragment, or a character a URI cannot
            // hold.
            let scheme_ok = uri.split_once(':').is_some_and(|(scheme, _)| {
                scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            });
            prop_assert!(
                !scheme_ok || uri.contains('#') || uri.contains([' ', '\r', 'é']),
                "refused a good redirect URI {:?}", uri
            );
            return Ok(());
        };
        // The URI is kept byte for byte, and what follows is one separator
        // at most and form-encoded parameters.
        let added = built.strip_prefix(uri.as_str()).expect("the URI is the prefix");
        let parameters = added.strip_prefix(['?', '&', '#']).unwrap_or(added);
        prop_assert!(
            parameters.bytes().all(|byte| byte.is_ascii_alphanumeric() || b"*-._+%=&".contains(&byte)),
            "{}", built
        );
        // An independent parser sees the same origin and path, and the
        // redirect URI's query still at the start of the query.
        if let Ok(before) = url::Url::parse(&uri) {
            let after = url::Url::parse(&built).expect("the redirect parses as a URL");
            prop_assert_eq!(after.scheme(), before.scheme());
            // Compared part by part: opaque origins (`com.example.app:`)
            // are never equal to one another.
            prop_assert_eq!(after.host_str(), before.host_str());
            prop_assert_eq!(after.port(), before.port());
            prop_assert_eq!(after.username(), before.username());
            prop_assert_eq!(after.password(), before.password());
            prop_assert_eq!(after.path(), before.path());
            if fragment {
                prop_assert_eq!(after.query(), before.query());
                prop_assert!(after.fragment().is_some_and(|found| found.starts_with("error=")));
            } else {
                let query = after.query().expect("a query");
                prop_assert!(query.starts_with(before.query().unwrap_or_default()), "{}", built);
                prop_assert_eq!(after.fragment(), None);
            }
        }
    }

    #[test]
    fn debug_detail_and_the_source_change_no_output_unless_exposed(
        code in any_code(),
        texts in proptest::array::uniform5(nasty_text()),
        cause in nasty_text(),
        hint in any::<bool>(),
        realm in nasty_text(),
    ) {
        let challenge = Challenge::bearer().with_realm(&realm);
        let uri = "https://client.example/cb?x=1";
        let hidden = Expose { hint, debug: false };
        let with_both = error_from(code, &texts).with_source(std::io::Error::other(cause));
        let mut without_debug = texts.clone();
        without_debug[2] = String::new();
        let without_both = error_from(code, &without_debug);
        prop_assert_eq!(
            outputs(&with_both, &challenge, uri, hidden),
            outputs(&without_both, &challenge, uri, hidden)
        );
        // Exposed, the debug detail may go out; the source still never.
        let shown = Expose { hint, debug: true };
        prop_assert_eq!(
            outputs(&with_both, &challenge, uri, shown),
            outputs(&error_from(code, &texts), &challenge, uri, shown)
        );
    }
}
