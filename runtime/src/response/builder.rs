//! [`ResponseBuilder`]: the one way the three readers build an
//! [`ErrorResponse`].
//!
//! The readers differ in how they find parameters: the JSON reader walks an
//! object's members with serde, the redirect reader form-decodes the
//! `name=value` pairs of a query or fragment, the challenge reader takes
//! the auth-params of one parsed challenge. What a parameter means is
//! decided here, for all three: [`ResponseBuilder::place`] says which names
//! are standard fields and what a repeat is, [`ResponseBuilder::finish`]
//! that a response needs a non-empty `error`. The formats differ in those
//! answers only where [`ResponseBuilder::place`] says so.

use alloc::collections::BTreeMap;
use alloc::string::String;

use crate::{ErrorResponse, ParseError, params};

/// The wire format a reader reads, which decides the names it knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// An RFC 6749 section 5.2 JSON body (read with feature `serde`).
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    Json,
    /// Redirect parameters (RFC 6749 sections 4.1.2.1 and 4.2.2.1).
    Redirect,
    /// The auth-params of a `WWW-Authenticate` challenge (RFC 6750
    /// section 3).
    Challenge,
}

/// A standard field of [`ErrorResponse`], in wire order, which is also
/// its index in [`ResponseBuilder::fields`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Error,
    Description,
    Uri,
    State,
    Iss,
}

impl Field {
    const ALL: [Self; 5] = [
        Self::Error,
        Self::Description,
        Self::Uri,
        Self::State,
        Self::Iss,
    ];

    const fn name(self) -> &'static str {
        match self {
            Self::Error => params::ERROR,
            Self::Description => params::ERROR_DESCRIPTION,
            Self::Uri => params::ERROR_URI,
            Self::State => params::STATE,
            Self::Iss => params::ISS,
        }
    }
}

/// Where the policy puts a parameter, decided from its name and the
/// parameters before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// A standard field, not set before.
    Field(Field),
    /// An extension not kept before.
    Extension,
    /// An extension kept before: a repeat, if this value is kept too.
    RepeatedExtension,
    /// An extension kept before, whose value this format drops: the first
    /// stays.
    KeepFirst,
}

/// How the JSON reader, whose values have types, reads a member's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(feature = "serde"), allow(dead_code))]
pub(crate) enum Read {
    /// As a string or `null` (absent); any other value is malformed.
    Text,
    /// A string is kept; any other value is skipped.
    TextOrSkip,
}

/// Collects the parameters a reader finds into an [`ErrorResponse`].
#[derive(Debug)]
pub(crate) struct ResponseBuilder {
    format: Format,
    /// The standard fields, in the order of [`Field::ALL`].
    fields: [Option<String>; 5],
    /// Which standard fields were seen, with a value or as a JSON `null`:
    /// a second one is a repeat even when the first read as absent.
    seen: [bool; 5],
    extensions: BTreeMap<String, String>,
}

impl ResponseBuilder {
    pub(crate) fn new(format: Format) -> Self {
        Self {
            format,
            fields: Default::default(),
            seen: [false; 5],
            extensions: BTreeMap::new(),
        }
    }

    /// The policy every reader follows: where parameter `name` goes. With
    /// [`finish`](Self::finish), which requires a non-empty `error`, this
    /// is all the readers decide.
    ///
    /// - Standard fields: all five in a JSON body and a redirect, names
    ///   compared exactly; in a challenge, only the error attributes RFC
    ///   6750 section 3 defines (`error`, `error_description`,
    ///   `error_uri`), names compared without case as RFC 9110 section
    ///   11.2 says of auth-params. Every other name is an extension, kept
    ///   under the name as sent (a challenge's `realm`, `scope`, `state`).
    /// - A standard field may appear once (RFC 6749 sections 4.1.2.1 and
    ///   5.2): a repeat is refused whatever its value, before the value is
    ///   read. A JSON `null` counts as an appearance: `{"error":null,
    ///   "error":"x"}` is a repeat, not a correction.
    /// - An extension whose value is not a string (a JSON number, object,
    ///   `null`...) is skipped, and so is not a repeat.
    /// - A second string under an extension name already kept is refused
    ///   in a JSON body and a challenge, whose senders write each member
    ///   once. In a redirect the first value stays and later ones are
    ///   dropped: a query-mode redirect keeps the client's own query,
    ///   which may repeat a parameter (`?tag=a&tag=b`), and RFC 6749's
    ///   "at most once" is about the response's parameters, not the
    ///   client's.
    fn place(&self, name: &str) -> Result<Place, ParseError> {
        let field = match self.format {
            Format::Json | Format::Redirect => {
                Field::ALL.into_iter().find(|field| field.name() == name)
            }
            Format::Challenge => [Field::Error, Field::Description, Field::Uri]
                .into_iter()
                .find(|field| field.name().eq_ignore_ascii_case(name)),
        };
        match field {
            Some(field) if self.seen[field as usize] => {
                Err(ParseError::DuplicateParameter(name.into()))
            }
            Some(field) => Ok(Place::Field(field)),
            None if self.extensions.contains_key(name) => Ok(match self.format {
                Format::Redirect => Place::KeepFirst,
                Format::Json | Format::Challenge => Place::RepeatedExtension,
            }),
            None => Ok(Place::Extension),
        }
    }

    /// How to read the value of member `name`, asked before reading it.
    ///
    /// # Errors
    ///
    /// [`ParseError::DuplicateParameter`] for a standard field seen before.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn read(&self, name: &str) -> Result<Read, ParseError> {
        Ok(match self.place(name)? {
            Place::Field(_) => Read::Text,
            Place::Extension | Place::RepeatedExtension | Place::KeepFirst => Read::TextOrSkip,
        })
    }

    /// Records parameter `name` with the string `value`.
    ///
    /// # Errors
    ///
    /// [`ParseError::DuplicateParameter`] for a repeat.
    pub(crate) fn param(&mut self, name: String, value: String) -> Result<(), ParseError> {
        match self.place(&name)? {
            Place::Field(field) => {
                self.seen[field as usize] = true;
                self.fields[field as usize] = Some(value);
            }
            Place::Extension => {
                self.extensions.insert(name, value);
            }
            Place::RepeatedExtension => return Err(ParseError::DuplicateParameter(name)),
            Place::KeepFirst => {}
        }
        Ok(())
    }

    /// Records member `name` with the JSON value `null`: absent, as the
    /// clients that send it mean (a serializer writing an unset `Option`),
    /// but seen, so that a second `name` is still a repeat.
    ///
    /// # Errors
    ///
    /// [`ParseError::DuplicateParameter`] for a standard field seen before.
    #[cfg_attr(not(feature = "serde"), allow(dead_code))]
    pub(crate) fn null(&mut self, name: &str) -> Result<(), ParseError> {
        if let Place::Field(field) = self.place(name)? {
            self.seen[field as usize] = true;
        }
        Ok(())
    }

    /// The response.
    ///
    /// # Errors
    ///
    /// [`ParseError::MissingError`] without an `error`,
    /// [`ParseError::EmptyError`] when it is empty.
    pub(crate) fn finish(self) -> Result<ErrorResponse, ParseError> {
        let [error, error_description, error_uri, state, iss] = self.fields;
        let error = error.ok_or(ParseError::MissingError)?;
        if error.is_empty() {
            return Err(ParseError::EmptyError);
        }
        Ok(ErrorResponse {
            error,
            error_description,
            error_uri,
            state,
            iss,
            extensions: self.extensions,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(format: Format, params: &[(&str, &str)]) -> Result<ErrorResponse, ParseError> {
        let mut builder = ResponseBuilder::new(format);
        for (name, value) in params {
            builder.param((*name).into(), (*value).into())?;
        }
        builder.finish()
    }

    #[test]
    fn challenges_know_only_the_error_attributes_in_any_case() {
        let response = build(
            Format::Challenge,
            &[("ERROR", "e"), ("Error_Uri", "u"), ("state", "s")],
        )
        .expect("a response");
        assert_eq!(response.error, "e");
        assert_eq!(response.error_uri.as_deref(), Some("u"));
        assert_eq!(response.state, None);
        assert_eq!(response.extensions["state"], "s");
    }

    #[test]
    fn other_formats_compare_names_exactly() {
        let response = build(Format::Redirect, &[("error", "e"), ("STATE", "s")]);
        assert_eq!(
            response.map(|response| response.extensions),
            Ok([("STATE".into(), "s".into())].into())
        );
        assert_eq!(
            build(Format::Json, &[("ERROR", "e")]),
            Err(ParseError::MissingError)
        );
    }

    #[test]
    fn repeats_are_refused_and_error_must_be_there() {
        for format in [Format::Json, Format::Redirect, Format::Challenge] {
            assert_eq!(
                build(format, &[("error", "a"), ("error", "b")]),
                Err(ParseError::DuplicateParameter("error".into()))
            );
        }
        for format in [Format::Json, Format::Challenge] {
            assert_eq!(
                build(format, &[("error", "e"), ("x", "a"), ("x", "b")]),
                Err(ParseError::DuplicateParameter("x".into()))
            );
        }
        assert_eq!(
            build(Format::Redirect, &[("error", "")]),
            Err(ParseError::EmptyError)
        );
    }

    #[test]
    fn a_redirect_keeps_the_first_value_of_a_repeated_extension() {
        let response = build(
            Format::Redirect,
            &[("tag", "a"), ("error", "e"), ("tag", "b"), ("tag", "a")],
        );
        assert_eq!(
            response.map(|response| response.extensions),
            Ok([("tag".into(), "a".into())].into())
        );
    }

    #[test]
    fn a_null_field_is_absent_but_seen() {
        let mut builder = ResponseBuilder::new(Format::Json);
        builder.null("error_description").expect("a first null");
        builder.null("x").expect("an extension's null");
        builder
            .param("x".into(), "v".into())
            .expect("x after its null");
        assert_eq!(
            builder.read("error_description"),
            Err(ParseError::DuplicateParameter("error_description".into()))
        );
        assert_eq!(
            builder.null("error_description"),
            Err(ParseError::DuplicateParameter("error_description".into()))
        );
        builder.null("error").expect("a null error");
        assert_eq!(builder.finish(), Err(ParseError::MissingError));
    }

    #[test]
    fn a_repeated_field_is_refused_before_its_value_is_read() {
        let mut builder = ResponseBuilder::new(Format::Json);
        assert_eq!(builder.read("x"), Ok(Read::TextOrSkip));
        assert_eq!(builder.read("error"), Ok(Read::Text));
        builder
            .param("error".into(), "e".into())
            .expect("the first error");
        builder.param("x".into(), "v".into()).expect("the first x");
        // A repeated extension may still be a value that is skipped.
        assert_eq!(builder.read("x"), Ok(Read::TextOrSkip));
        assert_eq!(
            builder.read("error"),
            Err(ParseError::DuplicateParameter("error".into()))
        );
    }
}
