//! Any text made an RFC 3986 URI-reference, changing nothing in one that
//! already is.
//!
//! The text is split where RFC 3986 appendix B splits every string
//! (`scheme:`, `//authority`, path, `?query`, `#fragment`); for a valid
//! URI-reference those are its components. Each component is then written
//! with the characters its grammar allows kept and every other byte
//! percent-encoded. A valid component holds only allowed characters, so a
//! valid URI-reference comes out unchanged, and whatever comes out is valid,
//! so normalising twice changes nothing.

use alloc::string::String;
use core::net::Ipv6Addr;

use super::push_encoding;

/// A component, or the part of one, that decides which characters stay.
#[derive(Clone, Copy)]
enum Part {
    /// `userinfo`: unreserved, sub-delims, `:`.
    UserInfo,
    /// `reg-name`: unreserved, sub-delims.
    RegName,
    /// The first segment of a relative path without authority
    /// (`segment-nz-nc`): pchar without `:`, which would read as a scheme.
    FirstSegment,
    /// The rest of a path: pchar and `/`.
    Path,
    /// `query` and `fragment`: pchar, `/` and `?`.
    QueryOrFragment,
}

/// Appends `uri` as a URI-reference (see [`super::push_uri`]).
pub(super) fn push_uri_reference(out: &mut String, uri: &str) {
    // `#` and `?` are found first: no component before them may hold one.
    let (before_fragment, fragment) = split(uri, '#');
    let (before_query, query) = split(before_fragment, '?');
    let scheme = scheme(before_query);
    let hier_part = match scheme {
        Some(scheme) => {
            out.push_str(scheme);
            out.push(':');
            &before_query[scheme.len() + 1..]
        }
        None => before_query,
    };
    if let Some(after_slashes) = hier_part.strip_prefix("//") {
        out.push_str("//");
        let path_start = after_slashes.find('/').unwrap_or(after_slashes.len());
        let (authority, path) = after_slashes.split_at(path_start);
        push_authority(out, authority);
        push_part(out, path, Part::Path);
    } else if scheme.is_some() {
        push_part(out, hier_part, Part::Path);
    } else {
        let first_end = hier_part.find('/').unwrap_or(hier_part.len());
        let (first_segment, rest) = hier_part.split_at(first_end);
        push_part(out, first_segment, Part::FirstSegment);
        push_part(out, rest, Part::Path);
    }
    if let Some(query) = query {
        out.push('?');
        push_part(out, query, Part::QueryOrFragment);
    }
    if let Some(fragment) = fragment {
        out.push('#');
        push_part(out, fragment, Part::QueryOrFragment);
    }
}

/// `text` before and after the first `delimiter`.
fn split(text: &str, delimiter: char) -> (&str, Option<&str>) {
    match text.split_once(delimiter) {
        Some((before, after)) => (before, Some(after)),
        None => (text, None),
    }
}

/// The scheme, when what comes before the first `:` is one. Text before a
/// `:` that is not a valid scheme (`1a:b`, `é:x`) makes no scheme: the
/// reference is relative and that `:` is encoded.
fn scheme(text: &str) -> Option<&str> {
    let end = text.find([':', '/'])?;
    let (scheme, rest) = text.split_at(end);
    let valid = rest.starts_with(':')
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .bytes()
            .all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.'));
    valid.then_some(scheme)
}

/// Appends `[ userinfo "@" ] host [ ":" port ]`.
fn push_authority(out: &mut String, authority: &str) {
    // The last `@` ends the userinfo, as browsers read it; any earlier one
    // is part of the userinfo and encoded.
    let host_and_port = match authority.rsplit_once('@') {
        Some((userinfo, host_and_port)) => {
            push_part(out, userinfo, Part::UserInfo);
            out.push('@');
            host_and_port
        }
        None => authority,
    };
    if is_ip_literal_and_port(host_and_port) {
        out.push_str(host_and_port);
        return;
    }
    // A registered name (or an IPv4 address) and a port of digits only; any
    // other `:`, and any `[` or `]`, is part of the name and encoded.
    let (host, port) = match host_and_port.rsplit_once(':') {
        Some((host, port)) if port.bytes().all(|byte| byte.is_ascii_digit()) => (host, Some(port)),
        _ => (host_and_port, None),
    };
    push_part(out, host, Part::RegName);
    if let Some(port) = port {
        out.push(':');
        out.push_str(port);
    }
}

/// Whether `text` is `"[" ( IPv6address / IPvFuture ) "]" [ ":" port ]`.
fn is_ip_literal_and_port(text: &str) -> bool {
    let Some((literal, after)) = text.strip_prefix('[').and_then(|rest| rest.split_once(']'))
    else {
        return false;
    };
    let port_ok = after.is_empty()
        || after
            .strip_prefix(':')
            .is_some_and(|port| port.bytes().all(|byte| byte.is_ascii_digit()));
    port_ok && (literal.parse::<Ipv6Addr>().is_ok() || is_ipv_future(literal))
}

/// Whether `text` is `"v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" )`.
fn is_ipv_future(text: &str) -> bool {
    let Some((version, address)) = text
        .strip_prefix(['v', 'V'])
        .and_then(|rest| rest.split_once('.'))
    else {
        return false;
    };
    !version.is_empty()
        && version.bytes().all(|byte| byte.is_ascii_hexdigit())
        && !address.is_empty()
        && address
            .bytes()
            .all(|byte| is_unreserved_or_sub_delim(byte) || byte == b':')
}

/// Appends `text` with what `part` allows kept, a `%` that starts a valid
/// percent-encoded octet kept, and every other byte percent-encoded.
fn push_part(out: &mut String, text: &str, part: Part) {
    push_encoding(out, text, |bytes, at| {
        let byte = bytes[at];
        if byte == b'%' {
            return bytes.get(at + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(at + 2).is_some_and(u8::is_ascii_hexdigit);
        }
        is_unreserved_or_sub_delim(byte)
            || match part {
                Part::RegName => false,
                Part::UserInfo => byte == b':',
                Part::FirstSegment => byte == b'@',
                Part::Path => matches!(byte, b':' | b'@' | b'/'),
                Part::QueryOrFragment => matches!(byte, b':' | b'@' | b'/' | b'?'),
            }
    });
}

/// RFC 3986 `unreserved` or `sub-delims`.
const fn is_unreserved_or_sub_delim(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'-' | b'.'
                | b'_'
                | b'~'
                | b'!'
                | b'$'
                | b'&'
                | b'\''
                | b'('
                | b')'
                | b'*'
                | b'+'
                | b','
                | b';'
                | b'='
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(uri: &str) -> String {
        let mut out = String::new();
        push_uri_reference(&mut out, uri);
        out
    }

    #[test]
    fn valid_references_are_unchanged() {
        for uri in [
            "",
            "https://docs.example/errors#invalid_grant",
            "https://user:pw@docs.example:8443/a/b;c=d?q=a%20b&r=/?#top/?",
            "http://[::1]:8080/x",
            "http://[2001:db8::7]/",
            "http://[::ffff:192.0.2.1]",
            "http://[v1.fe:80]/",
            "http://host:/",
            "http://192.0.2.1:80",
            "urn:ietf:rfc:6749",
            "mailto:a@b.example",
            "/errors/invalid_grant",
            "errors/a:b",
            "./a:b",
            "?x",
            "#x",
            "//host",
            "%7Euser/%aF",
            "a:",
        ] {
            assert_eq!(normalized(uri), uri);
        }
    }

    #[test]
    fn characters_never_valid_in_a_uri_are_encoded() {
        assert_eq!(
            normalized("https://e.example/<a>{b}|c^d`e\"f\\g h"),
            "https://e.example/%3Ca%3E%7Bb%7D%7Cc%5Ed%60e%22f%5Cg%20h"
        );
        assert_eq!(
            normalized("https://é.example/é?é#é\t"),
            "https://%C3%A9.example/%C3%A9?%C3%A9#%C3%A9%09"
        );
    }

    #[test]
    fn a_percent_sign_without_two_hex_digits_is_encoded() {
        assert_eq!(normalized("/100%"), "/100%25");
        assert_eq!(normalized("/%zz%4"), "/%25zz%254");
        assert_eq!(normalized("/%41%4a%"), "/%41%4a%25");
        assert_eq!(normalized("http://h%/"), "http://h%25/");
    }

    #[test]
    fn a_second_number_sign_is_encoded() {
        assert_eq!(
            normalized("https://e.example/a#b#c"),
            "https://e.example/a#b%23c"
        );
    }

    #[test]
    fn brackets_are_kept_only_around_a_valid_ip_literal() {
        assert_eq!(normalized("/a[1]?b[]#[c]"), "/a%5B1%5D?b%5B%5D#%5Bc%5D");
        assert_eq!(normalized("http://[::g]/"), "http://%5B%3A%3Ag%5D/");
        assert_eq!(normalized("http://[1:2:3]/"), "http://%5B1%3A2%3A3%5D/");
        assert_eq!(normalized("http://[::1]x:80/"), "http://%5B%3A%3A1%5Dx:80/");
        assert_eq!(
            normalized("http://[fe80::1%25eth0]/"),
            "http://%5Bfe80%3A%3A1%25eth0%5D/"
        );
        assert_eq!(normalized("http://[v.x]/"), "http://%5Bv.x%5D/");
        assert_eq!(normalized("http://h[1]/"), "http://h%5B1%5D/");
    }

    #[test]
    fn a_colon_in_the_first_segment_of_a_relative_path_is_encoded() {
        assert_eq!(normalized("1a:b/c:d"), "1a%3Ab/c:d");
        assert_eq!(normalized(":x"), "%3Ax");
        assert_eq!(normalized("é:x"), "%C3%A9%3Ax");
        assert_eq!(normalized("a b://host/"), "a%20b%3A//host/");
    }

    #[test]
    fn a_port_that_is_not_digits_joins_the_host() {
        assert_eq!(normalized("http://host:port/"), "http://host%3Aport/");
        assert_eq!(normalized("http://a:b:80/"), "http://a%3Ab:80/");
        assert_eq!(normalized("http://[::1]:x/"), "http://%5B%3A%3A1%5D%3Ax/");
    }

    #[test]
    fn every_at_sign_but_the_last_is_encoded_in_the_authority() {
        assert_eq!(
            normalized("http://a@b@c.example/"),
            "http://a%40b@c.example/"
        );
        assert_eq!(
            normalized("http://a:b@c@[::1]:1/@"),
            "http://a:b%40c@[::1]:1/@"
        );
    }

    #[test]
    fn normalising_twice_changes_nothing() {
        for uri in ["a b", "http://[::g]:x@y@z/%", "1:2#3#4", "\u{0}\\"] {
            let once = normalized(uri);
            assert_eq!(normalized(&once), once);
        }
    }
}
