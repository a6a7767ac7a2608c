//! What the specifications say, as test data: each section's list of
//! error codes, and which lists each endpoint draws from.
//!
//! A status is given where the section names one for the code; `None`
//! where it names none (codes delivered in a redirect or a push, and
//! sections that defer to RFC 6749 section 5.2's default). Written from
//! the specifications, section by section; not derived from the catalog.

/// The codes one section lists.
pub(crate) struct List {
    /// The section, as the catalog links it.
    pub(crate) section: &'static str,
    /// The specification, section and title, for messages.
    pub(crate) source: &'static str,
    /// Each code, with the status the section names for it.
    pub(crate) codes: &'static [(&'static str, Option<u16>)],
}

const RFC6749_4_1_2_1: &str = "https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1";
const RFC6749_4_2_2_1: &str = "https://www.rfc-editor.org/rfc/rfc6749#section-4.2.2.1";
const RFC6749_5_2: &str = "https://www.rfc-editor.org/rfc/rfc6749#section-5.2";
const RFC6750_3_1: &str = "https://www.rfc-editor.org/rfc/rfc6750#section-3.1";
const RFC7009_2_2_1: &str = "https://www.rfc-editor.org/rfc/rfc7009#section-2.2.1";
const RFC7591_3_2_2: &str = "https://www.rfc-editor.org/rfc/rfc7591#section-3.2.2";
const RFC7592_2_2: &str = "https://www.rfc-editor.org/rfc/rfc7592#section-2.2";
const RFC8628_3_5: &str = "https://www.rfc-editor.org/rfc/rfc8628#section-3.5";
const RFC8693_2_2_2: &str = "https://www.rfc-editor.org/rfc/rfc8693#section-2.2.2";
const RFC8707_2: &str = "https://www.rfc-editor.org/rfc/rfc8707#section-2";
const RFC9101_7: &str = "https://www.rfc-editor.org/rfc/rfc9101#section-7";
const RFC9396_5: &str = "https://www.rfc-editor.org/rfc/rfc9396#section-5";
const RFC9449_5: &str = "https://www.rfc-editor.org/rfc/rfc9449#section-5";
const RFC9449_7_1: &str = "https://www.rfc-editor.org/rfc/rfc9449#section-7.1";
const RFC9449_8: &str = "https://www.rfc-editor.org/rfc/rfc9449#section-8";
const RFC9449_9: &str = "https://www.rfc-editor.org/rfc/rfc9449#section-9";
const RFC9470_3: &str = "https://www.rfc-editor.org/rfc/rfc9470#section-3";
const OIDC_3_1_2_6: &str =
    "https://openid.net/specs/openid-connect-core-1_0.html#rfc.section.3.1.2.6";
const CIBA_11: &str = "https://openid.net/specs/openid-client-initiated-backchannel-authentication-core-1_0.html#rfc.section.11";
const CIBA_12: &str = "https://openid.net/specs/openid-client-initiated-backchannel-authentication-core-1_0.html#rfc.section.12";
const CIBA_13: &str = "https://openid.net/specs/openid-client-initiated-backchannel-authentication-core-1_0.html#rfc.section.13";

/// RFC 6749's authorization endpoint codes, the same in both grants; in the
/// redirect, so no status.
const RFC6749_AUTHORIZATION: &[(&str, Option<u16>)] = &[
    ("invalid_request", None),
    ("unauthorized_client", None),
    ("access_denied", None),
    ("unsupported_response_type", None),
    ("invalid_scope", None),
    ("server_error", None),
    ("temporarily_unavailable", None),
];

/// The request object codes, as OpenID Connect Core and JAR both give them.
const REQUEST_OBJECT: [(&str, Option<u16>); 4] = [
    ("invalid_request_uri", None),
    ("invalid_request_object", None),
    ("request_not_supported", None),
    ("request_uri_not_supported", None),
];

/// The device grant's polling codes, which CIBA's poll mode reuses.
const POLLING: [(&str, Option<u16>); 4] = [
    ("authorization_pending", None),
    ("slow_down", None),
    ("access_denied", None),
    ("expired_token", None),
];

pub(crate) const LISTS: &[List] = &[
    List {
        section: RFC6749_4_1_2_1,
        source: "RFC 6749 section 4.1.2.1, Error Response (authorization code grant)",
        codes: RFC6749_AUTHORIZATION,
    },
    List {
        section: RFC6749_4_2_2_1,
        source: "RFC 6749 section 4.2.2.1, Error Response (implicit grant)",
        codes: RFC6749_AUTHORIZATION,
    },
    List {
        section: RFC6749_5_2,
        // "HTTP 400 (Bad Request) status code (unless specified otherwise)";
        // invalid_client MAY, and with the Authorization header MUST, be 401.
        source: "RFC 6749 section 5.2, Error Response (token endpoint)",
        codes: &[
            ("invalid_request", Some(400)),
            ("invalid_client", Some(400)),
            ("invalid_client", Some(401)),
            ("invalid_grant", Some(400)),
            ("unauthorized_client", Some(400)),
            ("unsupported_grant_type", Some(400)),
            ("invalid_scope", Some(400)),
        ],
    },
    List {
        section: RFC6750_3_1,
        source: "RFC 6750 section 3.1, Error Codes",
        codes: &[
            ("invalid_request", Some(400)),
            ("invalid_token", Some(401)),
            ("insufficient_scope", Some(403)),
        ],
    },
    List {
        section: RFC7009_2_2_1,
        source: "RFC 7009 section 2.2.1, Error Response (revocation)",
        codes: &[("unsupported_token_type", None)],
    },
    List {
        section: RFC7591_3_2_2,
        // "HTTP 400 status code unless otherwise specified".
        source: "RFC 7591 section 3.2.2, Client Registration Error Response",
        codes: &[
            ("invalid_redirect_uri", Some(400)),
            ("invalid_client_metadata", Some(400)),
            ("invalid_software_statement", Some(400)),
            ("unapproved_software_statement", Some(400)),
        ],
    },
    List {
        section: RFC7592_2_2,
        // An update is refused with an error as RFC 7591 describes.
        source: "RFC 7592 section 2.2, Client Update Request",
        codes: &[
            ("invalid_redirect_uri", None),
            ("invalid_client_metadata", None),
            ("invalid_software_statement", None),
            ("unapproved_software_statement", None),
        ],
    },
    List {
        section: RFC8628_3_5,
        source: "RFC 8628 section 3.5, Device Access Token Response",
        codes: &POLLING,
    },
    List {
        section: RFC8693_2_2_2,
        source: "RFC 8693 section 2.2.2, Error Response (token exchange)",
        codes: &[("invalid_request", None), ("invalid_target", None)],
    },
    List {
        section: RFC8707_2,
        source: "RFC 8707 section 2, Resource Parameter",
        codes: &[("invalid_target", None)],
    },
    List {
        section: RFC9101_7,
        source: "RFC 9101 section 7, Authorization Server Response (JAR)",
        codes: &REQUEST_OBJECT,
    },
    List {
        section: RFC9396_5,
        source: "RFC 9396 section 5, Authorization Error Response (RAR)",
        codes: &[("invalid_authorization_details", None)],
    },
    List {
        section: RFC9449_5,
        source: "RFC 9449 section 5, DPoP Access Token Request",
        codes: &[("invalid_dpop_proof", None)],
    },
    List {
        section: RFC9449_7_1,
        source: "RFC 9449 section 7.1, The DPoP Authentication Scheme",
        codes: &[("invalid_dpop_proof", Some(401))],
    },
    List {
        section: RFC9449_8,
        source: "RFC 9449 section 8, Authorization Server-Provided Nonce",
        codes: &[("use_dpop_nonce", Some(400))],
    },
    List {
        section: RFC9449_9,
        source: "RFC 9449 section 9, Resource Server-Provided Nonce",
        codes: &[("use_dpop_nonce", Some(401))],
    },
    List {
        section: RFC9470_3,
        source: "RFC 9470 section 3, Authentication Requirements Challenge",
        codes: &[("insufficient_user_authentication", Some(401))],
    },
    List {
        section: OIDC_3_1_2_6,
        source: "OpenID Connect Core 1.0 section 3.1.2.6, Authentication Error Response",
        codes: &[
            ("interaction_required", None),
            ("login_required", None),
            ("account_selection_required", None),
            ("consent_required", None),
            REQUEST_OBJECT[0],
            REQUEST_OBJECT[1],
            REQUEST_OBJECT[2],
            REQUEST_OBJECT[3],
            ("registration_not_supported", None),
        ],
    },
    List {
        section: CIBA_11,
        source: "OpenID CIBA Core 1.0 section 11, Token Error Response",
        codes: &POLLING,
    },
    List {
        section: CIBA_12,
        source: "OpenID CIBA Core 1.0 section 12, Push Error Payload",
        codes: &[
            ("access_denied", None),
            ("expired_token", None),
            ("transaction_failed", None),
        ],
    },
    List {
        section: CIBA_13,
        source: "OpenID CIBA Core 1.0 section 13, Authentication Error Response",
        codes: &[
            ("invalid_request", Some(400)),
            ("invalid_scope", Some(400)),
            ("expired_login_hint_token", Some(400)),
            ("unknown_user_id", Some(400)),
            ("unauthorized_client", Some(400)),
            ("missing_user_code", Some(400)),
            ("invalid_user_code", Some(400)),
            ("invalid_binding_message", Some(400)),
            ("invalid_client", Some(401)),
            ("access_denied", Some(403)),
        ],
    },
];

/// An endpoint's tag and where its codes come from.
pub(crate) struct Endpoint {
    pub(crate) tag: &'static str,
    /// Sections whose whole list applies at the endpoint.
    pub(crate) lists: &'static [&'static str],
    /// Codes a section admits by reference to another specification's
    /// list, with what it says.
    pub(crate) by_reference: &'static [&'static str],
    pub(crate) why: &'static str,
    /// Codes the specification excludes at the endpoint.
    pub(crate) never: &'static [&'static str],
}

pub(crate) const ENDPOINTS: &[Endpoint] = &[
    Endpoint {
        tag: "authorize",
        lists: &[
            RFC6749_4_1_2_1,
            RFC6749_4_2_2_1,
            OIDC_3_1_2_6,
            RFC9101_7,
            RFC8707_2,
            RFC9396_5,
        ],
        by_reference: &[],
        why: "",
        never: &[],
    },
    Endpoint {
        tag: "token",
        lists: &[
            RFC6749_5_2,
            RFC8628_3_5,
            RFC8693_2_2_2,
            RFC8707_2,
            RFC9449_5,
            RFC9449_8,
            CIBA_11,
        ],
        by_reference: &[],
        why: "",
        never: &[],
    },
    Endpoint {
        tag: "resource",
        lists: &[RFC6750_3_1, RFC9449_7_1, RFC9449_9, RFC9470_3],
        by_reference: &[],
        why: "",
        never: &[],
    },
    Endpoint {
        tag: "revocation",
        lists: &[RFC7009_2_2_1],
        by_reference: &["invalid_request", "invalid_client"],
        why: "RFC 7009 section 2.1 refuses a request that fails client authentication or \
              validation, with an error whose presentation conforms to RFC 6749 section 5.2 \
              (section 2.2.1)",
        never: &[],
    },
    Endpoint {
        tag: "registration",
        lists: &[RFC7591_3_2_2, RFC7592_2_2],
        by_reference: &[],
        why: "",
        never: &[],
    },
    Endpoint {
        tag: "device",
        lists: &[],
        by_reference: &[
            "invalid_request",
            "invalid_client",
            "unauthorized_client",
            "invalid_scope",
        ],
        why: "RFC 8628 section 3.2 answers errors as the token endpoint does (RFC 6749 \
              section 5.2); the codes about a grant do not apply to a request that carries none",
        never: &["invalid_grant", "unsupported_grant_type"],
    },
    Endpoint {
        tag: "par",
        lists: &[],
        by_reference: &[
            // RFC 6749 section 5.2, without the codes about a grant.
            "invalid_request",
            "invalid_client",
            "unauthorized_client",
            "invalid_scope",
            // RFC 6749 section 4.1.2.1.
            "access_denied",
            "unsupported_response_type",
            "server_error",
            "temporarily_unavailable",
            // Extensions involved in processing the pushed request.
            "invalid_request_object",
            "request_not_supported",
            "invalid_target",
            "invalid_authorization_details",
            "invalid_dpop_proof",
            "use_dpop_nonce",
        ],
        why: "RFC 9126 section 2.3: the appropriate codes of RFC 6749 sections 5.2 and \
              4.1.2.1, and those of extensions involved in processing the request; never a \
              code related to user interaction, such as consent_required",
        never: &[
            "interaction_required",
            "login_required",
            "account_selection_required",
            "consent_required",
        ],
    },
    Endpoint {
        tag: "ciba",
        lists: &[CIBA_13],
        by_reference: &[],
        why: "",
        never: &[],
    },
    Endpoint {
        tag: "ciba-push",
        lists: &[CIBA_12],
        by_reference: &[],
        why: "",
        never: &[],
    },
];

/// The list of `section`.
pub(crate) fn list(section: &str) -> &'static List {
    LISTS
        .iter()
        .find(|list| list.section == section)
        .unwrap_or_else(|| panic!("no list for {section}"))
}
