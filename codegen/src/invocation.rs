//! The input of `catalog!`: `[$crate] #[attrs] vis enum Name = "path.toml";`.
//!
//! Parsed by hand over proc-macro2 tokens: the grammar is six tokens long,
//! and leaving syn out keeps the macro cheap for every crate that uses it
//! (BENCHMARKS.md, "Goal 5: the macro's own dependencies").

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};

/// A parsed invocation.
#[derive(Debug, Clone)]
pub struct Invocation {
    /// How generated code names the runtime crate (`$crate` when called
    /// through `errcat::catalog!`).
    pub krate: TokenStream,
    /// The outer attributes and doc comments, passed to the enum.
    pub attrs: TokenStream,
    /// The enum's visibility, possibly empty.
    pub vis: TokenStream,
    /// The enum's name.
    pub name: Ident,
    /// The catalog path as written, relative to `CARGO_MANIFEST_DIR`.
    pub path: String,
    /// The span of the path literal, where catalog errors are reported.
    pub path_span: Span,
}

/// A malformed invocation: where, and what was expected.
#[derive(Debug, Clone)]
pub struct InvocationError {
    /// The offending token.
    pub span: Span,
    /// What is wrong and what to write instead.
    pub message: String,
}

impl InvocationError {
    fn new(span: Span, message: impl Into<String>) -> Self {
        Self {
            span,
            message: message.into(),
        }
    }

    /// The error as a `compile_error!` at its token.
    #[must_use]
    pub fn to_compile_error(&self) -> TokenStream {
        let message = &self.message;
        quote::quote_spanned!(self.span=> ::core::compile_error! { #message })
    }
}

const USAGE: &str = "write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`";

/// Names the generated code declares or imports next to the enum; an enum
/// of the same name would be shadowed by them.
const INTERNAL_NAMES: &[&str] = &[
    "ROWS",
    "LOOKUP",
    "EMPTY",
    "BY_STATUS",
    "STATUS_ORDER",
    "__errcat",
    // The module of the declared fields' tables (expand/fields.rs).
    "__errcat_fields",
    "Some",
    "None",
];

type Tokens = std::iter::Peekable<proc_macro2::token_stream::IntoIter>;

/// Parses the macro input.
///
/// # Errors
///
/// When the input is not `[krate]? #[attr]* vis? enum Name = "path" ;?`.
pub fn parse(input: TokenStream) -> Result<Invocation, InvocationError> {
    let mut tokens = input.into_iter().peekable();
    let krate = match tokens.next_if(|token| is_group(token, Delimiter::Bracket)) {
        Some(TokenTree::Group(group)) => group.stream(),
        _ => quote!(::errcat),
    };
    let attrs = parse_attrs(&mut tokens)?;
    let vis = parse_vis(&mut tokens);
    let name = parse_enum_name(&mut tokens)?;
    let (path, path_span) = parse_path(&mut tokens)?;
    tokens.next_if(|token| is_punct(token, ';'));
    if let Some(extra) = tokens.next() {
        return Err(InvocationError::new(
            extra.span(),
            format!(
                "unexpected `{extra}` after the catalog's path; one `catalog!` declares one enum"
            ),
        ));
    }
    Ok(Invocation {
        krate,
        attrs,
        vis,
        name,
        path,
        path_span,
    })
}

fn is_group(token: &TokenTree, delimiter: Delimiter) -> bool {
    matches!(token, TokenTree::Group(group) if group.delimiter() == delimiter)
}

fn is_punct(token: &TokenTree, c: char) -> bool {
    matches!(token, TokenTree::Punct(punct) if punct.as_char() == c)
}

/// `#[...]*`, doc comments included (they arrive as `#[doc = "..."]`).
fn parse_attrs(tokens: &mut Tokens) -> Result<TokenStream, InvocationError> {
    let mut attrs = TokenStream::new();
    while let Some(pound) = tokens.next_if(|token| is_punct(token, '#')) {
        match tokens.next() {
            Some(body) if is_group(&body, Delimiter::Bracket) => {
                pound.to_tokens(&mut attrs);
                body.to_tokens(&mut attrs);
            }
            Some(bang) if is_punct(&bang, '!') => {
                return Err(InvocationError::new(
                    bang.span(),
                    "inner attributes (`#![...]`) cannot be applied to the generated enum; write `#[...]`",
                ));
            }
            other => return Err(unexpected(other.as_ref(), pound.span(), "`[` after `#`")),
        }
    }
    Ok(attrs)
}

/// `pub`, `pub(crate)`, `pub(in path)`..., or nothing.
fn parse_vis(tokens: &mut Tokens) -> TokenStream {
    let mut vis = TokenStream::new();
    if let Some(keyword) =
        tokens.next_if(|token| matches!(token, TokenTree::Ident(ident) if ident == "pub"))
    {
        keyword.to_tokens(&mut vis);
        if let Some(scope) = tokens.next_if(|token| is_group(token, Delimiter::Parenthesis)) {
            scope.to_tokens(&mut vis);
        }
    }
    vis
}

/// `enum Name =`.
fn parse_enum_name(tokens: &mut Tokens) -> Result<Ident, InvocationError> {
    let end = Span::call_site();
    match tokens.next() {
        Some(TokenTree::Ident(keyword)) if keyword == "enum" => {}
        Some(TokenTree::Ident(keyword)) if keyword == "struct" || keyword == "union" => {
            return Err(InvocationError::new(
                keyword.span(),
                format!("`catalog!` generates an enum, not a {keyword}; write `enum`"),
            ));
        }
        other => return Err(unexpected(other.as_ref(), end, "`enum`")),
    }
    let name = match tokens.next() {
        Some(TokenTree::Ident(name)) => name,
        other => return Err(unexpected(other.as_ref(), end, "the enum's name")),
    };
    if INTERNAL_NAMES.contains(&name.to_string().as_str()) {
        return Err(InvocationError::new(
            name.span(),
            format!(
                "`{name}` is a name the generated code uses for its tables; choose another name"
            ),
        ));
    }
    match tokens.next() {
        Some(equals) if is_punct(&equals, '=') => Ok(name),
        Some(angle) if is_punct(&angle, '<') => Err(InvocationError::new(
            angle.span(),
            "a catalog enum cannot have generic parameters",
        )),
        other => Err(unexpected(
            other.as_ref(),
            end,
            "`=` and the catalog's path",
        )),
    }
}

/// The path literal, its value and its span.
fn parse_path(tokens: &mut Tokens) -> Result<(String, Span), InvocationError> {
    match tokens.next() {
        Some(TokenTree::Literal(literal)) => {
            let span = literal.span();
            let path = string_literal_value(&literal.to_string()).ok_or_else(|| {
                InvocationError::new(
                    span,
                    format!("expected the catalog's path as a string literal; {USAGE}"),
                )
            })?;
            Ok((path, span))
        }
        other => Err(unexpected(
            other.as_ref(),
            Span::call_site(),
            "the catalog's path as a string literal",
        )),
    }
}

fn unexpected(found: Option<&TokenTree>, end: Span, expected: &str) -> InvocationError {
    match found {
        Some(token) => InvocationError::new(
            token.span(),
            format!("expected {expected}, found `{token}`; {USAGE}"),
        ),
        None => InvocationError::new(end, format!("expected {expected}; {USAGE}")),
    }
}

/// The value of a string literal token (`"..."` or `r#"..."#`), or `None`
/// for any other literal, a suffixed one, or an escape a path has no use
/// for.
fn string_literal_value(literal: &str) -> Option<String> {
    if let Some(raw) = literal.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let fence = "#".repeat(hashes);
        return raw
            .strip_prefix(&fence)?
            .strip_prefix('"')?
            .strip_suffix(&fence)?
            .strip_suffix('"')
            .map(str::to_owned);
    }
    let body = literal.strip_prefix('"')?.strip_suffix('"')?;
    let mut value = String::with_capacity(body.len());
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next()? {
            '\\' => value.push('\\'),
            '"' => value.push('"'),
            '\'' => value.push('\''),
            'n' => value.push('\n'),
            't' => value.push('\t'),
            'r' => value.push('\r'),
            '0' => value.push('\0'),
            _ => return None,
        }
    }
    Some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(input: &str) -> Result<Invocation, InvocationError> {
        parse(input.parse().expect("valid tokens"))
    }

    #[test]
    fn reads_every_part() {
        let invocation = parse_str(
            r#"[::my_errcat] #[doc = " Docs."] #[derive(Default)] pub(crate) enum LoginError = "error-codes.toml";"#,
        )
        .expect("valid");
        assert_eq!(invocation.krate.to_string(), ":: my_errcat");
        assert_eq!(
            invocation.attrs.to_string(),
            "# [doc = \" Docs.\"] # [derive (Default)]"
        );
        assert_eq!(invocation.vis.to_string(), "pub (crate)");
        assert_eq!(invocation.name.to_string(), "LoginError");
        assert_eq!(invocation.path, "error-codes.toml");
    }

    #[test]
    fn defaults_and_raw_paths() {
        let invocation = parse_str(r##"enum E = r#"dir/"quoted".toml"#"##).expect("valid");
        assert_eq!(invocation.krate.to_string(), ":: errcat");
        assert!(invocation.vis.is_empty());
        assert_eq!(invocation.path, "dir/\"quoted\".toml");
        assert_eq!(
            parse_str(r#"enum E = "a\\b.toml";"#).expect("valid").path,
            "a\\b.toml"
        );
    }

    #[test]
    fn says_what_was_expected() {
        for (input, message) in [
            (
                "pub enum E",
                "expected `=` and the catalog's path; write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`",
            ),
            (
                "pub struct E = \"x\";",
                "`catalog!` generates an enum, not a struct; write `enum`",
            ),
            (
                "enum E<T> = \"x\";",
                "a catalog enum cannot have generic parameters",
            ),
            (
                "enum E = 5;",
                "expected the catalog's path as a string literal; write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`",
            ),
            (
                "enum E = \"x\"; enum F = \"y\";",
                "unexpected `enum` after the catalog's path; one `catalog!` declares one enum",
            ),
            (
                "#![allow(x)] enum E = \"x\";",
                "inner attributes (`#![...]`) cannot be applied to the generated enum; write `#[...]`",
            ),
            (
                "enum ROWS = \"x\";",
                "`ROWS` is a name the generated code uses for its tables; choose another name",
            ),
            (
                "",
                "expected `enum`; write `errcat::catalog! { pub enum Name = \"error-codes.toml\"; }`",
            ),
        ] {
            assert_eq!(
                parse_str(input).expect_err(input).message,
                message,
                "{input}"
            );
        }
    }
}
