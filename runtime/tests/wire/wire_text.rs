//! The rules of `errcat::text`, end to end, read as a client reads them:
//!
//! - every `error_uri` errcat writes parses as an RFC 3986 URI-reference
//!   (with `fluent-uri`, a strict parser), in every format, cut to its
//!   limit or not; one that already is one is unchanged (unless cut), and
//!   normalising is idempotent;
//! - text read back from any format and percent-decoded once is exactly
//!   the text that was set, catalog text with `%` included.
#![cfg(feature = "serde")]

use errcat::text::{MAX_ERROR_URI_LEN, is_nqschar_text};
use errcat::{
    Challenge, Error, ErrorCode, ErrorResponse, Expose, Limits, RedirectOptions, ResponseMode,
    parse_www_authenticate,
};
use fluent_uri::UriRef;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use crate::hostile_text::escape_like_text;
use crate::read_back::{decode_once, is_full_or_cut, normalized};

errcat::catalog! { enum DocError = "examples/doc-catalog.toml"; }
errcat::catalog! { enum PercentError = "tests/fixtures/percent-catalog.toml"; }

const EXPOSE_ALL: Expose = Expose {
    hint: true,
    debug: true,
};

fn is_uri_reference(text: &str) -> bool {
    UriRef::parse(text).is_ok()
}

/// The three forms a client reads, each read back as a client would:
/// `serde_json`, errcat's challenge parser, errcat's redirect parser.
pub(crate) struct ReadBack {
    json: serde_json::Value,
    pub(crate) challenge: errcat::ParsedChallenge,
    query: ErrorResponse,
    fragment: ErrorResponse,
}

impl ReadBack {
    pub(crate) fn of<C: ErrorCode>(
        error: &Error<C>,
        challenge: &Challenge,
        expose: Expose,
    ) -> Self {
        let json = serde_json::from_str(&error.json_body(expose)).expect("a JSON body");
        let header = error.www_authenticate(challenge, expose);
        let mut challenges = parse_www_authenticate(&header, Limits::DEFAULT).expect("a header");
        let redirect = |mode| {
            let options = RedirectOptions {
                mode,
                issuer: None,
                expose,
            };
            let uri = error
                .redirect_uri("https://client.example/cb", &options)
                .expect("a valid redirect URI");
            ErrorResponse::from_redirect_uri(&uri).expect("a redirect")
        };
        Self {
            json,
            challenge: challenges.remove(0),
            query: redirect(ResponseMode::Query),
            fragment: redirect(ResponseMode::Fragment),
        }
    }

    /// The value of `name` in each form, `None` where it is absent.
    pub(crate) fn values(&self, name: &str) -> [Option<String>; 4] {
        let from_redirect = |response: &ErrorResponse| match name {
            "error_description" => response.error_description.clone(),
            "error_uri" => response.error_uri.clone(),
            _ => unreachable!("not read from redirects"),
        };
        [
            self.json[name].as_str().map(String::from),
            self.challenge.param(name).map(String::from),
            from_redirect(&self.query),
            from_redirect(&self.fragment),
        ]
    }
}

/// Any text, biased towards what breaks URIs: delimiters, brackets,
/// hex digits and `%`, characters never valid in a URI, scheme-like and
/// authority-like beginnings, and would-be IP literals.
fn hostile_uri() -> impl Strategy<Value = String> {
    let soup = vec(
        prop_oneof![
            4 => select(
                ":/?#[]@%!$&'()*+,;=-._~ <>{}|^`\"\\v\u{e9}\n"
                    .chars()
                    .collect::<Vec<_>>()
            ),
            2 => proptest::char::range('a', 'f'),
            2 => proptest::char::range('0', '9'),
            1 => any::<char>(),
        ],
        0..40,
    )
    .prop_map(String::from_iter);
    let start = select(vec![
        "",
        "http://",
        "https://u@",
        "//",
        "a:",
        "1a:",
        "urn:",
        "/",
    ]);
    let literal = "[0-9a-fA-F:.vV%]{0,20}";
    let after_literal = select(vec!["", ":", ":80", ":x", "x", "]"]);
    prop_oneof![
        any::<String>(),
        (start, soup.clone()).prop_map(|(start, rest)| start.to_owned() + &rest),
        (literal, after_literal, soup)
            .prop_map(|(inside, after, path)| format!("http://[{inside}]{after}/{path}")),
        valid_uri_reference(),
    ]
}

/// `1*` or `*` repetitions of a character class or a percent-encoded
/// octet, as a regex.
fn chars(class: &str, at_least: u8, at_most: u8) -> String {
    format!("([{class}]|%[0-9A-Fa-f]{{2}}){{{at_least},{at_most}}}")
}

/// `unreserved` and `sub-delims`, as the inside of a regex class (`-`
/// first, so that it is itself and more can be appended).
const UNRESERVED_SUB_DELIMS: &str = "-A-Za-z0-9._~!$&'()*+,;=";

/// Strings matching `pattern`.
fn matching(pattern: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(pattern).expect("a valid regex")
}

/// A valid RFC 3986 URI-reference, built from the grammar's parts.
fn valid_uri_reference() -> impl Strategy<Value = String> {
    let pchar = format!("{UNRESERVED_SUB_DELIMS}:@");
    let segment = chars(&pchar, 0, 4);
    let segment_nz = chars(&pchar, 1, 4);
    let segment_nz_nc = chars(&format!("{UNRESERVED_SUB_DELIMS}@"), 1, 4);
    let rest_of_path = format!("(/{segment}){{0,3}}");
    let path_abempty = rest_of_path.clone();
    let path_absolute = format!("/({segment_nz}{rest_of_path})?");
    let path_rootless = format!("{segment_nz}{rest_of_path}");
    let path_noscheme = format!("{segment_nz_nc}{rest_of_path}");
    let query_or_fragment = chars(&format!("{pchar}/?"), 0, 6);
    let query = format!("(\\?{query_or_fragment})?");
    let fragment = format!("(#{query_or_fragment})?");
    let scheme = "[A-Za-z][A-Za-z0-9+.-]{0,5}:";

    let ipv6 = vec(prop_oneof![Just(0_u16), any::<u16>()], 8).prop_map(|groups| {
        let groups: [u16; 8] = groups.try_into().expect("eight groups");
        format!("[{}]", core::net::Ipv6Addr::from(groups))
    });
    let host = prop_oneof![
        matching(&chars(UNRESERVED_SUB_DELIMS, 0, 8)),
        any::<[u8; 4]>().prop_map(|octets| core::net::Ipv4Addr::from(octets).to_string()),
        ipv6,
        select(vec![
            "[::]",
            "[1:2:3:4:5:6:7::]",
            "[::ffff:192.0.2.1]",
            "[1::2:3:4:5:6:7]"
        ])
        .prop_map(String::from),
        matching("\\[[vV][0-9A-Fa-f]{1,3}\\.[A-Za-z0-9._~!$&'()*+,;=:-]{1,6}\\]"),
    ];
    let userinfo = matching(&format!(
        "({}@)?",
        chars(&format!("{UNRESERVED_SUB_DELIMS}:"), 0, 6)
    ));
    let authority = (userinfo, host, matching("(:[0-9]{0,5})?"))
        .prop_map(|(userinfo, host, port)| format!("//{userinfo}{host}{port}"));
    let hier_part = prop_oneof![
        (authority, matching(&path_abempty)).prop_map(|(authority, path)| authority + &path),
        matching(&path_absolute),
        matching(&path_rootless),
        Just(String::new()),
    ];
    let reference = prop_oneof![
        (matching(scheme), hier_part.clone()).prop_map(|(scheme, hier)| scheme + &hier),
        hier_part,
        matching(&path_noscheme),
    ];
    (reference, matching(&query), matching(&fragment))
        .prop_map(|(reference, query, fragment)| reference + &query + &fragment)
}

proptest! {
    #![proptest_config(crate::hostile_text::fixed_seed(256, 0x00e7_7ca7))]

    // The properties are skipped under Miri (`cargo miri test -p errcat`
    // runs this file too): hundreds of generated cases would take hours in
    // the interpreter, and the unit tests there run the same code.

    #[test]
    #[cfg_attr(miri, ignore)]
    fn any_uri_becomes_a_uri_reference_and_a_valid_one_stays(uri in hostile_uri()) {
        let once = normalized(&uri);
        prop_assert!(is_uri_reference(&once), "{:?} -> {:?}", uri, once);
        prop_assert!(is_nqschar_text(&once) && !once.contains(' '), "{:?}", once);
        prop_assert_eq!(&normalized(&once), &once);
        if is_uri_reference(&uri) {
            prop_assert_eq!(&once, &uri);
        }
    }

    #[test]
    #[cfg_attr(miri, ignore)]
    fn valid_uri_references_are_unchanged(uri in valid_uri_reference()) {
        // The generator's own check: what it builds is valid.
        prop_assert!(is_uri_reference(&uri), "{:?}", uri);
        prop_assert_eq!(normalized(&uri), uri);
    }

    #[test]
    #[cfg_attr(miri, ignore)]
    fn error_uri_reaches_every_format_as_the_same_uri_reference(uri in hostile_uri()) {
        let error = Error::from(DocError::TokenExpired).with_uri(uri.clone());
        let expected = normalized(&uri);
        let read = ReadBack::of(&error, &Challenge::bearer(), Expose::default());
        let [json, challenge, query, fragment] = read.values("error_uri");
        for value in [json, challenge] {
            prop_assert_eq!(value.as_deref(), Some(expected.as_str()));
        }
        // Form encoding can triple a URI, so a redirect may cut it.
        for value in [query, fragment] {
            let value = value.unwrap_or_default();
            prop_assert!(is_full_or_cut(&value, &expected), "{:?}", value);
            prop_assert!(is_uri_reference(&value), "{:?}", value);
        }
        let problem: serde_json::Value =
            serde_json::from_str(&error.problem_json(Expose::default())).expect("JSON");
        prop_assert_eq!(problem["type"].as_str(), Some(expected.as_str()));
    }

    #[test]
    #[cfg_attr(miri, ignore)]
    fn a_cut_error_uri_is_still_a_uri_reference(
        uri in hostile_uri(),
        tail in hostile_uri(),
        times in 0..200_usize,
    ) {
        // Long enough to be cut, in every part of a URI: a long tail
        // repeated makes a long authority, path, query or fragment.
        let uri = uri + &tail.repeat(times) + &"a".repeat(times * 3);
        let error = Error::from(DocError::TokenExpired).with_uri(uri.clone());
        let expected = normalized(&uri);
        let read = ReadBack::of(&error, &Challenge::bearer(), Expose::default());
        let problem: serde_json::Value =
            serde_json::from_str(&error.problem_json(Expose::default())).expect("JSON");
        let problem_type = problem["type"].as_str().map(String::from);
        for value in read.values("error_uri").into_iter().chain([problem_type]) {
            let value = value.unwrap_or_default();
            prop_assert!(value.len() <= MAX_ERROR_URI_LEN, "{}", value.len());
            prop_assert!(is_uri_reference(&value), "{:?} -> {:?}", uri, value);
            prop_assert!(is_full_or_cut(&value, &expected), "{:?}", value);
        }
    }

    #[test]
    #[cfg_attr(miri, ignore)]
    fn run_time_text_reads_back_after_one_decoding(
        code in select(DocError::ALL),
        description in escape_like_text(),
        hint in escape_like_text(),
        debug in escape_like_text(),
        realm in escape_like_text(),
        scope in escape_like_text(),
    ) {
        let error = Error::from(code)
            .with_description(description.clone())
            .with_hint(hint.clone())
            .with_debug(debug.clone());
        let challenge = Challenge::bearer().with_realm(&realm).with_scope(&scope);
        let read = ReadBack::of(&error, &challenge, EXPOSE_ALL);
        // As errcat joins them: the non-empty parts, one space apart.
        let parts = [&description, &hint, &debug];
        let joined = parts.iter().filter(|part| !part.is_empty()).map(|part| part.as_str());
        let expected = joined.collect::<Vec<_>>().join(" ");
        for value in read.values("error_description") {
            // Absent exactly when there is no text to send.
            prop_assert_eq!(value.is_some(), !expected.is_empty());
            let value = value.unwrap_or_default();
            prop_assert!(is_nqschar_text(&value), "{:?}", value);
            prop_assert_eq!(decode_once(&value), expected.as_str());
        }
        prop_assert_eq!(read.challenge.param("realm").map(decode_once), Some(realm));
        prop_assert_eq!(read.challenge.param("scope").map(decode_once), Some(scope));
    }
}

#[test]
fn catalog_text_with_percent_reads_back_unchanged() {
    for code in PercentError::ALL {
        let error = Error::from(*code).with_uri("https://docs.example/errors");
        let read = ReadBack::of(&error, &Challenge::bearer(), EXPOSE_ALL);
        let expected = match code.hint() {
            Some(hint) => format!("{} {hint}", code.description()),
            None => code.description().to_owned(),
        };
        for value in read.values("error_description") {
            assert_eq!(value.as_deref().map(decode_once), Some(expected.clone()));
        }
        let problem: serde_json::Value =
            serde_json::from_str(&error.problem_json(EXPOSE_ALL)).expect("JSON");
        // problem+json has no percent-encoding step: its text is the text.
        assert_eq!(problem["title"].as_str(), Some(code.description()));
        assert_eq!(problem["detail"].as_str(), Some(expected.as_str()));
    }
}

#[test]
fn a_literal_escape_in_catalog_text_is_not_a_line_break() {
    let description =
        Error::from(PercentError::QuotaExceeded).error_description(Expose::DESCRIPTION_ONLY);
    assert_eq!(
        description,
        "100%25 of the quota is used; %250d%250a here is text, not a line break."
    );
}

#[test]
fn catalog_text_without_percent_goes_out_as_written() {
    let error = Error::from(DocError::InvalidRequest);
    assert_eq!(
        error.error_description(Expose::default()),
        "The request is missing a required parameter. Check the request parameters."
    );
}

#[test]
fn the_characters_the_issue_names_are_encoded_in_error_uri() {
    let error = Error::from(DocError::TokenExpired)
        .with_uri("https://docs.example/errors/<invalid>{token}|^`%zz%4");
    let expected = "https://docs.example/errors/%3Cinvalid%3E%7Btoken%7D%7C%5E%60%25zz%254";
    let read = ReadBack::of(&error, &Challenge::bearer(), Expose::default());
    for value in read.values("error_uri") {
        assert_eq!(value.as_deref(), Some(expected));
    }
    assert!(is_uri_reference(expected));
}
