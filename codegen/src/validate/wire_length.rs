//! The bound on an entry's wire text as sent: its description and hint,
//! one space apart, are the `error_description` of every OAuth format,
//! problem+json's `detail` (the description alone its `title`) and the
//! gRPC message, and each of those carries at most
//! [`MAX_ERROR_DESCRIPTION_LEN`] bytes. The runtime sends catalog text
//! whole, without looking at it, so a text that would not fit in one of
//! them is refused here, at the text, with its length in each.

use errcat_core::limits::{MAX_ERROR_DESCRIPTION_LEN, Transport};

use crate::diagnostic::Diagnostic;
use crate::keys::{self, Key, Rule};
use crate::parse::{Field, RawTable};

/// The bytes the joined wire text takes as each format sends it.
struct AsSent {
    /// The text rule's form as a JSON string or a header's quoted-string
    /// carries it: an RFC 6749 JSON body, a `WWW-Authenticate` challenge.
    oauth: usize,
    /// That form, form-encoded: a redirect's query or fragment.
    redirect: usize,
    /// The text itself, JSON-escaped: problem+json's `detail`, and the
    /// gRPC message, which is cut as `detail` is.
    plain: usize,
}

impl AsSent {
    fn of(parts: &[(&Key, &Field<String>)]) -> Self {
        let joined = |len: &dyn Fn(&str) -> usize, space: usize| {
            parts
                .iter()
                .map(|(_, field)| len(&field.value))
                .sum::<usize>()
                + space * (parts.len() - 1)
        };
        Self {
            oauth: joined(&|text| Transport::Json.text_len(text), 1),
            redirect: joined(
                &|text| Transport::Form.text_len(text),
                Transport::Form.ascii_len(b' '),
            ),
            plain: joined(
                &|text| Transport::Json.raw_len(text),
                Transport::Json.ascii_len(b' '),
            ),
        }
    }

    fn longest(&self) -> usize {
        self.oauth.max(self.redirect).max(self.plain)
    }
}

/// Checks that the entry's wire text fits every format's bound.
pub(super) fn check(entry: &RawTable, problems: &mut Vec<Diagnostic>) {
    let parts: Vec<(&Key, &Field<String>)> = keys::ENTRY
        .iter()
        .filter(|key| key.rule == Rule::WireText)
        .filter_map(|key| Some((key, entry.text(key)?)))
        .collect();
    let Some(((_, field), rest)) = parts.split_first() else {
        return;
    };
    // No output makes a byte of text more than six (a control character
    // JSON-escaped; the rules refuse those, but they are still counted):
    // shorter text needs no count.
    let bytes: usize = parts.iter().map(|(_, field)| field.value.len() + 1).sum();
    if bytes.saturating_mul(Transport::Json.max_growth()) <= MAX_ERROR_DESCRIPTION_LEN {
        return;
    }
    let sent = AsSent::of(&parts);
    let longest = sent.longest();
    if longest <= MAX_ERROR_DESCRIPTION_LEN {
        return;
    }
    let names: Vec<String> = parts.iter().map(|(key, _)| format!("`{key}`")).collect();
    let (what, verb) = if rest.is_empty() {
        (names.concat(), "takes")
    } else {
        (names.join(" and "), "take")
    };
    let mut problem = Diagnostic::new(
        format!(
            "{what} {verb} {longest} bytes as sent, more than the {MAX_ERROR_DESCRIPTION_LEN} \
             an `error_description` may"
        ),
        field.span.clone(),
        format!("{} bytes of text", field.value.len()),
    );
    for (key, field) in rest {
        problem = problem.with_related(field.span.clone(), format!("with the {key}"));
    }
    problems.push(
        problem
            .with_note(format!(
                "as sent, {what} {verb} {} bytes in an RFC 6749 JSON body or a \
                 `WWW-Authenticate` challenge, {} in a redirect (form-encoded) and {} as \
                 problem+json's `detail` or a gRPC message; each carries at most \
                 {MAX_ERROR_DESCRIPTION_LEN} (`errcat::text::MAX_ERROR_DESCRIPTION_LEN`), and \
                 catalog text is sent whole",
                sent.oauth, sent.redirect, sent.plain
            ))
            .with_help(format!(
                "shorten the text by at least {} bytes as sent; a longer explanation belongs on \
                 the page the error's URI points to",
                longest - MAX_ERROR_DESCRIPTION_LEN
            )),
    );
}
