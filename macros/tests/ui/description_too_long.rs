errcat::catalog! {
    pub enum Catalog = "tests/ui/description_too_long.toml";
}

fn main() {}
