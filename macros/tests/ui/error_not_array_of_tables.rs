errcat::catalog! {
    pub enum Catalog = "tests/ui/error_not_array_of_tables.toml";
}

fn main() {}
