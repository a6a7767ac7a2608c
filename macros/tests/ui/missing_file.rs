// An absolute path, so that the diagnostic (which names the path it tried)
// is the same wherever the target directory is: a relative path would be
// read from the crate trybuild builds, which lives in the target directory.
// The relative path's note and help are pinned by codegen/tests/codegen/expand.rs.
errcat::catalog! {
    pub enum Catalog = "/errcat-no-such-directory/no_such_catalog.toml";
}

fn main() {}
