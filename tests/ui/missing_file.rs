errcat::catalog! {
    pub enum Catalog = "tests/ui/no_such_catalog.toml";
}

fn main() {}
