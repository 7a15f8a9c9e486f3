//! Errors that reach the user. Each names the file (and line, where there is
//! one) and, where it can, what to do about it.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}:{line}:{column}: {msg}", path.display())]
    Parse {
        path: PathBuf,
        line: usize,
        column: usize,
        msg: String,
    },
    #[error("{}: {msg}", path.display())]
    Invalid { path: PathBuf, msg: String },
    #[error(
        "{}: graph file format version {found} is not supported (this dipgraph reads version {supported}); rebuild the graph with `dipgraph build` or use the dipgraph release that wrote it",
        path.display()
    )]
    GraphVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("{0}")]
    Usage(String),
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// A RON parse error with its position, for data files and graphs.
    pub fn ron(path: &Path, e: &ron::error::SpannedError) -> Error {
        Error::Parse {
            path: path.to_path_buf(),
            line: e.span.start.line,
            column: e.span.start.col,
            msg: e.code.to_string(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
