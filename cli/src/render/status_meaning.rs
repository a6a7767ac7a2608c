//! One sentence on what an error status means for the client, shown under
//! the status's heading of the reference page. Page prose the macro never
//! needs, so it lives here rather than in `errcat-codegen`, which every
//! user's build compiles.

/// One sentence on what an error status means for the client, as the
/// reference page shows it under the status's heading.
///
/// The common statuses have their own sentence; those of 400 and 401 follow
/// the Unstoppable Login error page, where the catalog format comes from.
/// Any other status gets its class's sentence: a client error (4xx) or a
/// server error (5xx). `None` outside `400..=599`, which no catalog entry
/// has.
#[must_use]
pub(crate) const fn meaning(status: u16) -> Option<&'static str> {
    if let Some(text) = specific_meaning(status) {
        return Some(text);
    }
    Some(match status {
        400..=499 => {
            "These errors are client errors: the request cannot be served as sent, and the \
             client must change it before trying again."
        }
        500..=599 => {
            "These errors are server errors: the request may be valid, but the server failed \
             to fulfil it; retrying later may succeed."
        }
        _ => return None,
    })
}

/// The sentence of a status that has its own.
const fn specific_meaning(status: u16) -> Option<&'static str> {
    Some(match status {
        400 => {
            // The seed page's sentence, less its claim of frequency, which
            // is true of one service, not of every catalog.
            "These errors are generally perceived as client errors (e.g., malformed syntax, \
             invalid request parameters, etc.)."
        }
        401 => {
            "These errors generally occur when either the user or the client lacks valid \
             authentication credentials to perform the request."
        }
        402 => "These errors occur when the request cannot be served until a payment is made.",
        403 => {
            "These errors occur when the client is authenticated but the user or the client is \
             not allowed to perform the request."
        }
        404 => {
            "These errors occur when the requested resource does not exist or is not visible \
             to the client."
        }
        405 => "These errors occur when the resource does not support the request's method.",
        409 => {
            "These errors occur when the request conflicts with the current state of the \
             resource."
        }
        410 => "These errors occur when the requested resource has been removed for good.",
        422 => {
            "These errors occur when the request is well-formed but its content cannot be \
             processed."
        }
        429 => {
            "These errors occur when the client sent too many requests in too short a time; \
             it should slow down and retry later."
        }
        500 => {
            "These errors are server errors: the server met an unexpected condition that \
             prevented it from fulfilling the request."
        }
        501 => {
            "These errors occur when the server does not support the functionality the \
             request needs."
        }
        502 => {
            "These errors occur when a gateway or proxy received an invalid response from the \
             server behind it."
        }
        503 => {
            "These errors occur when the server cannot handle the request for now, because of \
             overloading or maintenance; retrying later may succeed."
        }
        504 => {
            "These errors occur when a gateway or proxy did not get a response in time from \
             the server behind it."
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_status_has_a_meaning_and_others_none() {
        for status in 400..=599 {
            let text = meaning(status).unwrap_or_else(|| panic!("{status} has no meaning"));
            assert!(text.starts_with("These errors "), "{status}: {text}");
            assert!(text.ends_with('.'), "{status}: {text}");
        }
        for status in [0, 200, 302, 399, 600, u16::MAX] {
            assert_eq!(meaning(status), None, "{status}");
        }
    }

    #[test]
    fn unlisted_statuses_get_their_class_sentence() {
        assert!(meaning(418).is_some_and(|text| text.contains("client errors")));
        assert!(meaning(599).is_some_and(|text| text.contains("server errors")));
        assert_ne!(meaning(401), meaning(418));
    }
}
