// One catalog behind two enums: the file is read once, and each enum is
// complete and distinct.
errcat::catalog! {
    pub enum Public = "tests/ui/api.toml";
    enum Internal = "tests/ui/api.toml";
}

fn main() {
    assert_eq!(Public::ALL.len(), Internal::ALL.len());
    assert_eq!(Public::RateLimited.code(), Internal::RateLimited.code());
    assert_eq!(Internal::from_code("invalid_token"), Some(Internal::MalformedToken));
}
