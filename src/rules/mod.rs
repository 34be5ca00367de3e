//! The rule set: YAML rules (serde) evaluated over the analysis into
//! diagnostics. A rule is data; its matcher reads the analysis (sentences,
//! attributions, quotations), or for `existence` the prose.

mod existence;

pub use existence::{ExistenceMatcher, PhraseList, SubstitutionMatcher};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::analyse::{Analysis, SourceClass};
use crate::detect::Mode;
use crate::loader::{self, LoadError};
use crate::span::Span;
use crate::vocab::{CueClass, Stance, Vocabulary};

pub const DEFAULT_RULES: &str = include_str!("../../rules/default.yaml");

/// The shipped rule sets, by the names `extends:` accepts.
pub const SHIPPED: &[(&str, &str)] = &[
    ("default", DEFAULT_RULES),
    ("ap", include_str!("../../rules/ap.yaml")),
    ("strict", include_str!("../../rules/strict.yaml")),
];

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.pad(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Named word lists that rules refer to (`lexicon: NAME`).
    #[serde(default)]
    pub lexicons: BTreeMap<String, Vec<String>>,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: String,
    pub severity: Severity,
    pub message: String,
    pub rationale: String,
    /// Where the guidance comes from (a style-guide URL).
    pub link: Option<String>,
    /// Sentences that must and must not set the rule off; `attrib explain`
    /// prints them and the test suite checks them.
    #[serde(default)]
    pub examples: Examples,
    #[serde(rename = "match", with = "serde_yaml::with::singleton_map")]
    pub matcher: Matcher,
    /// The file the rule was read from (for `attrib rules`).
    #[serde(skip)]
    pub origin: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Examples {
    #[serde(default)]
    pub fires: Vec<String>,
    #[serde(default)]
    pub passes: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Matcher {
    /// Unattributed sentences carrying any of the listed claim markers.
    Sentence(SentenceMatcher),
    /// Attributions meeting every listed condition.
    Attribution(AttributionMatcher),
    /// Quotations with no speaker.
    Quote(QuoteMatcher),
    /// Words, phrases or a pattern in the prose.
    Existence(ExistenceMatcher),
    /// Words or phrases with a preferred replacement.
    Substitution(SubstitutionMatcher),
    /// The whole story's sourcing, from its source ledger.
    Article(ArticleMatcher),
}

/// Limits on a story's sourcing; each one crossed is a finding at the
/// story's start, with `{value}` and `{limit}` in the message.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleMatcher {
    /// Fewer distinct named sources than this.
    pub min_named_sources: Option<usize>,
    /// Share of sourced attributions whose source is anonymous or vague.
    pub max_anonymous_share: Option<f64>,
    /// Share of the attributed sentences carried by one source.
    pub max_source_share: Option<f64>,
    /// Share of claim sentences (those with claim markers) left unattributed.
    pub max_unattributed_share: Option<f64>,
}

impl ArticleMatcher {
    /// (value, limit) of each limit crossed.
    fn crossed(&self, analysis: &Analysis, src: &str) -> Vec<(String, String)> {
        let ledger = analysis.ledger(src);
        let mut out = Vec::new();
        let named = ledger
            .iter()
            .filter(|e| e.class == SourceClass::Named)
            .count();
        if let Some(min) = self.min_named_sources.filter(|&m| named < m) {
            out.push((named.to_string(), min.to_string()));
        }
        let percent = |x: f64| format!("{:.0}%", x * 100.0);
        let sourced: usize = ledger.iter().map(|e| e.attributions.len()).sum();
        let hidden: usize = ledger
            .iter()
            .filter(|e| matches!(e.class, SourceClass::Anonymous | SourceClass::Vague))
            .map(|e| e.attributions.len())
            .sum();
        if let Some(max) = self.max_anonymous_share
            && sourced > 0
            && hidden as f64 / sourced as f64 > max
        {
            out.push((percent(hidden as f64 / sourced as f64), percent(max)));
        }
        let total: usize = ledger.iter().map(|e| e.claims).sum();
        let top = ledger.iter().map(|e| e.claims).max().unwrap_or(0);
        if let Some(max) = self.max_source_share
            && ledger.len() > 1
            && top as f64 / total as f64 > max
        {
            out.push((percent(top as f64 / total as f64), percent(max)));
        }
        let claims: Vec<_> = analysis
            .sentences
            .iter()
            .filter(|s| !s.markers.is_empty())
            .collect();
        let bare = claims
            .iter()
            .filter(|s| {
                s.attributions.is_empty() && s.covered_by.is_empty() && s.carried_by.is_none()
            })
            .count();
        if let Some(max) = self.max_unattributed_share
            && !claims.is_empty()
            && bare as f64 / claims.len() as f64 > max
        {
            out.push((percent(bare as f64 / claims.len() as f64), percent(max)));
        }
        out
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceMatcher {
    pub markers: Vec<String>,
    /// Conditions under which an unattributed sentence is not a finding.
    #[serde(default)]
    pub unless: Vec<Unless>,
    /// The markers that name a lexicon of the rule file, compiled at load.
    #[serde(skip)]
    lexicon_markers: Vec<(String, PhraseList)>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unless {
    /// An attribution earlier in the paragraph (or the speaker of the
    /// quotation the sentence is in) carries over to it.
    Carried,
    /// The sentence is mostly inside a quotation (the quote rules judge it).
    Quoted,
    /// The sentence has a cue word the grammar could not read as an
    /// attribution: someone may well be saying it.
    CueWord,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionMatcher {
    #[serde(default)]
    pub source_class: Vec<SourceClass>,
    #[serde(default)]
    pub stance: Vec<Stance>,
    #[serde(default)]
    pub cue_class: Vec<CueClass>,
    #[serde(default)]
    pub mode: Vec<Mode>,
    #[serde(default)]
    pub lemma: Vec<String>,
    pub has_source: Option<bool>,
    /// Whether a hedge adverb is inside a verb's cue ("reportedly said").
    pub hedged: Option<bool>,
    /// Not when any of these words or phrases is nearby ("on condition of
    /// anonymity", "not authorized to speak").
    pub unless_near: Option<Nearby>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Nearby {
    #[serde(default)]
    pub words: Vec<String>,
    /// A lexicon whose entries count too.
    pub lexicon: Option<String>,
    /// How far to look: the attribution's sentence, or it and the next one.
    #[serde(default)]
    pub within: Within,
    /// `words` and the lexicon's entries, compiled at load time.
    #[serde(skip)]
    phrases: PhraseList,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Within {
    #[default]
    Sentence,
    NextSentence,
}

impl Nearby {
    /// Whether a phrase occurs in the attribution's sentence (and the next
    /// one, if asked).
    fn found(&self, analysis: &Analysis, sentence: usize, src: &str) -> bool {
        let last = match self.within {
            Within::Sentence => sentence,
            Within::NextSentence => (sentence + 1).min(analysis.sentences.len() - 1),
        };
        let region = analysis.sentences[sentence]
            .span
            .cover(analysis.sentences[last].span);
        self.phrases.occurs_in(region.text(src))
    }

    fn compile(&mut self, lexicons: &BTreeMap<String, Vec<String>>) {
        let entries = self.lexicon.as_ref().and_then(|l| lexicons.get(l));
        self.phrases = PhraseList::new(self.words.iter().chain(entries.into_iter().flatten()));
    }
}

impl SentenceMatcher {
    fn compile(&mut self, lexicons: &BTreeMap<String, Vec<String>>) {
        self.lexicon_markers = self
            .markers
            .iter()
            .filter_map(|name| Some((name.clone(), PhraseList::new(lexicons.get(name)?))))
            .collect();
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuoteMatcher {
    #[serde(default)]
    pub min_words: usize,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub span: Span,
    pub rule: String,
    pub severity: Severity,
    pub message: String,
}

impl RuleFile {
    pub fn default_set() -> RuleFile {
        RuleFile::default_for(&Vocabulary::default_set())
    }

    /// The embedded default rules, checked against a vocabulary already
    /// loaded (the command line loads it once).
    pub fn default_for(vocab: &Vocabulary) -> RuleFile {
        RuleFile::from_yaml("rules/default.yaml", DEFAULT_RULES, vocab)
            .expect("the embedded rule set is valid (tested)")
    }

    pub fn load(path: &str, vocab: &Vocabulary) -> Result<RuleFile, LoadError> {
        let text = std::fs::read_to_string(path).map_err(|source| LoadError::Io {
            path: path.to_string(),
            source,
        })?;
        RuleFile::from_yaml(path, &text, vocab)
    }

    pub fn from_yaml(path: &str, text: &str, vocab: &Vocabulary) -> Result<RuleFile, LoadError> {
        RuleFile::from_yaml_with(path, text, vocab, &BTreeMap::new())
    }

    /// Loads a rule file that comes after others: `inherited` lexicons are
    /// visible to its rules, and its own entries extend a lexicon of the
    /// same name.
    pub fn from_yaml_with(
        path: &str,
        text: &str,
        vocab: &Vocabulary,
        inherited: &BTreeMap<String, Vec<String>>,
    ) -> Result<RuleFile, LoadError> {
        let mut file: RuleFile = loader::parse(path, text)?;
        for rule in &mut file.rules {
            rule.origin = path.to_string();
        }
        for (name, entries) in inherited {
            let own = file.lexicons.remove(name).unwrap_or_default();
            file.lexicons
                .insert(name.clone(), entries.iter().cloned().chain(own).collect());
        }
        file.validate(text, vocab)
            .map_err(|(at, message)| LoadError::at(path, at, message))?;
        Ok(file)
    }

    /// Checks what serde cannot (unique ids, known marker and lexicon
    /// names, valid patterns) and compiles the existence matchers.
    fn validate(
        &mut self,
        text: &str,
        vocab: &Vocabulary,
    ) -> Result<(), (Option<(usize, usize)>, String)> {
        let mut seen = std::collections::HashMap::new();
        let lexicons = &self.lexicons;
        for (n, rule) in self.rules.iter_mut().enumerate() {
            let count = seen.entry(rule.id.as_str()).or_insert(0usize);
            *count += 1;
            let id_at = loader::locate(text, 1, &rule.id, *count - 1);
            if *count > 1 {
                return Err((
                    id_at,
                    format!("rules[{n}]: duplicate rule id '{}'", rule.id),
                ));
            }
            if let Matcher::Attribution(AttributionMatcher {
                unless_near: Some(near),
                ..
            }) = &mut rule.matcher
            {
                if let Some(name) = &near.lexicon
                    && !lexicons.contains_key(name)
                {
                    let at = loader::locate(text, id_at.map_or(1, |(l, _)| l), name, 0);
                    let known: Vec<&str> = lexicons.keys().map(String::as_str).collect();
                    return Err((
                        at,
                        format!(
                            "rules[{n}].match.attribution.unless_near.lexicon: unknown lexicon '{name}', expected one of: {}",
                            known.join(", ")
                        ),
                    ));
                }
                near.compile(lexicons);
            }
            if let Matcher::Sentence(m) = &mut rule.matcher {
                m.compile(lexicons);
            }
            if let Matcher::Substitution(m) = &mut rule.matcher {
                m.compile().map_err(|e| {
                    let at = loader::locate(text, id_at.map_or(1, |(l, _)| l), &e.near, 0);
                    (
                        at,
                        format!("rules[{n}].match.substitution.{}: {}", e.key, e.message),
                    )
                })?;
            }
            if let Matcher::Existence(m) = &mut rule.matcher {
                m.compile(lexicons).map_err(|e| {
                    let at = loader::locate(text, id_at.map_or(1, |(l, _)| l), &e.near, 0);
                    let key = if e.key.is_empty() {
                        String::new()
                    } else {
                        format!(".{}", e.key)
                    };
                    (
                        at,
                        format!("rules[{n}].match.existence{key}: {}", e.message),
                    )
                })?;
            }
            if let Matcher::Sentence(m) = &rule.matcher {
                for marker in &m.markers {
                    if !vocab.marker_names().any(|k| k == marker) && !lexicons.contains_key(marker)
                    {
                        let known: Vec<&str> = vocab
                            .marker_names()
                            .chain(lexicons.keys().map(String::as_str))
                            .collect();
                        let at = loader::locate(text, id_at.map_or(1, |(l, _)| l), marker, 0);
                        return Err((
                            at,
                            format!(
                                "rules[{n}].match.sentence.markers: unknown claim marker '{marker}', expected one of: {}",
                                known.join(", ")
                            ),
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// Diagnostics for one document. `src` is the text the spans index; pass
    /// `Document::prose` so that `existence` skips Markdown code and markup.
    /// Recompiles every rule against this file's lexicons: after files are
    /// merged, rules from an earlier file see entries a later one added.
    pub fn relink(&mut self) {
        let lexicons = self.lexicons.clone();
        for rule in &mut self.rules {
            match &mut rule.matcher {
                Matcher::Existence(m) => {
                    let _ = m.compile(&lexicons); // references were checked at load
                }
                Matcher::Attribution(AttributionMatcher {
                    unless_near: Some(near),
                    ..
                }) => near.compile(&lexicons),
                Matcher::Sentence(m) => m.compile(&lexicons),
                _ => {}
            }
        }
    }

    /// The rules run in parallel: on one large file they are otherwise a
    /// serial step between the parallel analysis and the output.
    pub fn check(&self, analysis: &Analysis, src: &str) -> Vec<Diagnostic> {
        use rayon::prelude::*;
        let mut out: Vec<Diagnostic> = self
            .rules
            .par_iter()
            .flat_map_iter(|rule| {
                let mut found = Vec::new();
                rule.check(analysis, src, &mut found);
                found
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }
}

impl Rule {
    fn check(&self, analysis: &Analysis, src: &str, out: &mut Vec<Diagnostic>) {
        let mut emit = |span: Span, fields: &[(&str, &str)]| {
            out.push(Diagnostic {
                span,
                rule: self.id.clone(),
                severity: self.severity,
                message: fill(&self.message, fields),
            })
        };
        match &self.matcher {
            Matcher::Sentence(m) => {
                for s in &analysis.sentences {
                    if !s.attributions.is_empty() || !s.covered_by.is_empty() {
                        continue;
                    }
                    let excused = m.unless.iter().any(|u| match u {
                        Unless::Carried => s.carried_by.is_some(),
                        Unless::Quoted => s.quoted,
                        Unless::CueWord => s.cue_word,
                    });
                    if excused {
                        continue;
                    }
                    let mut names: Vec<&str> = s
                        .markers
                        .iter()
                        .map(|mk| &*mk.name)
                        .filter(|name| m.markers.iter().any(|x| x == name))
                        .collect();
                    // a marker may also be a lexicon of the rule file
                    let sentence = s.span.text(src);
                    for (name, phrases) in &m.lexicon_markers {
                        if phrases.occurs_in(sentence) {
                            names.push(name);
                        }
                    }
                    names.dedup();
                    if !names.is_empty() {
                        let joined = names.join(", ");
                        emit(s.span, &[("text", s.span.text(src)), ("markers", &joined)]);
                    }
                }
            }
            Matcher::Attribution(m) => {
                for a in &analysis.attributions {
                    if !m.matches(a)
                        || m.unless_near
                            .as_ref()
                            .is_some_and(|n| n.found(analysis, a.sentence, src))
                    {
                        continue;
                    }
                    let source_text = a.source.as_ref().map_or("", |s| s.span.text(src));
                    let class = a.source.as_ref().map_or("none".to_string(), |s| {
                        serde_json::to_value(s.class)
                            .ok()
                            .and_then(|v| v.as_str().map(String::from))
                            .unwrap_or_default()
                    });
                    let span = match (&a.source, m.source_class.is_empty()) {
                        (Some(s), false) if s.class != SourceClass::Agentless => s.span,
                        _ => a.cue.span,
                    };
                    let content = a.content.map_or("", |c| c.text(src));
                    emit(
                        span,
                        &[
                            ("cue", a.cue.span.text(src)),
                            ("source", source_text),
                            ("class", &class),
                            ("text", content),
                        ],
                    );
                }
            }
            Matcher::Quote(m) => {
                for q in &analysis.quotes {
                    let orphan = q.speaker.is_none() && !q.title && !q.introduced;
                    if orphan && q.words >= m.min_words {
                        let inner = q
                            .span
                            .text(src)
                            .trim_matches(|c: char| c.is_whitespace() || "\"“”«»„'".contains(c));
                        emit(q.span, &[("text", &excerpt(inner, 60))]);
                    }
                }
            }
            Matcher::Existence(m) => {
                for span in m.find(src) {
                    emit(span, &[("text", span.text(src))]);
                }
            }
            Matcher::Article(m) => {
                let start = analysis.sentences.first().map(|s| s.span);
                for (value, limit) in start.map(|_| m.crossed(analysis, src)).unwrap_or_default() {
                    emit(
                        start.unwrap_or_default(),
                        &[("value", &value), ("limit", &limit)],
                    );
                }
            }
            Matcher::Substitution(m) => {
                for (span, suggestion) in m.find(src) {
                    emit(
                        span,
                        &[("text", span.text(src)), ("suggestion", suggestion)],
                    );
                }
            }
        }
    }
}

impl AttributionMatcher {
    fn matches(&self, a: &crate::analyse::Attribution) -> bool {
        let class = a.source.as_ref().map(|s| s.class);
        (self.source_class.is_empty() || class.is_some_and(|c| self.source_class.contains(&c)))
            && (self.stance.is_empty() || self.stance.contains(&a.cue.stance))
            && (self.cue_class.is_empty() || self.cue_class.contains(&a.cue.class))
            && (self.mode.is_empty() || self.mode.contains(&a.mode))
            && (self.lemma.is_empty() || self.lemma.contains(&a.cue.lemma))
            && self
                .has_source
                .is_none_or(|want| want == a.source.is_some())
            && self.hedged.is_none_or(|want| want == a.cue.hedged)
    }
}

/// Replaces `{name}` placeholders; unknown ones are left as written.
fn fill(template: &str, fields: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in fields {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// The first `max` characters of a one-line version of `text`.
pub fn excerpt(text: &str, max: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        flat
    } else {
        let cut: String = flat.chars().take(max).collect();
        format!("{}…", cut.trim_end())
    }
}
