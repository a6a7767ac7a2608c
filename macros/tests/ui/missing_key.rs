errcat::catalog! {
    pub enum Catalog = "tests/ui/missing_key.toml";
}

fn main() {}
