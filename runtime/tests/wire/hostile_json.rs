//! JSON error bodies from a hostile server: endless, oversized or nested
//! without end. Each is refused with a `ParseError` before it is buffered
//! whole, and none overflows the stack.

use std::io::Read;

use errcat::{ErrorResponse, Limits, ParseError};

/// A reader that counts the bytes it hands out.
struct Counting<R> {
    inner: R,
    read: usize,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buf)?;
        self.read += read;
        Ok(read)
    }
}

#[test]
fn an_endless_body_is_refused_after_the_limit_plus_one_byte() {
    for max_bytes in [0, 1, 100, 64 * 1024] {
        let limits = Limits {
            max_bytes,
            ..Limits::DEFAULT
        };
        let mut endless = Counting {
            inner: std::io::repeat(b'['),
            read: 0,
        };
        assert_eq!(
            ErrorResponse::from_json_reader(&mut endless, limits),
            Err(ParseError::TooLong {
                len: max_bytes + 1,
                limit: max_bytes
            })
        );
        assert_eq!(endless.read, max_bytes + 1, "read no more than needed");
    }
}

#[test]
fn a_body_at_the_limit_is_read_whole() {
    let body = br#"{"error":"invalid_request"}"#;
    let limits = Limits {
        max_bytes: body.len(),
        ..Limits::DEFAULT
    };
    let mut reader = Counting {
        inner: &body[..],
        read: 0,
    };
    let response = ErrorResponse::from_json_reader(&mut reader, limits).expect("a valid body");
    assert_eq!(response.error, "invalid_request");
    assert_eq!(reader.read, body.len());
}

#[test]
fn a_failing_reader_is_a_read_error() {
    struct Failing;
    impl Read for Failing {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("connection reset"))
        }
    }
    let refused = ErrorResponse::from_json_reader(Failing, Limits::DEFAULT);
    assert_eq!(refused, Err(ParseError::Read("connection reset".into())));
    assert_eq!(
        refused.expect_err("refused").to_string(),
        "reading the input failed: connection reset"
    );
}

#[test]
fn an_oversized_slice_is_refused_before_parsing() {
    let body = vec![b' '; 64 * 1024 + 1];
    assert_eq!(
        ErrorResponse::from_json(&body),
        Err(ParseError::TooLong {
            len: 64 * 1024 + 1,
            limit: 64 * 1024
        })
    );
}

/// `{"error":"x","ext":` + `depth` levels of `open` ... `close` + `}`.
fn nested(depth: usize, open: &str, close: &str) -> Vec<u8> {
    let mut body = String::from(r#"{"error":"x","ext":"#);
    body.push_str(&open.repeat(depth));
    body.push('1');
    body.push_str(&close.repeat(depth));
    body.push('}');
    body.into_bytes()
}

#[test]
fn deep_nesting_is_malformed_json_not_a_stack_overflow() {
    let unlimited = Limits {
        max_bytes: usize::MAX,
        ..Limits::DEFAULT
    };
    for (open, close) in [("[", "]"), (r#"{"a":"#, "}")] {
        let body = nested(100_000, open, close);
        let refused = ErrorResponse::from_json_with_limits(&body, unlimited);
        let Err(ParseError::Json(message)) = &refused else {
            panic!("{open}: {refused:?}");
        };
        assert!(message.contains("recursion limit exceeded"), "{message}");
        assert_eq!(
            ErrorResponse::from_json_reader(&body[..], unlimited),
            refused
        );
        // The top level too, where the body is not even an object.
        let bare = format!("{}{}", open.repeat(100_000), close.repeat(100_000));
        assert!(ErrorResponse::from_json_with_limits(bare.as_bytes(), unlimited).is_err());
        // serde's own entry point, which has no length limit, is bounded
        // by the same recursion limit.
        assert!(serde_json::from_slice::<ErrorResponse>(&body).is_err());
    }
    // Nesting within serde_json's limit (128) is skipped, as an extension
    // that is not a string.
    let body = nested(100, "[", "]");
    let response = ErrorResponse::from_json(&body).expect("100 levels are fine");
    assert!(response.extensions.is_empty());
}
