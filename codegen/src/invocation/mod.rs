//! The input of `catalog!`: one or more enum declarations,
//!
//! ```text
//! [$crate]? ( #[attr]* vis? enum Name = "path.toml" (where tag = "tag")? ; )+
//! ```
//!
//! (the last `;` may be left out). Parsed by hand over proc-macro2 tokens:
//! the grammar is a dozen tokens, and syn, free where a service's derives
//! build it anyway, would add a third to the macro's clean build for the
//! users who do not (docs/architecture.md, "The invocation parser: by
//! hand"; BENCHMARKS.md, "Invocation parser: syn or by hand").

mod literal;

use std::collections::HashSet;

use proc_macro2::{Delimiter, Ident, Span, TokenStream, TokenTree};
use quote::{ToTokens, quote};

/// One enum's declaration in an invocation.
#[derive(Debug, Clone)]
pub struct Invocation {
    /// How generated code names the runtime crate (`$crate` when called
    /// through `errcat::catalog!`); the same for every declaration.
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
    /// `where tag = "..."`: the enum holds only the entries with that tag.
    pub subset: Option<TagFilter>,
}

/// The `where tag = "..."` of a declaration.
#[derive(Debug, Clone)]
pub struct TagFilter {
    /// The tag, decoded.
    pub tag: String,
    /// The span of the tag's literal, where problems with the subset are
    /// reported.
    pub span: Span,
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
const WHERE_USAGE: &str = "write `where tag = \"...\"`";

/// Names the generated code declares or imports next to the enum; an enum
/// of the same name would be shadowed by them.
const INTERNAL_NAMES: &[&str] = errcat_core::reserved::RESERVED_NAMES;

type Tokens = std::iter::Peekable<proc_macro2::token_stream::IntoIter>;

/// Parses the macro input: every declaration, in order.
///
/// # Errors
///
/// The first problem: input that does not follow the grammar above, no
/// declaration at all, or two enums of one name.
pub fn parse(input: TokenStream) -> Result<Vec<Invocation>, InvocationError> {
    let mut tokens = input.into_iter().peekable();
    let krate = match tokens.next_if(|token| is_group(token, Delimiter::Bracket)) {
        Some(TokenTree::Group(group)) => group.stream(),
        _ => quote!(::errcat),
    };
    if tokens.peek().is_none() {
        return Err(InvocationError::new(
            Span::call_site(),
            format!("`catalog!` declares no enum; {USAGE}"),
        ));
    }
    let mut declarations: Vec<Invocation> = Vec::new();
    let mut names = HashSet::new();
    while tokens.peek().is_some() {
        let declaration = parse_declaration(&mut tokens, krate.clone())?;
        if !names.insert(declaration.name.to_string()) {
            return Err(InvocationError::new(
                declaration.name.span(),
                format!(
                    "`{}` is declared twice in this `catalog!`; give each enum its own name",
                    declaration.name
                ),
            ));
        }
        declarations.push(declaration);
    }
    Ok(declarations)
}

/// `#[attr]* vis? enum Name = "path" (where tag = "tag")? ;?`, the `;`
/// required only before another declaration.
fn parse_declaration(
    tokens: &mut Tokens,
    krate: TokenStream,
) -> Result<Invocation, InvocationError> {
    let attrs = parse_attrs(tokens)?;
    let vis = parse_vis(tokens);
    let name = parse_enum_name(tokens)?;
    let (path, path_span) = parse_string(tokens, "the catalog's path", USAGE)?;
    let subset = match tokens.next_if(|token| is_ident(token, "where")) {
        Some(keyword) => Some(parse_where(tokens, keyword.span())?),
        None => None,
    };
    match tokens.next() {
        None => {}
        Some(semi) if is_punct(&semi, ';') => {}
        Some(other) => {
            let after = if subset.is_some() {
                "the `where` clause"
            } else {
                "the catalog's path"
            };
            return Err(InvocationError::new(
                other.span(),
                format!(
                    "expected `;` after {after}, found `{other}`; declarations are separated by `;`"
                ),
            ));
        }
    }
    Ok(Invocation {
        krate,
        attrs,
        vis,
        name,
        path,
        path_span,
        subset,
    })
}

fn is_group(token: &TokenTree, delimiter: Delimiter) -> bool {
    matches!(token, TokenTree::Group(group) if group.delimiter() == delimiter)
}

fn is_punct(token: &TokenTree, c: char) -> bool {
    matches!(token, TokenTree::Punct(punct) if punct.as_char() == c)
}

fn is_ident(token: &TokenTree, word: &str) -> bool {
    matches!(token, TokenTree::Ident(ident) if ident == word)
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
            other => {
                return Err(unexpected(
                    other.as_ref(),
                    pound.span(),
                    "`[` after `#`",
                    USAGE,
                ));
            }
        }
    }
    Ok(attrs)
}

/// `pub`, `pub(crate)`, `pub(in path)`..., or nothing.
fn parse_vis(tokens: &mut Tokens) -> TokenStream {
    let mut vis = TokenStream::new();
    if let Some(keyword) = tokens.next_if(|token| is_ident(token, "pub")) {
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
        other => return Err(unexpected(other.as_ref(), end, "`enum`", USAGE)),
    }
    let name = match tokens.next() {
        Some(TokenTree::Ident(name)) => name,
        other => return Err(unexpected(other.as_ref(), end, "the enum's name", USAGE)),
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
            USAGE,
        )),
    }
}

/// `tag = "..."`, after `where` (at `where_span`).
fn parse_where(tokens: &mut Tokens, where_span: Span) -> Result<TagFilter, InvocationError> {
    const ONLY_TAG: &str = "only `where tag = \"...\"` is supported";
    match tokens.next() {
        Some(word) if is_ident(&word, "tag") => {}
        Some(other) => {
            return Err(InvocationError::new(
                other.span(),
                format!("{ONLY_TAG}; `{other}` is not something an enum can be filtered by"),
            ));
        }
        None => {
            return Err(InvocationError::new(
                where_span,
                format!("{ONLY_TAG}; the clause is empty"),
            ));
        }
    }
    match tokens.next() {
        Some(equals) if is_punct(&equals, '=') => {}
        other => {
            let expected = "`=` after `where tag`";
            return Err(unexpected(
                other.as_ref(),
                where_span,
                expected,
                WHERE_USAGE,
            ));
        }
    }
    let (tag, span) = parse_string(tokens, "the tag", WHERE_USAGE)?;
    if tag.is_empty() {
        return Err(InvocationError::new(
            span,
            "the tag is empty; name one of the catalog's tags",
        ));
    }
    Ok(TagFilter { tag, span })
}

/// A string literal standing for `what`: its value and its span; `usage`
/// says what to write instead.
fn parse_string(
    tokens: &mut Tokens,
    what: &str,
    usage: &str,
) -> Result<(String, Span), InvocationError> {
    let expected = format!("{what} as a string literal");
    match tokens.next() {
        Some(TokenTree::Literal(token)) => match literal::string_value(&token.to_string()) {
            Ok(value) => Ok((value, token.span())),
            Err(literal::LiteralProblem::NotAString) => Err(unexpected(
                Some(&TokenTree::Literal(token)),
                Span::call_site(),
                &expected,
                usage,
            )),
            Err(problem) => Err(InvocationError::new(token.span(), problem.message(what))),
        },
        other => Err(unexpected(
            other.as_ref(),
            Span::call_site(),
            &expected,
            usage,
        )),
    }
}

/// What was expected instead of `found`, or at `end` when the input ended.
fn unexpected(
    found: Option<&TokenTree>,
    end: Span,
    expected: &str,
    usage: &str,
) -> InvocationError {
    match found {
        Some(token) => InvocationError::new(
            token.span(),
            format!("expected {expected}, found `{token}`; {usage}"),
        ),
        None => InvocationError::new(end, format!("expected {expected}; {usage}")),
    }
}

#[cfg(test)]
mod tests;
