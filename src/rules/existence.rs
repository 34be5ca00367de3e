//! The `existence` matcher: plain words and phrases (inline or from a named
//! lexicon) or a regular expression, found in the prose. Compiled once when
//! the rule file loads: one Aho-Corasick automaton for the words, the
//! `regex` crate (linear time, no backreferences) for the pattern.

use std::collections::BTreeMap;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::{Regex, RegexBuilder};
use serde::Deserialize;

use crate::span::Span;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExistenceMatcher {
    /// Words or phrases to find.
    #[serde(default)]
    pub words: Vec<String>,
    /// The name of a lexicon (under `lexicons:`) whose entries are found too.
    pub lexicon: Option<String>,
    /// A regular expression (Rust `regex` syntax).
    pub pattern: Option<String>,
    /// Phrases that excuse a match they contain ("admitted students" for
    /// the word "admitted").
    #[serde(default)]
    pub exceptions: Vec<String>,
    #[serde(default)]
    pub case_sensitive: bool,
    #[serde(skip)]
    compiled: Option<Arc<Compiled>>,
}

/// The `substitution` matcher: words or phrases with their preferred
/// replacement ("claimed" → "said"); `{suggestion}` in the message.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubstitutionMatcher {
    pub swap: std::collections::BTreeMap<String, String>,
    /// Phrases that excuse a match inside them.
    #[serde(default)]
    pub exceptions: Vec<String>,
    #[serde(skip)]
    finder: Option<Arc<AhoCorasick>>,
    #[serde(skip)]
    excuses: Option<Arc<AhoCorasick>>,
}

impl SubstitutionMatcher {
    pub fn compile(&mut self) -> Result<(), CompileError> {
        let words: Vec<&String> = self.swap.keys().collect();
        if words.is_empty() {
            return Err(CompileError {
                key: "swap",
                near: "swap".to_string(),
                message: "nothing to swap, expected `word: replacement` pairs".to_string(),
            });
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(words)
            .map_err(|e| CompileError {
                key: "swap",
                near: "swap".to_string(),
                message: e.to_string(),
            })?;
        self.finder = Some(Arc::new(ac));
        if !self.exceptions.is_empty() {
            let excuses = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&self.exceptions)
                .map_err(|e| CompileError {
                    key: "exceptions",
                    near: "exceptions".to_string(),
                    message: e.to_string(),
                })?;
            self.excuses = Some(Arc::new(excuses));
        }
        Ok(())
    }

    /// Each match with its suggested replacement.
    pub fn find<'a>(&'a self, prose: &str) -> Vec<(Span, &'a str)> {
        let Some(ac) = &self.finder else {
            return Vec::new();
        };
        let keys: Vec<&String> = self.swap.keys().collect();
        let values: Vec<&String> = self.swap.values().collect();
        let excused = self
            .excuses
            .as_ref()
            .map_or_else(Vec::new, |e| whole_words(e, prose));
        whole_words(ac, prose)
            .into_iter()
            .filter(|span| !excused.iter().any(|e| e.contains(*span)))
            .filter_map(|span| {
                let found = span.text(prose);
                let i = keys.iter().position(|k| k.eq_ignore_ascii_case(found))?;
                Some((span, values[i].as_str()))
            })
            .collect()
    }
}

#[derive(Debug)]
struct Compiled {
    words: Option<AhoCorasick>,
    pattern: Option<Regex>,
    exceptions: Option<AhoCorasick>,
}

/// Why a matcher could not be compiled, and the YAML key to point at.
pub struct CompileError {
    pub key: &'static str,
    pub near: String,
    pub message: String,
}

impl ExistenceMatcher {
    pub fn compile(
        &mut self,
        lexicons: &BTreeMap<String, Vec<String>>,
    ) -> Result<(), CompileError> {
        let mut words = self.words.clone();
        if let Some(name) = &self.lexicon {
            let entries = lexicons.get(name).ok_or_else(|| CompileError {
                key: "lexicon",
                near: name.clone(),
                message: format!(
                    "unknown lexicon '{name}', expected one of: {}",
                    lexicons
                        .keys()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            })?;
            words.extend(entries.iter().cloned());
        }
        let pattern = match &self.pattern {
            Some(p) => Some(
                RegexBuilder::new(p)
                    .case_insensitive(!self.case_sensitive)
                    .size_limit(1 << 20)
                    .build()
                    .map_err(|e| CompileError {
                        key: "pattern",
                        near: "pattern".to_string(),
                        message: format!("invalid regular expression: {}", regex_reason(&e)),
                    })?,
            ),
            None => None,
        };
        if words.is_empty() && pattern.is_none() {
            return Err(CompileError {
                key: "",
                near: "existence".to_string(),
                message: "nothing to find, expected `words`, `lexicon` or `pattern`".to_string(),
            });
        }
        let automaton = |list: &[String], key: &'static str| {
            (!list.is_empty())
                .then(|| {
                    AhoCorasickBuilder::new()
                        .ascii_case_insensitive(!self.case_sensitive)
                        .match_kind(MatchKind::LeftmostLongest)
                        .build(list)
                })
                .transpose()
                .map_err(|e| CompileError {
                    key,
                    near: key.to_string(),
                    message: e.to_string(),
                })
        };
        let compiled = Compiled {
            words: automaton(&words, "words")?,
            pattern,
            exceptions: automaton(&self.exceptions, "exceptions")?,
        };
        self.compiled = Some(Arc::new(compiled));
        Ok(())
    }

    /// Every match in `prose`, whole words only for the word list.
    pub fn find(&self, prose: &str) -> Vec<Span> {
        let Some(c) = &self.compiled else {
            return Vec::new();
        };
        let mut out: Vec<Span> = c
            .words
            .as_ref()
            .map_or_else(Vec::new, |ac| whole_words(ac, prose));
        if let Some(re) = &c.pattern {
            out.extend(
                re.find_iter(prose)
                    .filter(|m| !m.is_empty())
                    .map(|m| Span::new(m.start(), m.end())),
            );
        }
        if let Some(ac) = &c.exceptions {
            let excused = whole_words(ac, prose);
            out.retain(|s| !excused.iter().any(|e| e.contains(*s)));
        }
        out.sort();
        out.dedup();
        out
    }
}

/// Phrases found case-insensitively (ASCII) as whole words, compiled once
/// into one automaton: what `unless_near` and lexicon markers look for in a
/// sentence, without lowercasing the sentence or walking the list.
#[derive(Debug, Clone, Default)]
pub struct PhraseList(Option<Arc<AhoCorasick>>);

impl PhraseList {
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a String>) -> PhraseList {
        let phrases: Vec<&str> = phrases
            .into_iter()
            .map(|p| p.trim())
            .filter(|p| !p.is_empty())
            .collect();
        if phrases.is_empty() {
            return PhraseList(None);
        }
        let ac = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .build(phrases)
            .expect("phrase lists are far below the automaton's size limit");
        PhraseList(Some(Arc::new(ac)))
    }

    /// Whether any phrase occurs in `text` as whole words.
    pub fn occurs_in(&self, text: &str) -> bool {
        self.0.as_ref().is_some_and(|ac| {
            ac.find_overlapping_iter(text)
                .any(|m| at_word_boundaries(text, m.start(), m.end()))
        })
    }
}

fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let is_word = |ch: Option<char>| ch.is_some_and(|c| c.is_alphanumeric() || c == '_');
    !is_word(text[..start].chars().next_back()) && !is_word(text[end..].chars().next())
}

/// Matches of `ac` that start and end at word boundaries.
fn whole_words(ac: &AhoCorasick, prose: &str) -> Vec<Span> {
    ac.find_iter(prose)
        .filter(|m| at_word_boundaries(prose, m.start(), m.end()))
        .map(|m| Span::new(m.start(), m.end()))
        .collect()
}

/// The regex crate's own reason, without its multi-line caret drawing.
fn regex_reason(e: &regex::Error) -> String {
    let text = e.to_string();
    let last = text
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(&text);
    last.trim().trim_start_matches("error: ").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrase_lists_find_whole_words_in_any_case() {
        let list = PhraseList::new(&[
            "not authorized".to_string(),
            "anonymity".to_string(),
            "on condition of anonymity to".to_string(),
        ]);
        assert!(list.occurs_in("He spoke on Condition of ANONYMITY."));
        assert!(list.occurs_in("who was not authorized to speak"));
        assert!(!list.occurs_in("who was not authorizedly speaking"));
        assert!(!list.occurs_in("anonymityX and xanonymity"));
        // a longer phrase that fails at its end does not hide a shorter one
        assert!(list.occurs_in("on condition of anonymity today"));
        assert!(!PhraseList::new(&[]).occurs_in("anything"));
    }

    fn matcher(words: &[&str], pattern: Option<&str>) -> ExistenceMatcher {
        ExistenceMatcher {
            words: words.iter().map(|w| w.to_string()).collect(),
            lexicon: None,
            pattern: pattern.map(String::from),
            exceptions: vec!["so-called experts".into()],
            case_sensitive: false,
            compiled: None,
        }
    }

    #[test]
    fn words_match_whole_words_case_insensitively() {
        let mut m = matcher(&["claimed", "so-called experts"], None);
        m.compile(&BTreeMap::new()).ok().unwrap();
        let text = "He Claimed it; she reclaimed it; So-called experts agreed.";
        let found: Vec<&str> = m.find(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(
            found,
            ["Claimed"],
            "'reclaimed' is not a word match; exceptions are left alone"
        );
    }

    #[test]
    fn lexicon_references_and_patterns() {
        let lexicons = BTreeMap::from([("weasel".to_string(), vec!["critics say".to_string()])]);
        let mut m = matcher(&[], Some(r"\bsources? (say|said)\b"));
        m.lexicon = Some("weasel".into());
        m.compile(&lexicons).ok().unwrap();
        let text = "Critics say no. Sources said yes.";
        let found: Vec<&str> = m.find(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(found, ["Critics say", "Sources said"]);
    }

    #[test]
    fn unknown_lexicon_and_bad_pattern_are_errors() {
        let mut m = matcher(&[], None);
        m.lexicon = Some("nope".into());
        assert!(
            m.compile(&BTreeMap::new())
                .err()
                .unwrap()
                .message
                .contains("unknown lexicon 'nope'")
        );
        let mut m = matcher(&[], Some(r"(\w+) \1"));
        let e = m.compile(&BTreeMap::new()).err().unwrap();
        assert!(
            e.message.contains("invalid regular expression"),
            "backreferences are refused: {}",
            e.message
        );
    }
}
