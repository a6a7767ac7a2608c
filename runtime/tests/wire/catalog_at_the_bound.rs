//! Catalog text at the bound: each entry of `bound-catalog.toml` takes
//! exactly `MAX_ERROR_DESCRIPTION_LEN` bytes in the format that sends it
//! longest, which the macro allows (one byte more it refuses). Every
//! format sends it whole, within the bound, and alike: the macro's count
//! and the runtime's are one definition.

use errcat::text::MAX_ERROR_DESCRIPTION_LEN;
use errcat::{Challenge, Error, ErrorResponse, Expose, RedirectOptions};

use crate::read_back::decode_once;

errcat::catalog! { enum BoundError = "tests/fixtures/bound-catalog.toml"; }

const WITH_HINT: Expose = Expose {
    hint: true,
    debug: false,
};

/// The entry's `error_description` as the catalog has it.
fn catalog_text(code: BoundError) -> String {
    match code.hint() {
        Some(hint) => format!("{} {hint}", code.description()),
        None => code.description().to_owned(),
    }
}

/// The raw, form-encoded `error_description` of a redirect URI.
fn raw_parameter<'a>(uri: &'a str, name: &str) -> &'a str {
    let start = uri
        .find(&format!("{name}="))
        .map(|at| at + name.len() + 1)
        .expect("the parameter");
    let rest = &uri[start..];
    &rest[..rest.find('&').unwrap_or(rest.len())]
}

#[test]
fn text_at_the_bound_is_sent_whole_within_it_in_every_format() {
    for &code in BoundError::ALL {
        let text = catalog_text(code);
        let error = Error::from(code);

        let uri = error
            .redirect_uri(
                "https://client.example/cb",
                &RedirectOptions {
                    expose: WITH_HINT,
                    ..RedirectOptions::default()
                },
            )
            .expect("a redirect");
        let sent = raw_parameter(&uri, "error_description");
        assert_eq!(
            sent.len(),
            MAX_ERROR_DESCRIPTION_LEN,
            "{code:?}: the longest format"
        );
        let read = ErrorResponse::from_redirect_uri(&uri).expect("reads back");
        assert_eq!(
            decode_once(read.error_description.as_deref().unwrap_or_default()),
            text
        );

        let body = error.json_body(WITH_HINT);
        let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
        let sent = json["error_description"].as_str().expect("a description");
        assert!(
            sent.len() <= MAX_ERROR_DESCRIPTION_LEN,
            "{code:?}: {}",
            sent.len()
        );
        assert_eq!(decode_once(sent), text, "{code:?}: not cut");

        let header = error.www_authenticate(&Challenge::bearer(), WITH_HINT);
        let read = ErrorResponse::from_www_authenticate(&header).expect("reads back");
        let sent = read.error_description.as_deref().unwrap_or_default();
        assert!(
            sent.len() <= MAX_ERROR_DESCRIPTION_LEN,
            "{code:?}: {}",
            sent.len()
        );
        assert_eq!(decode_once(sent), text, "{code:?}: not cut");

        let problem: serde_json::Value =
            serde_json::from_str(&error.problem_json(WITH_HINT)).expect("JSON");
        assert_eq!(problem["detail"], text.as_str(), "{code:?}: not cut");

        #[cfg(feature = "tonic")]
        assert_eq!(
            error.to_grpc_status(WITH_HINT).message(),
            text,
            "{code:?}: not cut"
        );
    }
}
