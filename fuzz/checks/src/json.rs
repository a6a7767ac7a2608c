//! The client-side JSON body parser: `ErrorResponse::from_json` and its
//! variants on arbitrary bytes.
//!
//! Properties: nothing panics; the slice and reader entry points agree; a
//! tighter limit never accepts what the default refuses; what is accepted
//! has a non-empty code and at most the allowed members, and reads back
//! unchanged from both of errcat's writers (which may write it longer:
//! `\f` becomes `\u000c`); and where `serde_json`, a reference parser, reads
//! the body too, it agrees with what docs/wire-formats.md says errcat
//! reads: a standard member is a string or `null` (absent), and every other
//! member with a string value is an extension.

use errcat::{ErrorResponse, Limits, ParseError};

/// The deepest nesting a body may have, its own object the first level.
const MAX_DEPTH: usize = 127;

/// The deepest nesting of arrays and objects in `data`, counted outside
/// strings: exact for valid JSON, and for the valid prefix a parser read
/// before it refused.
fn depth(data: &[u8]) -> usize {
    let (mut depth, mut deepest) = (0_usize, 0);
    let (mut in_string, mut escaped) = (false, false);
    for &byte in data {
        match byte {
            _ if escaped => escaped = false,
            b'\\' if in_string => escaped = true,
            b'"' => in_string = !in_string,
            b'[' | b'{' if !in_string => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' if !in_string => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// Tight limits, to exercise the refusals.
const TIGHT: Limits = Limits {
    max_bytes: 96,
    max_parameters: 3,
};

/// Parses `data` as a JSON error body and checks the properties.
///
/// # Panics
///
/// When a property does not hold.
pub fn check(data: &[u8]) {
    let parsed = ErrorResponse::from_json(data);
    let from_reader = ErrorResponse::from_json_reader(data, Limits::DEFAULT);
    match (&parsed, &from_reader) {
        // The reader stops at the limit plus one byte, so it cannot know
        // the whole length.
        (Err(ParseError::TooLong { .. }), Err(ParseError::TooLong { len, limit })) => {
            assert_eq!(*len, limit + 1);
        }
        _ => assert_eq!(parsed, from_reader, "slice and reader disagree"),
    }
    let tight = ErrorResponse::from_json_with_limits(data, TIGHT);
    if tight.is_ok() {
        assert_eq!(tight, parsed, "a tighter limit accepted more");
    }
    // Nested 128 levels deep is refused, the body's own object the first
    // (docs/wire-formats.md, "Reading responses").
    if let Err(ParseError::Json(message)) = &parsed
        && message.contains("nested deeper")
    {
        assert!(
            depth(data) > MAX_DEPTH,
            "refused at depth {}: {message}",
            depth(data)
        );
    }
    let Ok(response) = parsed else {
        return;
    };
    assert!(
        depth(data) <= MAX_DEPTH,
        "accepted at depth {}",
        depth(data)
    );
    assert!(!response.error.is_empty());
    // error and the four optional fields, plus the extensions.
    assert!(response.extensions.len() < Limits::DEFAULT.max_parameters);
    // Re-encoding may grow a body (`\f` is written `\u000c`), so it is
    // read back without a length limit.
    let unlimited = Limits {
        max_bytes: usize::MAX,
        ..Limits::DEFAULT
    };
    let written = response.to_json();
    assert_eq!(
        ErrorResponse::from_json_with_limits(written.as_bytes(), unlimited).as_ref(),
        Ok(&response),
        "to_json reads back: {written}"
    );
    let via_serde = serde_json::to_string(&response).expect("a response serializes");
    assert_eq!(
        ErrorResponse::from_json_with_limits(via_serde.as_bytes(), unlimited).as_ref(),
        Ok(&response),
        "serde output reads back: {via_serde}"
    );
    check_against_serde_json(data, &response);
}

/// An accepted body as `serde_json`'s `Value` reads it agrees with the
/// response. `serde_json` refuses some bodies errcat accepts (a lone
/// surrogate or `1e400` in a skipped member), which are not compared; it
/// keeps the last of repeated members, which for a standard member errcat
/// refuses and for an extension only matters when one value is not a
/// string, so the comparison holds each way as far as it goes.
fn check_against_serde_json(data: &[u8], response: &ErrorResponse) {
    let body = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let Ok(serde_json::Value::Object(members)) = serde_json::from_slice(body) else {
        return;
    };
    let standard = [
        ("error", Some(&response.error)),
        ("error_description", response.error_description.as_ref()),
        ("error_uri", response.error_uri.as_ref()),
        ("state", response.state.as_ref()),
        ("iss", response.iss.as_ref()),
    ];
    for (name, field) in standard {
        match members.get(name) {
            Some(serde_json::Value::String(value)) => assert_eq!(field, Some(value), "{name}"),
            None | Some(serde_json::Value::Null) => assert_eq!(field, None, "{name}"),
            Some(other) => panic!("accepted {name} = {other}"),
        }
    }
    for (name, value) in &members {
        if let serde_json::Value::String(value) = value
            && !standard.iter().any(|(standard, _)| standard == name)
        {
            assert_eq!(response.extensions.get(name), Some(value), "{name}");
        }
    }
    for name in response.extensions.keys() {
        assert!(
            members.contains_key(name),
            "an extension {name} not in the body"
        );
    }
}
