//! [`Challenge`]: the scheme and the parameters of a challenge that do not
//! depend on the error, checked as they are set.

use alloc::borrow::Cow;
use alloc::string::String;
use alloc::vec::Vec;
use core::fmt;

use crate::auth_header::is_token;
use crate::text::cut::{self, Part, Transport};
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
    /// The scheme or a parameter name is longer than
    /// [`MAX_CHALLENGE_NAME_LEN`](text::MAX_CHALLENGE_NAME_LEN) bytes; `len`
    /// is its length (the name itself is not kept: it may be huge).
    NameTooLong {
        /// The name's length in bytes.
        len: usize,
    },
    /// The challenge already has
    /// [`MAX_CHALLENGE_PARAMS`](text::MAX_CHALLENGE_PARAMS) parameters
    /// besides `realm` and `scope`; the one refused is named.
    TooManyParams(String),
}

impl fmt::Display for ChallengeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotAToken(name) => write!(f, "`{name}` is not an HTTP token"),
            Self::Reserved(name) => write!(
                f,
                "`{name}` is written by errcat; it cannot be added as a parameter"
            ),
            Self::NameTooLong { len } => write!(
                f,
                "a name of {len} bytes is longer than the {} a challenge accepts",
                text::MAX_CHALLENGE_NAME_LEN
            ),
            Self::TooManyParams(name) => write!(
                f,
                "`{name}` would be a parameter beyond the {} a challenge holds besides realm and scope",
                text::MAX_CHALLENGE_PARAMS
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
    /// When `scheme` is longer than
    /// [`MAX_CHALLENGE_NAME_LEN`](text::MAX_CHALLENGE_NAME_LEN) bytes or is
    /// not an HTTP token.
    pub fn with_scheme(scheme: impl Into<Cow<'static, str>>) -> Result<Self, ChallengeError> {
        let scheme = scheme.into();
        check_name(&scheme)?;
        Ok(Self {
            scheme,
            params: Vec::new(),
        })
    }

    /// Sets `realm`, cut to
    /// [`MAX_CHALLENGE_VALUE_LEN`](text::MAX_CHALLENGE_VALUE_LEN) bytes as
    /// sent, like every value.
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
    /// When `name` is longer than
    /// [`MAX_CHALLENGE_NAME_LEN`](text::MAX_CHALLENGE_NAME_LEN) bytes, is
    /// not an HTTP token, or is one of the parameters errcat writes itself
    /// (`realm`, `scope`, `error`, `error_description`, `error_uri`); and
    /// when it is a new parameter beyond
    /// [`MAX_CHALLENGE_PARAMS`](text::MAX_CHALLENGE_PARAMS).
    pub fn with_param(
        self,
        name: impl Into<Cow<'static, str>>,
        value: &str,
    ) -> Result<Self, ChallengeError> {
        let name = name.into();
        check_name(&name)?;
        if RESERVED
            .iter()
            .any(|reserved| reserved.eq_ignore_ascii_case(&name))
        {
            return Err(ChallengeError::Reserved(name.into_owned()));
        }
        let is_new = !self
            .params
            .iter()
            .any(|(existing, _)| existing.eq_ignore_ascii_case(&name));
        let others = self
            .params
            .iter()
            .filter(|(existing, _)| existing != REALM && existing != SCOPE)
            .count();
        if is_new && others >= text::MAX_CHALLENGE_PARAMS {
            return Err(ChallengeError::TooManyParams(name.into_owned()));
        }
        Ok(self.set(name, value))
    }

    fn set(mut self, name: impl Into<Cow<'static, str>>, value: &str) -> Self {
        let name = name.into();
        // Sanitised and cut once, here, so that writing a challenge is a
        // copy.
        let mut sanitized = String::new();
        let part = Part { text: value };
        cut::push_text(
            &mut sanitized,
            &[part],
            text::MAX_CHALLENGE_VALUE_LEN,
            Transport::Json,
        );
        let value = sanitized;
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

/// Checks a scheme or parameter name: short enough, and a token. The
/// length comes first, so a huge name is not scanned, nor kept in the error.
fn check_name(name: &str) -> Result<(), ChallengeError> {
    if name.len() > text::MAX_CHALLENGE_NAME_LEN {
        return Err(ChallengeError::NameTooLong { len: name.len() });
    }
    if !is_token(name) {
        return Err(ChallengeError::NotAToken(name.into()));
    }
    Ok(())
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
    fn refuses_long_names_and_a_fifth_parameter() {
        let long = "a".repeat(65);
        assert_eq!(
            Challenge::with_scheme(long.clone()),
            Err(ChallengeError::NameTooLong { len: 65 })
        );
        assert_eq!(
            Challenge::bearer().with_param(long, "x"),
            Err(ChallengeError::NameTooLong { len: 65 })
        );
        assert!(Challenge::with_scheme("a".repeat(64)).is_ok());
        let four = ["a", "b", "c", "d"]
            .into_iter()
            .try_fold(
                Challenge::bearer().with_realm("r").with_scope("s"),
                |challenge, name| challenge.with_param(name, "x"),
            )
            .expect("four parameters besides realm and scope");
        assert_eq!(
            four.clone().with_param("e", "x"),
            Err(ChallengeError::TooManyParams("e".into()))
        );
        // Replacing one is not adding one.
        assert!(four.with_param("A", "y").is_ok());
    }

    #[test]
    fn values_are_cut_to_their_limit() {
        let challenge = Challenge::bearer().with_realm(&"é".repeat(1000));
        let value = challenge.header_value();
        let realm = value
            .strip_prefix("Bearer realm=\"")
            .and_then(|rest| rest.strip_suffix('"'))
            .expect("one quoted realm");
        assert!(
            realm.len() <= text::MAX_CHALLENGE_VALUE_LEN,
            "{}",
            realm.len()
        );
        assert_eq!(realm, "%C3%A9".repeat(42) + "...");
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
