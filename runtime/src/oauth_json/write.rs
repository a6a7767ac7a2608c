//! Writing the JSON body: by hand for [`Error`], which sanitises run-time
//! text and allocates only the output, and for [`ErrorResponse`], whose
//! text is escaped as JSON requires; `Serialize` for `ErrorResponse` gives
//! the same object.

use alloc::string::String;

use crate::error_view::ErrorView;
use crate::json_writer::ObjectWriter;
use crate::text::cut::{self, Transport};
use crate::{Error, ErrorCode, ErrorResponse, Expose, params, text};

impl ErrorResponse {
    /// The RFC 6749 section 5.2 JSON body: `error`, then
    /// `error_description`, `error_uri`, `state`, `iss` and the extensions
    /// when present, absent fields omitted. Strings are escaped as JSON
    /// requires; use [`Error::json_body`] to also sanitise run-time text.
    #[must_use]
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut object = ObjectWriter::new(&mut out);
        object.string(params::ERROR, &self.error);
        for (name, value) in self.optional_fields() {
            object.string(name, value);
        }
        for (name, value) in &self.extensions {
            object.string_member(name, value);
        }
        object.finish();
        out
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for ErrorResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;

        let optional = self.optional_fields().count();
        let mut map = serializer.serialize_map(Some(1 + optional + self.extensions.len()))?;
        map.serialize_entry(params::ERROR, &self.error)?;
        for (name, value) in self.optional_fields() {
            map.serialize_entry(name, value)?;
        }
        for (name, value) in &self.extensions {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl<C: ErrorCode> Error<C> {
    /// The RFC 6749 section 5.2 JSON body of this error, written straight
    /// into one string: `{"error":"...","error_description":"...",...}`.
    ///
    /// Run-time text is cut to the limits of [`text`](crate::text), so the
    /// body is at most [`MAX_JSON_BODY_LEN`](text::MAX_JSON_BODY_LEN)
    /// bytes plus the code.
    ///
    /// ```
    /// use errcat::{Error, Expose};
    /// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
    ///
    /// let body = Error::from(DocError::InvalidRequest).with_state("xyz").json_body(Expose::default());
    /// assert_eq!(
    ///     body,
    ///     r#"{"error":"invalid_request","error_description":"The request is missing a required parameter. Check the request parameters.","state":"xyz"}"#
    /// );
    /// ```
    #[must_use]
    pub fn json_body(&self, expose: Expose) -> String {
        self.view().json_body(expose)
    }

    /// Appends [`json_body`](Self::json_body) to `out`.
    pub fn write_json_body(&self, out: &mut String, expose: Expose) {
        self.view().write_json_body(out, expose);
    }
}

impl ErrorView<'_> {
    pub(crate) fn json_body(&self, expose: Expose) -> String {
        let mut out = String::with_capacity(self.estimated_len());
        self.write_json_body(&mut out, expose);
        out
    }

    pub(crate) fn write_json_body(&self, out: &mut String, expose: Expose) {
        let mut object = ObjectWriter::new(out);
        object.safe_string(params::ERROR, |out| out.push_str(self.entry.code()));
        object.optional_safe_string(params::ERROR_DESCRIPTION, |out| {
            self.push_error_description(out, expose, Transport::Json);
        });
        if let Some(uri) = self.uri {
            object.safe_string(params::ERROR_URI, |out| {
                cut::push_uri_cut(out, uri, text::MAX_ERROR_URI_LEN, Transport::Json);
            });
        }
        if let Some(state) = self.state {
            let state = cut::cut_raw(state, text::MAX_STATE_LEN, Transport::Json);
            object.string(params::STATE, &state);
        }
        object.finish();
    }
}
