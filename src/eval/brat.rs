//! Reads brat standoff annotations (`NAME.ann` beside `NAME.txt`) as PolNeAR
//! writes them: `T` lines for Source/Cue/Content spans in character offsets,
//! possibly discontinuous, and `E` lines tying them into attributions.

use std::collections::HashMap;

use crate::span::Span;

/// One gold attribution; each part is a list of pieces (discontinuous spans),
/// converted to byte offsets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldAttribution {
    pub cue: Vec<Span>,
    pub source: Vec<Span>,
    pub content: Vec<Span>,
}

#[derive(Debug, thiserror::Error)]
#[error("{path}:{line}: {message}")]
pub struct BratError {
    pub path: String,
    pub line: usize,
    pub message: String,
}

/// Parses an `.ann` file against the text it annotates.
pub fn parse(path: &str, ann: &str, text: &str) -> Result<Vec<GoldAttribution>, BratError> {
    // character offset -> byte offset
    let mut bytes: Vec<u32> = text.char_indices().map(|(b, _)| b as u32).collect();
    bytes.push(text.len() as u32);
    let err = |line: usize, message: String| BratError {
        path: path.to_string(),
        line,
        message,
    };
    let mut spans: HashMap<&str, (&str, Vec<Span>)> = HashMap::new();
    let mut events: Vec<(usize, &str)> = Vec::new();
    for (n, line) in ann.lines().enumerate() {
        let mut fields = line.splitn(3, '\t');
        let id = fields.next().unwrap_or("");
        let body = fields.next().unwrap_or("");
        let is_id = |p: char| {
            id.starts_with(p) && id.len() > 1 && id[1..].bytes().all(|b| b.is_ascii_digit())
        };
        if is_id('T') {
            let (label, offsets) = body
                .split_once(' ')
                .ok_or_else(|| err(n + 1, format!("expected 'LABEL START END' in {body:?}")))?;
            let mut pieces = Vec::new();
            for piece in offsets.split(';') {
                let (a, b) = piece
                    .trim()
                    .split_once(' ')
                    .ok_or_else(|| err(n + 1, format!("expected 'START END' in {piece:?}")))?;
                let to_byte = |s: &str| -> Result<u32, BratError> {
                    let c: usize = s
                        .parse()
                        .map_err(|_| err(n + 1, format!("not an offset: {s:?}")))?;
                    bytes.get(c).copied().ok_or_else(|| {
                        err(n + 1, format!("offset {c} is past the end of the text"))
                    })
                };
                pieces.push(Span {
                    start: to_byte(a)?,
                    end: to_byte(b)?,
                });
            }
            spans.insert(id, (label, pieces));
        } else if is_id('E') {
            events.push((n + 1, body));
        }
    }
    let mut out = Vec::new();
    for (line, body) in events {
        let mut gold = GoldAttribution::default();
        for arg in body.split_whitespace() {
            let Some((role, id)) = arg.split_once(':') else {
                continue;
            };
            let pieces = || {
                spans
                    .get(id)
                    .map(|(_, p)| p.clone())
                    .ok_or_else(|| err(line, format!("{role} refers to unknown span {id}")))
            };
            match role {
                "Cue" => gold.cue = pieces()?,
                "Source" => gold.source = pieces()?,
                "Content" => gold.content = pieces()?,
                _ => {}
            }
        }
        if !gold.cue.is_empty() {
            out.push(gold);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_discontinuous_spans_and_character_offsets() {
        let text = "Korea’s poll shows that voters left, in effect.";
        let ann = "T1\tSource 0 12\tKorea’s poll\nT2\tCue 13 18\tshows\nT3\tContent 19 35;37 46\tthat voters left in effect\ncontinued text line\nE1\tAttribution:T9 Cue:T2 Source:T1 Content:T3\n";
        let gold = parse("a.ann", ann, text).unwrap();
        assert_eq!(gold.len(), 1);
        assert_eq!(gold[0].cue[0].text(text), "shows");
        assert_eq!(gold[0].source[0].text(text), "Korea’s poll");
        assert_eq!(gold[0].content.len(), 2);
        assert_eq!(gold[0].content[1].text(text), "in effect");
    }

    #[test]
    fn unknown_span_reference_is_located() {
        let e = parse("a.ann", "E1\tAttribution:T1 Cue:T7\n", "x").unwrap_err();
        assert_eq!(e.to_string(), "a.ann:1: Cue refers to unknown span T7");
    }
}
