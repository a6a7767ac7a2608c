//! `from_json` against Python's `json` module (`reference/json_body.py`),
//! the reference the readers were found to disagree with: a member errcat
//! documents as skipped (an extension whose value is not a string) is
//! skipped whatever it holds, as Python reads it, and only its nesting is
//! bounded. Where errcat reads more strictly than Python, by choice, the
//! model below says so: it keeps text as Rust strings, so a kept string
//! or a kept member's name that is not Unicode (a lone surrogate escape,
//! which RFC 8259 section 8.2 leaves to the parser) is refused, and
//! nesting is bounded at `serde_json`'s 127 levels.

use std::collections::BTreeMap;

use errcat::{ErrorResponse, Limits, ParseError};
use serde_json::Value;

use super::reference_python::{Generator, read_all};

/// The bodies of the disagreements found, each read as Python reads it.
const SKIPPED: [&str; 8] = [
    r#"{"error":"invalid_request","x":["\ud800"]}"#,
    r#"{"error":"invalid_request","x":{"a":"\udc00"}}"#,
    r#"{"error":"invalid_request","x":{"\ud800":1}}"#,
    r#"{"error":"invalid_request","x":1e400}"#,
    r#"{"error":"invalid_request","x":[-1e400, 1e-400, 123456789012345678901234567890]}"#,
    r#"{"error":"invalid_request","\ud800":[1e400]}"#,
    r#"{"x":{"y":[1E+999]},"error":"invalid_request","z":true}"#,
    r#"{"error":"invalid_request","x":"kept","x":["\ud800", 1e400]}"#,
];

#[test]
fn a_skipped_member_is_skipped_whatever_it_holds() {
    for body in SKIPPED {
        let response = ErrorResponse::from_json(body.as_bytes())
            .unwrap_or_else(|error| panic!("{body}: {error}"));
        assert_eq!(response.error, "invalid_request", "{body}");
        let kept: BTreeMap<String, String> = if body.contains(r#""kept""#) {
            [("x".into(), "kept".into())].into()
        } else {
            BTreeMap::new()
        };
        assert_eq!(response.extensions, kept, "{body}");
        assert_eq!(
            ErrorResponse::from_json_reader(body.as_bytes(), Limits::DEFAULT).as_ref(),
            Ok(&response)
        );
    }
}

/// Text errcat keeps must be Unicode: a lone surrogate in a kept string,
/// or in the name of a member whose string value would be kept, is
/// refused with `serde_json`'s position, not replaced.
#[test]
fn kept_text_that_is_not_unicode_is_refused() {
    for (body, column) in [
        (r#"{"error":"\ud800"}"#, 17),
        (r#"{"error":"e","error_description":"a\udc00"}"#, 41),
        (r#"{"error":"e","x":"\ud800"}"#, 25),
        (r#"{"error":"e","\ud800":"x"}"#, 21),
    ] {
        let Err(ParseError::Json(message)) = ErrorResponse::from_json(body.as_bytes()) else {
            panic!("{body} was read");
        };
        assert!(
            message.ends_with(&format!("at line 1 column {column}")),
            "{body}: {message}"
        );
    }
    // Nor may a body be other than UTF-8, inside a skipped string too
    // (RFC 8259 section 8.1), though serde's own skip does not look.
    assert_eq!(
        ErrorResponse::from_json(b"{\"error\":\"e\",\"x\":[\"\xff\"]}"),
        Err(ParseError::Json("invalid UTF-8 at line 1 column 20".into()))
    );
}

/// The body is JSON before it is a response: `{}}` is malformed, not a
/// response without `error`, as Python's `json` refuses it too.
#[test]
fn trailing_bytes_are_malformed_before_the_error_is_missing() {
    for (body, column) in [("{}}", 3), (r#"{"x":1} {"#, 9)] {
        assert_eq!(
            ErrorResponse::from_json(body.as_bytes()),
            Err(ParseError::Json(format!(
                "trailing characters at line 1 column {column}"
            ))),
            "{body}"
        );
    }
    assert_eq!(
        ErrorResponse::from_json(b"{} "),
        Err(ParseError::MissingError)
    );
}

/// What errcat's documented policy makes of a body, from Python's reading
/// of it.
#[derive(Debug)]
enum Verdict {
    Read(ErrorResponse),
    Refused(ParseError),
    /// Refused as [`ParseError::Json`], whatever the message.
    Malformed,
    /// Python refuses it: errcat refuses it too, with any error (it may
    /// stop at a repeat before the syntax error past it).
    NotJson,
}

fn expected(reading: &Value) -> Verdict {
    const STANDARD: [&str; 5] = ["error", "error_description", "error_uri", "state", "iss"];
    if reading["ok"] == false {
        return Verdict::NotJson;
    }
    if reading["depth"].as_u64() > Some(127) {
        return Verdict::Malformed;
    }
    let Some(members) = reading["members"].as_array() else {
        return Verdict::Malformed;
    };
    let mut fields: [Option<String>; 5] = Default::default();
    let mut seen = [false; 5];
    let mut extensions = BTreeMap::new();
    for member in members {
        let (name, kind, value) = (member[0].as_str(), &member[1], member[2].as_str());
        if kind == "string" && name.is_none() {
            return Verdict::Malformed;
        }
        let Some(name) = name else { continue };
        if let Some(index) = STANDARD.iter().position(|standard| *standard == name) {
            if seen[index] {
                return Verdict::Refused(ParseError::DuplicateParameter(name.into()));
            }
            seen[index] = true;
            match (kind.as_str(), value) {
                (Some("string"), Some(value)) => fields[index] = Some(value.into()),
                (Some("null"), _) => {}
                _ => return Verdict::Malformed,
            }
        } else if kind == "string" {
            let Some(value) = value else {
                return Verdict::Malformed;
            };
            if extensions
                .insert(name.to_owned(), value.to_owned())
                .is_some()
            {
                return Verdict::Refused(ParseError::DuplicateParameter(name.into()));
            }
        }
    }
    let [error, error_description, error_uri, state, iss] = fields;
    let Some(error) = error else {
        return Verdict::Refused(ParseError::MissingError);
    };
    if error.is_empty() {
        return Verdict::Refused(ParseError::EmptyError);
    }
    let mut response = ErrorResponse::new(error);
    response.error_description = error_description;
    response.error_uri = error_uri;
    response.state = state;
    response.iss = iss;
    response.extensions = extensions;
    Verdict::Read(response)
}

const NAMES: [&str; 10] = [
    "error",
    "error_description",
    "error_uri",
    "state",
    "iss",
    "x",
    "y",
    "ERROR",
    r"\ud800",
    r"a\u0000\u00e9",
];

const SCALARS: [&str; 24] = [
    "0",
    "-1",
    "1e400",
    "-1e400",
    "1.5e-400",
    "123456789012345678901234567890",
    "1E+2",
    "0.5",
    "true",
    "false",
    "null",
    "null",
    r#""invalid_request""#,
    r#""invalid_request""#,
    r#""""#,
    r#""\ud800""#,
    r#""x\udc00""#,
    r#""\ud83d\ude00""#,
    r#""\u00e9\n\"\/""#,
    r#""é""#,
    r#""a\\b\tc""#,
    r#""[{""#,
    "[]",
    "{}",
];

fn name(generator: &mut Generator, out: &mut String) {
    out.push('"');
    out.push_str(generator.pick(&NAMES));
    out.push_str("\":");
}

fn value(generator: &mut Generator, levels: usize, out: &mut String) {
    match generator.below(if levels == 0 { 1 } else { 4 }) {
        0 | 1 => out.push_str(generator.pick(&SCALARS)),
        2 => {
            out.push('[');
            for index in 0..generator.below(4) {
                if index > 0 {
                    out.push(',');
                }
                value(generator, levels - 1, out);
            }
            out.push(']');
        }
        _ => {
            out.push('{');
            for index in 0..generator.below(4) {
                if index > 0 {
                    out.push(',');
                }
                name(generator, out);
                value(generator, levels - 1, out);
            }
            out.push('}');
        }
    }
}

/// A body: an object of a few members, sometimes nested about the depth
/// limit, sometimes broken.
fn body(generator: &mut Generator) -> Vec<u8> {
    let mut out = String::from("{");
    let members = generator.below(6);
    // Most bodies have an `error` that reads, so that both sides of the
    // policy are reached.
    let error_at = generator.below(members + 2);
    for index in 0..=members {
        if index > 0 {
            out.push_str(generator.pick(&[",", ", ", " ,\n\t"]));
        }
        if index == error_at {
            out.push_str(r#""error":"invalid_request""#);
            continue;
        }
        if index == members {
            out.push_str(r#""x":0"#);
            continue;
        }
        name(generator, &mut out);
        if generator.one_in(8) {
            let levels = generator.pick(&[125, 126, 127, 128, 300]);
            out.push_str(&"[".repeat(levels));
            value(generator, 2, &mut out);
            out.push_str(&"]".repeat(levels));
        } else {
            value(generator, 3, &mut out);
        }
    }
    out.push('}');
    let mut body = out.into_bytes();
    if generator.one_in(6) {
        match generator.below(7) {
            0 => body = [b"\xEF\xBB\xBF", &body[..]].concat(),
            1 => body = [b" \r\n\t", &body[..]].concat(),
            2 => body.truncate(generator.below(body.len())),
            3 => {
                let at = generator.below(body.len());
                body.insert(at, generator.pick(b"\xff,}\"\\"));
            }
            4 => body = format!("[{}]", String::from_utf8_lossy(&body)).into_bytes(),
            5 => body = [&body[..1], br#""n":NaN,"#, &body[1..]].concat(),
            _ => body = [&body[..1], br#""n":[1,],"#, &body[1..]].concat(),
        }
    }
    body
}

#[test]
fn from_json_agrees_with_pythons_json() {
    let mut generator = Generator::new(18);
    let mut bodies: Vec<Vec<u8>> = SKIPPED
        .iter()
        .map(|body| body.as_bytes().to_vec())
        .collect();
    bodies.extend((0..3000).map(|_| body(&mut generator)));
    let Some(readings) = read_all("json_body.py", "json", &bodies) else {
        return;
    };
    let mut disagreements = Vec::new();
    let mut accepted = 0;
    for (body, reading) in bodies.iter().zip(&readings) {
        let read = ErrorResponse::from_json(body);
        accepted += usize::from(read.is_ok());
        let agrees = match (&read, expected(reading)) {
            (read, Verdict::Read(response)) => read.as_ref() == Ok(&response),
            (read, Verdict::Refused(error)) => read.as_ref() == Err(&error),
            (read, Verdict::Malformed) => matches!(read, Err(ParseError::Json(_))),
            (read, Verdict::NotJson) => read.is_err(),
        };
        if !agrees {
            disagreements.push(format!(
                "{}\n  errcat: {read:?}\n  python: {reading}",
                String::from_utf8_lossy(body)
            ));
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {} bodies:\n{}",
        disagreements.len(),
        bodies.len(),
        disagreements[..disagreements.len().min(10)].join("\n")
    );
    // The generator reaches both sides of the policy.
    assert!(
        accepted > 300 && accepted < bodies.len() - 300,
        "{accepted}"
    );
}
