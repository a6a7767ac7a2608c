//! The response options the adapter tests go through, shared by errcat's
//! own tests (`tests/actix.rs`, `tests/wire/neutral_response.rs`) and the
//! root package's axum/actix-web parity test, which include this file by
//! path: both body formats, three 401 challenges (a bare `Bearer`, one
//! with realm and scope, a `Basic` with realm) and the debug detail hidden
//! or shown.

use errcat::{BodyFormat, Challenge, Expose, ResponseOptions};

/// Every combination, eight per challenge.
pub(crate) fn every_options() -> Vec<ResponseOptions> {
    let mut all = Vec::new();
    for format in [BodyFormat::OAuth, BodyFormat::Problem] {
        for challenge in [
            Challenge::bearer(),
            Challenge::bearer()
                .with_realm("api")
                .with_scope("openid profile"),
            Challenge::with_scheme("Basic")
                .expect("a token")
                .with_realm("token endpoint"),
        ] {
            for expose in [Expose::DEFAULT, Expose::default().with_debug(true)] {
                all.push(ResponseOptions {
                    expose,
                    challenge: challenge.clone(),
                    format,
                });
            }
        }
    }
    all
}
