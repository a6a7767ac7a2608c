//! The `http` adapter is a translation of the neutral response: for every
//! code, both body formats, and with the default and a custom 401
//! challenge, the `http::Response` has the neutral response's status,
//! exactly its headers, in its order, and its body.

use crate::LoginError;
use errcat::{Error, ResponseOptions};

#[path = "../support/every_options.rs"]
mod every_options;
use every_options::every_options;

fn assert_same(error: &Error<LoginError>, options: &ResponseOptions) {
    let neutral = error.http_response(options);
    let http = error.to_http_response(options);
    let context = format!("{} ({}), {options:?}", error.kind().code(), error.status());
    assert_eq!(http.status().as_u16(), neutral.status(), "{context}");
    let http_headers: Vec<(&str, &str)> = http
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str(), value.to_str().expect("ASCII")))
        .collect();
    let neutral_headers: Vec<(&str, &str)> = neutral
        .headers()
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    assert_eq!(http_headers, neutral_headers, "{context}");
    assert_eq!(http.body(), neutral.body(), "{context}");
}

#[test]
fn the_http_response_is_the_neutral_response_for_every_code_and_option() {
    let mut challenges = 0;
    for &code in LoginError::ALL {
        let with_context = Error::from(code)
            .with_hint("Try again.")
            .with_debug("row 7 \"locked\"");
        for options in every_options() {
            assert_same(&Error::from(code), &options);
            assert_same(&with_context, &options);
            if Error::from(code)
                .http_response(&options)
                .header("www-authenticate")
                .is_some()
            {
                challenges += 1;
            }
        }
    }
    // The catalog's one 401 code, under each option.
    assert_eq!(challenges, every_options().len());
}

#[test]
fn generated_enums_convert_to_the_neutral_response_with_default_options() {
    for &code in LoginError::ALL {
        let from_enum: http::Response<String> = code.into();
        let neutral = Error::from(code).http_response(&ResponseOptions::default());
        let http: http::Response<String> = neutral.clone().into();
        assert_eq!(from_enum.status(), http.status());
        assert_eq!(from_enum.headers(), http.headers());
        assert_eq!(from_enum.body(), neutral.body());
    }
}

#[cfg(feature = "axum")]
#[test]
fn axum_responses_are_the_neutral_response() {
    use axum_core::response::IntoResponse;
    use errcat::Challenge;

    let options = ResponseOptions {
        challenge: Challenge::bearer().with_realm("api"),
        ..ResponseOptions::default()
    };
    let neutral = Error::from(LoginError::TokenExpired).http_response(&options);
    let http: http::Response<String> = neutral.clone().into();
    let axum = neutral.into_response();
    assert_eq!(axum.status(), http.status());
    assert_eq!(axum.headers(), http.headers());
}
