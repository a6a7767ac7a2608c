//! The OAuth form of catalog text, computed once when the crate compiles:
//! what `errcat` sends in an OAuth field (`error_description`, in a JSON
//! body, a redirect or a challenge) for a description or hint.
//!
//! It is written by `errcat_core::text`, the rule the runtime writes
//! run-time text by, so a client decodes both the same way; the runtime
//! copies it without looking at it.

use errcat_core::text;

/// The OAuth form of `text`, or `""` when that is `text` itself: the
/// common case, so that a clean catalog's column is all `""`, which rustc
/// checks in next to no time and the binary stores once.
pub(super) fn oauth_form(catalog_text: &str) -> String {
    if text::is_plain(catalog_text) {
        return String::new();
    }
    let mut encoded = String::with_capacity(catalog_text.len() * 3);
    // Writing to a `String` cannot fail.
    let _ = text::encode(&mut encoded, catalog_text);
    encoded
}

#[cfg(test)]
mod tests {
    use super::oauth_form;

    #[test]
    fn only_text_the_rule_changes_gets_a_form() {
        assert_eq!(oauth_form("The request is malformed."), "");
        assert_eq!(oauth_form("Only 5% left."), "Only 5%25 left.");
        assert_eq!(
            oauth_form("La carte a été refusée."),
            "La carte a %C3%A9t%C3%A9 refus%C3%A9e."
        );
        assert_eq!(oauth_form(""), "");
    }
}
