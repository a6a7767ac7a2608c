//! errcat reads what errcat writes: every redirect `Error::redirect_uri`
//! builds, on any redirect URI a client may register, reads back with
//! `ErrorResponse::from_redirect_uri` to the response errcat meant, or the
//! redirect URI is refused for a documented reason.

use std::collections::BTreeMap;

use errcat::{
    Error, ErrorResponse, Expose, MAX_REDIRECT_URI_LEN, MAX_REDIRECT_URI_PARAMETERS,
    RedirectOptions, RedirectUriError, ResponseMode,
};
use proptest::prelude::*;

use crate::LoginError;
use crate::hostile_text::{Decoded, RedirectBase, any_code, redirect_base, short_nasty_text};

/// The response's own parameters, which a redirect URI may not hold.
const RESPONSE_PARAMETERS: [&str; 5] = ["error", "error_description", "error_uri", "state", "iss"];

/// What `redirect_uri` must make of `base`, worked out from how the base
/// was made: the refusal the documentation gives, or the client's
/// parameters as the reader keeps them (the first value of each name).
fn expected(base: &RedirectBase) -> Result<BTreeMap<String, String>, RedirectUriError> {
    let (uri, offsets) = base.uri();
    if uri.len() > MAX_REDIRECT_URI_LEN {
        return Err(RedirectUriError::TooLong {
            len: uri.len(),
            limit: MAX_REDIRECT_URI_LEN,
        });
    }
    let mut extensions = BTreeMap::new();
    let pairs = base.query.iter().flatten().zip(offsets);
    let mut count = 0;
    for (pair, at) in pairs {
        let (name, value) = match &pair.decoded {
            Decoded::Empty => continue,
            Decoded::Invalid => (None, None),
            Decoded::Pair(name, value) => (Some(name), Some(value)),
        };
        count += 1;
        if count > MAX_REDIRECT_URI_PARAMETERS {
            return Err(RedirectUriError::TooManyParameters {
                limit: MAX_REDIRECT_URI_PARAMETERS,
            });
        }
        let (Some(name), Some(value)) = (name, value) else {
            return Err(RedirectUriError::InvalidEncoding { at });
        };
        if let Some(&name) = RESPONSE_PARAMETERS.iter().find(|&&known| known == name) {
            return Err(RedirectUriError::HasResponseParameter { name, at });
        }
        extensions
            .entry(name.clone())
            .or_insert_with(|| value.clone());
    }
    Ok(extensions)
}

proptest! {
    #![proptest_config(crate::hostile_text::fixed_seed(512, 0x00e7_7ca7))]

    #[test]
    fn every_redirect_errcat_builds_reads_back_or_its_base_is_refused(
        base in redirect_base(),
        code in any_code(),
        // Short enough that no output bound cuts them: what is compared is
        // what was meant, not the bound.
        texts in proptest::array::uniform5(proptest::option::of(short_nasty_text(40))),
        issuer in proptest::option::of(short_nasty_text(40)),
        fragment in any::<bool>(),
        hint in any::<bool>(),
        debug in any::<bool>(),
    ) {
        let [description, hint_text, debug_text, state, uri] = texts;
        let mut error = Error::from(code);
        if let Some(description) = description {
            error = error.with_description(description);
        }
        if let Some(hint) = hint_text {
            error = error.with_hint(hint);
        }
        if let Some(debug) = debug_text {
            error = error.with_debug(debug);
        }
        if let Some(state) = state {
            error = error.with_state(state);
        }
        if let Some(uri) = uri {
            error = error.with_uri(uri);
        }
        let expose = Expose { hint, debug };
        let options = RedirectOptions {
            mode: if fragment { ResponseMode::Fragment } else { ResponseMode::Query },
            issuer: issuer.as_deref(),
            expose,
        };
        let (base_uri, _) = base.uri();
        let built = error.redirect_uri(&base_uri, &options);
        let extensions = match expected(&base) {
            Err(refusal) => {
                prop_assert_eq!(built, Err(refusal), "{}", base_uri);
                return Ok(());
            }
            Ok(extensions) => extensions,
        };
        let built = built.map_err(|refusal| {
            TestCaseError::fail(format!("{base_uri} refused: {refusal}"))
        })?;

        let read = ErrorResponse::from_redirect_uri(&built).map_err(|problem| {
            TestCaseError::fail(format!("our own redirect does not parse: {problem}: {built}"))
        })?;
        let mut meant = error.to_response(expose);
        meant.iss = issuer;
        // A fragment-mode redirect is read from the fragment, which holds
        // only the response; a query-mode one keeps the client's query.
        if !fragment {
            meant.extensions = extensions;
        }
        prop_assert_eq!(read, meant, "{}", built);

        // The redirect goes where the client registered, as an independent
        // parser sees it.
        let before = url::Url::parse(&base_uri).expect("the strategy makes URLs");
        let after = url::Url::parse(&built).expect("a redirect is a URL");
        prop_assert_eq!(before.scheme(), after.scheme());
        prop_assert_eq!(before.host(), after.host());
        prop_assert_eq!(before.port(), after.port());
        prop_assert_eq!(before.path(), after.path());
    }
}

/// The case of issue 10: a client's repeated parameters stay in its
/// redirect, and the redirect reads back with the first value.
#[test]
fn a_clients_repeated_parameters_read_back() {
    let error = Error::from(LoginError::InvalidRequest).with_state("s");
    let built = error
        .redirect_uri(
            "https://client.example/cb?tag=a&tag=b",
            &RedirectOptions::default(),
        )
        .expect("a valid redirect URI");
    assert!(built.starts_with("https://client.example/cb?tag=a&tag=b&error=invalid_request&"));
    let read = ErrorResponse::from_redirect_uri(&built).expect("our own redirect");
    assert_eq!(read.extensions["tag"], "a");
    assert_eq!(read.state.as_deref(), Some("s"));
    // The response's own parameters may still appear once only.
    assert!(ErrorResponse::from_redirect_uri(&format!("{built}&state=t")).is_err());
}

/// A base that holds a response parameter is refused in both modes, with
/// a message that names it and says where.
#[test]
fn a_base_holding_a_response_parameter_is_refused_by_name() {
    let error = Error::from(LoginError::InvalidRequest);
    for mode in [ResponseMode::Query, ResponseMode::Fragment] {
        let options = RedirectOptions {
            mode,
            ..RedirectOptions::default()
        };
        let refused = error
            .redirect_uri("https://client.example/cb?x=1&%65rror=e", &options)
            .expect_err("an error in the base");
        assert_eq!(
            refused,
            RedirectUriError::HasResponseParameter {
                name: "error",
                at: 30
            }
        );
        assert_eq!(
            refused.to_string(),
            "the redirect URI's query already has the parameter `error` (at byte 30), \
             which the error response sets"
        );
    }
}
