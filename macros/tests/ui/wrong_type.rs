errcat::catalog! {
    pub enum Catalog = "tests/ui/wrong_type.toml";
}

fn main() {}
