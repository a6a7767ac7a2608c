// A raw string path and no visibility or trailing semicolon.
errcat::catalog! {
    enum Catalog = r"tests/ui/api.toml"
}

fn main() {
    assert_eq!(Catalog::RateLimited.status(), 429);
}
