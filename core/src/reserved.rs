//! The names the generated code declares or imports in its `const _` block,
//! next to the enum.
//!
//! An enum named one of them would be shadowed inside that block, and the
//! generated accessors would read the wrong item, so the macro refuses
//! such a name with a clear error instead of a confusing type error.

/// Every name the generated code declares or imports beside the enum.
pub const RESERVED_NAMES: &[&str] = &[
    // The catalog's table.
    "TABLE",
    // The perfect hash's empty slot, named once rather than spelt per slot.
    "EMPTY",
    "__errcat",
    // The module of the declared fields' tables.
    "__errcat_fields",
];
