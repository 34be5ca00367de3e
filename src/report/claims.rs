//! `attrib claims`: the attribution analysis as deterministic YAML or JSON,
//! the listing people snapshot and review.

use serde::Serialize;

use super::SpanOut;
use crate::analyse::{Analysis, SourceClass};
use crate::detect::{CueKind, Mode};
use crate::input::Document;
use crate::span::LineIndex;
use crate::vocab::{CueClass, Stance};

#[derive(Debug, Serialize)]
pub struct Claims {
    pub path: String,
    pub attributions: Vec<AttributionOut>,
    pub sentences: Vec<SentenceOut>,
    /// Each distinct source, pronouns merged into what they refer to.
    pub ledger: Vec<LedgerOut>,
}

#[derive(Debug, Serialize)]
pub struct LedgerOut {
    #[serde(flatten)]
    pub span: SpanOut,
    pub class: SourceClass,
    pub attributions: Vec<usize>,
    pub claims: usize,
}

#[derive(Debug, Serialize)]
pub struct AttributionOut {
    pub mode: Mode,
    pub cue: CueOut,
    pub source: Option<SourceOut>,
    pub content: Option<SpanOut>,
    /// The relative word that stands for part of the content ("which" in
    /// "…, which Seoul claims was achieved …").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relative: Option<SpanOut>,
}

#[derive(Debug, Serialize)]
pub struct CueOut {
    #[serde(flatten)]
    pub span: SpanOut,
    pub lemma: String,
    pub kind: CueKind,
    pub stance: Stance,
    pub class: CueClass,
}

#[derive(Debug, Serialize)]
pub struct SourceOut {
    #[serde(flatten)]
    pub span: SpanOut,
    pub class: SourceClass,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<SpanOut>,
}

#[derive(Debug, Serialize)]
pub struct SentenceOut {
    #[serde(flatten)]
    pub span: SpanOut,
    pub attributions: Vec<usize>,
    pub markers: Vec<String>,
    /// Attributions whose content runs over this sentence from another one
    /// (a quotation that goes on past its cue's sentence).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub covered_by: Vec<usize>,
    /// The attribution that carries over to this unattributed sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carried_by: Option<usize>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub quoted: bool,
    /// An unattributed sentence with a cue word the grammar could not read
    /// as an attribution (what `unless: [cue_word]` excuses).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub cue_word: bool,
}

pub fn build(doc: &Document, analysis: &Analysis) -> Claims {
    let index = LineIndex::new(&doc.src);
    let out = |span| SpanOut::new(span, doc, &index);
    Claims {
        path: doc.path.clone(),
        attributions: analysis
            .attributions
            .iter()
            .map(|a| AttributionOut {
                mode: a.mode,
                cue: CueOut {
                    span: out(a.cue.span),
                    lemma: a.cue.lemma.clone(),
                    kind: a.cue.kind,
                    stance: a.cue.stance,
                    class: a.cue.class,
                },
                source: a.source.as_ref().map(|s| SourceOut {
                    span: out(s.span),
                    class: s.class,
                    resolved: s.resolved.map(out),
                }),
                content: a.content.map(out),
                relative: a.relative.map(out),
            })
            .collect(),
        sentences: analysis
            .sentences
            .iter()
            .map(|s| {
                let mut markers: Vec<String> =
                    s.markers.iter().map(|m| m.name.to_string()).collect();
                markers.sort();
                markers.dedup();
                SentenceOut {
                    span: out(s.span),
                    attributions: s.attributions.clone(),
                    markers,
                    covered_by: s.covered_by.clone(),
                    carried_by: s.carried_by,
                    quoted: s.quoted,
                    cue_word: s.cue_word,
                }
            })
            .collect(),
        ledger: analysis
            .ledger(&doc.src)
            .into_iter()
            .map(|e| LedgerOut {
                span: out(e.span),
                class: e.class,
                attributions: e.attributions,
                claims: e.claims,
            })
            .collect(),
    }
}
