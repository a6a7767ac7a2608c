// A full enum and two subsets of it: each subset is a complete enum of its
// tagged entries, and converts to the full enum and back, in `const`
// context too.
errcat::catalog! {
    pub enum Api = "tests/ui/subsets.toml";
    /// The token endpoint's errors.
    pub enum Token = "tests/ui/subsets.toml" where tag = "token";
    pub enum Resource = "tests/ui/subsets.toml" where tag = "resource";
}

const EXPIRED: Api = Resource::ExpiredToken.to_full();
const NOT_TOKEN: Option<Token> = Token::from_full(Api::ExpiredToken);

fn main() {
    assert_eq!(Token::ALL, &[Token::MalformedToken, Token::RateLimited]);
    assert_eq!(Resource::COUNT, 3);
    // The shared code is each subset's own entry of it.
    assert_eq!(Token::from_code("invalid_token"), Some(Token::MalformedToken));
    assert_eq!(Resource::from_code("invalid_token"), Some(Resource::ExpiredToken));
    assert_eq!(Token::from_code("token_revoked"), None);
    assert_eq!(Resource::with_status(401).len(), 2);
    assert_eq!(Token::with_status(401), &[]);

    assert_eq!(EXPIRED, Api::ExpiredToken);
    assert_eq!(NOT_TOKEN, None);
    assert_eq!(Api::from(Token::RateLimited), Api::RateLimited);
    assert_eq!(Resource::try_from(Api::RateLimited), Ok(Resource::RateLimited));
    let refused = Token::try_from(Api::ExpiredToken).unwrap_err();
    assert_eq!(refused.into_inner(), Api::ExpiredToken);
    assert_eq!(
        refused.to_string(),
        "`invalid_token` (ExpiredToken) is not a code of Token"
    );
    assert_eq!(format!("{}", Token::RateLimited), "rate_limited: Too many requests.");
}
