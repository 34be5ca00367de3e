//! The one place that reads YAML: every rule or vocabulary file goes through
//! here so that every mistake is reported with file, line and column.

use serde::de::DeserializeOwned;

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}:{line}:{column}: {message}")]
    Located {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: {message}")]
    Invalid { path: String, message: String },
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

impl LoadError {
    /// An error at a position found after parsing, or for the whole file
    /// when the position is not known.
    pub fn at(path: &str, position: Option<(usize, usize)>, message: String) -> LoadError {
        match position {
            Some((line, column)) => LoadError::Located {
                path: path.to_string(),
                line,
                column,
                message,
            },
            None => LoadError::Invalid {
                path: path.to_string(),
                message,
            },
        }
    }
}

pub fn read<T: DeserializeOwned>(path: &str) -> Result<T, LoadError> {
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: path.to_string(),
        source,
    })?;
    parse(path, &text)
}

pub fn parse<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Invalid {
            path: path.to_string(),
            message: "the file is empty; expected a YAML mapping".to_string(),
        });
    }
    serde_yaml::from_str(text).map_err(|e| {
        let full = e.to_string();
        match e.location() {
            Some(loc) => {
                // serde_yaml appends " at line L column C"; we print it up front.
                let message = full.split(" at line ").next().unwrap_or(&full).to_string();
                LoadError::Located {
                    path: path.to_string(),
                    line: loc.line(),
                    column: loc.column(),
                    message,
                }
            }
            None => LoadError::Invalid {
                path: path.to_string(),
                message: full,
            },
        }
    })
}

/// The 1-based line and column of the `nth` (0-based) line at or after line
/// `from` that contains `needle` as a whole word; for errors found after
/// parsing (duplicate ids, unknown names), which serde cannot locate.
pub fn locate(text: &str, from: usize, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '-';
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .filter_map(|(n, line)| {
            line.match_indices(needle)
                .find(|(i, _)| {
                    let before = line[..*i].chars().next_back();
                    let after = line[i + needle.len()..].chars().next();
                    !before.is_some_and(is_word) && !after.is_some_and(is_word)
                })
                .map(|(i, _)| (n + 1, line[..i].chars().count() + 1))
        })
        .nth(nth)
}
