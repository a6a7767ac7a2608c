//! [`ErrorView`]: an [`Error`] without its type parameter.
//!
//! Every renderer works on an `ErrorView`, so its code is compiled once, in
//! errcat. The generic methods of `Error<C>` only take the view and call
//! the renderer; otherwise each catalog would get its own copy of every
//! renderer, compiled in the user's crate (the `http` and `axum` impls of a
//! generated enum reach all of them). See BENCHMARKS.md, "Goal 6".

use alloc::string::String;

use crate::text::cut::{self, Part, Transport};
use crate::{Error, ErrorCode, Expose, text};

/// What an error renders: its catalog row and the context of this
/// occurrence, borrowed, with the catalog type erased.
#[derive(Debug)]
pub(crate) struct ErrorView<'a> {
    /// The wire code.
    pub(crate) code: &'static str,
    /// The HTTP status.
    pub(crate) status: u16,
    /// The catalog's description of the code (a problem type's title).
    pub(crate) catalog_description: &'static str,
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
    /// generated enum gets, which pass its row rather than a type parameter.
    #[cfg(feature = "http")]
    pub(crate) fn of_code(
        code: &'static str,
        status: u16,
        description: &'static str,
        hint: Option<&'static str>,
    ) -> Self {
        ErrorView {
            code,
            status,
            catalog_description: description,
            description,
            description_from_catalog: true,
            hint,
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
        let kind = self.kind();
        ErrorView {
            code: kind.code(),
            status: kind.status(),
            catalog_description: kind.description(),
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
        96 + self.code.len()
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
            // crate compiles), and was checked to be NQSCHAR, so only its
            // `%` can need encoding: the fast path of every default body,
            // kept free of the cutting machinery below.
            text::push_catalog_text(out, self.description);
            if let Some(hint) = hint.filter(|hint| !hint.is_empty()) {
                if !self.description.is_empty() {
                    out.push(' ');
                }
                text::push_catalog_text(out, hint);
            }
            return;
        }
        let parts = [
            Part {
                text: self.description,
                from_catalog: self.description_from_catalog,
            },
            Part {
                text: hint.unwrap_or(""),
                from_catalog: self.hint_from_catalog,
            },
            Part {
                text: debug.unwrap_or(""),
                from_catalog: false,
            },
        ];
        cut::push_text(out, &parts, text::MAX_ERROR_DESCRIPTION_LEN, transport);
    }
}
