// A subset declared alone is a complete enum; it has no full enum to
// convert with, so it has no conversions.
errcat::catalog! {
    pub enum Token = "tests/ui/subsets.toml" where tag = "token";
}

fn main() {
    assert_eq!(Token::COUNT, 2);
    assert_eq!(Token::from_code("rate_limited"), Some(Token::RateLimited));
    assert_eq!(Token::MalformedToken.status(), 400);
}
