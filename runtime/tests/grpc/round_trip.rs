//! Every code written as a status, through tonic's header encoding, and
//! read back to its variant, with what the status shows and what it hides.

use errcat::grpc::{ERROR_URI_LINK, HTTP_STATUS_KEY, StatusResponse};
use errcat::{Code, Error, Expose};
use http::HeaderMap;
use tonic::Status;
use tonic_types::StatusExt;

use crate::GrpcError;

/// `status` as a client receives it: its `grpc-status`, `grpc-message`
/// and `grpc-status-details-bin` headers, written and parsed by tonic.
fn over_the_wire(status: &Status) -> Status {
    let mut headers = HeaderMap::new();
    status
        .add_header(&mut headers)
        .expect("tonic writes the headers");
    Status::from_header_map(&headers).expect("tonic reads the headers back")
}

fn expected_message(code: GrpcError) -> String {
    match code.hint() {
        Some(hint) => format!("{} {hint}", code.description()),
        None => code.description().to_owned(),
    }
}

#[test]
fn every_code_comes_back_as_its_variant() {
    for &code in GrpcError::ALL {
        let status = over_the_wire(&Status::from(code));
        let details = status.get_error_details();
        let info = details.error_info().expect("ErrorInfo");
        assert_eq!(info.reason, code.code());
        assert_eq!(info.domain, "grpc-tests.errcat.example");
        assert_eq!(info.metadata[HTTP_STATUS_KEY], code.status().to_string());
        assert_eq!(status.message(), expected_message(code), "{code:?}");
        match code.reference_url() {
            Some(url) => {
                let links = &details.help().expect("Help").links;
                assert_eq!(links.len(), 1);
                assert_eq!(links[0].url, url);
                assert_eq!(Some(links[0].description.as_str()), code.reference());
            }
            None => assert!(details.help().is_none(), "{code:?}"),
        }

        let read = StatusResponse::from_status(&status).expect("errcat reads its status");
        assert_eq!(read.code::<GrpcError>(), Code::Known(code), "{code:?}");
        assert_eq!(read.http_status, Some(code.status()));
        assert_eq!(read.domain.as_deref(), GrpcError::DOMAIN);
        assert_eq!(read.reference_url.as_deref(), code.reference_url());
        assert_eq!(read.response.error, code.code());
        assert_eq!(
            read.response.error_description.as_deref(),
            Some(&*expected_message(code))
        );
        assert_eq!(read.response.error_uri, None);
        // The `From<Error<C>>` of a bare error is the `From<Enum>`.
        assert_eq!(
            StatusResponse::from_status(&over_the_wire(&Status::from(Error::from(code)))),
            Ok(read)
        );
    }
}

#[test]
fn the_references_resolve_to_their_urls() {
    assert_eq!(
        GrpcError::InvalidRequest.reference_url(),
        Some("https://www.rfc-editor.org/rfc/rfc6749#section-5.2")
    );
    assert_eq!(
        GrpcError::SlowDown.reference_url(),
        Some("https://docs.example.com/errors#slow_down")
    );
    assert_eq!(GrpcError::NotFound.reference(), None);
}

#[test]
fn debug_detail_stays_home_unless_switched_on() {
    let error = Error::from(GrpcError::InvalidRequest)
        .with_debug("row 7 of table users is locked")
        .with_uri("https://docs.example.com/errors/7");
    let status = over_the_wire(&error.to_grpc_status(Expose::DEFAULT));
    assert_eq!(
        status.message(),
        "The request is malformed. Check the parameters."
    );
    assert!(!format!("{status:?}").contains("row 7"));
    assert!(!String::from_utf8_lossy(status.details()).contains("row 7"));

    let quiet = over_the_wire(&error.to_grpc_status(Expose::DESCRIPTION_ONLY));
    assert_eq!(quiet.message(), "The request is malformed.");

    let development = over_the_wire(&error.to_grpc_status(Expose::DEFAULT.with_debug(true)));
    assert_eq!(
        development.message(),
        "The request is malformed. Check the parameters. row 7 of table users is locked"
    );

    // The occurrence's error_uri is the first Help link, the reference the
    // second; the reader tells them apart.
    let links = status
        .get_error_details()
        .help()
        .expect("Help")
        .links
        .clone();
    assert_eq!(links[0].description, ERROR_URI_LINK);
    assert_eq!(links[0].url, "https://docs.example.com/errors/7");
    let read = StatusResponse::from_status(&status).expect("errcat reads its status");
    assert_eq!(
        read.response.error_uri.as_deref(),
        Some("https://docs.example.com/errors/7")
    );
    assert_eq!(
        read.reference_url.as_deref(),
        Some("https://www.rfc-editor.org/rfc/rfc6749#section-5.2")
    );
}

#[test]
fn unicode_and_runtime_text_survive_the_headers() {
    let status = over_the_wire(&Status::from(GrpcError::InsufficientScope));
    assert_eq!(status.message(), "Ménage à trois: the token lacks a scope.");
    let error = Error::from(GrpcError::NotFound).with_description("Nothing at «/a\r\nb»");
    let status = over_the_wire(&Status::from(error));
    assert_eq!(status.message(), "Nothing at «/a\r\nb»");
}

#[test]
fn long_runtime_text_is_cut() {
    let error = Error::from(GrpcError::NotFound).with_description("é".repeat(10_000));
    let status = Status::from(error);
    assert!(status.message().len() <= errcat::text::MAX_ERROR_DESCRIPTION_LEN);
    assert!(status.message().ends_with("..."));
}

#[test]
fn a_shared_code_finds_its_entry_without_the_http_status() {
    // A proxy that rewrites details keeps the reason and the gRPC code:
    // those alone pick the right entry of `invalid_token`.
    for (grpc, expected) in [
        (tonic::Code::InvalidArgument, GrpcError::InvalidTokenFormat),
        (tonic::Code::Unauthenticated, GrpcError::TokenExpired),
    ] {
        let details = tonic_types::ErrorDetails::with_error_info(
            "invalid_token",
            "grpc-tests.errcat.example",
            std::collections::HashMap::new(),
        );
        let status = Status::with_error_details(grpc, "x", details);
        let read = StatusResponse::from_status(&status).expect("a status with ErrorInfo");
        assert_eq!(read.http_status, None);
        assert_eq!(read.code::<GrpcError>(), Code::Known(expected));
    }
}

#[test]
fn a_reason_of_another_domain_is_not_ours() {
    let details = tonic_types::ErrorDetails::with_error_info(
        "not_found",
        "someone-else.example",
        std::collections::HashMap::new(),
    );
    let status = Status::with_error_details(tonic::Code::NotFound, "x", details);
    let read = StatusResponse::from_status(&status).expect("a status with ErrorInfo");
    assert_eq!(
        read.code::<GrpcError>(),
        Code::Unknown("not_found".to_owned())
    );
}
