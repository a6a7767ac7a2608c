//! The synthetic catalogs the benchmarks build are valid catalogs: a
//! benchmark of a catalog the macro refuses would time its error path.

#[test]
fn the_synthetic_catalogs_pass_the_checks() {
    for count in [1, 30, 1000] {
        let plain = errcat_synthetic::catalog_toml(count);
        let (_, checked) = errcat_codegen::check_bytes("plain.toml", plain.as_bytes());
        let catalog = checked.unwrap_or_else(|problems| panic!("{problems:?}"));
        assert_eq!(catalog.entries.len(), count);
        assert!(catalog.fields.is_empty());

        let with_fields = errcat_synthetic::catalog_toml_with_fields(count);
        let (_, checked) = errcat_codegen::check_bytes("fields.toml", with_fields.as_bytes());
        let catalog = checked.unwrap_or_else(|problems| panic!("{problems:?}"));
        assert_eq!(catalog.entries.len(), count);
        let names: Vec<&str> = catalog
            .fields
            .iter()
            .map(|field| field.name.as_str())
            .collect();
        assert_eq!(names, ["retryable", "grpc", "retry_after", "endpoints"]);
    }
}
