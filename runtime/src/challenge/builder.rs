//! [`Challenge`]: the scheme and the parameters of a challenge that do not
//! depend on the error, checked as they are set.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::auth_header::is_token;
use crate::{params, text};

/// The protection space (RFC 9110 section 11.5).
const REALM: &str = "realm";
/// The scopes a token needs (RFC 6750 section 3).
const SCOPE: &str = "scope";

/// The parameters errcat writes itself; [`Challenge::with_param`] refuses
/// them so that each appears at most once.
const RESERVED: [&str; 5] = [
    REALM,
    SCOPE,
    params::ERROR,
    params::ERROR_DESCRIPTION,
    params::ERROR_URI,
];

/// A `WWW-Authenticate` challenge: the scheme and the parameters that do
/// not depend on the error (realm, scope, DPoP's `algs`...).
///
/// Every value is written as a quoted string after sanitising (see
/// [`text`]), and names are checked to be tokens, so no value
/// can end the quoted string or carry a line break into the header.
///
/// ```
/// use errcat::{Challenge, Error, Expose};
/// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
///
/// let challenge = Challenge::bearer().with_realm("example");
/// // A request without credentials gets the challenge alone (RFC 6750 section 3.1).
/// assert_eq!(challenge.header_value(), r#"Bearer realm="example""#);
/// // A bad token gets the error.
/// assert_eq!(
///     Error::from(DocError::TokenExpired).www_authenticate(&challenge, Expose::DESCRIPTION_ONLY),
///     r#"Bearer realm="example", error="invalid_token", error_description="The access token expired.""#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub(super) scheme: Cow<'static, str>,
    /// The parameters in the order they were first set, values sanitised.
    pub(super) params: Vec<(Cow<'static, str>, String)>,
}

/// Why a challenge cannot be built as asked.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ChallengeError {
    /// The scheme or a parameter name is not an HTTP token (RFC 9110
    /// section 5.6.2).
    NotAToken(String),
    /// The parameter is one errcat writes itself; use
    /// [`Challenge::with_realm`], [`Challenge::with_scope`] or the error.
    Reserved(String),
}

impl fmt::Display for ChallengeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAToken(name) => write!(f, "`{name}` is not an HTTP token"),
            Self::Reserved(name) => write!(
                f,
                "`{name}` is written by errcat; it cannot be added as a parameter"
            ),
        }
    }
}

impl core::error::Error for ChallengeError {}

impl Challenge {
    /// The `Bearer` scheme of RFC 6750.
    #[must_use]
    pub fn bearer() -> Self {
        Self {
            scheme: Cow::Borrowed("Bearer"),
            params: Vec::new(),
        }
    }

    /// The `DPoP` scheme of RFC 9449.
    #[must_use]
    pub fn dpop() -> Self {
        Self {
            scheme: Cow::Borrowed("DPoP"),
            params: Vec::new(),
        }
    }

    /// Another scheme.
    ///
    /// # Errors
    ///
    /// When `scheme` is not an HTTP token.
    pub fn with_scheme(scheme: impl Into<Cow<'static, str>>) -> Result<Self, ChallengeError> {
        let scheme = scheme.into();
        if !is_token(&scheme) {
            return Err(ChallengeError::NotAToken(scheme.into_owned()));
        }
        Ok(Self {
            scheme,
            params: Vec::new(),
        })
    }

    /// Sets `realm`.
    #[must_use]
    pub fn with_realm(self, realm: &str) -> Self {
        self.set(REALM, realm)
    }

    /// Sets `scope`, the space-separated scopes a token needs.
    #[must_use]
    pub fn with_scope(self, scope: &str) -> Self {
        self.set(SCOPE, scope)
    }

    /// Sets another parameter, such as DPoP's `algs`; a parameter of the
    /// same name (compared without case) is replaced.
    ///
    /// # Errors
    ///
    /// When `name` is not an HTTP token, or is one of the parameters errcat
    /// writes itself (`realm`, `scope`, `error`, `error_description`,
    /// `error_uri`).
    pub fn with_param(
        self,
        name: impl Into<Cow<'static, str>>,
        value: &str,
    ) -> Result<Self, ChallengeError> {
        let name = name.into();
        if !is_token(&name) {
            return Err(ChallengeError::NotAToken(name.into_owned()));
        }
        if RESERVED
            .iter()
            .any(|reserved| reserved.eq_ignore_ascii_case(&name))
        {
            return Err(ChallengeError::Reserved(name.into_owned()));
        }
        Ok(self.set(name, value))
    }

    fn set(mut self, name: impl Into<Cow<'static, str>>, value: &str) -> Self {
        let name = name.into();
        let value = text::sanitize(value);
        match self
            .params
            .iter_mut()
            .find(|(existing, _)| existing.eq_ignore_ascii_case(&name))
        {
            Some(slot) => slot.1 = value,
            None => self.params.push((name, value)),
        }
        self
    }

    /// The scheme.
    #[must_use]
    pub fn scheme(&self) -> &str {
        &self.scheme
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_names_that_are_not_tokens_or_are_reserved() {
        assert_eq!(
            Challenge::with_scheme("Bad Scheme"),
            Err(ChallengeError::NotAToken("Bad Scheme".into()))
        );
        assert_eq!(
            Challenge::dpop().with_param("al\r\ngs", "x"),
            Err(ChallengeError::NotAToken("al\r\ngs".into()))
        );
        assert_eq!(
            Challenge::bearer().with_param("Error", "x"),
            Err(ChallengeError::Reserved("Error".into()))
        );
    }

    #[test]
    fn replaces_a_parameter_of_the_same_name() {
        let challenge = Challenge::dpop()
            .with_param("algs", "ES256")
            .and_then(|challenge| challenge.with_param("ALGS", "PS256"))
            .map(|challenge| challenge.with_realm("a").with_realm("b\r\n\"x\""));
        assert_eq!(
            challenge.map(|challenge| challenge.header_value()),
            Ok(r#"DPoP algs="PS256", realm="b%0D%0A%22x%22""#.into())
        );
    }
}
