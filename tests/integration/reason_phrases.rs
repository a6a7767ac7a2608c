//! errcat keeps two copies of the HTTP reason phrases: one in the runtime
//! (problem+json titles) and one in the macro's code generator (rustdoc);
//! neither crate can depend on the other. They must agree.

#[test]
fn runtime_and_codegen_agree_on_every_error_status() {
    for status in 400..=599 {
        assert_eq!(
            errcat::reason_phrase(status),
            errcat_codegen::http_status::reason(status),
            "{status}"
        );
    }
}
