//! [`Table::check`]: the shape every table must have, held in a `const`
//! context, so that a table that breaks it fails the build, not a lookup.

use super::Table;

impl Table {
    /// Holds the table to its shape, for a catalog of `count` codes: meant
    /// for a `const` context, where a table that breaks it fails the
    /// build with the message of the rule it breaks.
    ///
    /// # Panics
    ///
    /// When `codes` does not have `count` rows; `statuses` or
    /// `descriptions` another number of rows; any other column neither
    /// that number nor none; `by_status` out of order, or its ranges not
    /// end to end over the rows; or, without `by_status`, rows not grouped
    /// by status.
    pub const fn check(&self, count: usize) {
        let rows = self.codes.len();
        assert!(
            rows == count,
            "the table's `codes` and the enum's `ALL` differ in length"
        );
        assert!(
            self.statuses.len() == rows,
            "`statuses` and `codes` differ in length"
        );
        assert!(
            self.descriptions.len() == rows,
            "`descriptions` and `codes` differ in length"
        );
        let optional = [
            self.names.len(),
            self.hints.len(),
            self.oauth_descriptions.len(),
            self.oauth_hints.len(),
            self.references.len(),
            self.reference_urls.len(),
            self.grpc_codes.len(),
        ];
        let mut at = 0;
        while at < optional.len() {
            assert!(
                optional[at] == 0 || optional[at] == rows,
                "a column is neither empty nor as long as `codes`"
            );
            at += 1;
        }
        if self.by_status.is_empty() {
            self.check_grouped();
        } else {
            self.check_ranges();
        }
    }

    /// Without `by_status`, each status's rows are one run.
    const fn check_grouped(&self) {
        let mut at = 1;
        while at < self.statuses.len() {
            let status = self.statuses[at];
            if status != self.statuses[at - 1] {
                let mut before = 0;
                while before < at {
                    assert!(
                        self.statuses[before] != status,
                        "rows are not grouped by status: give the table `by_status`"
                    );
                    before += 1;
                }
            }
            at += 1;
        }
    }

    /// `by_status` is sorted by status and its ranges cover the rows end
    /// to end.
    const fn check_ranges(&self) {
        let mut end = 0;
        let mut at = 0;
        while at < self.by_status.len() {
            let (status, start, stop) = self.by_status[at];
            assert!(
                at == 0 || self.by_status[at - 1].0 < status,
                "`by_status` is not sorted by status"
            );
            assert!(
                start as usize == end && start < stop,
                "`by_status` ranges are not end to end"
            );
            end = stop as usize;
            at += 1;
        }
        assert!(
            end == self.codes.len(),
            "`by_status` does not cover every row"
        );
    }
}

#[cfg(test)]
mod tests {
    extern crate std;

    use super::*;

    const TWO: Table = Table {
        names: &["A", "B"],
        codes: &["a", "b"],
        statuses: &[400, 401],
        descriptions: &["A.", "B."],
        hints: &["", "Retry."],
        oauth_descriptions: &["", ""],
        oauth_hints: &["", ""],
        ..Table::EMPTY
    };

    /// Each rule of `check`, broken once.
    #[test]
    fn check_refuses_a_table_out_of_shape() {
        let broken = [
            (TWO, 3, "`ALL`"),
            (
                Table {
                    statuses: &[400],
                    ..TWO
                },
                2,
                "`statuses`",
            ),
            (
                Table {
                    hints: &[""],
                    ..TWO
                },
                2,
                "neither empty",
            ),
            (
                Table {
                    statuses: &[400, 401, 400],
                    codes: &["a", "b", "c"],
                    descriptions: &["", "", ""],
                    names: &[],
                    hints: &[],
                    oauth_descriptions: &[],
                    oauth_hints: &[],
                    ..TWO
                },
                3,
                "not grouped",
            ),
            (
                Table {
                    by_status: &[(401, 0, 1), (400, 1, 2)],
                    ..TWO
                },
                2,
                "not sorted",
            ),
            (
                Table {
                    by_status: &[(400, 0, 1), (401, 0, 2)],
                    ..TWO
                },
                2,
                "end to end",
            ),
            (
                Table {
                    by_status: &[(400, 0, 1)],
                    ..TWO
                },
                2,
                "cover",
            ),
        ];
        for (table, count, message) in broken {
            let panic = std::panic::catch_unwind(|| table.check(count))
                .expect_err("a table out of shape is refused");
            let text = panic
                .downcast_ref::<&str>()
                .map(std::string::ToString::to_string)
                .or_else(|| panic.downcast_ref::<std::string::String>().cloned())
                .unwrap_or_default();
            assert!(text.contains(message), "{text:?} does not say {message:?}");
        }
        TWO.check(2);
    }
}
