//! `LoginError` over a real gRPC channel: a tonic server (the standard
//! health service of `tonic-health`, whose `check` fails with the error the
//! request names) on a loopback TCP port, and a tonic client that receives
//! each status and reads it back to its variant with errcat.

use std::net::SocketAddr;
use std::pin::Pin;

use errcat::grpc::{HTTP_STATUS_KEY, StatusResponse};
use errcat::{Code, Error, Expose};
use login_errors::LoginError;
use tonic::codegen::tokio_stream::Stream;
use tonic::transport::server::TcpIncoming;
use tonic::transport::{Channel, Server};
use tonic::{Request, Response, Status};
use tonic_health::pb::health_client::HealthClient;
use tonic_health::pb::health_server::{Health, HealthServer};
use tonic_health::pb::{HealthCheckRequest, HealthCheckResponse};
use tonic_types::StatusExt;

/// The debug detail every failure carries: it must never reach the client
/// unless the service switches it on.
const SECRET: &str = "user 42 locked by job 7 on db-3";

/// A health service whose `check` fails with the `LoginError` variant named
/// by the request's `service`, debug detail attached; with its `Debug` name
/// prefixed by `debug:`, it exposes that detail, as a development server
/// might.
struct FailingHealth;

fn variant(name: &str) -> Option<LoginError> {
    LoginError::ALL
        .iter()
        .copied()
        .find(|code| format!("{code:?}") == name)
}

#[tonic::async_trait]
impl Health for FailingHealth {
    async fn check(
        &self,
        request: Request<HealthCheckRequest>,
    ) -> Result<Response<HealthCheckResponse>, Status> {
        let service = request.into_inner().service;
        let (name, expose) = match service.strip_prefix("debug:") {
            Some(name) => (name, Expose::DEFAULT.with_debug(true)),
            None => (service.as_str(), Expose::DEFAULT),
        };
        let Some(code) = variant(name) else {
            return Ok(Response::new(HealthCheckResponse { status: 1 }));
        };
        let error = Error::from(code).with_debug(SECRET);
        if expose == Expose::DEFAULT {
            // The conversion a handler reaches for with `?`.
            Err(Status::from(error))
        } else {
            Err(error.to_grpc_status(expose))
        }
    }

    type WatchStream =
        Pin<Box<dyn Stream<Item = Result<HealthCheckResponse, Status>> + Send + 'static>>;

    async fn watch(
        &self,
        _request: Request<HealthCheckRequest>,
    ) -> Result<Response<Self::WatchStream>, Status> {
        // A bare generated enum converts too.
        Err(Status::from(LoginError::TemporarilyUnavailable))
    }
}

/// Serves `FailingHealth` on an ephemeral loopback port; returns a client
/// connected to it. The server runs until the test's runtime ends.
async fn serve() -> HealthClient<Channel> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let address: SocketAddr = listener.local_addr().expect("the bound address");
    let server = Server::builder().serve_with_incoming(
        HealthServer::new(FailingHealth),
        TcpIncoming::from(listener),
    );
    tokio::spawn(server);
    let channel = Channel::from_shared(format!("http://{address}"))
        .expect("a valid endpoint")
        .connect()
        .await
        .expect("connect to the server");
    HealthClient::new(channel)
}

async fn call(client: &mut HealthClient<Channel>, service: String) -> Status {
    client
        .check(HealthCheckRequest { service })
        .await
        .expect_err("the service fails")
}

/// The gRPC code of each of the Login catalog's statuses, as google.rpc
/// pairs them: written out here, not taken from errcat.
fn expected_grpc_code(status: u16) -> tonic::Code {
    match status {
        400 => tonic::Code::InvalidArgument,
        401 => tonic::Code::Unauthenticated,
        403 => tonic::Code::PermissionDenied,
        404 => tonic::Code::NotFound,
        500 => tonic::Code::Internal,
        503 => tonic::Code::Unavailable,
        other => panic!("the Login catalog has no status {other}"),
    }
}

#[tokio::test]
async fn every_login_error_crosses_the_channel_and_comes_back() {
    let mut client = serve().await;
    // A request naming no error succeeds: the service is real.
    let ok = client
        .check(HealthCheckRequest {
            service: String::new(),
        })
        .await
        .expect("a healthy answer");
    assert_eq!(ok.into_inner().status, 1);

    for &code in LoginError::ALL {
        let status = call(&mut client, format!("{code:?}")).await;
        assert_eq!(status.code(), expected_grpc_code(code.status()), "{code:?}");
        let expected_message = match code.hint() {
            Some(hint) => format!("{} {hint}", code.description()),
            None => code.description().to_owned(),
        };
        assert_eq!(status.message(), expected_message, "{code:?}");
        assert!(!status.message().contains(SECRET));
        assert!(!String::from_utf8_lossy(status.details()).contains(SECRET));

        let details = status.check_error_details().expect("decodable details");
        let info = details.error_info().expect("ErrorInfo");
        assert_eq!(info.reason, code.code());
        // The Login catalog declares no domain: the seed page names none.
        assert_eq!(info.domain, "");
        assert_eq!(
            info.metadata.get(HTTP_STATUS_KEY),
            Some(&code.status().to_string())
        );
        match (details.help(), code.reference_url()) {
            (Some(help), Some(url)) => {
                assert_eq!(help.links.len(), 1, "{code:?}");
                assert_eq!(help.links[0].url, url);
                assert_eq!(Some(help.links[0].description.as_str()), code.reference());
            }
            (None, None) => assert_eq!(code.reference(), Some("Unstoppable Login")),
            (help, url) => panic!("{code:?}: Help {help:?}, reference URL {url:?}"),
        }

        let read = StatusResponse::from_status(&status).expect("errcat reads the status");
        assert_eq!(read.code::<LoginError>(), Code::Known(code), "{code:?}");
        assert_eq!(read.response.error, code.code());
        assert_eq!(
            read.response.error_description.as_deref(),
            Some(&*expected_message)
        );
    }
}

#[tokio::test]
async fn the_shared_code_comes_back_as_the_right_variant() {
    let mut client = serve().await;
    for code in [LoginError::InvalidTokenFormat, LoginError::TokenExpired] {
        let status = call(&mut client, format!("{code:?}")).await;
        let read = StatusResponse::from_status(&status).expect("errcat reads the status");
        assert_eq!(read.response.error, "invalid_token");
        assert_eq!(read.code::<LoginError>(), Code::Known(code));
    }
    assert_eq!(
        LoginError::from_code("invalid_token"),
        Some(LoginError::InvalidTokenFormat)
    );
    let expired = call(&mut client, "TokenExpired".to_owned()).await;
    assert_eq!(expired.code(), tonic::Code::Unauthenticated);
    assert_eq!(
        expired.get_error_details().help().expect("Help").links[0].url,
        "https://www.rfc-editor.org/rfc/rfc6750#section-3.1"
    );
}

#[tokio::test]
async fn debug_detail_leaves_only_when_switched_on() {
    let mut client = serve().await;
    let status = call(&mut client, "debug:ServerError".to_owned()).await;
    assert_eq!(status.code(), tonic::Code::Internal);
    assert!(status.message().ends_with(SECRET), "{}", status.message());
    let read = StatusResponse::from_status(&status).expect("errcat reads the status");
    assert_eq!(
        read.code::<LoginError>(),
        Code::Known(LoginError::ServerError)
    );
}

#[tokio::test]
async fn a_bare_enum_converts_and_a_plain_status_is_refused() {
    let mut client = serve().await;
    let status = client
        .watch(HealthCheckRequest {
            service: String::new(),
        })
        .await
        .expect_err("watch fails");
    assert_eq!(status.code(), tonic::Code::Unavailable);
    let read = StatusResponse::from_status(&status).expect("errcat reads the status");
    assert_eq!(
        read.code::<LoginError>(),
        Code::Known(LoginError::TemporarilyUnavailable)
    );

    // A status errcat did not write, as tonic's own transport makes one.
    let unimplemented = Status::unimplemented("no such method");
    assert_eq!(
        StatusResponse::from_status(&unimplemented),
        Err(errcat::grpc::StatusParseError::NoErrorInfo)
    );
}
