//! `attrib eval`: runs the analysis and the rules over a folder of annotated
//! articles (brat standoff, the PolNeAR layout) and scores them.

pub mod brat;
pub mod score;

use std::fmt::Write;
use std::path::Path;

use serde::Serialize;

use crate::analyse::{Analysis, SourceClass};
use crate::input::{self, Format};
use crate::rules::{Matcher, RuleFile};
use crate::span::Span;
use crate::vocab::Vocabulary;
use brat::GoldAttribution;
use score::{Counts, Predicted, Scores};

#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{0}: cannot read folder: {1}")]
    Folder(String, std::io::Error),
    #[error("{0}: no annotated articles (NAME.txt with NAME.ann) found")]
    Empty(String),
    #[error(transparent)]
    Input(#[from] input::InputError),
    #[error(transparent)]
    Brat(#[from] brat::BratError),
    #[error("{0}: cannot read: {1}")]
    Read(String, std::io::Error),
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub articles: usize,
    #[serde(flatten)]
    pub scores: Scores,
    /// `unattributed-claim` findings, and those inside text the annotators
    /// say is attributed (overlapping a gold cue or content).
    pub unattributed_claim: FalseAlarms,
    /// `quote-without-speaker` findings, and those whose quotation the
    /// annotators give a speaker (overlapping the content of a gold
    /// attribution with a source).
    pub quote_without_speaker: FalseAlarms,
    pub worst: Vec<ArticleErrors>,
}

#[derive(Debug, Default, Serialize)]
pub struct FalseAlarms {
    pub findings: usize,
    pub false_alarms: usize,
    pub share: f64,
}

impl FalseAlarms {
    /// Counts the findings of `rules` on one article, those overlapping
    /// `refuting` spans as false alarms.
    fn count(&mut self, rules: &RuleFile, analysis: &Analysis, prose: &str, refuting: &[Span]) {
        for d in rules.check(analysis, prose) {
            self.findings += 1;
            self.false_alarms += usize::from(refuting.iter().any(|s| s.overlaps(d.span)));
        }
    }

    fn finish(mut self) -> Self {
        if self.findings > 0 {
            self.share = self.false_alarms as f64 / self.findings as f64;
        }
        self
    }
}

/// The rule `id` of `rules` alone, if it is a rule of the kind `kind` accepts.
fn rule_alone(rules: &RuleFile, id: &str, kind: impl Fn(&Matcher) -> bool) -> RuleFile {
    RuleFile {
        lexicons: rules.lexicons.clone(),
        rules: rules
            .rules
            .iter()
            .filter(|r| r.id == id && kind(&r.matcher))
            .cloned()
            .collect(),
    }
}

#[derive(Debug, Serialize)]
pub struct ArticleErrors {
    pub article: String,
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
    /// Matched cues with a wrong source or content: "gold ≠ predicted".
    pub mismatched: Vec<String>,
}

/// Scores every `NAME.txt`/`NAME.ann` pair in `dir`; keeps the `errors`
/// articles with the most missed plus spurious attributions.
pub fn run(
    dir: &str,
    vocab: &Vocabulary,
    rules: &RuleFile,
    errors: usize,
) -> Result<Report, EvalError> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| EvalError::Folder(dir.to_string(), e))?
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.file_name()
                .to_str()
                .and_then(|n| n.strip_suffix(".ann"))
                .map(String::from)
        })
        .filter(|n| Path::new(dir).join(format!("{n}.txt")).exists())
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(EvalError::Empty(dir.to_string()));
    }
    let claim_rules = rule_alone(rules, "unattributed-claim", |m| {
        matches!(m, Matcher::Sentence(_))
    });
    let quote_rules = rule_alone(rules, "quote-without-speaker", |m| {
        matches!(m, Matcher::Quote(_))
    });
    let mut total = Counts::default();
    let mut claim_alarms = FalseAlarms::default();
    let mut quote_alarms = FalseAlarms::default();
    let mut per_article: Vec<(usize, ArticleErrors)> = Vec::new();
    for name in &names {
        let txt = Path::new(dir).join(format!("{name}.txt"));
        let ann_path = Path::new(dir).join(format!("{name}.ann"));
        let txt = txt.to_string_lossy();
        let options = input::ReadOptions {
            format: Some(Format::Text),
            lossy: false,
        };
        let doc = input::load(&txt, options)?;
        let ann_name = ann_path.to_string_lossy().to_string();
        let ann =
            std::fs::read_to_string(&ann_path).map_err(|e| EvalError::Read(ann_name.clone(), e))?;
        let gold = brat::parse(&ann_name, &ann, &doc.src)?;
        let analysis = crate::analyse_document(&doc, vocab);
        let predicted = predictions(&analysis);
        let matched = score::score(&doc.src, &predicted, &gold);
        total.add(&matched.counts);

        let attributed: Vec<Span> = gold
            .iter()
            .flat_map(|g| g.cue.iter().chain(&g.content))
            .copied()
            .collect();
        claim_alarms.count(&claim_rules, &analysis, doc.prose(), &attributed);
        let spoken: Vec<Span> = gold
            .iter()
            .filter(|g| !g.source.is_empty())
            .flat_map(|g| g.content.iter())
            .copied()
            .collect();
        quote_alarms.count(&quote_rules, &analysis, doc.prose(), &spoken);
        if errors > 0 {
            let describe_gold = |g: &GoldAttribution| {
                describe(&doc.src, g.source.first(), g.cue.first(), g.content.first())
            };
            let describe_pred = |p: &Predicted| {
                describe(&doc.src, p.source.as_ref(), Some(&p.cue), p.content.last())
            };
            let bad = matched.missed.len() + matched.spurious.len();
            per_article.push((
                bad,
                ArticleErrors {
                    article: name.clone(),
                    missed: matched
                        .missed
                        .iter()
                        .map(|&i| describe_gold(&gold[i]))
                        .collect(),
                    spurious: matched
                        .spurious
                        .iter()
                        .map(|&i| describe_pred(&predicted[i]))
                        .collect(),
                    mismatched: matched
                        .mismatched
                        .iter()
                        .map(|&(p, g)| {
                            format!(
                                "{}  ≠  {}",
                                describe_gold(&gold[g]),
                                describe_pred(&predicted[p])
                            )
                        })
                        .collect(),
                },
            ));
        }
    }
    per_article.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.article.cmp(&b.1.article)));
    Ok(Report {
        articles: names.len(),
        scores: total.scores(),
        unattributed_claim: claim_alarms.finish(),
        quote_without_speaker: quote_alarms.finish(),
        worst: per_article
            .into_iter()
            .take(errors)
            .map(|(_, e)| e)
            .collect(),
    })
}

/// What is scored of each attribution. An agentless "source" ("it" in "it is
/// alleged") is no source at all for the annotators.
fn predictions(analysis: &Analysis) -> Vec<Predicted> {
    analysis
        .attributions
        .iter()
        .map(|a| Predicted {
            cue: a.cue.span,
            source: a
                .source
                .as_ref()
                .filter(|s| s.class != SourceClass::Agentless)
                .map(|s| s.span),
            content: a.relative.into_iter().chain(a.content).collect(),
        })
        .collect()
}

fn describe(
    src: &str,
    source: Option<&Span>,
    cue: Option<&Span>,
    content: Option<&Span>,
) -> String {
    let show =
        |s: Option<&Span>| s.map_or("-".to_string(), |s| crate::rules::excerpt(s.text(src), 50));
    format!("[{}] <{}> {}", show(source), show(cue), show(content))
}

pub fn render_human(r: &Report) -> String {
    let s = &r.scores;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} articles, {} gold attributions, {} predicted\n",
        r.articles, s.gold, s.predicted
    );
    let _ = writeln!(
        out,
        "{:<16} {:>9} {:>9} {:>9}",
        "metric", "precision", "recall", "F1"
    );
    for (name, prf) in [
        ("cue", s.cue),
        ("source", s.source),
        ("content", s.content),
        ("triple", s.triple),
        ("exact source", s.exact_source),
        ("exact cue", s.exact_cue),
        ("exact content", s.exact_content),
    ] {
        let _ = writeln!(
            out,
            "{name:<16} {:>9.3} {:>9.3} {:>9.3}",
            prf.precision, prf.recall, prf.f1
        );
    }
    let _ = writeln!(
        out,
        "\nmean content token F1 over matched pairs: {:.3}",
        s.mean_content_token_f1
    );
    for (id, a) in [
        ("unattributed-claim", &r.unattributed_claim),
        ("quote-without-speaker", &r.quote_without_speaker),
    ] {
        let _ = writeln!(
            out,
            "{id} false alarms: {} of {} findings ({:.1}%)",
            a.false_alarms,
            a.findings,
            a.share * 100.0
        );
    }
    for e in &r.worst {
        let _ = writeln!(
            out,
            "\n== {} ({} missed, {} spurious)",
            e.article,
            e.missed.len(),
            e.spurious.len()
        );
        for m in &e.missed {
            let _ = writeln!(out, "  missed   {m}");
        }
        for m in &e.spurious {
            let _ = writeln!(out, "  spurious {m}");
        }
        for m in &e.mismatched {
            let _ = writeln!(out, "  wrong    {m}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Mayor Lee spoke at noon.\n\n\"We will fix every road in the city by June.\"\n\n\"The budget is a disaster for everyone involved.\"\n\nCrime fell 20 percent last year. Taxes rose 3 percent.\n";

    /// A brat span line for the first occurrence of `s`.
    fn span_line(id: &str, label: &str, s: &str) -> String {
        let at = TEXT.find(s).unwrap();
        format!("{id}\t{label} {at} {}\t{s}\n", at + s.len())
    }

    #[test]
    fn false_alarms_are_findings_the_annotations_refute() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), TEXT).unwrap();
        let ann = [
            // the first quotation has a speaker ...
            span_line("T1", "Source", "Mayor Lee"),
            span_line("T2", "Cue", "spoke"),
            span_line(
                "T3",
                "Content",
                "\"We will fix every road in the city by June.\"",
            ),
            "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n".to_string(),
            // ... the second is attributed to no one
            span_line("T4", "Cue", "is a disaster"),
            span_line("T5", "Content", "The budget"),
            "E2\tAttribution:T4 Cue:T4 Content:T5\n".to_string(),
            // the first claim is attributed, the second is not
            span_line("T6", "Cue", "fell"),
            span_line("T7", "Content", "Crime"),
            "E3\tAttribution:T6 Cue:T6 Content:T7\n".to_string(),
        ]
        .concat();
        std::fs::write(dir.path().join("a.ann"), ann).unwrap();
        let vocab = Vocabulary::default_set();
        let rules = RuleFile::default_for(&vocab);
        let report = run(dir.path().to_str().unwrap(), &vocab, &rules, 0).unwrap();
        let counts = |a: &FalseAlarms| (a.false_alarms, a.findings, a.share);
        assert_eq!(counts(&report.quote_without_speaker), (1, 2, 0.5));
        assert_eq!(counts(&report.unattributed_claim), (1, 2, 0.5));
    }
}
