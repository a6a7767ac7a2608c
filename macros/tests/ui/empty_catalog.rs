errcat::catalog! {
    pub enum Catalog = "tests/ui/empty_catalog.toml";
}

fn main() {}
