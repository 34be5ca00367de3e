//! `.attrib.yaml`: a newsroom's choice of rules, found from the checked
//! file's folder upwards (like `ruff.toml` or `.vale.ini`).
//!
//! ```yaml
//! extends: [default, ap, house.yaml]    # shipped sets (default, ap, strict) or paths; default: [default]
//! select: []                             # only these rule ids (empty: all)
//! ignore: [anonymous-source]             # drop these
//! severity: {loaded-verb: error}         # change severities
//! exclude: ["drafts/**"]                 # files not to check (globs, relative to this file)
//! include: ["news/**"]                   # only these files, when given
//! overrides:                             # for some files, on top of the above
//!   - files: ["opinion/**"]
//!     ignore: [unattributed-claim]
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
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    overrides: Vec<Override>,
}

/// Rule choices for some files, on top of the configuration's own.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Override {
    files: Vec<String>,
    #[serde(default)]
    select: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    severity: BTreeMap<String, Severity>,
}

/// Which rules, at which severity.
struct Selection<'a> {
    select: &'a [String],
    ignore: &'a [String],
    severity: &'a BTreeMap<String, Severity>,
}

impl ConfigFile {
    fn selection(&self) -> Selection<'_> {
        Selection {
            select: &self.select,
            ignore: &self.ignore,
            severity: &self.severity,
        }
    }
}

impl Override {
    fn selection(&self) -> Selection<'_> {
        Selection {
            select: &self.select,
            ignore: &self.ignore,
            severity: &self.severity,
        }
    }
}

/// A loaded configuration: its rules, and which files they apply to.
pub struct Config {
    pub rules: std::sync::Arc<RuleFile>,
    root: PathBuf,
    include: Option<globset::GlobSet>,
    exclude: globset::GlobSet,
    /// Each override's files, and its rules (the configuration's, then its own choices).
    overrides: Vec<(globset::GlobSet, std::sync::Arc<RuleFile>)>,
}

impl Config {
    /// The rules for a file, or `None` when the configuration excludes it.
    /// Where several overrides match, the last one written wins.
    pub fn rules_for(&self, file: &Path) -> Option<std::sync::Arc<RuleFile>> {
        let absolute = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
        let relative = absolute.strip_prefix(&self.root).unwrap_or(&absolute);
        if self.exclude.is_match(relative)
            || self.include.as_ref().is_some_and(|i| !i.is_match(relative))
        {
            return None;
        }
        let chosen = self
            .overrides
            .iter()
            .rev()
            .find(|(g, _)| g.is_match(relative));
        Some(chosen.map_or_else(|| self.rules.clone(), |(_, rules)| rules.clone()))
    }
}

fn apply(rules: &mut RuleFile, selection: &Selection) {
    if !selection.select.is_empty() {
        rules.rules.retain(|r| selection.select.contains(&r.id));
    }
    rules.rules.retain(|r| !selection.ignore.contains(&r.id));
    for rule in &mut rules.rules {
        if let Some(&severity) = selection.severity.get(&rule.id) {
            rule.severity = severity;
        }
    }
}

fn globs(patterns: &[String], shown: &str, text: &str) -> Result<globset::GlobSet, LoadError> {
    let mut set = globset::GlobSetBuilder::new();
    for p in patterns {
        let glob = globset::Glob::new(p).map_err(|e| {
            let message = format!("invalid glob '{p}': {e}");
            LoadError::at(shown, loader::locate(text, 1, p, 0), message)
        })?;
        set.add(glob);
    }
    set.build().map_err(|e| LoadError::Invalid {
        path: shown.to_string(),
        message: e.to_string(),
    })
}

/// The nearest `.attrib.yaml` in `dir` or a folder above it.
pub fn discover(dir: &Path) -> Option<PathBuf> {
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    dir.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// Loads a configuration: the rule set it describes and where it applies.
pub fn load(path: &Path, vocab: &Vocabulary) -> Result<Config, LoadError> {
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
            Some((n, text)) => {
                RuleFile::from_yaml_with(&format!("rules/{n}.yaml"), text, vocab, &rules.lexicons)?
            }
            None => {
                let file = base.join(name).to_string_lossy().into_owned();
                let text = std::fs::read_to_string(&file).map_err(|source| LoadError::Io {
                    path: file.clone(),
                    source,
                })?;
                RuleFile::from_yaml_with(&file, &text, vocab, &rules.lexicons)?
            }
        };
        // the set's lexicons already include what came before
        rules.lexicons.extend(set.lexicons);
        for rule in set.rules {
            // a later set's rule replaces an earlier one with the same id
            rules.rules.retain(|r| r.id != rule.id);
            rules.rules.push(rule);
        }
    }
    rules.relink();
    let unknown = |id: &String| !rules.rules.iter().any(|r| &r.id == id);
    let selections: Vec<Selection> = std::iter::once(config.selection())
        .chain(config.overrides.iter().map(Override::selection))
        .collect();
    let named: Vec<&String> = selections
        .iter()
        .flat_map(|s| s.select.iter().chain(s.ignore).chain(s.severity.keys()))
        .collect();
    if let Some(id) = named.into_iter().find(|id| unknown(id)) {
        let known: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
        let message = format!(
            "unknown rule id '{id}', expected one of: {}",
            known.join(", ")
        );
        return Err(LoadError::at(
            &shown,
            loader::locate(&text, 1, id, 0),
            message,
        ));
    }
    apply(&mut rules, &config.selection());
    let mut overrides = Vec::new();
    for o in &config.overrides {
        let mut own = rules.clone();
        apply(&mut own, &o.selection());
        overrides.push((globs(&o.files, &shown, &text)?, std::sync::Arc::new(own)));
    }
    let root = std::fs::canonicalize(base).unwrap_or_else(|_| base.to_path_buf());
    Ok(Config {
        rules: std::sync::Arc::new(rules),
        root,
        include: (!config.include.is_empty())
            .then(|| globs(&config.include, &shown, &text))
            .transpose()?,
        exclude: globs(&config.exclude, &shown, &text)?,
        overrides,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scratch folder with a `desk/politics` tree, removed when dropped.
    fn scratch() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(d.path().join("desk/politics")).unwrap();
        d
    }

    #[test]
    fn discovered_upwards_and_applied() {
        let scratch = scratch();
        let d = scratch.path().to_path_buf();
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
        let rules = load(&found, &Vocabulary::default_set()).ok().unwrap().rules;
        let ids: Vec<&str> = rules.rules.iter().map(|r| r.id.as_str()).collect();
        assert!(
            !ids.contains(&"anonymous-source") && ids.contains(&"no-sources-say"),
            "{ids:?}"
        );
        let loaded = rules.rules.iter().find(|r| r.id == "loaded-verb").unwrap();
        assert_eq!(loaded.severity, Severity::Error);
    }

    #[test]
    fn a_later_file_extends_an_earlier_files_lexicon() {
        let scratch = scratch();
        let d = scratch.path().to_path_buf();
        std::fs::write(
            d.join(FILE_NAME),
            "extends: [ap, house.yaml]\nselect: [anonymous-without-reason, secrecy-words]\n",
        )
        .unwrap();
        // house.yaml adds a reason to ap.yaml's lexicon and uses the lexicon itself
        std::fs::write(
            d.join("house.yaml"),
            "lexicons:\n  anonymity_reasons: [citing security concerns]\nrules:\n  - id: secrecy-words\n    severity: info\n    message: m\n    rationale: r\n    match:\n      existence: {lexicon: anonymity_reasons}\n",
        )
        .unwrap();
        let vocab = Vocabulary::default_set();
        let rules = load(&d.join(FILE_NAME), &vocab).ok().unwrap().rules;
        let found = |text: &str| -> Vec<String> {
            crate::check_text(text, &rules, &vocab)
                .into_iter()
                .map(|d| d.rule)
                .collect()
        };
        // ap's rule now accepts the house reason; the house rule sees ap's entries
        assert_eq!(
            found("A senior official said the talks stalled, citing security concerns."),
            ["secrecy-words"]
        );
        assert_eq!(
            found("A senior official said the talks stalled, for fear of reprisal."),
            ["secrecy-words"]
        );
        assert_eq!(
            found("A senior official said the talks stalled."),
            ["anonymous-without-reason"]
        );
    }

    #[test]
    fn unknown_rule_ids_and_keys_are_located_errors() {
        let scratch = scratch();
        let d = scratch.path().to_path_buf();
        std::fs::write(
            d.join(FILE_NAME),
            "select:\n  - vague-source\n  - vauge-source\n",
        )
        .unwrap();
        let err = load(&d.join(FILE_NAME), &Vocabulary::default_set())
            .err()
            .unwrap()
            .to_string();
        assert!(err.ends_with(":3:5: unknown rule id 'vauge-source', expected one of: unattributed-claim, vague-source, hedge-without-source, hedged-report, agentless-attribution, anonymous-source, loaded-verb, quote-without-speaker"), "{err}");
        std::fs::write(d.join(FILE_NAME), "ignored: [x]\n").unwrap();
        let err = load(&d.join(FILE_NAME), &Vocabulary::default_set())
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains(":1:1: unknown field `ignored`"), "{err}");
    }
}
