//! The `tags` of `error-codes.toml` against the specifications: a standard
//! code is tagged with an endpoint exactly when a specification lists it
//! for that endpoint. The lists below are copied from the sections named
//! beside them, not from the catalog, so a wrong tag and a wrong list
//! disagree. The subset enums of `login_errors` (`where tag = "..."`) are
//! checked against the same lists.

use std::collections::BTreeSet;

use errcat::ErrorCode;
use login_errors::{AuthorizeError, ResourceError, TokenError};

/// An endpoint's tag and the error codes its specifications define there.
struct Endpoint {
    tag: &'static str,
    sections: &'static [Section],
}

/// One section's list of error codes.
struct Section {
    source: &'static str,
    codes: &'static [&'static str],
}

const RFC_6749_AUTHORIZATION: &[&str] = &[
    "invalid_request",
    "unauthorized_client",
    "access_denied",
    "unsupported_response_type",
    "invalid_scope",
    "server_error",
    "temporarily_unavailable",
];

const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        tag: "authorize",
        sections: &[
            Section {
                source: "RFC 6749 section 4.1.2.1 (authorization code grant)",
                codes: RFC_6749_AUTHORIZATION,
            },
            Section {
                source: "RFC 6749 section 4.2.2.1 (implicit grant)",
                codes: RFC_6749_AUTHORIZATION,
            },
            Section {
                source: "OpenID Connect Core 1.0 section 3.1.2.6",
                codes: &[
                    "interaction_required",
                    "login_required",
                    "account_selection_required",
                    "consent_required",
                    "invalid_request_uri",
                    "invalid_request_object",
                    "request_not_supported",
                    "request_uri_not_supported",
                    "registration_not_supported",
                ],
            },
        ],
    },
    Endpoint {
        tag: "token",
        sections: &[Section {
            source: "RFC 6749 section 5.2",
            codes: &[
                "invalid_request",
                "invalid_client",
                "invalid_grant",
                "unauthorized_client",
                "unsupported_grant_type",
                "invalid_scope",
            ],
        }],
    },
    Endpoint {
        tag: "resource",
        sections: &[Section {
            source: "RFC 6750 section 3.1",
            codes: &["invalid_request", "invalid_token", "insufficient_scope"],
        }],
    },
];

/// The Login service's own codes, which no specification above lists:
/// they are tagged where the service returns them. Every other code of the
/// catalog is a standard one, whose tags the specifications decide; the
/// list is kept by hand so that a code dropped from a section's list above
/// fails the test instead of quietly becoming one of these.
const LOGIN_OWN_CODES: &[&str] = &[
    "unsupported_response_mode",
    "invalid_state",
    "insufficient_entropy",
    "jti_known",
    "error",
    "token_inactive",
    "request_unauthorized",
    "scope_not_granted",
    "request_forbidden",
    "not_found",
    "misconfiguration",
];

fn login_catalog() -> errcat_codegen::Catalog {
    let bytes = include_bytes!("../../error-codes.toml");
    let (_, checked) = errcat_codegen::check_bytes("error-codes.toml", bytes);
    checked.expect("error-codes.toml is valid")
}

#[test]
fn standard_codes_are_tagged_where_their_specifications_list_them() {
    let catalog = login_catalog();
    let in_catalog: BTreeSet<&str> = catalog
        .entries
        .iter()
        .map(|entry| entry.code.as_str())
        .collect();
    for endpoint in ENDPOINTS {
        let specified: BTreeSet<&str> = endpoint
            .sections
            .iter()
            .flat_map(|section| section.codes.iter().copied())
            .filter(|code| in_catalog.contains(code))
            .collect();
        let tagged: BTreeSet<&str> = catalog
            .entries
            .iter()
            .filter(|entry| entry.tags.iter().any(|tag| tag == endpoint.tag))
            .map(|entry| entry.code.as_str())
            .filter(|code| !LOGIN_OWN_CODES.contains(code))
            .collect();
        let sources: Vec<&str> = endpoint.sections.iter().map(|s| s.source).collect();
        assert_eq!(
            tagged, specified,
            "standard codes tagged `{}` against {sources:?}",
            endpoint.tag
        );
    }
}

#[test]
fn every_standard_code_of_the_catalog_is_in_a_specification_list() {
    for entry in login_catalog().entries {
        let code = entry.code.as_str();
        let listed = ENDPOINTS
            .iter()
            .flat_map(|endpoint| endpoint.sections)
            .any(|section| section.codes.contains(&code));
        assert!(
            listed != LOGIN_OWN_CODES.contains(&code),
            "`{code}` must be either in a specification's list or one of Login's own codes"
        );
    }
}

#[test]
fn every_login_code_says_where_it_is_returned() {
    let known: BTreeSet<&str> = ENDPOINTS.iter().map(|endpoint| endpoint.tag).collect();
    for entry in login_catalog().entries {
        assert!(!entry.tags.is_empty(), "{} has no tags", entry.name);
        for tag in &entry.tags {
            assert!(known.contains(tag.as_str()), "{}: tag `{tag}`", entry.name);
        }
    }
}

/// The wire codes of a generated enum's `ALL`.
fn codes_of<C: ErrorCode>() -> BTreeSet<&'static str> {
    C::ALL.iter().map(|code| code.code()).collect()
}

#[test]
fn each_endpoint_enum_holds_its_specified_codes_and_login_s_own_tagged_ones() {
    let catalog = login_catalog();
    let generated = [
        ("authorize", codes_of::<AuthorizeError>()),
        ("token", codes_of::<TokenError>()),
        ("resource", codes_of::<ResourceError>()),
    ];
    for (tag, codes) in generated {
        let endpoint = ENDPOINTS
            .iter()
            .find(|endpoint| endpoint.tag == tag)
            .expect("an endpoint of that tag");
        let in_catalog: BTreeSet<&str> = catalog
            .entries
            .iter()
            .map(|entry| entry.code.as_str())
            .collect();
        let specified = endpoint
            .sections
            .iter()
            .flat_map(|section| section.codes.iter().copied())
            .filter(|code| in_catalog.contains(code));
        let own_tagged = catalog
            .entries
            .iter()
            .filter(|entry| LOGIN_OWN_CODES.contains(&entry.code.as_str()))
            .filter(|entry| entry.tags.iter().any(|carried| carried == tag))
            .map(|entry| entry.code.as_str());
        let expected: BTreeSet<&str> = specified.chain(own_tagged).collect();
        assert_eq!(codes, expected, "the codes of the `{tag}` enum");
    }
}
