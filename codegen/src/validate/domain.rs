//! `[catalog] domain`: the error domain gRPC `ErrorInfo` carries, one
//! token with no whitespace, since clients compare it byte for byte to
//! tell whose reason a code is.

use super::text::{char_span, check_single_line};
use crate::diagnostic::Diagnostic;
use crate::parse::RawCatalog;
use crate::source::SourceFile;
use crate::wire_text;

/// The catalog's domain, when it writes a sound one; a domain with
/// problems is reported.
pub(super) fn read(
    raw: &RawCatalog,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> Option<String> {
    let field = raw.catalog.text("domain")?;
    // Empty, blank and control characters: the one-line rule says it.
    if !check_single_line("domain", field, problems) {
        return None;
    }
    let Some((offset, space)) = field.value.char_indices().find(|(_, c)| c.is_whitespace()) else {
        return Some(field.value.clone());
    };
    problems.push(
        Diagnostic::new(
            format!("`domain` contains {}", wire_text::describe_char(space)),
            char_span(field, offset, source),
            "no whitespace in a domain",
        )
        .with_help(
            "a domain is one token clients compare exactly, typically the service's DNS name, \
             such as `domain = \"payments.example.com\"`",
        ),
    );
    None
}
