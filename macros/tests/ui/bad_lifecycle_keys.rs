errcat::catalog! {
    pub enum Catalog = "tests/ui/bad_lifecycle_keys.toml";
}

fn main() {}
