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
/// `Cargo.toml`. One invocation declares one or more enums, each ended by
/// `;`; doc comments and attributes go to the enum they stand before. A file
/// named by several enums is read once.
///
/// `where tag = "..."` declares the enum of the entries whose `tags` hold
/// that tag, in file order, with the same variant names. Beside the full
/// enum of the same file it converts both ways: `From<Subset> for Full`,
/// `TryFrom<Full> for Subset` (whose error, [`NotInSubset`](crate::NotInSubset),
/// gives the refused value back), and the `const fn`s `to_full` and
/// `from_full`:
///
/// ```
/// errcat::catalog! {
///     /// Errors of the doc example.
///     pub enum DocError = "examples/doc-catalog.toml";
///     /// The codes a resource server answers with.
///     pub enum ResourceError = "examples/doc-catalog.toml" where tag = "resource";
/// }
///
/// assert_eq!(ResourceError::COUNT, 2);
/// assert_eq!(ResourceError::from_code("server_error"), None);
/// assert_eq!(DocError::from(ResourceError::TokenExpired), DocError::TokenExpired);
/// assert!(ResourceError::try_from(DocError::ServerError).is_err());
/// ```
///
/// Every enum, subset or not, gets, for a catalog of `N` entries:
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
