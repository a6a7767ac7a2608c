errcat::catalog! {
    pub enum Catalog = "tests/ui/unicode_text.toml";
}

fn main() {}
