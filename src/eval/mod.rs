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
    pub worst: Vec<ArticleErrors>,
}

#[derive(Debug, Serialize)]
pub struct FalseAlarms {
    pub findings: usize,
    pub false_alarms: usize,
    pub share: f64,
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
    let claim_rules: Vec<&crate::rules::Rule> = rules
        .rules
        .iter()
        .filter(|r| r.id == "unattributed-claim" && matches!(r.matcher, Matcher::Sentence(_)))
        .collect();
    let claim_rules = RuleFile {
        lexicons: rules.lexicons.clone(),
        rules: claim_rules.into_iter().cloned().collect(),
    };
    let mut total = Counts::default();
    let mut alarms = FalseAlarms {
        findings: 0,
        false_alarms: 0,
        share: 0.0,
    };
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
        for d in claim_rules.check(&analysis, doc.prose()) {
            alarms.findings += 1;
            alarms.false_alarms += usize::from(attributed.iter().any(|s| s.overlaps(d.span)));
        }
        if errors > 0 {
            let describe_gold = |g: &GoldAttribution| {
                describe(&doc.src, g.source.first(), g.cue.first(), g.content.first())
            };
            let describe_pred = |p: &Predicted| {
                describe(
                    &doc.src,
                    p.source.as_ref(),
                    Some(&p.cue),
                    p.content.as_ref(),
                )
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
    alarms.share = if alarms.findings == 0 {
        0.0
    } else {
        alarms.false_alarms as f64 / alarms.findings as f64
    };
    per_article.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.article.cmp(&b.1.article)));
    Ok(Report {
        articles: names.len(),
        scores: total.scores(),
        unattributed_claim: alarms,
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
            content: a.content,
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
    let a = &r.unattributed_claim;
    let _ = writeln!(
        out,
        "unattributed-claim false alarms: {} of {} findings ({:.1}%)",
        a.false_alarms,
        a.findings,
        a.share * 100.0
    );
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
