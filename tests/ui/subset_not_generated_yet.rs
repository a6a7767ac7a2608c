// Until subset enums are generated, a `where` clause is refused at the
// clause; the full enum beside it is generated as usual, and the stub keeps
// the code that names the subset's variants free of follow-on errors.
errcat::catalog! {
    pub enum Catalog = "tests/ui/api.toml";
    pub enum Limits = "tests/ui/api.toml" where tag = "limits";
}

fn main() {
    assert_eq!(Catalog::COUNT, 3);
    let _ = Limits::RateLimited;
}
