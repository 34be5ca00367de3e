//! Which files a command line names: files as given, folders walked (with
//! `.gitignore` and `.attribignore` respected) for article files.

use std::path::Path;

/// Extensions taken from folders.
pub const ARTICLE_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "html", "htm"];

/// A file to read, and whether the user named it (an error in a named file
/// is an error; a binary file met while walking a folder is skipped).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub path: String,
    pub named: bool,
}

/// Expands folders into their article files (those with one of
/// `extensions`, or the defaults when it is empty), in a stable (sorted)
/// order; other paths, `-` included, are kept as given.
pub fn expand(paths: &[String], extensions: &[String]) -> Vec<Target> {
    let wanted = |ext: &str| {
        if extensions.is_empty() {
            ARTICLE_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str())
        } else {
            extensions
                .iter()
                .any(|e| e.trim_start_matches('.').eq_ignore_ascii_case(ext))
        }
    };
    let mut out = Vec::new();
    for path in paths {
        if path != "-" && Path::new(path).is_dir() {
            let mut found: Vec<String> = ignore::WalkBuilder::new(path)
                .add_custom_ignore_filename(".attribignore")
                .require_git(false)
                .build()
                .filter_map(Result::ok)
                .filter(|e| e.file_type().is_some_and(|t| t.is_file()))
                .filter(|e| wanted(e.path().extension().and_then(|x| x.to_str()).unwrap_or("")))
                .map(|e| e.path().to_string_lossy().into_owned())
                .collect();
            found.sort();
            out.extend(found.into_iter().map(|path| Target { path, named: false }));
        } else {
            out.push(Target {
                path: path.clone(),
                named: true,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_expand_to_sorted_articles_respecting_attribignore() {
        let scratch = tempfile::tempdir().unwrap();
        let dir = scratch.path();
        std::fs::create_dir_all(dir.join("drafts")).unwrap();
        for name in [
            "b.md",
            "a.txt",
            "image.png",
            "drafts/c.markdown",
            "skip.txt",
        ] {
            std::fs::write(dir.join(name), "x").unwrap();
        }
        std::fs::write(dir.join(".attribignore"), "skip.txt\n").unwrap();
        let root = dir.to_string_lossy().into_owned();
        let found: Vec<String> = expand(std::slice::from_ref(&root), &[])
            .into_iter()
            .map(|t| t.path.strip_prefix(&root).unwrap().to_string())
            .collect();
        assert_eq!(found, ["/a.txt", "/b.md", "/drafts/c.markdown"]);
        let only_md: Vec<String> = expand(std::slice::from_ref(&root), &[".MD".to_string()])
            .into_iter()
            .map(|t| t.path.strip_prefix(&root).unwrap().to_string())
            .collect();
        assert_eq!(only_md, ["/b.md"]);
        assert_eq!(
            expand(&["-".to_string()], &[])[0],
            Target {
                path: "-".into(),
                named: true
            }
        );
    }
}
