//! The sections the catalog may link, per specification, as each
//! specification's table of contents numbers and titles them: a link whose
//! fragment is not here names a section that does not exist (or one this
//! data has not recorded, which the test reports the same way, so that a
//! new link is checked against the specification before it is added).

/// A specification: where it lives, the form of its section fragments,
/// and the sections recorded from its table of contents.
pub(crate) struct Specification {
    pub(crate) name: &'static str,
    pub(crate) url: &'static str,
    /// What precedes a section number in a fragment: `section-` at the RFC
    /// Editor, `rfc.section.` in the OpenID Foundation's xml2rfc pages.
    pub(crate) fragment_prefix: &'static str,
    pub(crate) sections: &'static [(&'static str, &'static str)],
}

const RFC: &str = "section-";
const OPENID: &str = "rfc.section.";

pub(crate) const SPECIFICATIONS: &[Specification] = &[
    Specification {
        name: "RFC 6749, The OAuth 2.0 Authorization Framework",
        url: "https://www.rfc-editor.org/rfc/rfc6749",
        fragment_prefix: RFC,
        sections: &[
            ("4.1.2", "Authorization Response"),
            ("4.1.2.1", "Error Response"),
            ("4.2.2", "Access Token Response"),
            ("4.2.2.1", "Error Response"),
            ("5", "Issuing an Access Token"),
            ("5.2", "Error Response"),
            ("7.2", "Error Response"),
            ("11.4", "OAuth Extensions Error Registry"),
        ],
    },
    Specification {
        name: "RFC 6750, Bearer Token Usage",
        url: "https://www.rfc-editor.org/rfc/rfc6750",
        fragment_prefix: RFC,
        sections: &[
            ("3", "The WWW-Authenticate Response Header Field"),
            ("3.1", "Error Codes"),
        ],
    },
    Specification {
        name: "RFC 7009, Token Revocation",
        url: "https://www.rfc-editor.org/rfc/rfc7009",
        fragment_prefix: RFC,
        sections: &[
            ("2.1", "Revocation Request"),
            ("2.2", "Revocation Response"),
            ("2.2.1", "Error Response"),
        ],
    },
    Specification {
        name: "RFC 7591, Dynamic Client Registration Protocol",
        url: "https://www.rfc-editor.org/rfc/rfc7591",
        fragment_prefix: RFC,
        sections: &[
            ("3.2", "Responses"),
            ("3.2.1", "Client Information Response"),
            ("3.2.2", "Client Registration Error Response"),
        ],
    },
    Specification {
        name: "RFC 7592, Dynamic Client Registration Management Protocol",
        url: "https://www.rfc-editor.org/rfc/rfc7592",
        fragment_prefix: RFC,
        sections: &[
            ("2.1", "Client Read Request"),
            ("2.2", "Client Update Request"),
            ("2.3", "Client Delete Request"),
        ],
    },
    Specification {
        name: "RFC 8628, Device Authorization Grant",
        url: "https://www.rfc-editor.org/rfc/rfc8628",
        fragment_prefix: RFC,
        sections: &[
            ("3.1", "Device Authorization Request"),
            ("3.2", "Device Authorization Response"),
            ("3.4", "Device Access Token Request"),
            ("3.5", "Device Access Token Response"),
        ],
    },
    Specification {
        name: "RFC 8693, Token Exchange",
        url: "https://www.rfc-editor.org/rfc/rfc8693",
        fragment_prefix: RFC,
        sections: &[
            ("2.2", "Response"),
            ("2.2.1", "Successful Response"),
            ("2.2.2", "Error Response"),
        ],
    },
    Specification {
        name: "RFC 8707, Resource Indicators for OAuth 2.0",
        url: "https://www.rfc-editor.org/rfc/rfc8707",
        fragment_prefix: RFC,
        sections: &[
            ("2", "Resource Parameter"),
            ("2.1", "Authorization Request"),
            ("2.2", "Access Token Request"),
        ],
    },
    Specification {
        name: "RFC 9101, JWT-Secured Authorization Request (JAR)",
        url: "https://www.rfc-editor.org/rfc/rfc9101",
        fragment_prefix: RFC,
        sections: &[
            ("6.1", "JWE Encrypted Request Object"),
            ("6.2", "JWS-Signed Request Object"),
            ("7", "Authorization Server Response"),
        ],
    },
    Specification {
        name: "RFC 9126, Pushed Authorization Requests",
        url: "https://www.rfc-editor.org/rfc/rfc9126",
        fragment_prefix: RFC,
        sections: &[("2.3", "Error Response")],
    },
    Specification {
        name: "RFC 9396, Rich Authorization Requests",
        url: "https://www.rfc-editor.org/rfc/rfc9396",
        fragment_prefix: RFC,
        sections: &[("5", "Authorization Error Response")],
    },
    Specification {
        name: "RFC 9449, Demonstrating Proof of Possession (DPoP)",
        url: "https://www.rfc-editor.org/rfc/rfc9449",
        fragment_prefix: RFC,
        sections: &[
            ("5", "DPoP Access Token Request"),
            ("7.1", "The DPoP Authentication Scheme"),
            ("8", "Authorization Server-Provided Nonce"),
            ("9", "Resource Server-Provided Nonce"),
        ],
    },
    Specification {
        name: "RFC 9470, Step Up Authentication Challenge Protocol",
        url: "https://www.rfc-editor.org/rfc/rfc9470",
        fragment_prefix: RFC,
        sections: &[("3", "Authentication Requirements Challenge")],
    },
    Specification {
        name: "OpenID Connect Core 1.0",
        url: "https://openid.net/specs/openid-connect-core-1_0.html",
        fragment_prefix: OPENID,
        sections: &[
            ("3.1.2.6", "Authentication Error Response"),
            ("3.1.3.4", "Token Error Response"),
        ],
    },
    Specification {
        name: "OpenID Connect Client-Initiated Backchannel Authentication Flow - Core 1.0",
        url: "https://openid.net/specs/openid-client-initiated-backchannel-authentication-core-1_0.html",
        fragment_prefix: OPENID,
        sections: &[
            ("11", "Token Error Response"),
            ("12", "Push Error Payload"),
            ("13", "Authentication Error Response"),
        ],
    },
];

/// The specification and section `link` names, or what is wrong with it.
pub(crate) fn resolve(link: &str) -> Result<(&'static Specification, &'static str), String> {
    let (url, fragment) = link
        .split_once('#')
        .ok_or_else(|| format!("`{link}` names no section (no `#` fragment)"))?;
    let specification = SPECIFICATIONS
        .iter()
        .find(|specification| specification.url == url)
        .ok_or_else(|| format!("`{link}`: `{url}` is not a specification of this catalog"))?;
    let number = fragment
        .strip_prefix(specification.fragment_prefix)
        .ok_or_else(|| {
            format!(
                "`{link}`: a section of {} is `#{}N`",
                specification.name, specification.fragment_prefix
            )
        })?;
    specification
        .sections
        .iter()
        .find(|(recorded, _)| *recorded == number)
        .map(|(_, title)| (specification, *title))
        .ok_or_else(|| format!("`{link}`: {} has no section {number}", specification.name))
}
