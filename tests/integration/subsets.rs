//! The endpoint enums of `login_errors`, subsets of `LoginError` by tag:
//! their own lookups, and the conversions with `LoginError` both ways.

use errcat::{ErrorCode, NotInSubset};
use login_errors::{AuthorizeError, LoginError, ResourceError, TokenError};

/// Every variant of subset `S` goes to the `LoginError` of the same entry
/// and back; every `LoginError` outside `S` is refused and given back.
fn converts_both_ways<S>(tag: &str)
where
    S: ErrorCode + TryFrom<LoginError, Error = NotInSubset<LoginError>>,
    LoginError: From<S>,
{
    for &code in S::ALL {
        let full = LoginError::from(code);
        assert_eq!(S::try_from(full), Ok(code));
        assert_eq!(format!("{full:?}"), format!("{code:?}"));
        assert_eq!(
            (full.code(), full.status(), full.description(), full.hint()),
            (code.code(), code.status(), code.description(), code.hint())
        );
    }
    let holds = |full: LoginError| S::ALL.iter().any(|&code| LoginError::from(code) == full);
    let mut refused = 0;
    for &full in LoginError::ALL.iter().filter(|&&full| !holds(full)) {
        let error = S::try_from(full).expect_err("a code outside the subset");
        assert_eq!(error.into_inner(), full);
        assert_eq!(*error.value(), full);
        refused += 1;
    }
    assert_eq!(refused + S::ALL.len(), LoginError::COUNT, "`{tag}`");
}

#[test]
fn every_subset_converts_with_login_error_both_ways() {
    converts_both_ways::<AuthorizeError>("authorize");
    converts_both_ways::<TokenError>("token");
    converts_both_ways::<ResourceError>("resource");
}

#[test]
fn subsets_keep_the_file_order_and_the_entries_names() {
    assert_eq!(TokenError::ALL[0], TokenError::InvalidRequest);
    assert_eq!(TokenError::ALL.last(), Some(&TokenError::Misconfiguration));
    let in_full_order: Vec<LoginError> =
        ResourceError::ALL.iter().map(|&code| code.into()).collect();
    assert!(in_full_order.is_sorted_by_key(|&code| code as usize));
}

#[test]
fn a_subset_looks_up_only_its_own_codes() {
    assert_eq!(TokenError::from_code("consent_required"), None);
    assert_eq!(
        AuthorizeError::from_code("consent_required"),
        Some(AuthorizeError::ConsentRequired)
    );
    assert_eq!(
        "invalid_grant".parse::<TokenError>(),
        Ok(TokenError::InvalidGrant)
    );
    assert!("invalid_token".parse::<TokenError>().is_err());
    // `invalid_token` is two entries of `LoginError`, both tagged `resource`:
    // the first in file order answers, as in the full enum.
    assert_eq!(
        ResourceError::from_code("invalid_token"),
        Some(ResourceError::InvalidTokenFormat)
    );
}

#[test]
fn with_status_reads_the_subset_s_own_entries() {
    assert_eq!(TokenError::with_status(401), &[TokenError::InvalidClient]);
    assert_eq!(
        ResourceError::with_status(401),
        &[
            ResourceError::TokenInactive,
            ResourceError::TokenExpired,
            ResourceError::RequestUnauthorized
        ]
    );
    assert_eq!(AuthorizeError::with_status(404), &[]);
    assert_eq!(ResourceError::with_status(404), &[ResourceError::NotFound]);
}

#[test]
fn conversions_work_in_const_context() {
    const FULL: LoginError = TokenError::InvalidGrant.to_full();
    const BACK: Option<TokenError> = TokenError::from_full(LoginError::InvalidGrant);
    const OUTSIDE: Option<TokenError> = TokenError::from_full(LoginError::ConsentRequired);
    assert_eq!(FULL, LoginError::InvalidGrant);
    assert_eq!(BACK, Some(TokenError::InvalidGrant));
    assert_eq!(OUTSIDE, None);
}

#[test]
fn the_refusal_says_which_code_and_which_subset() {
    let refused = TokenError::try_from(LoginError::ConsentRequired).expect_err("not a token code");
    assert_eq!(
        refused.to_string(),
        "`consent_required` (ConsentRequired) is not a code of TokenError"
    );
    assert_eq!(refused.subset(), "TokenError");
    let copy = refused;
    assert_eq!(copy, refused);
    let error: &dyn std::error::Error = &refused;
    assert!(error.source().is_none());
}
