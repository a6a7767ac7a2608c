errcat::catalog! {
    pub enum Catalog = "tests/ui/bad_field_declarations.toml";
}

fn main() {}
