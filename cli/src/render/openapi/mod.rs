//! The catalog as an OpenAPI 3.1 document of components only, for any
//! OpenAPI tool to `$ref`:
//!
//! ```json
//! {
//!   "openapi": "3.1.0",
//!   "info": { "title": "Unstoppable Login error codes", "version": "...", ... },
//!   "components": {
//!     "schemas": {
//!       "ErrorCode": { "type": "string", "enum": ["invalid_request", ...] },
//!       "ErrorResponse": { ... "error": { "$ref": "#/components/schemas/ErrorCode" } ... },
//!       "ProblemDetails": { ... },
//!       "ErrorCode.token": { ... }, "ErrorResponse.token": { ... },
//!       "ProblemDetails.token": { ... }
//!     },
//!     "responses": {
//!       "Error400": { "description": "Bad Request", "content": { "application/json": {
//!         "schema": { "$ref": "#/components/schemas/ErrorResponse" },
//!         "examples": { "invalid_request": { "summary": "...", "value": { ... } } } } } },
//!       "Problem400": { ... "application/problem+json" ... },
//!       "Error400.token": { ... }, "Problem400.token": { ... }
//!     }
//!   }
//! }
//! ```
//!
//! Each example is the body errcat sends for its code with the default
//! `ResponseOptions` (`wire.rs`). The whole catalog's components come
//! first, then each tag's, tags in order of first use; statuses ascend;
//! codes keep file order. JSON, which every OpenAPI tool reads, printed
//! the same way on every run.

mod names;
mod responses;
mod schemas;
mod wire;

use serde_json::{Map, json};

use super::Page;
use super::code_sets;
use crate::output;

/// `info.version`: the catalog has no version of its own, and one taken
/// from the tool would make a committed document stale on every upgrade.
const VERSION: &str = "unversioned";

/// The document.
pub(crate) fn render(page: &Page<'_>) -> String {
    let title = page.title();
    let mut schemas = Map::new();
    let mut responses = Map::new();
    for group in code_sets::groups(page.catalog) {
        schemas.extend(schemas::schemas(&group, &title));
        responses.extend(responses::responses(&group));
    }
    let document = json!({
        "openapi": "3.1.0",
        "info": {
            "title": title,
            "version": VERSION,
            "description": format!(
                "Generated from {} by `errcat render --format openapi`; do not edit. \
                 Components only: an API's own document `$ref`s them, e.g. \
                 `{{\"$ref\": \"errors.openapi.json#/components/responses/Error400\"}}`.",
                page.source_name
            ),
        },
        "components": {
            "schemas": schemas,
            "responses": responses,
        },
    });
    output::json_text(&document)
}
