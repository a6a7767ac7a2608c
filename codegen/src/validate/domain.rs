//! `[catalog] domain`, and any key of [`Rule::Token`]: one token with no
//! whitespace, since clients compare a domain byte for byte to tell whose
//! reason a code is.
//!
//! [`Rule::Token`]: crate::keys::Rule::Token

use super::chars::Refused;
use super::text::check_single_line;
use crate::diagnostic::Diagnostic;
use crate::keys::{self, Key};
use crate::parse::Field;
use crate::source::SourceFile;

/// Checks a token; returns whether it is sound. Every whitespace
/// character is reported.
pub(super) fn check_token(
    key: &Key,
    field: &Field<String>,
    source: &SourceFile,
    problems: &mut Vec<Diagnostic>,
) -> bool {
    // Empty, blank and control characters: the one-line rule says it.
    if !check_single_line(key.name, field, source, problems) {
        return false;
    }
    let Some(spaces) = Refused::find(&field.value, char::is_whitespace) else {
        return true;
    };
    problems.push(
        spaces
            .problem(
                format!(
                    "`{key}` contains {}",
                    spaces.contents("that are whitespace")
                ),
                field,
                source,
                format!("no whitespace in a {key}"),
            )
            .with_help(format!(
                "a {key} is one token clients compare exactly, such as `{}`",
                keys::DOMAIN.example
            )),
    );
    false
}
