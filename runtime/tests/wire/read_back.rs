//! What a client does with a value it reads, shared by the property tests.

use errcat::text::{CUT_MARKER, push_uri};

/// One percent-decoding, as the `errcat::text` docs tell a client to do
/// after the transport's own decoding. errcat encodes UTF-8 and never cuts
/// inside a character, so a failure here is a bug.
pub(crate) fn decode_once(value: &str) -> String {
    percent_encoding::percent_decode_str(value)
        .decode_utf8()
        .expect("errcat encodes whole UTF-8 characters")
        .into_owned()
}

/// `uri` as errcat writes an `error_uri`: an RFC 3986 URI-reference.
pub(crate) fn normalized(uri: &str) -> String {
    let mut out = String::new();
    push_uri(&mut out, uri);
    out
}

/// `sent` is `full`, or a prefix of it followed by the cut marker.
pub(crate) fn is_full_or_cut(sent: &str, full: &str) -> bool {
    sent == full
        || sent
            .strip_suffix(CUT_MARKER)
            .is_some_and(|kept| full.starts_with(kept))
}
