//! HTTP reason phrases, for problem+json titles.

/// The reason phrase of an error status (RFC 9110 and the IANA registry),
/// when it has a registered one. The table is `errcat-core`'s, which the
/// macro's rustdoc headings read too.
///
/// ```
/// assert_eq!(errcat::reason_phrase(503), Some("Service Unavailable"));
/// assert_eq!(errcat::reason_phrase(499), None);
/// ```
#[must_use]
pub const fn reason_phrase(status: u16) -> Option<&'static str> {
    errcat_core::status::reason_phrase(status)
}
