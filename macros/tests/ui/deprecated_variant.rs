// A deprecated code warns where user code names its variant, and only
// there: the generated enum itself compiles without a warning.
#![deny(deprecated)]

errcat::catalog! {
    pub enum Catalog = "tests/ui/deprecated.toml";
}

fn main() {
    let _ = Catalog::InvalidToken;
    let _ = Catalog::TokenRevoked;
    let _ = Catalog::LegacyError;
}
