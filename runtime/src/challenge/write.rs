//! Writing a challenge: alone, for a request without credentials, or with
//! an error's attributes.

use alloc::string::String;

use super::Challenge;
use crate::error_view::ErrorView;
use crate::text::cut::{self, Transport};
use crate::{Error, ErrorCode, Expose, params, text};

impl Challenge {
    /// The length of [`header_value`](Self::header_value).
    pub(crate) fn header_len(&self) -> usize {
        self.scheme.len()
            + self
                .params
                .iter()
                .map(|(name, value)| name.len() + value.len() + 5)
                .sum::<usize>()
    }

    /// The challenge without error attributes, for a request that carried
    /// no credentials (RFC 6750 section 3.1).
    #[must_use]
    pub fn header_value(&self) -> String {
        let mut out = String::new();
        self.write_params(&mut out);
        out
    }

    fn write_params(&self, out: &mut String) {
        out.push_str(&self.scheme);
        for (index, (name, value)) in self.params.iter().enumerate() {
            out.push_str(if index == 0 { " " } else { ", " });
            push_param(out, name, |out| out.push_str(value));
        }
    }
}

/// Appends `name="value"`, the value written by `value`, which appends
/// only sanitised text: nothing that ends a quoted string.
fn push_param(out: &mut String, name: &str, value: impl FnOnce(&mut String)) {
    out.push_str(name);
    out.push_str("=\"");
    value(out);
    out.push('"');
}

impl<C: ErrorCode> Error<C> {
    /// The `WWW-Authenticate` value for this error: the challenge's
    /// parameters, then `error`, `error_description` (as `expose` says) and
    /// `error_uri`, each once, each a quoted string.
    ///
    /// Run-time text is cut to the limits of [`text`], so the value is at
    /// most [`MAX_WWW_AUTHENTICATE_LEN`](text::MAX_WWW_AUTHENTICATE_LEN)
    /// bytes plus the code.
    #[must_use]
    pub fn www_authenticate(&self, challenge: &Challenge, expose: Expose) -> String {
        let view = self.view();
        let mut out = String::with_capacity(view.estimated_len() + challenge.header_len());
        view.write_www_authenticate(&mut out, challenge, expose);
        out
    }

    /// Appends [`www_authenticate`](Self::www_authenticate) to `out`,
    /// allocating nothing else.
    pub fn write_www_authenticate(&self, out: &mut String, challenge: &Challenge, expose: Expose) {
        self.view().write_www_authenticate(out, challenge, expose);
    }
}

impl ErrorView<'_> {
    pub(crate) fn write_www_authenticate(
        &self,
        out: &mut String,
        challenge: &Challenge,
        expose: Expose,
    ) {
        challenge.write_params(out);
        out.push_str(if challenge.params.is_empty() {
            " "
        } else {
            ", "
        });
        push_param(out, params::ERROR, |out| out.push_str(self.entry.code()));
        let before = out.len();
        out.push_str(", ");
        push_param(out, params::ERROR_DESCRIPTION, |out| {
            self.push_error_description(out, expose, Transport::Json);
        });
        if out.ends_with("=\"\"") {
            out.truncate(before);
        }
        if let Some(uri) = self.uri {
            out.push_str(", ");
            push_param(out, params::ERROR_URI, |out| {
                cut::push_uri_cut(out, uri, text::MAX_ERROR_URI_LEN, Transport::Json);
            });
        }
    }
}
