// A deprecated entry's variant is deprecated in every subset that holds
// it: naming it through the subset warns, and nothing else does.
#![deny(deprecated)]

errcat::catalog! {
    pub enum Api = "tests/ui/subsets.toml";
    pub enum Resource = "tests/ui/subsets.toml" where tag = "resource";
}

fn main() {
    let _ = Resource::ExpiredToken;
    let _ = Resource::TokenRevoked;
}
