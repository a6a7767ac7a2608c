//! Properties of the wire formats for arbitrary run-time text: whatever a
//! caller sets, the output obeys the RFC character rules and reads back to
//! the same values (after the documented sanitising of `errcat::text`).

use errcat::text::{is_nqschar_text, sanitize};
use errcat::{Challenge, Error, ErrorResponse, Expose, RedirectOptions, ResponseMode};
use proptest::prelude::*;

use crate::LoginError;
use crate::hostile_text::{any_code, nasty_text};
use crate::read_back::decode_once;

fn error_with(
    code: LoginError,
    description: &str,
    hint: &str,
    debug: &str,
    uri: &str,
) -> Error<LoginError> {
    Error::from(code)
        .with_description(description.to_owned())
        .with_hint(hint.to_owned())
        .with_debug(debug.to_owned())
        .with_uri(uri.to_owned())
}

proptest! {
    #![proptest_config(crate::hostile_text::fixed_seed(256, 0x00e7_7ca7))]

    #[test]
    fn sanitising_yields_nqschar_and_one_decoding_gives_the_text_back(text in nasty_text()) {
        let sent = sanitize(&text);
        prop_assert!(is_nqschar_text(&sent));
        prop_assert_eq!(decode_once(&sent), text);
    }

    #[test]
    fn json_bodies_read_back(
        code in any_code(),
        description in nasty_text(),
        hint in nasty_text(),
        debug in nasty_text(),
        state in nasty_text(),
        uri in nasty_text(),
        expose_debug in any::<bool>(),
    ) {
        let error = error_with(code, &description, &hint, &debug, &uri).with_state(state.clone());
        let expose = Expose::default().with_debug(expose_debug);
        let body = error.json_body(expose);
        let read = ErrorResponse::from_json(body.as_bytes());
        prop_assert_eq!(read.as_ref(), Ok(&error.to_response(expose)));
        let read = read.expect("checked above");
        prop_assert_eq!(read.state.as_deref(), Some(state.as_str()));
        prop_assert!(read.error_description.as_deref().is_none_or(is_nqschar_text));
        prop_assert!(read.error_uri.as_deref().is_none_or(|uri| is_nqschar_text(uri) && !uri.contains(' ')));
        // The serde path and the hand-written writer agree.
        let via_serde = serde_json::to_string(&read).expect("serialize");
        let reread = ErrorResponse::from_json(via_serde.as_bytes());
        prop_assert_eq!(reread, Ok(read.clone()));
    }

    #[test]
    fn challenges_never_hold_a_line_break_and_read_back(
        code in any_code(),
        description in nasty_text(),
        hint in nasty_text(),
        uri in nasty_text(),
        realm in nasty_text(),
        scope in nasty_text(),
        algs in nasty_text(),
    ) {
        let error = error_with(code, &description, &hint, "", &uri);
        let challenge = Challenge::dpop()
            .with_realm(&realm)
            .with_scope(&scope)
            .with_param("algs", &algs)
            .expect("algs is a token");
        let header = error.www_authenticate(&challenge, Expose::default());
        prop_assert!(header.bytes().all(|byte| byte == b' ' || byte.is_ascii_graphic()), "{}", header);
        prop_assert!(http::HeaderValue::from_str(&header).is_ok());
        let read = ErrorResponse::from_www_authenticate(&header).expect("our own header parses");
        let sent = error.to_response(Expose::default());
        prop_assert_eq!(&read.error, &sent.error);
        prop_assert_eq!(&read.error_description, &sent.error_description);
        prop_assert_eq!(&read.error_uri, &sent.error_uri);
        prop_assert_eq!(read.extensions.get("realm"), Some(&sanitize(&realm)));
        prop_assert_eq!(read.extensions.get("algs"), Some(&sanitize(&algs)));
        // The no-credentials form has no error attributes.
        prop_assert!(!challenge.header_value().contains("error="));
    }

    #[test]
    fn redirects_keep_origin_path_and_query_and_read_back(
        code in any_code(),
        description in nasty_text(),
        state in nasty_text(),
        uri in nasty_text(),
        issuer in nasty_text(),
        fragment in any::<bool>(),
        // `x`-prefixed, so never one of the response's own parameters.
        existing_query in proptest::option::of("x[a-z]{0,4}=[a-z0-9]{0,5}"),
    ) {
        let error = error_with(code, &description, "", "", &uri).with_state(state.clone());
        let redirect_uri = match &existing_query {
            Some(query) => format!("https://client.example:8443/cb/path?{query}"),
            None => "https://client.example:8443/cb/path".to_owned(),
        };
        let options = RedirectOptions {
            mode: if fragment { ResponseMode::Fragment } else { ResponseMode::Query },
            issuer: Some(&issuer),
            expose: Expose::default(),
        };
        let built = error.redirect_uri(&redirect_uri, &options).expect("a valid redirect URI");
        prop_assert!(built.starts_with(&redirect_uri));
        prop_assert!(built.bytes().all(|byte| byte.is_ascii_graphic()), "{}", built);
        // One `#` at most, and only in fragment mode: nothing we add can
        // open a second fragment or change the path.
        prop_assert_eq!(built.matches('#').count(), usize::from(fragment));
        let read = ErrorResponse::from_redirect_uri(&built).expect("our own redirect parses");
        let mut sent = error.to_response(Expose::default());
        sent.iss = Some(issuer);
        let mut read_without_existing = read.clone();
        if !fragment && let Some(query) = &existing_query {
            let (name, value) = query.split_once('=').expect("name=value");
            let existing = read_without_existing.extensions.remove(name);
            prop_assert_eq!(existing.as_deref(), Some(value));
        }
        prop_assert_eq!(read_without_existing, sent);
        prop_assert_eq!(read.state.as_deref(), Some(state.as_str()));
    }

    #[test]
    fn parsers_never_panic_on_arbitrary_input(input in nasty_text(), bytes in any::<Vec<u8>>()) {
        let _ = ErrorResponse::from_json(&bytes);
        let _ = ErrorResponse::from_json(input.as_bytes());
        let _ = ErrorResponse::from_redirect_uri(&input);
        let _ = ErrorResponse::from_www_authenticate(&input);
        let _ = errcat::parse_www_authenticate(&input, errcat::Limits::DEFAULT);
    }
}
