//! `.attrib.yaml`: a newsroom's choice of rules, found from the checked
//! file's folder upwards (like `ruff.toml` or `.vale.ini`).
//!
//! ```yaml
//! extends: [default, ap, house.yaml]    # shipped sets (default, ap, strict) or paths; default: [default]
//! select: []                             # only these rule ids (empty: all)
//! ignore: [anonymous-source]             # drop these
//! severity: {loaded-verb: error}         # change severities
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::loader::{self, LoadError};
use crate::rules::{RuleFile, Severity};
use crate::vocab::Vocabulary;

pub const FILE_NAME: &str = ".attrib.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    extends: Vec<String>,
    #[serde(default)]
    select: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    severity: BTreeMap<String, Severity>,
}

/// The nearest `.attrib.yaml` in `dir` or a folder above it.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Loads a configuration into the rule set it describes.
pub fn load(path: &Path, vocab: &Vocabulary) -> Result<RuleFile, LoadError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
        path: shown.clone(),
        source,
    })?;
    let config: ConfigFile = loader::parse(&shown, &text)?;
    let base = path.parent().unwrap_or(Path::new("."));
    let extends = if config.extends.is_empty() {
        vec!["default".to_string()]
    } else {
        config.extends.clone()
    };
    let mut rules = RuleFile {
        lexicons: BTreeMap::new(),
        rules: Vec::new(),
    };
    for name in &extends {
        let shipped = crate::rules::SHIPPED.iter().find(|(n, _)| n == name);
        let set = match shipped {
            Some((n, text)) => RuleFile::from_yaml(&format!("rules/{n}.yaml"), text, vocab)?,
            None => RuleFile::load(&base.join(name).to_string_lossy(), vocab)?,
        };
        rules.lexicons.extend(set.lexicons);
        for rule in set.rules {
            // a later set's rule replaces an earlier one with the same id
            rules.rules.retain(|r| r.id != rule.id);
            rules.rules.push(rule);
        }
    }
    let unknown = |id: &String| !rules.rules.iter().any(|r| &r.id == id);
    let named = config
        .select
        .iter()
        .chain(&config.ignore)
        .chain(config.severity.keys());
    if let Some(id) = named.into_iter().find(|id| unknown(id)) {
        let known: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
        let message = format!(
            "unknown rule id '{id}', expected one of: {}",
            known.join(", ")
        );
        return Err(match loader::locate(&text, 1, id, 0) {
            Some((line, column)) => LoadError::Located {
                path: shown,
                line,
                column,
                message,
            },
            None => LoadError::Invalid {
                path: shown,
                message,
            },
        });
    }
    if !config.select.is_empty() {
        rules.rules.retain(|r| config.select.contains(&r.id));
    }
    rules.rules.retain(|r| !config.ignore.contains(&r.id));
    for rule in &mut rules.rules {
        if let Some(&severity) = config.severity.get(&rule.id) {
            rule.severity = severity;
        }
    }
    Ok(rules)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("attrib-config-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(d.join("desk/politics")).unwrap();
        d
    }

    #[test]
    fn discovered_upwards_and_applied() {
        let d = dir("apply");
        std::fs::write(
            d.join(FILE_NAME),
            "ignore: [anonymous-source]\nseverity: {loaded-verb: error}\nextends: [default, house.yaml]\n",
        )
        .unwrap();
        std::fs::write(
            d.join("house.yaml"),
            "rules:\n  - id: no-sources-say\n    severity: warning\n    message: m\n    rationale: r\n    match:\n      existence: {words: [sources say]}\n",
        )
        .unwrap();
        let found = discover(&d.join("desk/politics")).unwrap();
        assert_eq!(found.file_name().unwrap(), FILE_NAME);
        let rules = load(&found, &Vocabulary::default_set()).unwrap();
        let ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
        assert!(
            !ids.contains(&"anonymous-source") && ids.contains(&"no-sources-say"),
            "{ids:?}"
        );
        let loaded = rules.rules.iter().find(|r| r.id == "loaded-verb").unwrap();
        assert_eq!(loaded.severity, Severity::Error);
    }

    #[test]
    fn unknown_rule_ids_and_keys_are_located_errors() {
        let d = dir("errors");
        std::fs::write(
            d.join(FILE_NAME),
            "select:\n  - vague-source\n  - vauge-source\n",
        )
        .unwrap();
        let err = load(&d.join(FILE_NAME), &Vocabulary::default_set())
            .unwrap_err()
            .to_string();
        assert!(err.ends_with(":3:5: unknown rule id 'vauge-source', expected one of: unattributed-claim, vague-source, hedge-without-source, agentless-attribution, anonymous-source, loaded-verb, quote-without-speaker"), "{err}");
        std::fs::write(d.join(FILE_NAME), "ignored: [x]\n").unwrap();
        let err = load(&d.join(FILE_NAME), &Vocabulary::default_set())
            .unwrap_err()
            .to_string();
        assert!(err.contains(":1:1: unknown field `ignored`"), "{err}");
    }
}
