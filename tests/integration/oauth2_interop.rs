//! A real OAuth 2.0 client reads what errcat sends: the `oauth2` crate's
//! `StandardErrorResponse` deserializes our JSON body for every code.

use errcat::{Error, Expose};
use login_errors::LoginError;
use oauth2::StandardErrorResponse;
use oauth2::basic::BasicErrorResponseType;

type ClientView = StandardErrorResponse<BasicErrorResponseType>;

#[test]
fn oauth2_reads_every_login_error_body() {
    for &code in LoginError::ALL {
        for expose in [Expose::default(), Expose::DESCRIPTION_ONLY] {
            let error = Error::from(code).with_uri("https://docs.example/errors#x");
            let body = error.json_body(expose);
            let read: ClientView = serde_json::from_str(&body)
                .unwrap_or_else(|failure| panic!("{code:?}: {failure}: {body}"));
            assert_eq!(read.error().as_ref(), code.code(), "{body}");
            assert_eq!(
                read.error_description().map(String::as_str),
                Some(error.error_description(expose).as_str())
            );
            assert_eq!(
                read.error_uri().map(String::as_str),
                Some("https://docs.example/errors#x")
            );
        }
    }
}

#[test]
fn oauth2_maps_the_rfc_codes_to_its_own_variants() {
    let read = |code: LoginError| -> BasicErrorResponseType {
        let body = Error::from(code).json_body(Expose::default());
        serde_json::from_str::<ClientView>(&body)
            .expect("parses")
            .error()
            .clone()
    };
    assert_eq!(
        read(LoginError::InvalidRequest),
        BasicErrorResponseType::InvalidRequest
    );
    assert_eq!(
        read(LoginError::InvalidClient),
        BasicErrorResponseType::InvalidClient
    );
    assert_eq!(
        read(LoginError::InvalidGrant),
        BasicErrorResponseType::InvalidGrant
    );
    assert_eq!(
        read(LoginError::UnauthorizedClient),
        BasicErrorResponseType::UnauthorizedClient
    );
    assert_eq!(
        read(LoginError::UnsupportedGrantType),
        BasicErrorResponseType::UnsupportedGrantType
    );
    assert_eq!(
        read(LoginError::InvalidScope),
        BasicErrorResponseType::InvalidScope
    );
    // The service's own codes arrive as extensions, kept by name.
    assert_eq!(
        read(LoginError::JtiKnown),
        BasicErrorResponseType::Extension("jti_known".into())
    );
}

errcat::catalog! {
    /// The runtime's `text = "unicode"` wire fixture.
    enum UnicodeError = "runtime/tests/fixtures/unicode-catalog.toml";
}

#[test]
fn oauth2_reads_a_unicode_catalog_body_as_its_nqschar_form() {
    for &code in UnicodeError::ALL {
        let body = Error::from(code).json_body(Expose::DESCRIPTION_ONLY);
        let read: ClientView = serde_json::from_str(&body)
            .unwrap_or_else(|failure| panic!("{code:?}: {failure}: {body}"));
        assert_eq!(read.error().as_ref(), code.code(), "{body}");
        // The client gets the form the macro wrote: NQSCHAR, which is what
        // a client that does not percent-decode shows its users (why
        // `text = "oauth"` is the default).
        let description = read.error_description().map(String::as_str);
        assert_eq!(description, Some(code.oauth_description()));
        assert!(errcat::text::is_nqschar_text(code.oauth_description()));
    }
}
