//! `LoginError` against the page it comes from: every row of the
//! Unstoppable Login error page (`tests/seed/login-error-codes.txt`, a copy
//! of the published page) is a variant with the same status, code and text,
//! in the same order.

use login_errors::LoginError;

/// One row of the page.
#[derive(Debug)]
struct SeedRow {
    status: u16,
    /// The code, when the page shows it; four rows lost theirs.
    code: Option<String>,
    /// The row's text: a description, sometimes followed by a remediation
    /// sentence.
    text: String,
    /// The remediation paragraph under a row that lost its code.
    hint: Option<String>,
}

/// The codes of the rows that lost theirs, in page order, as RFC 6749
/// sections 4.1.2.1 and 5.2 name them.
const LOST_CODES: [&str; 4] = [
    "invalid_request",
    "unauthorized_client",
    "invalid_scope",
    "access_denied",
];

fn seed_rows() -> Vec<SeedRow> {
    let page = include_str!("../seed/login-error-codes.txt");
    let mut rows = Vec::new();
    let mut status = None;
    let mut in_table = false;
    let mut paragraphs: Vec<String> = Vec::new();
    for line in page.lines().map(str::trim).filter(|line| !line.is_empty()) {
        if let Some((number, _)) = line.split_once(" Error: ") {
            status = Some(number.parse::<u16>().expect("a status heading"));
            in_table = false;
            continue;
        }
        if line == "Error Code Description" {
            in_table = true;
            continue;
        }
        let Some(status) = status.filter(|_| in_table) else {
            continue;
        };
        let (first_word, rest) = line.split_once(' ').expect("a row has words");
        if first_word
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '_')
        {
            rows.push(SeedRow {
                status,
                code: Some(first_word.to_owned()),
                text: rest.to_owned(),
                hint: None,
            });
        } else {
            // A row without its code: a description paragraph, then a
            // remediation paragraph.
            paragraphs.push(line.to_owned());
            if paragraphs.len() == 2 {
                let hint = paragraphs.pop();
                let text = paragraphs.pop().expect("a description paragraph");
                rows.push(SeedRow {
                    status,
                    code: None,
                    text,
                    hint,
                });
            }
        }
    }
    assert!(
        paragraphs.is_empty(),
        "a description without its remediation: {paragraphs:?}"
    );
    rows
}

#[test]
fn the_page_has_thirty_rows_and_so_has_the_enum() {
    assert_eq!(seed_rows().len(), 30);
    assert_eq!(LoginError::COUNT, 30);
    assert_eq!(LoginError::ALL.len(), 30);
}

#[test]
fn every_row_is_a_variant_in_page_order() {
    let mut lost_codes = LOST_CODES.iter();
    for (row, variant) in seed_rows().iter().zip(LoginError::ALL) {
        assert_eq!(variant.status(), row.status, "{variant:?}");
        let expected_code = match &row.code {
            Some(code) => code.as_str(),
            None => lost_codes.next().expect("four rows lost their code"),
        };
        assert_eq!(variant.code(), expected_code, "{variant:?}");
        match &row.hint {
            // The remediation paragraph is the hint, verbatim.
            Some(hint) => {
                assert_eq!(variant.description(), row.text, "{variant:?}");
                assert_eq!(variant.hint(), Some(hint.as_str()), "{variant:?}");
            }
            // The row's text is the description, or the description then
            // the hint when the row ends with a remediation sentence.
            None => {
                let with_hint = variant
                    .hint()
                    .map(|hint| format!("{} {hint}", variant.description()));
                assert!(
                    row.text == variant.description() || Some(&row.text) == with_hint.as_ref(),
                    "{variant:?}: the page says {:?}",
                    row.text
                );
            }
        }
    }
    assert!(lost_codes.next().is_none(), "every lost code was matched");
}

#[test]
fn the_shared_and_renamed_codes_are_as_the_issue_says() {
    assert_eq!(LoginError::InvalidTokenFormat.code(), "invalid_token");
    assert_eq!(LoginError::InvalidTokenFormat.status(), 400);
    assert_eq!(
        LoginError::InvalidTokenFormat.description(),
        "Invalid token format."
    );
    assert_eq!(LoginError::TokenExpired.code(), "invalid_token");
    assert_eq!(LoginError::TokenExpired.status(), 401);
    assert_eq!(LoginError::TokenExpired.description(), "The token expired.");
    assert_eq!(
        LoginError::from_code("invalid_token"),
        Some(LoginError::InvalidTokenFormat)
    );
    assert_eq!(LoginError::UnknownRequest.code(), "error");
    assert_eq!(
        LoginError::from_code("error"),
        Some(LoginError::UnknownRequest)
    );
}

#[test]
fn every_variant_has_a_hint() {
    for variant in LoginError::ALL {
        let hint = variant
            .hint()
            .unwrap_or_else(|| panic!("{variant:?} has no hint"));
        assert!(hint.ends_with('.'), "{variant:?}: {hint}");
    }
}
