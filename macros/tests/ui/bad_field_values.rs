errcat::catalog! {
    pub enum Catalog = "tests/ui/bad_field_values.toml";
}

fn main() {}
