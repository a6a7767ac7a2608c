// A tag no entry carries is refused at its literal, with the closest tag
// of the catalog; the stub keeps the code naming the subset, its variants
// and its conversions free of follow-on errors.
errcat::catalog! {
    pub enum Api = "tests/ui/subsets.toml";
    pub enum Token = "tests/ui/subsets.toml" where tag = "tokn";
    pub enum Billing = "tests/ui/subsets.toml" where tag = "billing";
}

fn main() {
    let _ = Token::RateLimited;
    let _ = Api::from(Token::MalformedToken);
    let _ = Billing::try_from(Api::RateLimited);
}
