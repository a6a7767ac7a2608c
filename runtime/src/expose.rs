/// What a rendered error response shows besides the code and description.
///
/// The default shows the hint, as Ory fosite does, and never the debug
/// detail: debug detail is for logs, and reaches the wire only when a caller
/// switches it on for that response (on a development server, say).
///
/// ```
/// use errcat::Expose;
///
/// assert_eq!(Expose::default(), Expose { hint: true, debug: false });
/// let development = Expose::default().with_debug(true);
/// assert!(development.debug);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Expose {
    /// Append the remediation hint to `error_description`.
    pub hint: bool,
    /// Append the debug detail to `error_description`.
    pub debug: bool,
}

impl Expose {
    /// The hint, not the debug detail.
    pub const DEFAULT: Self = Self {
        hint: true,
        debug: false,
    };

    /// Neither the hint nor the debug detail: the description alone.
    pub const DESCRIPTION_ONLY: Self = Self {
        hint: false,
        debug: false,
    };

    /// These settings, with the hint shown or not.
    #[must_use]
    pub const fn with_hint(self, hint: bool) -> Self {
        Self { hint, ..self }
    }

    /// These settings, with the debug detail shown or not.
    #[must_use]
    pub const fn with_debug(self, debug: bool) -> Self {
        Self { debug, ..self }
    }
}

impl Default for Expose {
    fn default() -> Self {
        Self::DEFAULT
    }
}
