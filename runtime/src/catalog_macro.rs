/// Generates an error enum from a TOML catalog.
///
/// ```
/// errcat::catalog! {
///     /// Errors of the doc example.
///     #[allow(dead_code)]
///     pub enum DocError = "examples/doc-catalog.toml";
/// }
///
/// assert_eq!(DocError::TokenExpired.code(), "invalid_token");
/// assert_eq!("server_error".parse::<DocError>(), Ok(DocError::ServerError));
/// ```
///
/// The path is relative to the directory of the invoking crate's
/// `Cargo.toml`. Doc comments and attributes on the invocation go to the enum.
/// The enum gets, for a catalog of `N` entries:
///
/// | item | meaning |
/// |---|---|
/// | `ALL: &'static [Self]`, `COUNT: usize` | every variant, in file order |
/// | `const fn code(self) -> &'static str` | wire code |
/// | `const fn status(self) -> u16` | HTTP status |
/// | `const fn description(self) -> &'static str` | description |
/// | `const fn hint(self) -> Option<&'static str>` | remediation hint |
/// | `fn from_code(&str) -> Option<Self>` | first entry with that code |
/// | `fn with_status(u16) -> &'static [Self]` | entries with that status |
/// | `Debug Clone Copy PartialEq Eq Hash Display FromStr Error` | derives and impls |
/// | `impl errcat::ErrorCode` | the same, for generic code |
///
/// A catalog with problems fails the build with one error per problem, each
/// naming `file.toml:line:column` and showing the offending line.
///
/// The macro forwards `$crate` to the procedural macro so that the generated
/// code finds this crate even when a user renames the dependency.
#[macro_export]
macro_rules! catalog {
    ($($input:tt)*) => {
        $crate::__private::catalog! { [$crate] $($input)* }
    };
}
