//! The scorer: PolNeAR-style matching of predicted against gold attributions.
//! Definitions (fixed so figures are comparable across runs):
//! - cue: spans overlap; one-to-one, greedy in predicted order;
//! - source: a matched pair whose sources overlap, or both have none;
//! - content: a matched pair whose content token-overlap F1 is ≥ 0.5;
//! - triple: all three;
//! - exact: each component's set of (trimmed) spans against gold's set.

use std::collections::HashSet;

use serde::Serialize;

use super::brat::GoldAttribution;
use crate::span::Span;

/// A predicted attribution reduced to what is scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Predicted {
    pub cue: Span,
    pub source: Option<Span>,
    /// The content's pieces, like a discontinuous gold content: a relative
    /// word standing for part of it, then the words after the cue.
    pub content: Vec<Span>,
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(hits_p: usize, predicted: usize, hits_r: usize, gold: usize) -> Prf {
        let precision = ratio(hits_p, predicted);
        let recall = ratio(hits_r, gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Prf {
            precision,
            recall,
            f1,
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Raw counts for one article, summed over a corpus before computing ratios.
#[derive(Debug, Clone, Default)]
pub struct Counts {
    pub predicted: usize,
    pub gold: usize,
    pub cue: usize,
    pub source: usize,
    pub content: usize,
    pub triple: usize,
    pub content_f1_sum: f64,
    pub exact: [ExactCounts; 3],
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ExactCounts {
    pub predicted: usize,
    pub gold: usize,
    pub hits: usize,
}

impl Counts {
    pub fn add(&mut self, other: &Counts) {
        self.predicted += other.predicted;
        self.gold += other.gold;
        self.cue += other.cue;
        self.source += other.source;
        self.content += other.content;
        self.triple += other.triple;
        self.content_f1_sum += other.content_f1_sum;
        for (a, b) in self.exact.iter_mut().zip(other.exact) {
            a.predicted += b.predicted;
            a.gold += b.gold;
            a.hits += b.hits;
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Scores {
    pub predicted: usize,
    pub gold: usize,
    pub cue: Prf,
    pub source: Prf,
    pub content: Prf,
    pub triple: Prf,
    pub exact_source: Prf,
    pub exact_cue: Prf,
    pub exact_content: Prf,
    pub mean_content_token_f1: f64,
}

impl Counts {
    pub fn scores(&self) -> Scores {
        let (p, g) = (self.predicted, self.gold);
        let exact = |e: ExactCounts| Prf::new(e.hits, e.predicted, e.hits, e.gold);
        Scores {
            predicted: p,
            gold: g,
            cue: Prf::new(self.cue, p, self.cue, g),
            source: Prf::new(self.source, p, self.source, g),
            content: Prf::new(self.content, p, self.content, g),
            triple: Prf::new(self.triple, p, self.triple, g),
            exact_source: exact(self.exact[0]),
            exact_cue: exact(self.exact[1]),
            exact_content: exact(self.exact[2]),
            mean_content_token_f1: if self.cue == 0 {
                0.0
            } else {
                self.content_f1_sum / self.cue as f64
            },
        }
    }
}

/// The outcome of matching one article.
pub struct Matched {
    pub counts: Counts,
    /// Gold attributions no prediction matched.
    pub missed: Vec<usize>,
    /// Predictions that matched no gold attribution.
    pub spurious: Vec<usize>,
    /// Matched (predicted, gold) pairs whose source or content is wrong.
    pub mismatched: Vec<(usize, usize)>,
}

pub fn score(text: &str, predicted: &[Predicted], gold: &[GoldAttribution]) -> Matched {
    let mut counts = Counts {
        predicted: predicted.len(),
        gold: gold.len(),
        ..Counts::default()
    };
    let mut used = vec![false; gold.len()];
    let mut spurious = Vec::new();
    let mut mismatched = Vec::new();
    for (pi, p) in predicted.iter().enumerate() {
        let hit = gold
            .iter()
            .enumerate()
            .find(|(gi, g)| !used[*gi] && g.cue.iter().any(|c| c.overlaps(p.cue)));
        let Some((gi, g)) = hit else {
            spurious.push(pi);
            continue;
        };
        used[gi] = true;
        counts.cue += 1;
        let source_ok = match p.source {
            None => g.source.is_empty(),
            Some(s) => g.source.iter().any(|gs| gs.overlaps(s)),
        };
        let content_f1 = match (p.content.is_empty(), g.content.is_empty()) {
            (true, true) => 1.0,
            (true, false) => 0.0,
            _ => token_f1(text, &p.content, &g.content),
        };
        let content_ok = content_f1 >= 0.5;
        counts.content_f1_sum += content_f1;
        counts.source += usize::from(source_ok);
        counts.content += usize::from(content_ok);
        counts.triple += usize::from(source_ok && content_ok);
        if !(source_ok && content_ok) {
            mismatched.push((pi, gi));
        }
    }
    let missed = (0..gold.len()).filter(|&g| !used[g]).collect();
    let pick = |i: usize| -> (Vec<Span>, Vec<Span>) {
        let pred = predicted
            .iter()
            .filter_map(|p| match i {
                0 => p.source,
                1 => Some(p.cue),
                _ => outer_bounds(&p.content),
            })
            .collect();
        let gold = gold
            .iter()
            .filter_map(|g| {
                outer_bounds(match i {
                    0 => &g.source,
                    1 => &g.cue,
                    _ => &g.content,
                })
            })
            .collect();
        (pred, gold)
    };
    for i in 0..3 {
        let (pred, gold) = pick(i);
        counts.exact[i] = exact(text, &pred, &gold);
    }
    Matched {
        counts,
        missed,
        spurious,
        mismatched,
    }
}

/// A discontinuous span counts by its outer bounds.
fn outer_bounds(pieces: &[Span]) -> Option<Span> {
    let first = pieces.iter().min()?;
    Some(pieces.iter().fold(*first, |a, b| a.cover(*b)))
}

fn exact(text: &str, predicted: &[Span], gold: &[Span]) -> ExactCounts {
    let p: HashSet<Span> = predicted.iter().map(|s| trim(text, *s)).collect();
    let g: HashSet<Span> = gold.iter().map(|s| trim(text, *s)).collect();
    ExactCounts {
        predicted: p.len(),
        gold: g.len(),
        hits: p.intersection(&g).count(),
    }
}

fn is_trimmed(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '"' | '“' | '”' | '‘' | '’' | '\'' | ',' | '.' | '-' | '–' | '—' | '―' | ':' | ';'
        )
}

/// Strips spaces and punctuation from both ends; a span that is nothing but
/// punctuation (the cue ":") stays whole.
pub fn trim(text: &str, span: Span) -> Span {
    let s = span.text(text);
    let t = s.trim_matches(is_trimmed);
    if t.is_empty() {
        return span;
    }
    let lead = s.len() - s.trim_start_matches(is_trimmed).len();
    Span::new(
        span.start as usize + lead,
        span.start as usize + lead + t.len(),
    )
}

/// Word tokens (maximal runs of word characters) inside the spans, by position.
fn tokens(text: &str, spans: &[Span]) -> HashSet<(usize, usize)> {
    let mut out = HashSet::new();
    for span in spans {
        let s = span.text(text);
        let mut start = None;
        for (i, c) in s.char_indices().chain([(s.len(), ' ')]) {
            let word = c.is_alphanumeric() || c == '_';
            match (word, start) {
                (true, None) => start = Some(i),
                (false, Some(b)) => {
                    out.insert((span.start as usize + b, span.start as usize + i));
                    start = None;
                }
                _ => {}
            }
        }
    }
    out
}

pub fn token_f1(text: &str, predicted: &[Span], gold: &[Span]) -> f64 {
    let p = tokens(text, predicted);
    let g = tokens(text, gold);
    if p.is_empty() || g.is_empty() {
        return if p.is_empty() && g.is_empty() {
            1.0
        } else {
            0.0
        };
    }
    let common = p.intersection(&g).count();
    2.0 * common as f64 / (p.len() + g.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The poll shows that voters left, he said.";

    fn span(s: &str) -> Span {
        let i = TEXT.find(s).unwrap();
        Span::new(i, i + s.len())
    }

    fn gold() -> Vec<GoldAttribution> {
        vec![GoldAttribution {
            cue: vec![span("shows")],
            source: vec![span("The poll")],
            content: vec![span("that voters left")],
        }]
    }

    #[test]
    fn a_perfect_prediction_scores_one() {
        let p = [Predicted {
            cue: span("shows"),
            source: Some(span("The poll")),
            content: vec![span("that voters left,")],
        }];
        let s = score(TEXT, &p, &gold()).counts.scores();
        for prf in [
            s.cue,
            s.source,
            s.content,
            s.triple,
            s.exact_source,
            s.exact_cue,
            s.exact_content,
        ] {
            assert_eq!(prf.f1, 1.0, "{s:?}");
        }
    }

    #[test]
    fn a_missing_source_costs_source_recall_only() {
        let p = [Predicted {
            cue: span("shows"),
            source: None,
            content: vec![span("that voters left")],
        }];
        let s = score(TEXT, &p, &gold()).counts.scores();
        assert_eq!(s.cue.recall, 1.0);
        assert_eq!(s.source.recall, 0.0);
        assert_eq!(s.content.recall, 1.0);
        assert_eq!(s.triple.recall, 0.0);
    }

    #[test]
    fn discontinuous_gold_content_scores_by_tokens_and_outer_bounds() {
        let g = vec![GoldAttribution {
            cue: vec![span("shows")],
            source: vec![],
            content: vec![span("that voters"), span("left")],
        }];
        let p = [Predicted {
            cue: span("shows"),
            source: None,
            content: vec![span("that voters left")],
        }];
        let s = score(TEXT, &p, &g).counts.scores();
        assert_eq!(s.content.f1, 1.0);
        assert_eq!(s.exact_content.f1, 1.0);
        assert_eq!(s.source.f1, 1.0, "both without source count");
    }

    #[test]
    fn a_prediction_in_pieces_scores_by_its_tokens_and_outer_bounds() {
        let g = vec![GoldAttribution {
            cue: vec![span("shows")],
            source: vec![],
            content: vec![span("The poll"), span("that voters left")],
        }];
        // the pieces' tokens match gold's; their outer bounds, the words
        // between them included, are gold's outer bounds
        let p = [Predicted {
            cue: span("shows"),
            source: None,
            content: vec![span("The poll"), span("that voters left")],
        }];
        let s = score(TEXT, &p, &g).counts.scores();
        assert_eq!((s.content.f1, s.exact_content.f1), (1.0, 1.0));
        // the last piece alone has the wrong bounds
        let p = [Predicted {
            content: vec![span("that voters left")],
            ..p[0].clone()
        }];
        let s = score(TEXT, &p, &g).counts.scores();
        assert_eq!(s.exact_content.f1, 0.0);
    }

    #[test]
    fn matching_is_one_to_one_in_predicted_order() {
        let p = [
            Predicted {
                cue: span("shows"),
                source: None,
                content: vec![],
            },
            Predicted {
                cue: span("shows"),
                source: None,
                content: vec![],
            },
        ];
        let m = score(TEXT, &p, &gold());
        assert_eq!(m.counts.cue, 1);
        assert_eq!(m.spurious, [1]);
    }

    #[test]
    fn punctuation_only_span_is_kept_whole() {
        let t = "Poll: yes";
        assert_eq!(trim(t, Span::new(4, 5)), Span::new(4, 5));
        assert_eq!(trim(t, Span::new(5, 9)), Span::new(6, 9));
    }
}
