//! [`Error`]: a catalog code with the context of one occurrence.

use alloc::borrow::Cow;
use alloc::boxed::Box;
use alloc::string::String;
use core::fmt;

use crate::{ErrorCode, Expose};

/// The cause of an [`Error`], as `source()` returns it.
type Source = Box<dyn core::error::Error + Send + Sync + 'static>;

/// An error code of a catalog with the context of one occurrence: a
/// description or hint of its own, debug detail for the logs, the cause,
/// the OAuth 2.0 `state` to echo, and an `error_uri`.
///
/// The context never changes the catalog: accessors return the override
/// when there is one and the catalog's text otherwise.
///
/// ```
/// use errcat::{Error, Expose};
/// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
///
/// let error = Error::from(DocError::InvalidRequest)
///     .with_description("The request has no redirect_uri.")
///     .with_debug("client 42 sent an empty redirect_uri")
///     .with_state("af0ifjsldkj");
///
/// assert_eq!(error.description(), "The request has no redirect_uri.");
/// assert_eq!(DocError::InvalidRequest.description(), "The request is missing a required parameter.");
/// assert_eq!(
///     error.error_description(Expose::default()),
///     "The request has no redirect_uri. Check the request parameters."
/// );
/// ```
pub struct Error<C> {
    kind: C,
    description: Option<Cow<'static, str>>,
    hint: Option<Cow<'static, str>>,
    debug: Option<Cow<'static, str>>,
    source: Option<Source>,
    state: Option<String>,
    uri: Option<Cow<'static, str>>,
}

impl<C: ErrorCode> From<C> for Error<C> {
    fn from(kind: C) -> Self {
        Self {
            kind,
            description: None,
            hint: None,
            debug: None,
            source: None,
            state: None,
            uri: None,
        }
    }
}

impl<C: ErrorCode> Error<C> {
    /// Replaces the catalog's description for this occurrence.
    #[must_use]
    pub fn with_description(mut self, description: impl Into<Cow<'static, str>>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// Replaces the catalog's hint for this occurrence.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<Cow<'static, str>>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds internal detail for the logs; it reaches a response only when
    /// [`Expose::debug`] is on for that response.
    #[must_use]
    pub fn with_debug(mut self, debug: impl Into<Cow<'static, str>>) -> Self {
        self.debug = Some(debug.into());
        self
    }

    /// Adds the cause, which [`source`](core::error::Error::source)
    /// returns. Its text never reaches a response.
    #[must_use]
    pub fn with_source(mut self, source: impl core::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// Sets the OAuth 2.0 `state` the client sent, to echo in the response
    /// (RFC 6749 section 4.1.2.1). It is sent exactly as given, escaped as
    /// each format requires.
    #[must_use]
    pub fn with_state(mut self, state: impl Into<String>) -> Self {
        self.state = Some(state.into());
        self
    }

    /// Sets the `error_uri`: a page that explains the error. It goes out
    /// as an RFC 3986 URI-reference, unchanged when it is one and never
    /// refused otherwise (see [`text::push_uri`](crate::text::push_uri)).
    #[must_use]
    pub fn with_uri(mut self, uri: impl Into<Cow<'static, str>>) -> Self {
        self.uri = Some(uri.into());
        self
    }

    /// The catalog code: which entry of the catalog this error is, as
    /// `std::io::Error::kind` says what kind of I/O error one is. Its
    /// [`code`](ErrorCode::code) is the wire code.
    ///
    /// ```
    /// use errcat::Error;
    /// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
    ///
    /// let error = Error::from(DocError::TokenExpired);
    /// assert_eq!(error.kind(), DocError::TokenExpired);
    /// assert_eq!(error.kind().code(), "invalid_token");
    /// ```
    #[must_use]
    pub fn kind(&self) -> C {
        self.kind
    }

    /// The HTTP status of the code.
    #[must_use]
    pub fn status(&self) -> u16 {
        self.kind.status()
    }

    /// The description: this occurrence's, or the catalog's.
    #[must_use]
    pub fn description(&self) -> &str {
        self.description
            .as_deref()
            .unwrap_or(self.kind.description())
    }

    /// The hint: this occurrence's, or the catalog's.
    #[must_use]
    pub fn hint(&self) -> Option<&str> {
        self.hint.as_deref().or(self.kind.hint())
    }

    /// Whether this occurrence replaces the catalog's description.
    pub(crate) fn has_description_override(&self) -> bool {
        self.description.is_some()
    }

    /// Whether this occurrence replaces the catalog's hint.
    pub(crate) fn has_hint_override(&self) -> bool {
        self.hint.is_some()
    }

    /// The debug detail, if any.
    #[must_use]
    pub fn debug(&self) -> Option<&str> {
        self.debug.as_deref()
    }

    /// The `state` to echo, if any.
    #[must_use]
    pub fn state(&self) -> Option<&str> {
        self.state.as_deref()
    }

    /// The `error_uri`, if any.
    #[must_use]
    pub fn uri(&self) -> Option<&str> {
        self.uri.as_deref()
    }

    /// The `error_description` a response carries: the description, then
    /// the hint and the debug detail as `expose` says, separated by spaces
    /// and made safe by the rules of [`text`](crate::text), cut to
    /// [`MAX_ERROR_DESCRIPTION_LEN`](crate::text::MAX_ERROR_DESCRIPTION_LEN)
    /// when run-time text is part of it: as a JSON body or a challenge
    /// carries it.
    #[must_use]
    pub fn error_description(&self, expose: Expose) -> String {
        let mut out = String::new();
        self.push_error_description(&mut out, expose);
        out
    }

    /// Appends [`error_description`](Self::error_description) to `out`
    /// without allocating anything else.
    pub fn push_error_description(&self, out: &mut String, expose: Expose) {
        self.view()
            .push_error_description(out, expose, crate::text::cut::Transport::Json);
    }
}

impl<C: ErrorCode> fmt::Display for Error<C> {
    /// `code: description`, and the debug detail when there is some: the
    /// line a log wants.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.code(), self.description())?;
        if let Some(debug) = self.debug() {
            write!(f, " (debug: {debug})")?;
        }
        Ok(())
    }
}

impl<C: ErrorCode> fmt::Debug for Error<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.kind)
            .field("description", &self.description)
            .field("hint", &self.hint)
            .field("debug", &self.debug)
            .field("source", &self.source)
            .field("state", &self.state)
            .field("uri", &self.uri)
            .finish()
    }
}

impl<C: ErrorCode> core::error::Error for Error<C> {
    fn source(&self) -> Option<&(dyn core::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn core::error::Error + 'static))
    }
}
