//! [`ErrorView`]: an [`Error`] without its type parameter.
//!
//! Every renderer works on an `ErrorView`, so its code is compiled once, in
//! errcat. The generic methods of `Error<C>` only take the view and call
//! the renderer; otherwise each catalog would get its own copy of every
//! renderer, compiled in the user's crate (the `http` and `axum` impls of a
//! generated enum reach all of them). See BENCHMARKS.md, "Goal 6".

use alloc::string::String;

use errcat_core::entry::Entry;

use crate::text::cut::{self, Part, Transport};
use crate::{Error, ErrorCode, Expose, error_code, text};

/// What an error renders: its row of the catalog's table and the context
/// of this occurrence, borrowed, with the catalog type erased.
#[derive(Debug)]
pub(crate) struct ErrorView<'a> {
    /// The code's row: its wire code, status, and the catalog's texts and
    /// their OAuth forms, written by the macro.
    pub(crate) entry: Entry,
    /// The description of this occurrence.
    pub(crate) description: &'a str,
    /// Whether `description` is the catalog's, checked when the crate was
    /// compiled, so it needs no sanitising at run time.
    pub(crate) description_from_catalog: bool,
    pub(crate) hint: Option<&'a str>,
    /// Whether `hint` is the catalog's.
    pub(crate) hint_from_catalog: bool,
    pub(crate) debug: Option<&'a str>,
    pub(crate) state: Option<&'a str>,
    pub(crate) uri: Option<&'a str>,
}

impl ErrorView<'static> {
    /// The view of a catalog code without context, for the impls a
    /// generated enum gets, which pass its entry rather than a type
    /// parameter.
    #[cfg(feature = "__integration")]
    pub(crate) fn of_entry(entry: Entry) -> Self {
        ErrorView {
            entry,
            description: entry.description(),
            description_from_catalog: true,
            hint: entry.hint(),
            hint_from_catalog: true,
            debug: None,
            state: None,
            uri: None,
        }
    }
}

impl<C: ErrorCode> Error<C> {
    /// This error as the renderers see it.
    #[inline]
    pub(crate) fn view(&self) -> ErrorView<'_> {
        ErrorView {
            entry: error_code::entry(self.kind()),
            description: self.description(),
            description_from_catalog: !self.has_description_override(),
            hint: self.hint(),
            hint_from_catalog: !self.has_hint_override(),
            debug: self.debug(),
            state: self.state(),
            uri: self.uri(),
        }
    }
}

impl ErrorView<'_> {
    /// About how many bytes a rendering takes: enough that an output
    /// buffer of this capacity is allocated once and rarely grows
    /// (sanitising can lengthen text), and no more than the fields' limits
    /// allow, however long the run-time text.
    pub(crate) fn estimated_len(&self) -> usize {
        let optional = |text: Option<&str>| text.map_or(0, str::len);
        let description = self.description.len() + optional(self.hint) + optional(self.debug);
        96 + self.entry.code().len()
            + description.min(text::MAX_ERROR_DESCRIPTION_LEN)
            + optional(self.uri).min(text::MAX_ERROR_URI_LEN)
            + optional(self.state).min(text::MAX_STATE_LEN)
    }

    /// Appends the `error_description`: the description, then the hint
    /// and the debug detail as `expose` says, separated by spaces, made
    /// safe by the rules of [`text`], and cut to
    /// [`MAX_ERROR_DESCRIPTION_LEN`](text::MAX_ERROR_DESCRIPTION_LEN) as
    /// `transport` will encode it when any part was set at run time.
    pub(crate) fn push_error_description(
        &self,
        out: &mut String,
        expose: Expose,
        transport: Transport,
    ) {
        let hint = self.hint.filter(|_| expose.hint);
        let debug = self.debug.filter(|_| expose.debug);
        if self.description_from_catalog
            && (hint.is_none() || self.hint_from_catalog)
            && debug.is_none()
        {
            // Catalog text alone is not cut (its length is fixed when the
            // crate compiles), and the macro wrote its OAuth form then, so
            // it is copied as it is: the fast path of every default body,
            // kept free of any scan and of the cutting machinery below.
            let description = self.entry.oauth_description();
            out.push_str(description);
            if let Some(hint) = self.entry.oauth_hint().filter(|_| hint.is_some()) {
                if !description.is_empty() {
                    out.push(' ');
                }
                out.push_str(hint);
            }
            return;
        }
        let parts = [
            Part {
                text: self.description,
            },
            Part {
                text: hint.unwrap_or(""),
            },
            Part {
                text: debug.unwrap_or(""),
            },
        ];
        cut::push_text(out, &parts, text::MAX_ERROR_DESCRIPTION_LEN, transport);
    }
}
