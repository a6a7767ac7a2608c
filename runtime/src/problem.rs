//! RFC 9457 problem details (`application/problem+json`), for APIs that
//! are not OAuth endpoints.

use alloc::string::String;

use crate::error_view::ErrorView;
use crate::json_writer::ObjectWriter;
use crate::text::cut::{self, Transport};
use crate::{Error, ErrorCode, Expose, params, reason_phrase, text};

impl<C: ErrorCode> Error<C> {
    /// The RFC 9457 problem details of this error:
    ///
    /// - `type`: the error's URI ([`with_uri`](Self::with_uri)), which
    ///   names the problem type; without one, `about:blank`;
    /// - `title`: with a type URI, the catalog's description of the code
    ///   (the same for every occurrence, as RFC 9457 asks); with
    ///   `about:blank`, the status's reason phrase, as section 4.2.1 asks;
    /// - `status`: the HTTP status;
    /// - `detail`: the text of this occurrence's `error_description`, as
    ///   `expose` says;
    /// - `error`: the wire code, an extension member so that OAuth-aware
    ///   clients can branch on it.
    ///
    /// `title` and `detail` are JSON strings of the text itself, catalog
    /// text and run-time text alike, in every `text` mode of the catalog:
    /// JSON escaping is their only encoding, with no percent-encoding to
    /// undo (that is OAuth's NQSCHAR rule, which problem+json does not
    /// have).
    ///
    /// Run-time text is cut to the limits of [`text`], so the body is at
    /// most [`MAX_PROBLEM_JSON_LEN`](text::MAX_PROBLEM_JSON_LEN) bytes plus
    /// the code and the title.
    ///
    /// ```
    /// use errcat::{Error, Expose};
    /// # errcat::catalog! { pub enum DocError = "examples/doc-catalog.toml"; }
    ///
    /// assert_eq!(
    ///     Error::from(DocError::ServerError).problem_json(Expose::default()),
    ///     r#"{"type":"about:blank","title":"Internal Server Error","status":500,"detail":"The server met an unexpected condition.","error":"server_error"}"#
    /// );
    /// ```
    #[must_use]
    pub fn problem_json(&self, expose: Expose) -> String {
        self.view().problem_json(expose)
    }
}

impl ErrorView<'_> {
    pub(crate) fn problem_json(&self, expose: Expose) -> String {
        let mut out = String::with_capacity(self.estimated_len() + 64);
        let mut object = ObjectWriter::new(&mut out);
        match self.uri {
            Some(uri) => {
                object.safe_string("type", |out| {
                    cut::push_uri_cut(out, uri, text::MAX_ERROR_URI_LEN, Transport::Json);
                });
                object.string("title", self.entry.description());
            }
            None => {
                object.safe_string("type", |out| out.push_str("about:blank"));
                let status = self.entry.status();
                let title = reason_phrase(status).unwrap_or(if status < 500 {
                    "Client Error"
                } else {
                    "Server Error"
                });
                object.safe_string("title", |out| out.push_str(title));
            }
        }
        object.number("status", self.entry.status());
        self.push_problem_detail(&mut object, expose);
        object.safe_string(params::ERROR, |out| out.push_str(self.entry.code()));
        object.finish();
        out
    }

    /// The `detail`: the parts of the `error_description` as `expose` says,
    /// one space apart, as text. problem+json is JSON, which carries any
    /// character once escaped, and its clients show `detail` as it is, so
    /// it has no percent-encoding step (OAuth's NQSCHAR does not apply).
    /// Cut to [`MAX_ERROR_DESCRIPTION_LEN`](text::MAX_ERROR_DESCRIPTION_LEN)
    /// bytes as JSON escapes it; left out when there is no text.
    fn push_problem_detail(&self, object: &mut ObjectWriter<'_>, expose: Expose) {
        let hint = self.hint.filter(|_| expose.hint);
        let debug = self.debug.filter(|_| expose.debug);
        let mut parts: [&str; 3] = [""; 3];
        let mut count = 0;
        for part in [Some(self.description), hint, debug].into_iter().flatten() {
            if !part.is_empty() {
                parts[count] = part;
                count += 1;
            }
        }
        let parts = &parts[..count];
        if parts.is_empty() {
            return;
        }
        let escaped = parts
            .iter()
            .map(|part| Transport::Json.raw_len(part))
            .sum::<usize>()
            + (parts.len() - 1);
        if escaped <= text::MAX_ERROR_DESCRIPTION_LEN {
            // The common case, catalog text: written in place, so a
            // rendering allocates only its output.
            object.string_of_parts("detail", parts);
            return;
        }
        let joined = parts.join(" ");
        let cut = cut::cut_raw(&joined, text::MAX_ERROR_DESCRIPTION_LEN, Transport::Json);
        object.string("detail", &cut);
    }
}
