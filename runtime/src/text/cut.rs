//! Cutting a field to its limit: the one place every writer asks where a
//! run-time value must end.
//!
//! A cut is found in the *input*, one piece (a character, or a byte of a
//! normalised URI) at a time, adding up the bytes each piece takes once
//! written and encoded for its transport. The kept pieces are then written
//! by the ordinary writers, followed by [`CUT_MARKER`]. Cutting between
//! input pieces is what keeps every cut on a character boundary and
//! outside every escape (`%XX`, a form-encoded `%25XX`, a JSON `\"` or
//! `\u00XX`): an escape is the encoding of one piece. The search stops at
//! the first byte past the limit, so a megabyte of input costs no more
//! than the limit's worth of work.

use alloc::borrow::Cow;
use alloc::string::String;

use super::limits::CUT_MARKER;
use super::{push_sanitized, push_uri};

/// The output whose bytes a limit counts: `errcat-core`'s, whose lengths
/// the macro holds catalog text to, so the two count alike.
pub(crate) use errcat_core::limits::Transport;

/// Where to cut a value made of `pieces`, each `(offset, bytes, may_cut)`:
/// its byte offset in the input, the bytes it takes in the output, and
/// whether a cut may fall just before it.
///
/// `None` when all of it fits in `limit`; otherwise the input offset to
/// cut at: the last allowed one whose kept pieces leave room for the
/// marker (0, keeping nothing, when no other is).
pub(crate) fn find_cut(
    pieces: impl IntoIterator<Item = (usize, usize, bool)>,
    limit: usize,
) -> Option<usize> {
    let mut used = 0_usize;
    let mut keep = 0;
    for (at, bytes, may_cut) in pieces {
        if may_cut && used + CUT_MARKER.len() <= limit {
            keep = at;
        }
        used = used.saturating_add(bytes);
        if used > limit {
            return Some(keep);
        }
    }
    None
}

/// One part of a text field. Catalog text is written by the same rule as
/// run-time text here (the macro wrote its OAuth form by that rule too), so
/// a cut part needs no other path.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Part<'a> {
    pub(crate) text: &'a str,
}

/// Appends the non-empty `parts`, one space apart, by the text rule, cut
/// so that they take at most `limit` bytes once `transport` encodes them.
/// The parts' offsets are counted as if joined, separators included.
pub(crate) fn push_text(out: &mut String, parts: &[Part<'_>], limit: usize, transport: Transport) {
    let joined = || {
        parts
            .iter()
            .filter(|part| !part.text.is_empty())
            .enumerate()
            .scan(0, |start, (index, part)| {
                let separator = usize::from(index > 0);
                let at = *start + separator;
                *start = at + part.text.len();
                Some((at, separator, part))
            })
    };
    let total: usize = parts.iter().map(|part| part.text.len() + 1).sum();
    let cut = if total.saturating_mul(transport.max_growth()) <= limit {
        None
    } else {
        let pieces = joined().flat_map(|(at, separator, part)| {
            // The space before a part is a piece of its own (one byte,
            // `+` in a form), at the offset just before the part.
            let space = (separator == 1).then_some((at - separator, 1, true));
            let chars = part
                .text
                .char_indices()
                .map(move |(offset, c)| (at + offset, transport.text_char_len(c), true));
            space.into_iter().chain(chars)
        });
        find_cut(pieces, limit)
    };
    let end = cut.unwrap_or(usize::MAX);
    for (at, separator, part) in joined() {
        if at - separator >= end {
            break;
        }
        if separator == 1 {
            out.push(' ');
        }
        let kept = part.text.get(..end - at).unwrap_or(part.text);
        push_sanitized(out, kept);
    }
    if cut.is_some() {
        out.push_str(CUT_MARKER);
    }
}

/// A raw value (`state`, an issuer) cut so that it takes at most `limit`
/// bytes once `transport` escapes it: borrowed when it fits, the kept
/// prefix and the marker otherwise.
pub(crate) fn cut_raw(value: &str, limit: usize, transport: Transport) -> Cow<'_, str> {
    if value.len().saturating_mul(transport.max_growth()) <= limit {
        return Cow::Borrowed(value);
    }
    let pieces = value
        .char_indices()
        .map(|(at, c)| (at, transport.raw_char_len(c), true));
    match find_cut(pieces, limit) {
        None => Cow::Borrowed(value),
        Some(at) => {
            let kept = value.get(..at).unwrap_or_default();
            let mut cut = String::with_capacity(at + CUT_MARKER.len());
            cut.push_str(kept);
            cut.push_str(CUT_MARKER);
            Cow::Owned(cut)
        }
    }
}

/// Appends `uri` made an RFC 3986 URI-reference (see [`push_uri`]), cut
/// so that it takes at most `limit` bytes once `transport` encodes it, and
/// still a valid URI-reference when cut.
pub(crate) fn push_uri_cut(out: &mut String, uri: &str, limit: usize, transport: Transport) {
    // Normalising at most triples a URI, and a transport at most triples
    // that again.
    if uri.len().saturating_mul(transport.max_growth()) <= limit {
        push_uri(out, uri);
        return;
    }
    let start = out.len();
    if uri.len() <= limit {
        // Short enough to normalise in place and cut there.
        push_uri(out, uri);
        if let Some(at) = out
            .get(start..)
            .and_then(|sent| uri_cut(sent, limit, transport))
        {
            out.truncate(start + at);
            out.push_str(CUT_MARKER);
        }
    } else {
        // Normalised aside, so that `out` does not grow to its size.
        let mut normalised = String::new();
        push_uri(&mut normalised, uri);
        match uri_cut(&normalised, limit, transport) {
            None => out.push_str(&normalised),
            Some(at) => {
                out.push_str(normalised.get(..at).unwrap_or_default());
                out.push_str(CUT_MARKER);
            }
        }
    }
}

/// Where to cut the normalised URI-reference `uri` (ASCII), if it is too
/// long, so that what is kept followed by the marker is a valid
/// URI-reference too.
///
/// Any prefix of a scheme, path, query or fragment stays valid with `...`
/// after it, as long as the cut is not inside a `%XX`. In the authority,
/// `...` after a `:` would make a port that is not digits, and after a
/// `[` an unclosed IP literal; so a cut there falls before the first `:`
/// or `[` of the user information or of the host (`...` makes a valid
/// host name), and the end of the authority counts as inside it.
fn uri_cut(uri: &str, limit: usize, transport: Transport) -> Option<usize> {
    let bytes = uri.as_bytes();
    let authority = authority_range(uri);
    let mut blocked = false;
    let pieces = bytes.iter().enumerate().map(|(at, &byte)| {
        let in_escape = bytes[..at].ends_with(b"%")
            || at.checked_sub(2).and_then(|before| bytes.get(before)) == Some(&b'%');
        let in_authority = authority.as_ref().is_some_and(|range| range.contains(&at));
        let inside_port_or_literal = in_authority && blocked;
        let may_cut = !in_escape && !inside_port_or_literal;
        if in_authority {
            match byte {
                b':' | b'[' => blocked = true,
                // The user information ended: the host starts.
                b'@' => blocked = false,
                _ => {}
            }
        }
        (at, transport.ascii_len(byte), may_cut)
    });
    find_cut(pieces, limit)
}

/// The offsets of the authority of a valid URI-reference, its end
/// included: after `scheme://` or a leading `//`, up to the first `/`,
/// `?` or `#`.
fn authority_range(uri: &str) -> Option<core::ops::RangeInclusive<usize>> {
    // In a valid URI-reference a `:` before any `/`, `?` or `#` ends the
    // scheme: a relative path's first segment cannot hold one.
    let after_scheme = match uri.find([':', '/', '?', '#']) {
        Some(colon) if uri.as_bytes()[colon] == b':' => colon + 1,
        _ => 0,
    };
    let start = after_scheme + 2;
    let rest = uri.get(after_scheme..)?.strip_prefix("//")?;
    let end = start + rest.find(['/', '?', '#']).unwrap_or(rest.len());
    Some(start..=end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::borrow::ToOwned;

    fn text(value: &str, limit: usize, transport: Transport) -> String {
        let mut out = String::new();
        let part = Part { text: value };
        push_text(&mut out, &[part], limit, transport);
        out
    }

    fn uri(value: &str, limit: usize) -> String {
        let mut out = String::new();
        push_uri_cut(&mut out, value, limit, Transport::Json);
        out
    }

    #[test]
    fn text_that_reaches_the_limit_exactly_is_not_cut() {
        let exact = "a".repeat(1024);
        assert_eq!(text(&exact, 1024, Transport::Json), exact);
        let over = "a".repeat(1025);
        let cut = text(&over, 1024, Transport::Json);
        assert_eq!(cut.len(), 1024);
        assert_eq!(cut, "a".repeat(1021) + "...");
    }

    #[test]
    fn a_character_straddling_the_limit_is_left_out_whole() {
        // `😀` is `%F0%9F%98%80`, 12 bytes: from byte 1015 it would end at
        // 1027, past the room 1021 leaves for the marker.
        let value = "a".repeat(1015) + "😀" + "b";
        let cut = text(&value, 1024, Transport::Json);
        assert_eq!(cut, "a".repeat(1015) + "...");
        // Raw, the character is 4 bytes and still does not fit.
        let raw = "a".repeat(1019) + "😀" + "bc";
        assert_eq!(
            cut_raw(&raw, 1024, Transport::Json),
            "a".repeat(1019) + "..."
        );
        assert_eq!(
            cut_raw(&("a".repeat(1017) + "😀" + "bcde"), 1024, Transport::Json),
            "a".repeat(1017) + "😀..."
        );
    }

    #[test]
    fn an_escape_straddling_the_limit_is_left_out_whole() {
        // `%` is `%25` in text and `%2525` in a form; `"` is `\"` in JSON.
        let value = "a".repeat(1020) + "%bc";
        assert_eq!(
            text(&value, 1024, Transport::Json),
            "a".repeat(1020) + "..."
        );
        assert_eq!(
            text(&value, 1024, Transport::Form),
            "a".repeat(1020) + "..."
        );
        let quoted = "a".repeat(1020) + "\"" + "bcd";
        assert_eq!(
            cut_raw(&quoted, 1024, Transport::Json),
            "a".repeat(1020) + "..."
        );
        let control = "a".repeat(1017) + "\u{1}" + "bcdef";
        assert_eq!(
            cut_raw(&control, 1024, Transport::Json),
            "a".repeat(1017) + "..."
        );
    }

    #[test]
    fn parts_are_cut_as_one_text() {
        let parts = [
            Part {
                text: "Catalog text.",
            },
            Part { text: "" },
            Part { text: "run time" },
        ];
        let mut out = String::new();
        push_text(&mut out, &parts, 64, Transport::Json);
        assert_eq!(out, "Catalog text. run time");
        out.clear();
        push_text(&mut out, &parts, 17, Transport::Json);
        assert_eq!(out, "Catalog text. ...");
        out.clear();
        push_text(&mut out, &parts, 10, Transport::Form);
        assert_eq!(out, "Catalog...");
    }

    #[test]
    fn a_cut_uri_stays_a_uri_reference() {
        let long = "b".repeat(600);
        for (value, expected) in [
            (
                alloc::format!("https://[::1]:8{}", "0".repeat(600)),
                "https://...".to_owned(),
            ),
            (
                alloc::format!("https://u:p@host:8{}", "0".repeat(600)),
                "https://u:p@host...".to_owned(),
            ),
            (
                alloc::format!("https://[::1]:8443/{long}"),
                alloc::format!("https://[::1]:8443/{}...", &long[..490]),
            ),
            (
                alloc::format!("https://u@h{long}"),
                alloc::format!("https://u@h{}...", &long[..498]),
            ),
            (
                alloc::format!("/%41{long}"),
                alloc::format!("/%41{}...", &long[..505]),
            ),
        ] {
            assert_eq!(uri(&value, 512), expected, "{value}");
        }
        // Not inside a `%XX`.
        let escaped = "/".to_owned() + &"%41".repeat(300);
        let cut = uri(&escaped, 512);
        assert_eq!(cut, "/".to_owned() + &"%41".repeat(169) + "...");
    }
}
