//! The component names, which users `$ref`: fixed for the whole catalog
//! (`ErrorCode`, `ErrorResponse`, `ProblemDetails`, `Error400`,
//! `Problem400`), with `.TAG` appended for a tag's (`ErrorCode.token`,
//! `Error400.token`). Tags are lowercase ASCII letters, digits, `_` and
//! `-`, all allowed in a component name (`^[a-zA-Z0-9.\-_]+$`), and no
//! tag holds a `.`, so the tag's name is used as it is: no two tags, and no
//! tag and the whole catalog, can get the same name.

/// The code enum.
pub(super) fn code_enum(tag: Option<&str>) -> String {
    tagged("ErrorCode", tag)
}

/// The RFC 6749 error object.
pub(super) fn oauth_error(tag: Option<&str>) -> String {
    tagged("ErrorResponse", tag)
}

/// The RFC 9457 problem object.
pub(super) fn problem(tag: Option<&str>) -> String {
    tagged("ProblemDetails", tag)
}

/// The `application/json` response of a status.
pub(super) fn oauth_response(status: u16, tag: Option<&str>) -> String {
    tagged(&format!("Error{status}"), tag)
}

/// The `application/problem+json` response of a status.
pub(super) fn problem_response(status: u16, tag: Option<&str>) -> String {
    tagged(&format!("Problem{status}"), tag)
}

/// A reference to the schema `name` of this document.
pub(super) fn schema_ref(name: &str) -> String {
    format!("#/components/schemas/{name}")
}

fn tagged(base: &str, tag: Option<&str>) -> String {
    match tag {
        Some(tag) => format!("{base}.{tag}"),
        None => base.to_owned(),
    }
}
