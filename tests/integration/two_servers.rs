//! Serves routes with axum and with actix-web on ephemeral ports of
//! 127.0.0.1, and exchanges raw HTTP/1.1 with either, so that the actix
//! tests (`actix_axum_parity`, `actix_example`) compare exactly what each
//! framework puts on the wire: the status line, every header line as sent,
//! and the body bytes. `example_server` and `utoipa_openapi` serve their
//! examples with `serve_axum` too.

use std::fmt::Write as _;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::mpsc;
use std::thread::JoinHandle;
use std::time::Duration;

use actix_web::dev::ServerHandle;
use actix_web::{App, HttpServer, web};

/// An axum router being served; it stops when its runtime is dropped.
pub(crate) struct AxumServer {
    _runtime: tokio::runtime::Runtime,
    pub(crate) addr: SocketAddr,
}

pub(crate) fn serve_axum(router: axum::Router) -> AxumServer {
    let runtime = tokio::runtime::Runtime::new().expect("a tokio runtime");
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
        .expect("bind an ephemeral port");
    let addr = listener.local_addr().expect("the bound address");
    runtime.spawn(async move { axum::serve(listener, router).await });
    AxumServer {
        _runtime: runtime,
        addr,
    }
}

/// An actix-web app being served by one worker, in an actix system on a
/// thread of its own (actix-web's runtime is single-threaded per worker);
/// dropping it stops the server and joins the thread.
pub(crate) struct ActixServer {
    pub(crate) addr: SocketAddr,
    handle: ServerHandle,
    thread: Option<JoinHandle<io::Result<()>>>,
}

pub(crate) fn serve_actix(routes: fn(&mut web::ServiceConfig)) -> ActixServer {
    let (sender, receiver) = mpsc::channel();
    let thread = std::thread::spawn(move || {
        actix_web::rt::System::new().block_on(async move {
            let server = HttpServer::new(move || App::new().configure(routes))
                .workers(1)
                .disable_signals()
                .bind(("127.0.0.1", 0))?;
            let addr = server.addrs()[0];
            let server = server.run();
            let _ = sender.send((addr, server.handle()));
            server.await
        })
    });
    let Ok((addr, handle)) = receiver.recv() else {
        // The thread ended before it could serve: its result says why.
        let outcome = thread.join();
        panic!("the actix-web server did not start: {outcome:?}");
    };
    ActixServer {
        addr,
        handle,
        thread: Some(thread),
    }
}

impl Drop for ActixServer {
    fn drop(&mut self) {
        // `stop` sends the command at once; its future only waits for it.
        drop(self.handle.stop(false));
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// One raw HTTP/1.1 reply: the status line and every header line as the
/// server sent them, and the body.
#[derive(Debug)]
pub(crate) struct RawReply {
    pub(crate) status_line: String,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl RawReply {
    /// The values of the header `name`, as sent.
    pub(crate) fn values(&self, name: &str) -> Vec<&str> {
        self.headers
            .iter()
            .filter(|(candidate, _)| candidate.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
            .collect()
    }

    /// Every header but `date`, sorted: actix-web's header map keeps no
    /// order, and HTTP gives the order of different field names no meaning
    /// (RFC 9110, section 5.3). Names are kept as sent.
    pub(crate) fn headers_but_date(&self) -> Vec<(String, String)> {
        let mut headers: Vec<(String, String)> = self
            .headers
            .iter()
            .filter(|(name, _)| !name.eq_ignore_ascii_case("date"))
            .cloned()
            .collect();
        headers.sort();
        headers
    }
}

/// Sends one request with `Connection: close` and reads the whole reply.
pub(crate) fn exchange(addr: SocketAddr, method: &str, target: &str, form: &str) -> RawReply {
    let mut stream = TcpStream::connect(addr).expect("connect to the server");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .expect("set a timeout");
    let mut request =
        format!("{method} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if !form.is_empty() {
        let _ = write!(
            request,
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n",
            form.len()
        );
    }
    request.push_str("\r\n");
    request.push_str(form);
    stream
        .write_all(request.as_bytes())
        .expect("send the request");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("read the reply");
    let split = raw
        .windows(4)
        .position(|window| window == b"\r\n\r\n")
        .expect("a head and a body");
    let head = std::str::from_utf8(&raw[..split]).expect("an ASCII head");
    let mut lines = head.split("\r\n");
    let status_line = lines.next().expect("a status line").to_owned();
    let headers = lines
        .map(|line| {
            let (name, value) = line.split_once(':').expect("a header line");
            (name.to_owned(), value.trim_start().to_owned())
        })
        .collect();
    RawReply {
        status_line,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

/// Both servers' replies are the same: the status line, every header but
/// `date` (each server sends its own, once, and the clock may have ticked
/// between the two requests) and the body, byte for byte.
pub(crate) fn assert_same_reply(axum: &RawReply, actix: &RawReply, context: &str) {
    assert_eq!(axum.status_line, actix.status_line, "{context}");
    assert_eq!(
        axum.headers_but_date(),
        actix.headers_but_date(),
        "{context}"
    );
    assert_eq!(axum.values("date").len(), 1, "{context}: {axum:?}");
    assert_eq!(actix.values("date").len(), 1, "{context}: {actix:?}");
    assert_eq!(axum.body, actix.body, "{context}");
}
