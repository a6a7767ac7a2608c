errcat::catalog! {
    pub enum Catalog = "tests/ui/shared_code_without_names.toml";
}

fn main() {}
