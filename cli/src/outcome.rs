//! How a command ends: its verdict, or the problem that kept it from giving
//! one, and the exit code of each.

use std::process::ExitCode;

use errcat_codegen::{Diagnostic, SourceFile, Style};

/// The verdict of a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// Exit 0: the catalogs are valid, the file is current, the diff is not
    /// breaking.
    Success,
    /// Exit 1: a catalog is invalid, a file is stale, or a diff is breaking.
    Failure,
    /// Exit 2: the command was used wrongly, or a file could not be read or
    /// written. Clap uses the same code for the errors it reports.
    UsageError,
}

impl Outcome {
    /// The process exit code.
    pub(crate) fn exit_code(self) -> ExitCode {
        match self {
            Self::Success => ExitCode::SUCCESS,
            Self::Failure => ExitCode::from(1),
            Self::UsageError => ExitCode::from(2),
        }
    }

    /// The worse of two outcomes, for commands that judge several files.
    pub(crate) fn worst(self, other: Self) -> Self {
        let rank = |outcome: Self| match outcome {
            Self::Success => 0,
            Self::Failure => 1,
            Self::UsageError => 2,
        };
        if rank(other) > rank(self) {
            other
        } else {
            self
        }
    }
}

/// A problem that stops a command before it can give a verdict: a file that
/// cannot be read or written, or arguments that clap cannot refuse on its
/// own. It ends the command with [`Outcome::UsageError`].
#[derive(Debug)]
pub(crate) struct Fatal {
    /// What went wrong, with the path it concerns as the diagnostic's
    /// origin when there is one. Boxed: a `Result` carries it on every
    /// return.
    pub(crate) diagnostic: Box<Diagnostic>,
    /// The path the problem concerns, as the user wrote it.
    pub(crate) path: Option<String>,
}

impl Fatal {
    /// A file that cannot be read, worded as the macro words a catalog it
    /// cannot read.
    pub(crate) fn unreadable(path: &str, what: &str, error: &std::io::Error) -> Self {
        Self {
            diagnostic: Box::new(Diagnostic::without_span(format!(
                "cannot read the {what} `{path}`: {error}"
            ))),
            path: Some(path.to_owned()),
        }
    }

    /// A file that cannot be written.
    pub(crate) fn unwritable(path: &str, error: &std::io::Error) -> Self {
        Self {
            diagnostic: Box::new(Diagnostic::without_span(format!(
                "cannot write `{path}`: {error}"
            ))),
            path: Some(path.to_owned()),
        }
    }

    /// Arguments that do not make sense together.
    pub(crate) fn usage(message: impl Into<String>, help: impl Into<String>) -> Self {
        Self {
            diagnostic: Box::new(Diagnostic::without_span(message).with_help(help)),
            path: None,
        }
    }

    /// Adds how to fix it.
    pub(crate) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.diagnostic.help = Some(help.into());
        self
    }

    /// Prints the problem on stderr, in the style of the catalog
    /// diagnostics.
    pub(crate) fn report(&self, color: bool) {
        eprintln!("{}", self.render(color));
    }

    /// The problem as [`Fatal::report`] prints it.
    pub(crate) fn render(&self, color: bool) -> String {
        let style = Style {
            color,
            level_prefix: true,
        };
        match &self.path {
            Some(path) => self
                .diagnostic
                .render(&SourceFile::new(path.as_str(), ""), style),
            None => {
                let mut text = format!("error: {}", self.diagnostic.message);
                if let Some(help) = &self.diagnostic.help {
                    text.push_str("\n  = help: ");
                    text.push_str(help);
                }
                text
            }
        }
    }
}
