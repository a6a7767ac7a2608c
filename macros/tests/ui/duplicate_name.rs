errcat::catalog! {
    pub enum Catalog = "tests/ui/duplicate_name.toml";
}

fn main() {}
