errcat::catalog! {
    pub enum Catalog = "tests/ui/invalid_name.toml";
}

fn main() {}
