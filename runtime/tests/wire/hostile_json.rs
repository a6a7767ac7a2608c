//! JSON error bodies from a hostile server: endless, oversized or nested
//! without end. Each is refused with a `ParseError` before it is buffered
//! whole, and none overflows the stack. And bodies from a careless one,
//! read as the common clients read them: `null` members, a byte-order mark.

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
        assert!(
            message.starts_with("nested deeper than the limit of 127 levels at line 1 column "),
            "{message}"
        );
        assert_eq!(
            ErrorResponse::from_json_reader(&body[..], unlimited),
            refused
        );
        // The top level too, where the body is not even an object.
        let bare = format!("{}{}", open.repeat(100_000), close.repeat(100_000));
        assert!(ErrorResponse::from_json_with_limits(bare.as_bytes(), unlimited).is_err());
        // serde's own entry point, which has no length limit, is bounded
        // by serde_json's recursion limit.
        assert!(serde_json::from_slice::<ErrorResponse>(&body).is_err());
    }
}

/// 127 levels, the body's object the first, are read and the nested
/// member skipped; the 128th is refused where `serde_json`'s recursion limit
/// refuses it, by `from_json` and by serde's `Deserialize` alike.
#[test]
fn the_depth_limit_is_serde_jsons() {
    // The object, then `levels - 1` arrays in the member `ext`.
    let body = |levels: usize| nested(levels - 1, "[", "]");
    for levels in [2, 100, 127] {
        let response = ErrorResponse::from_json(&body(levels))
            .unwrap_or_else(|error| panic!("{levels} levels: {error}"));
        assert!(response.extensions.is_empty());
        assert_eq!(
            serde_json::from_slice::<ErrorResponse>(&body(levels)).ok(),
            Some(response)
        );
    }
    // `{"error":"x","ext":` is 19 bytes: the 127th `[` is at column 146.
    let too_deep = body(128);
    assert_eq!(
        ErrorResponse::from_json(&too_deep),
        Err(ParseError::Json(
            "nested deeper than the limit of 127 levels at line 1 column 146".into()
        ))
    );
    let by_serde = serde_json::from_slice::<ErrorResponse>(&too_deep)
        .expect_err("refused")
        .to_string();
    assert_eq!(by_serde, "recursion limit exceeded at line 1 column 146");
    assert!(serde_json::from_slice::<serde_json::Value>(&too_deep).is_err());
    assert!(serde_json::from_slice::<serde_json::Value>(&body(127)).is_ok());
}

/// A UTF-8 byte-order mark.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads `body` with every JSON entry point that takes bytes, checking
/// that they agree.
fn read_json(body: &[u8]) -> Result<ErrorResponse, ParseError> {
    let from_slice = ErrorResponse::from_json(body);
    assert_eq!(
        ErrorResponse::from_json_with_limits(body, Limits::DEFAULT),
        from_slice
    );
    assert_eq!(
        ErrorResponse::from_json_reader(body, Limits::DEFAULT),
        from_slice
    );
    from_slice
}

/// A naive serde server writes an unset `Option` as `null`; oauth2-rs,
/// oauthlib and oauth4webapi read it as absent, and so does errcat, so the
/// code is not lost.
#[test]
fn a_null_member_reads_as_absent() {
    let response = read_json(
        br#"{"error":"invalid_grant","error_description":null,"error_uri":null,"state":null,"iss":null,"x":null}"#,
    );
    assert_eq!(response, Ok(ErrorResponse::new("invalid_grant")));
    let response = read_json(br#"{"error_description":null,"error":"invalid_grant","state":"s"}"#)
        .expect("a null before the error");
    assert_eq!(response.error_description, None);
    assert_eq!(response.state.as_deref(), Some("s"));
}

#[test]
fn a_null_error_is_a_missing_one() {
    assert_eq!(
        read_json(br#"{"error":null}"#),
        Err(ParseError::MissingError)
    );
    assert_eq!(
        read_json(br#"{"error":null,"error_description":"x"}"#),
        Err(ParseError::MissingError)
    );
}

/// `null` is an appearance: a second member of the same name is a repeat,
/// whichever comes first, rather than a value that replaces it.
#[test]
fn a_null_member_counts_towards_a_repeat() {
    for body in [
        &br#"{"error":"e","state":null,"state":null}"#[..],
        br#"{"error":"e","state":null,"state":"s"}"#,
        br#"{"error":"e","state":"s","state":null}"#,
        br#"{"error":null,"error":"e"}"#,
    ] {
        let name = if body.starts_with(br#"{"error":null"#) {
            "error"
        } else {
            "state"
        };
        assert_eq!(
            read_json(body),
            Err(ParseError::DuplicateParameter(name.into())),
            "{}",
            String::from_utf8_lossy(body)
        );
    }
    // A standard member that is neither a string nor null is still
    // malformed, with serde's position.
    let Err(ParseError::Json(message)) = read_json(br#"{"error":"e","state":1}"#) else {
        panic!("a number for state was accepted");
    };
    assert!(message.contains("expected a string"), "{message}");
}

#[test]
fn a_leading_byte_order_mark_is_skipped() {
    let body = [BOM, br#"{"error":"invalid_grant"}"#].concat();
    assert_eq!(read_json(&body), Ok(ErrorResponse::new("invalid_grant")));
    // serde's entry point sees the bytes only through serde_json, which
    // refuses the mark: nothing errcat can change there.
    assert!(serde_json::from_slice::<ErrorResponse>(&body).is_err());
    // Once, and only at the start: elsewhere it is not JSON.
    for body in [
        [BOM, BOM, br#"{"error":"e"}"#].concat(),
        [b" ", BOM, br#"{"error":"e"}"#].concat(),
        [br#"{"error":"e"}"#, BOM].concat(),
    ] {
        assert!(
            matches!(read_json(&body), Err(ParseError::Json(_))),
            "{body:?}"
        );
    }
}

/// The limit counts the byte-order mark: it bounds the bytes received,
/// which `from_json_reader` must read before it can skip the mark, and
/// the slice and the reader entry points accept the same bodies.
#[test]
fn the_size_limit_counts_the_byte_order_mark() {
    let json = br#"{"error":"e"}"#;
    let body = [BOM, json].concat();
    let exact = Limits {
        max_bytes: body.len(),
        ..Limits::DEFAULT
    };
    assert!(ErrorResponse::from_json_with_limits(&body, exact).is_ok());
    assert!(ErrorResponse::from_json_reader(&body[..], exact).is_ok());
    let without_the_mark = Limits {
        max_bytes: json.len(),
        ..Limits::DEFAULT
    };
    assert_eq!(
        ErrorResponse::from_json_with_limits(&body, without_the_mark),
        Err(ParseError::TooLong {
            len: json.len() + 3,
            limit: json.len()
        })
    );
    assert_eq!(
        ErrorResponse::from_json_reader(&body[..], without_the_mark),
        Err(ParseError::TooLong {
            len: json.len() + 1,
            limit: json.len()
        })
    );
    // At the default 64 KiB: a body of exactly 64 KiB with its mark is
    // read, one byte more is refused.
    let padded = |len: usize| {
        let mut body = [BOM, br#"{"error":"e","pad":""#].concat();
        let pad = len - body.len() - 2;
        body.extend(std::iter::repeat_n(b'a', pad));
        body.extend(br#""}"#);
        body
    };
    assert!(ErrorResponse::from_json(&padded(64 * 1024)).is_ok());
    assert_eq!(
        ErrorResponse::from_json(&padded(64 * 1024 + 1)),
        Err(ParseError::TooLong {
            len: 64 * 1024 + 1,
            limit: 64 * 1024
        })
    );
}
