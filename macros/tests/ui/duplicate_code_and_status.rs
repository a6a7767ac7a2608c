errcat::catalog! {
    pub enum Catalog = "tests/ui/duplicate_code_and_status.toml";
}

fn main() {}
