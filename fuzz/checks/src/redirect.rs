//! The client-side redirect parser: `ErrorResponse::from_redirect_uri` on
//! arbitrary text.
//!
//! Properties: nothing panics; it accepts exactly what the documentation
//! says it reads (docs/wire-formats.md, "Reading responses", and the
//! rustdoc of `from_redirect_uri`), to the response that reading gives,
//! and refuses the rest only for a documented reason, both worked out here
//! by this check's own reading of those rules; and an accepted response,
//! written as a form into another redirect, reads back unchanged.

use std::collections::BTreeMap;

use crate::form;
use errcat::{ErrorResponse, Limits, ParseError};

/// The response's own parameters, each allowed once.
const STANDARD: [&str; 5] = ["error", "error_description", "error_uri", "state", "iss"];

/// Parses `data` (as text, invalid UTF-8 replaced) as a redirect URI and
/// checks the properties.
///
/// # Panics
///
/// When a property does not hold.
pub fn check(data: &[u8]) {
    let uri = String::from_utf8_lossy(data);
    let parsed = ErrorResponse::from_redirect_uri(&uri);
    let documented = documented(&uri);
    let response = match (parsed, documented) {
        (Ok(parsed), Ok(documented)) => {
            assert_eq!(parsed, documented, "{uri}");
            parsed
        }
        (Err(refusal), Err(reasons)) => {
            assert!(
                reasons.iter().any(|reason| reason.is(&refusal)),
                "refused with {refusal:?}, for none of {reasons:?}: {uri}"
            );
            return;
        }
        (parsed, documented) => panic!("read {parsed:?}, documented {documented:?}: {uri}"),
    };
    assert!(response.extensions.len() < Limits::DEFAULT.max_parameters);
    for mode in ['?', '#'] {
        let rewritten = format!("https://client.example/cb{mode}{}", to_form(&response));
        let unlimited = Limits {
            max_bytes: usize::MAX,
            ..Limits::DEFAULT
        };
        assert_eq!(
            ErrorResponse::from_redirect_uri_with_limits(&rewritten, unlimited).as_ref(),
            Ok(&response),
            "{rewritten}"
        );
    }
}

/// A documented reason to refuse a redirect.
#[derive(Debug, PartialEq, Eq)]
enum Reason {
    TooLong,
    NoParameters,
    TooManyParameters,
    InvalidEncoding,
    Duplicate(String),
    MissingError,
    EmptyError,
}

impl Reason {
    /// Whether `refusal` says this.
    fn is(&self, refusal: &ParseError) -> bool {
        match (self, refusal) {
            (Self::TooLong, ParseError::TooLong { len, limit }) => len > limit,
            (Self::NoParameters, ParseError::NoParameters)
            | (Self::InvalidEncoding, ParseError::InvalidEncoding(_))
            | (Self::MissingError, ParseError::MissingError)
            | (Self::EmptyError, ParseError::EmptyError) => true,
            (Self::TooManyParameters, ParseError::TooManyParameters { limit }) => {
                *limit == Limits::DEFAULT.max_parameters
            }
            (Self::Duplicate(name), ParseError::DuplicateParameter(refused)) => name == refused,
            _ => false,
        }
    }
}

/// What the documentation says reading `uri` gives: the parameters of its
/// fragment when the fragment has an `error` (names compared after form
/// decoding), else of its query, else of its fragment; the response's own
/// parameters once each, the others in `extensions` with the first value
/// of each name; or every reason it gives to refuse `uri`.
fn documented(uri: &str) -> Result<ErrorResponse, Vec<Reason>> {
    let limits = Limits::DEFAULT;
    if uri.len() > limits.max_bytes {
        return Err(vec![Reason::TooLong]);
    }
    let (before, fragment) = match uri.split_once('#') {
        Some((before, fragment)) => (before, Some(fragment)),
        None => (uri, None),
    };
    let query = before.split_once('?').map(|(_, query)| query);
    let has_error = |component: &str| {
        pairs(component).any(|(name, _)| form::decode(name).as_deref() == Some("error"))
    };
    let component = match (query, fragment) {
        (_, Some(fragment)) if has_error(fragment) => fragment,
        (Some(query), _) => query,
        (None, Some(fragment)) => fragment,
        (None, None) => return Err(vec![Reason::NoParameters]),
    };
    let mut reasons = Vec::new();
    if pairs(component).count() > limits.max_parameters {
        reasons.push(Reason::TooManyParameters);
    }
    let mut standard: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut extensions = BTreeMap::new();
    for (name, value) in pairs(component) {
        let (Some(name), Some(value)) = (form::decode(name), form::decode(value)) else {
            reasons.push(Reason::InvalidEncoding);
            continue;
        };
        match STANDARD.iter().find(|&&known| known == name) {
            Some(known) => standard.entry(known).or_default().push(value),
            None => {
                extensions.entry(name).or_insert(value);
            }
        }
    }
    for (name, values) in &standard {
        if values.len() > 1 {
            reasons.push(Reason::Duplicate((*name).to_owned()));
        }
    }
    // A repeated `error` is refused as a repeat, whatever its values.
    match standard.get("error").map(Vec::as_slice) {
        None => reasons.push(Reason::MissingError),
        Some([value]) if value.is_empty() => reasons.push(Reason::EmptyError),
        Some(_) => {}
    }
    let mut field = |name| standard.get_mut(name).and_then(Vec::pop);
    let error = field("error");
    if !reasons.is_empty() {
        return Err(reasons);
    }
    Ok(ErrorResponse {
        error: error.unwrap_or_default(),
        error_description: field("error_description"),
        error_uri: field("error_uri"),
        state: field("state"),
        iss: field("iss"),
        extensions,
    })
}

/// The `name=value` pairs of a form: split at `&`, empty pairs dropped, a
/// pair without `=` a name with an empty value.
fn pairs(component: &str) -> impl Iterator<Item = (&str, &str)> {
    component
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
}

/// The response's parameters, `application/x-www-form-urlencoded`.
fn to_form(response: &ErrorResponse) -> String {
    let mut form = form_urlencoded::Serializer::new(String::new());
    form.append_pair("error", &response.error);
    let optional = [
        ("error_description", &response.error_description),
        ("error_uri", &response.error_uri),
        ("state", &response.state),
        ("iss", &response.iss),
    ];
    for (name, value) in optional {
        if let Some(value) = value {
            form.append_pair(name, value);
        }
    }
    for (name, value) in &response.extensions {
        form.append_pair(name, value);
    }
    form.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_documented_reading() {
        let read =
            documented("https://x/cb?lang=en&tag=a&tag=b#%65rror=e&state=s+1").expect("read");
        assert_eq!(
            (read.error.as_str(), read.state.as_deref()),
            ("e", Some("s 1"))
        );
        assert!(read.extensions.is_empty(), "the fragment alone");
        let read = documented("https://x/cb?tag=a&tag=b&error=e#x=1").expect("read");
        assert_eq!(read.extensions["tag"], "a");
        assert_eq!(
            documented("https://x/cb").unwrap_err(),
            [Reason::NoParameters]
        );
        assert_eq!(
            documented("https://x/cb?error=a&error=").unwrap_err(),
            [Reason::Duplicate("error".into())]
        );
        assert_eq!(
            documented("https://x/cb?error=&x=%FF").unwrap_err(),
            [Reason::InvalidEncoding, Reason::EmptyError]
        );
    }
}
