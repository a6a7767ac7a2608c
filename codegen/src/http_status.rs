//! How rustdoc and the pages name an error status: its number and the
//! reason phrase RFC 9110 and the IANA registry give it. The sentence on
//! what each status means, which only the reference page shows, is the
//! CLI's (`cli/src/render/status_meaning.rs`), so every user's macro build
//! does not compile it.

/// The reason phrase of an error status, when it has a registered one
/// (`errcat-core`'s table, which the runtime's problem+json titles read too).
#[must_use]
pub const fn reason(status: u16) -> Option<&'static str> {
    errcat_core::status::reason_phrase(status)
}

/// `400 Bad Request`, or the bare number for an unregistered status.
#[must_use]
pub fn label(status: u16) -> String {
    match reason(status) {
        Some(reason) => format!("{status} {reason}"),
        None => status.to_string(),
    }
}

/// The heading of a status's section, in the generated rustdoc and on the
/// reference page alike, as the Login page writes it: `400 Error: Bad
/// Request`, or `499 Error` for a status without a registered reason
/// phrase.
#[must_use]
pub fn heading(status: u16) -> String {
    match reason(status) {
        Some(reason) => format!("{status} Error: {reason}"),
        None => format!("{status} Error"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_name_the_reason_when_there_is_one() {
        assert_eq!(label(404), "404 Not Found");
        assert_eq!(label(499), "499");
        assert_eq!(heading(400), "400 Error: Bad Request");
        assert_eq!(heading(499), "499 Error");
    }
}
