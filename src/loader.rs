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
