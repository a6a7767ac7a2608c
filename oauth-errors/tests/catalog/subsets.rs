//! The generated enums: one per endpoint, holding exactly the codes tagged
//! with it, and converting with the full enum.

use std::collections::BTreeSet;

use errcat::ErrorCode;
use oauth_errors::{
    AuthorizeError, BackchannelAuthenticationError, CibaPushError, DeviceAuthorizationError,
    OAuthError, PushedAuthorizationError, RegistrationError, ResourceError, RevocationError,
    TokenError,
};

use crate::catalog;

/// The (code, status) pairs of a generated enum.
fn pairs<C: ErrorCode>() -> BTreeSet<(&'static str, u16)> {
    C::ALL
        .iter()
        .map(|variant| (variant.code(), variant.status()))
        .collect()
}

#[test]
fn each_endpoint_enum_holds_exactly_the_entries_of_its_tag() {
    let catalog = catalog();
    let generated = [
        ("authorize", pairs::<AuthorizeError>()),
        ("token", pairs::<TokenError>()),
        ("resource", pairs::<ResourceError>()),
        ("revocation", pairs::<RevocationError>()),
        ("registration", pairs::<RegistrationError>()),
        ("device", pairs::<DeviceAuthorizationError>()),
        ("par", pairs::<PushedAuthorizationError>()),
        ("ciba", pairs::<BackchannelAuthenticationError>()),
        ("ciba-push", pairs::<CibaPushError>()),
    ];
    for (tag, codes) in generated {
        let tagged: BTreeSet<(&str, u16)> = catalog
            .entries
            .iter()
            .filter(|entry| entry.tags.iter().any(|carried| carried == tag))
            .map(|entry| (entry.code.as_str(), entry.status))
            .collect();
        assert_eq!(codes, tagged, "the `{tag}` enum");
    }
    assert_eq!(OAuthError::COUNT, catalog.entries.len());
}

#[test]
fn the_token_endpoint_enum_parses_polling_codes_and_refuses_user_interaction() {
    assert_eq!(
        TokenError::from_code("authorization_pending"),
        Some(TokenError::AuthorizationPending)
    );
    assert_eq!(TokenError::from_code("consent_required"), None);
    assert!(
        TokenError::ALL
            .iter()
            .all(|code| code.code() != "consent_required")
    );
    assert_eq!(
        OAuthError::from_code("consent_required"),
        Some(OAuthError::ConsentRequired)
    );
    assert!(TokenError::try_from(OAuthError::ConsentRequired).is_err());
}

#[test]
fn statuses_follow_the_specifications() {
    assert_eq!(ResourceError::InsufficientScope.status(), 403);
    assert_eq!(ResourceError::InvalidToken.status(), 401);
    assert_eq!(ResourceError::UseDpopNonceChallenge.status(), 401);
    assert_eq!(TokenError::UseDpopNonce.status(), 400);
    assert_eq!(TokenError::InvalidClientUnauthorized.status(), 401);
    assert_eq!(
        BackchannelAuthenticationError::AccessDeniedForbidden.status(),
        403
    );
    // The token endpoint's invalid_client reads as the first, 400; a
    // client that knows the status finds the other.
    assert_eq!(
        TokenError::from_code("invalid_client"),
        Some(TokenError::InvalidClient)
    );
    assert_eq!(
        TokenError::with_status(401)
            .iter()
            .find(|code| code.code() == "invalid_client"),
        Some(&TokenError::InvalidClientUnauthorized)
    );
}

#[test]
fn subsets_convert_with_the_full_enum() {
    let full: OAuthError = TokenError::SlowDown.into();
    assert_eq!(full, OAuthError::SlowDown);
    assert_eq!(
        ResourceError::try_from(OAuthError::InsufficientScope),
        Ok(ResourceError::InsufficientScope)
    );
    assert_eq!(
        PushedAuthorizationError::from_full(OAuthError::LoginRequired),
        None
    );
    assert_eq!(
        AuthorizeError::LoginRequired.to_full(),
        OAuthError::LoginRequired
    );
}

#[test]
fn declared_fields_are_accessors() {
    assert_eq!(OAuthError::LoginRequired.delivery(), ["redirect"]);
    assert!(!OAuthError::LoginRequired.status_named());
    assert!(OAuthError::InvalidGrant.status_named());
    assert_eq!(
        OAuthError::InsufficientScope.sections(),
        ["https://www.rfc-editor.org/rfc/rfc6750#section-3.1"]
    );
    assert_eq!(
        OAuthError::UseDpopNonceChallenge.schemes(),
        Some(&["DPoP"][..])
    );
    assert_eq!(OAuthError::InvalidGrant.schemes(), None);
}
