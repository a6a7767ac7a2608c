use core::fmt;

use crate::ErrorCode;

/// The error of `TryFrom` from a full enum to one of its subsets (an enum
/// declared with `where tag = "..."`): the code is not tagged so. It gives
/// the refused value back, so nothing is lost by trying.
///
/// ```
/// errcat::catalog! {
///     pub enum DocError = "examples/doc-catalog.toml";
///     /// Errors a resource server may answer with.
///     pub enum ResourceError = "examples/doc-catalog.toml" where tag = "resource";
/// }
///
/// let refused = ResourceError::try_from(DocError::ServerError).unwrap_err();
/// assert_eq!(refused.into_inner(), DocError::ServerError);
/// assert_eq!(
///     refused.to_string(),
///     "`server_error` (ServerError) is not a code of ResourceError"
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NotInSubset<C> {
    value: C,
    subset: &'static str,
}

impl<C> NotInSubset<C> {
    /// Records `value` as refused by the subset enum named `subset`.
    #[must_use]
    pub const fn new(value: C, subset: &'static str) -> Self {
        Self { value, subset }
    }

    /// The refused value.
    #[must_use]
    pub fn into_inner(self) -> C {
        self.value
    }

    /// The refused value, by reference.
    #[must_use]
    pub const fn value(&self) -> &C {
        &self.value
    }

    /// The name of the subset enum that refused it.
    #[must_use]
    pub const fn subset(&self) -> &'static str {
        self.subset
    }
}

impl<C: ErrorCode> fmt::Display for NotInSubset<C> {
    /// Names the variant beside its code: two variants may share a code,
    /// and the subset may hold the other one.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "`{}` ({:?}) is not a code of {}",
            self.value.code(),
            self.value,
            self.subset
        )
    }
}

impl<C: ErrorCode> core::error::Error for NotInSubset<C> {}
