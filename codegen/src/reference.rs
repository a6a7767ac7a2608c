//! Links for the `reference` key: "RFC 6749 section 5.2" points at the RFC
//! Editor's copy of that section.

use crate::markdown;

/// The URL a reference names, when errcat knows where it lives: an RFC (and
/// section), OpenID Connect Core 1.0, or a URL written out.
#[must_use]
pub fn url(reference: &str) -> Option<String> {
    let reference = reference.trim();
    if reference.starts_with("https://") || reference.starts_with("http://") {
        return Some(reference.to_owned());
    }
    if reference.starts_with("OpenID Connect Core 1.0") {
        return Some("https://openid.net/specs/openid-connect-core-1_0.html".to_owned());
    }
    let rest = reference.strip_prefix("RFC ")?;
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let (number, rest) = rest.split_at(digits);
    let mut url = format!("https://www.rfc-editor.org/rfc/rfc{number}");
    let section = rest
        .trim_start_matches([',', ' '])
        .strip_prefix("section ")
        .map(|section| section.trim_end_matches(|c: char| !c.is_ascii_alphanumeric()));
    if let Some(section) = section.filter(|section| {
        !section.is_empty()
            && section
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '.')
    }) {
        url.push_str("#section-");
        url.push_str(section);
    }
    Some(url)
}

/// A reference as Markdown: a [`markdown::link`] when errcat knows its URL,
/// else escaped text. The generated rustdoc and the reference page both
/// write references this way.
#[must_use]
pub fn markdown(reference: &str) -> String {
    match url(reference) {
        Some(url) => markdown::link(reference, &url),
        None => markdown::escape(reference),
    }
}

#[cfg(test)]
mod tests {
    use super::url;

    #[test]
    fn links_rfcs_and_sections() {
        assert_eq!(
            url("RFC 6749 section 5.2").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc6749#section-5.2")
        );
        assert_eq!(
            url("RFC 6750, section 3.1").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc6750#section-3.1")
        );
        assert_eq!(
            url("RFC 7519").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc7519")
        );
        assert_eq!(
            url("RFC 6749 section 4.1.2.1").as_deref(),
            Some("https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1")
        );
    }

    #[test]
    fn links_oidc_and_urls_and_nothing_else() {
        assert_eq!(
            url("OpenID Connect Core 1.0 section 3.1.2.6").as_deref(),
            Some("https://openid.net/specs/openid-connect-core-1_0.html")
        );
        assert_eq!(
            url("https://example.com/errors").as_deref(),
            Some("https://example.com/errors")
        );
        assert_eq!(url("Unstoppable Login"), None);
        assert_eq!(url("RFC x"), None);
    }
}
