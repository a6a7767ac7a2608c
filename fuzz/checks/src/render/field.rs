//! What the documentation promises of one run-time field in one output
//! (docs/wire-formats.md, "Bounded output"; the rustdoc of
//! `errcat::text` and its limits): it goes out whole when it fits its
//! limit as that output carries it; otherwise it is the longest prefix that
//! leaves room for the cut marker, cut on a character boundary of what was
//! given and never inside an escape, followed by the marker, all within the
//! limit. The bytes are counted here from the output's own encoding, not
//! from errcat's.

use std::fmt::Display;

use errcat::text::{self, CUT_MARKER};
use fluent_uri::UriRef;

pub(super) use crate::carrier::Carrier;

/// How errcat writes a field's value before the output encodes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Value {
    /// Text: the run-time text rule (`errcat::text::sanitize`), so a client
    /// percent-decodes it once.
    Text,
    /// Text as it is: problem+json's `detail`.
    Plain,
    /// Echoed as given: `state`, `iss`.
    Raw,
    /// A URI-reference: as given when it is one, else made one
    /// (`errcat::text::push_uri`).
    Uri,
}

/// One field of one output.
#[derive(Debug, Clone, Copy)]
pub(super) struct Field {
    pub(super) name: &'static str,
    pub(super) value: Value,
    pub(super) carrier: Carrier,
    /// Its limit as carried; `usize::MAX` for catalog text, which is not
    /// cut.
    pub(super) limit: usize,
}

impl Field {
    pub(super) const fn new(
        name: &'static str,
        value: Value,
        carrier: Carrier,
        limit: usize,
    ) -> Self {
        Self {
            name,
            value,
            carrier,
            limit,
        }
    }

    /// Checks `read`, the field as a client reads it after the output's
    /// own decoding, against `given`, what was set.
    ///
    /// # Panics
    ///
    /// When a promise does not hold; `context` (the output) is in the
    /// message.
    pub(super) fn check(self, given: Option<&str>, read: Option<&str>, context: &dyn Display) {
        let name = self.name;
        let (given, read) = match (given, read) {
            (None, None) => return,
            (Some(given), Some(read)) => (given, read),
            (given, read) => panic!("{name}: set {given:?}, read {read:?}: {context}"),
        };
        let whole = self.whole(given);
        match self.value {
            Value::Text => assert!(
                text::is_nqschar_text(read),
                "{name} {read:?} is not NQSCHAR: {context}"
            ),
            Value::Uri => {
                assert!(
                    is_uri_reference(read) && text::is_nqschar_text(read) && !read.contains(' '),
                    "{name} {read:?} is not an NQSCHAR URI-reference: {context}"
                );
                if is_uri_reference(given) {
                    assert_eq!(whole, given, "{name}: a URI-reference goes out unchanged");
                }
            }
            Value::Plain | Value::Raw => {}
        }
        if self.carrier.len(&whole) <= self.limit {
            assert_eq!(
                read, whole,
                "{name} fits its limit, so it is whole: {context}"
            );
            return;
        }
        let sent = self.carrier.len(read);
        assert!(
            sent <= self.limit,
            "{name} takes {sent} bytes, more than its {}: {context}",
            self.limit
        );
        let kept = read
            .strip_suffix(CUT_MARKER)
            .unwrap_or_else(|| panic!("{name} is cut without the marker: {read:?}: {context}"));
        assert!(
            whole.starts_with(kept),
            "{name} {read:?} is not a prefix of {whole:?}: {context}"
        );
        // The piece of `given` after the cut, as this output writes it: it
        // did not fit with the marker, or the cut would have kept it.
        let next = match self.value {
            Value::Text => {
                let decoded = percent_encoding::percent_decode_str(kept)
                    .decode_utf8()
                    .unwrap_or_else(|_| panic!("{name} is cut inside an escape: {read:?}"));
                assert_eq!(
                    text::sanitize(&decoded),
                    kept,
                    "{name} cut inside an escape"
                );
                next_char(given, &decoded).map(|c| text::sanitize(c.encode_utf8(&mut [0; 4])))
            }
            Value::Plain | Value::Raw => {
                next_char(given, kept).map(|c| c.encode_utf8(&mut [0; 4]).to_owned())
            }
            // In its authority a cut URI falls before any `:` or `[`, as
            // far back as need be: only its validity is promised there.
            Value::Uri => None,
        };
        if let Some(next) = next {
            let with_next = self.carrier.len(kept) + self.carrier.len(&next) + CUT_MARKER.len();
            assert!(
                with_next > self.limit,
                "{name} is cut shorter than its limit needs: {read:?}: {context}"
            );
        }
    }

    /// `given` as the field carries it uncut.
    fn whole(self, given: &str) -> String {
        match self.value {
            Value::Text => text::sanitize(given),
            Value::Plain | Value::Raw => given.to_owned(),
            Value::Uri => {
                let mut out = String::new();
                text::push_uri(&mut out, given);
                out
            }
        }
    }
}

/// The character of `given` just after its prefix `kept`.
fn next_char(given: &str, kept: &str) -> Option<char> {
    let rest = given
        .strip_prefix(kept)
        .unwrap_or_else(|| panic!("{kept:?} is not a prefix of {given:?}"));
    rest.chars().next()
}

/// Whether `uri` is an RFC 3986 URI-reference, by a strict parser.
pub(super) fn is_uri_reference(uri: &str) -> bool {
    UriRef::parse(uri).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the check takes `read` for `given`.
    fn takes(field: Field, given: &str, read: &str) -> bool {
        std::panic::catch_unwind(|| field.check(Some(given), Some(read), &"a test")).is_ok()
    }

    #[test]
    fn a_field_that_fits_goes_out_whole() {
        let state = Field::new("state", Value::Raw, Carrier::Json, 10);
        assert!(takes(state, "abc", "abc"));
        assert!(!takes(state, "abc", "ab..."));
        assert!(!takes(state, "abc", "abd"));
        assert!(std::panic::catch_unwind(|| state.check(Some("abc"), None, &"a test")).is_err());
    }

    /// NUL takes six bytes in JSON (`\u0000`) and three in a form (`%00`),
    /// so the same state is cut shorter in JSON.
    #[test]
    fn a_cut_keeps_the_longest_prefix_its_output_allows() {
        let given = "ab\0cdefgh";
        let json = Field::new("state", Value::Raw, Carrier::Json, 10);
        assert!(takes(json, given, "ab..."));
        assert!(!takes(json, given, "a..."), "shorter than need be");
        assert!(!takes(json, given, "ab\0..."), "over the limit");
        assert!(!takes(json, given, "ab"), "no marker");
        let form = Field::new("state", Value::Raw, Carrier::Form, 10);
        assert!(takes(form, given, "ab\0cd..."));
        assert!(!takes(form, given, "ab..."), "shorter than need be");
    }

    #[test]
    fn text_is_cut_outside_its_escapes() {
        // `é` is `%C3%A9`.
        let text = Field::new("error_description", Value::Text, Carrier::Json, 10);
        assert!(takes(text, "aébcdefgh", "a%C3%A9..."));
        assert!(!takes(text, "aébcdefgh", "a%C3..."), "inside an escape");
        assert!(!takes(text, "aébcdefgh", "a..."), "shorter than need be");
        assert!(!takes(text, "aé", "aé"), "not the text rule");
    }

    #[test]
    fn a_uri_stays_a_uri_reference() {
        let uri = Field::new("error_uri", Value::Uri, Carrier::Json, 20);
        assert!(takes(uri, "https://x/a b", "https://x/a%20b"));
        assert!(!takes(uri, "https://x/a b", "https://x/a b"));
        assert!(takes(
            uri,
            "https://x/aaaaaaaaaaaaaaa",
            "https://x/aaaaaaa..."
        ));
        assert!(!takes(
            uri,
            "https://x/%41%41%41%41%41",
            "https://x/%41%4..."
        ));
    }
}
