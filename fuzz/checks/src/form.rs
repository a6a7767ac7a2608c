//! Reading `application/x-www-form-urlencoded` as a client's form parser
//! does, for the checks of redirects: one decoder shared by the reader's
//! check and the writer's.

/// A form-encoded name or value decoded (`+` a space, `%XX` a byte), or
/// `None` when it is not UTF-8.
pub(crate) fn decode(encoded: &str) -> Option<String> {
    let spaced = encoded.replace('+', " ");
    percent_encoding::percent_decode_str(&spaced)
        .decode_utf8()
        .ok()
        .map(std::borrow::Cow::into_owned)
}
