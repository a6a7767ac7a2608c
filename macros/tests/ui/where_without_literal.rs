errcat::catalog! {
    pub enum Catalog = "tests/ui/api.toml" where tag = charge;
}

fn main() {}
