//! The strategies the property tests share: any code of the catalog, and
//! text biased towards what breaks the wire formats.

use proptest::prelude::*;

use crate::LoginError;

/// Any code of the tests' catalog.
pub(crate) fn any_code() -> impl Strategy<Value = LoginError> {
    proptest::sample::select(LoginError::ALL)
}

/// The characters that break formats, headers and URIs: quotes and
/// escapes, line breaks and other controls, the URI and form delimiters,
/// and non-ASCII (a Latin-1 letter, NEL, the Unicode line separator).
const NASTY_CHARS: [char; 21] = [
    '"', '\\', '\r', '\n', '\t', ' ', '%', '+', '&', '=', '#', '?', '/', ':', '@', ',', ';', 'é',
    '\u{0}', '\u{85}', '\u{2028}',
];

/// Any text, biased towards the characters that break formats: any string,
/// or up to 39 characters that are mostly [`NASTY_CHARS`], the rest any
/// character or a lower-case letter.
pub(crate) fn nasty_text() -> impl Strategy<Value = String> {
    // Each nasty character as likely as any character, or any letter.
    let nasty_char = prop_oneof![
        21 => proptest::sample::select(&NASTY_CHARS[..]),
        1 => any::<char>(),
        1 => proptest::char::range('a', 'z'),
    ];
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(nasty_char, 0..40).prop_map(|chars| chars.into_iter().collect()),
    ]
}
