errcat::catalog! {
    pub enum Catalog = "tests/ui/unknown_key.toml";
}

fn main() {}
