//! Analysis: classifies each attribution's source, resolves pronouns, finds
//! claim markers and tells which sentences and quotations are attributed.

use std::ops::Range;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::detect::{
    CueKind, Found, Mode, OBJECT_PRONOUNS, Word, amount_follows, is_cue_modifier, is_title_case,
};
use crate::segment::{Segmentation, TokenKind, quotation_opening_at};
use crate::span::Span;
use crate::vocab::{CueClass, PhraseSet, Stance, Vocabulary, flag};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum SourceClass {
    Named,
    Pronoun,
    Anonymous,
    Vague,
    Document,
    Agentless,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub span: Span,
    pub lemma: String,
    pub kind: CueKind,
    pub stance: Stance,
    pub class: CueClass,
    /// A hedge adverb inside a verb's cue ("reportedly said"): who said it
    /// is named, who reports it is not.
    pub hedged: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub span: Span,
    pub class: SourceClass,
    /// What a pronoun refers to, where found.
    pub resolved: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub cue: Cue,
    pub source: Option<Source>,
    pub content: Option<Span>,
    /// The relative word before the source that stands for part of what is
    /// said: "which" in "…, which Seoul claims was achieved with Russian
    /// help". PolNeAR marks it as the first piece of the content.
    pub relative: Option<Span>,
    pub mode: Mode,
    pub sentence: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Shared with the vocabulary: a marker is found in most sentences, and
    /// a copy of its name each time was an allocation each time.
    pub name: Arc<str>,
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentenceInfo {
    pub span: Span,
    pub paragraph: usize,
    /// Attributions whose cue is in this sentence.
    pub attributions: Vec<usize>,
    /// Attributions whose content covers this sentence from elsewhere
    /// (a quotation running over several sentences).
    pub covered_by: Vec<usize>,
    /// The attribution that carries over to this unattributed sentence:
    /// the last sourced one earlier in the same paragraph, or the speaker of
    /// the quotation the sentence is in (AP and Reuters let attribution
    /// carry forward while the context keeps the source clear).
    pub carried_by: Option<usize>,
    /// Most of the sentence's words are inside a quotation.
    pub quoted: bool,
    /// An unattributed sentence has a cue word the grammar could not read
    /// as an attribution: a cue verb, or a cue or stance noun with its
    /// complement (always false for attributed sentences).
    pub cue_word: bool,
    pub markers: Vec<Marker>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteInfo {
    /// From the first opening mark to the last closing one, across paragraphs.
    pub span: Span,
    pub words: usize,
    pub speaker: Option<usize>,
    /// Its longer words are capitalized: a title or a slogan ("Crippled
    /// America", "Make America Great Again"), not anyone's words.
    pub title: bool,
    /// It opens the paragraph after one that ends with a colon ("Cruz
    /// called them on it:", "Frank quotes Alfred Kahn:"): the words before
    /// the colon introduce it, as a block quotation's are, whoever they
    /// name. So does a quotation that continues an introduced one, opening
    /// the paragraph right after it.
    pub introduced: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub attributions: Vec<Attribution>,
    pub sentences: Vec<SentenceInfo>,
    pub quotes: Vec<QuoteInfo>,
}

/// One distinct source of an article: pronouns are merged into what they
/// refer to, and the same words make the same source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LedgerEntry {
    /// The first mention (the antecedent, for pronouns).
    pub span: Span,
    pub class: SourceClass,
    pub attributions: Vec<usize>,
    /// Sentences attributed to this source: its own, those its content
    /// covers and those its attribution carries over to.
    pub claims: usize,
}

impl Analysis {
    /// Adds the analysis of the next section of the same document,
    /// renumbering its sentences and attributions.
    pub fn append(&mut self, next: Analysis) {
        if self.sentences.is_empty() && self.attributions.is_empty() && self.quotes.is_empty() {
            *self = next; // the first section (and for an article, the only one)
            return;
        }
        let sentences = self.sentences.len();
        let attributions = self.attributions.len();
        self.attributions
            .extend(next.attributions.into_iter().map(|mut a| {
                a.sentence += sentences;
                a
            }));
        self.sentences
            .extend(next.sentences.into_iter().map(|mut s| {
                for i in s.attributions.iter_mut().chain(&mut s.covered_by) {
                    *i += attributions;
                }
                if let Some(i) = &mut s.carried_by {
                    *i += attributions;
                }
                s
            }));
        self.quotes.extend(next.quotes.into_iter().map(|mut q| {
            if let Some(i) = &mut q.speaker {
                *i += attributions;
            }
            q
        }));
    }

    /// The article's sources, in order of first mention.
    pub fn ledger(&self, src: &str) -> Vec<LedgerEntry> {
        // sentences each attribution claims besides its own: one pass, not
        // one per attribution
        let mut claims = vec![1; self.attributions.len()];
        for s in &self.sentences {
            for &i in s.covered_by.iter().chain(&s.carried_by) {
                claims[i] += 1;
            }
        }
        let mut ledger: Vec<(String, LedgerEntry)> = Vec::new();
        let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
        // named entries by their last word: where a surname finds its entry
        let mut by_last_word: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (i, a) in self.attributions.iter().enumerate() {
            let Some(source) = &a.source else { continue };
            if source.class == SourceClass::Agentless {
                continue;
            }
            let (span, class) = match (source.class, source.resolved) {
                (SourceClass::Pronoun, Some(antecedent)) => (antecedent, SourceClass::Named),
                _ => (source.span, source.class),
            };
            // keyed by the name before any apposition: "Rosa Delgado, the
            // union's president" is "Delgado" later
            let text = span.text(src);
            let key = text
                .split(',')
                .next()
                .unwrap_or(text)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            let key = key
                .trim_end_matches("'s")
                .trim_end_matches("’s")
                .to_string();
            let last_word = key.rsplit(' ').next().unwrap_or_default().to_string();
            // a named source's second reference is often the surname alone
            let same_person =
                |k: &str| k.ends_with(&format!(" {key}")) || key.ends_with(&format!(" {k}"));
            let surname_match = (class == SourceClass::Named)
                .then(|| by_last_word.get(&last_word))
                .flatten()
                .and_then(|entries| entries.iter().copied().find(|&e| same_person(&ledger[e].0)));
            let found = match (by_key.get(&key).copied(), surname_match) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            match found {
                Some(e) => {
                    let entry = &mut ledger[e].1;
                    entry.attributions.push(i);
                    entry.claims += claims[i];
                }
                None => {
                    let e = ledger.len();
                    by_key.insert(key.clone(), e);
                    if class == SourceClass::Named {
                        by_last_word.entry(last_word).or_default().push(e);
                    }
                    ledger.push((
                        key,
                        LedgerEntry {
                            span,
                            class,
                            attributions: vec![i],
                            claims: claims[i],
                        },
                    ));
                }
            }
        }
        ledger.into_iter().map(|(_, e)| e).collect()
    }

    /// Every span the analysis reports (cues, sources and what they resolve
    /// to, contents, sentences, quotations): what must point into the text.
    pub fn spans(&self) -> Vec<Span> {
        let mut spans = Vec::new();
        for a in &self.attributions {
            spans.push(a.cue.span);
            spans.extend(a.source.as_ref().map(|s| s.span));
            spans.extend(a.source.as_ref().and_then(|s| s.resolved));
            spans.extend(a.content);
        }
        spans.extend(self.sentences.iter().map(|s| s.span));
        spans.extend(self.quotes.iter().map(|q| q.span));
        spans
    }
}

pub fn analyse(
    words: &[Word],
    seg: &Segmentation,
    found: Vec<Found>,
    vocab: &Vocabulary,
) -> Analysis {
    let mut attributions: Vec<Attribution> = Vec::with_capacity(found.len());
    for f in found {
        // "he’s predicting", "Kerry’s been saying": the contracted verb is
        // not the speaker's but the cue's, as PolNeAR marks it
        // ("She’ll be eager", "It’s been reported": a pronoun's contracted
        // verb is not the speaker either, 115 of 118 times on train)
        let (contracted, cue_follows) = f.source.as_ref().map_or((0, false), |r| {
            let last = &words[r.end - 1];
            let cue_follows = f.kind == CueKind::Verb
                && words
                    .get(r.end)
                    .is_some_and(|w| w.span.start == f.cue.start);
            let pronoun = r.len() == 1 && last.has(flag::PRONOUN);
            if cue_follows || pronoun {
                (contraction_len(last.lower) as u32, cue_follows)
            } else {
                (0, false)
            }
        });
        let mut cue = f.cue;
        let source = f.source.as_ref().map(|r| {
            let mut span = words[r.start].span.cover(words[r.end - 1].span);
            if contracted > 0 {
                span.end -= contracted;
                if cue_follows {
                    cue.start = span.end;
                }
            }
            let class = if f.agentless {
                SourceClass::Agentless
            } else {
                {
                    let initial = seg.sentences[f.sentence].tokens.start == r.start
                        || (r.start > 0 && words[r.start - 1].is_quote_mark());
                    // "Jim Clyburn, a Democratic congressman from South
                    // Carolina": an apposition describes the source, whose
                    // head comes before it
                    let core_end = (r.start + 1..r.end)
                        .find(|&k| words[k].is_punct(","))
                        .unwrap_or(r.end);
                    // ("A White House spokesman, Josh Earnest,": unless the
                    // apposition is the name)
                    let name = words.get(core_end + 1..r.end).filter(|name| {
                        (1..=5).contains(&name.len())
                            && name.iter().all(|w| w.is_capitalized() || w.is_punct("."))
                    });
                    if name.is_some() {
                        SourceClass::Named
                    } else {
                        classify(
                            &words[r.start..core_end],
                            &words[core_end..(r.end + 8).min(words.len())],
                            initial,
                            vocab,
                        )
                    }
                }
            };
            let resolved = match class {
                SourceClass::Pronoun => f
                    .antecedent
                    .as_ref()
                    .map(|a| words[a.start].span.cover(words[a.end - 1].span))
                    .or_else(|| {
                        resolve_pronoun(&attributions, seg, f.sentence, words[r.start].lower)
                    }),
                _ => None,
            };
            Source {
                span,
                class,
                resolved,
            }
        });
        let relative = relative_word(&f, words);
        let hedged = f.kind != CueKind::Adverb && {
            let first = words.partition_point(|w| w.span.start < cue.start);
            words[first..]
                .iter()
                .take_while(|w| w.span.end <= cue.end)
                .any(|w| w.has(flag::HEDGE_ADVERB))
        };
        attributions.push(Attribution {
            cue: Cue {
                span: cue,
                lemma: f.lemma,
                kind: f.kind,
                hedged,
                stance: f.stance,
                class: f.class,
            },
            relative,
            source,
            content: f.content,
            mode: f.mode,
            sentence: f.sentence,
        });
    }

    quote_after_colon(&mut attributions, seg, words);

    let mut sentences: Vec<SentenceInfo> = seg
        .sentences
        .iter()
        .map(|s| {
            let tokens = &words[s.tokens.clone()];
            let in_words = tokens.iter().filter(|w| w.kind == TokenKind::Word);
            let (quoted, all) = in_words.fold((0, 0), |(q, a), w| {
                (q + usize::from(w.quote.is_some()), a + 1)
            });
            SentenceInfo {
                span: s.span,
                paragraph: s.paragraph,
                attributions: Vec::new(),
                covered_by: Vec::new(),
                carried_by: None,
                quoted: all > 0 && quoted * 2 > all,
                cue_word: false,
                markers: markers(tokens, vocab),
            }
        })
        .collect();
    for (i, a) in attributions.iter().enumerate() {
        sentences[a.sentence].attributions.push(i);
        if let (Some(content), Some(_)) = (a.content, &a.source) {
            // sentences are in text order: only those the content overlaps
            let first = sentences.partition_point(|s| s.span.end <= content.start);
            for (n, s) in sentences.iter_mut().enumerate().skip(first) {
                if s.span.start >= content.end {
                    break;
                }
                if n != a.sentence {
                    s.covered_by.push(i);
                }
            }
        }
    }
    // only an unattributed sentence can be excused by its cue word
    for (s, info) in seg.sentences.iter().zip(sentences.iter_mut()) {
        if info.attributions.is_empty() && info.covered_by.is_empty() {
            info.cue_word = has_cue_word(&words[s.tokens.clone()], vocab);
        }
    }
    let (mut quotes, places) = quotes(seg, words, &attributions);
    carry_over(&mut sentences, &attributions, &quotes);
    // `"Q1," said Delgado. "Q2."`: a quotation that follows its speaker's
    // attribution in the same paragraph is carried by it
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        let first = sentences.partition_point(|s| s.span.end <= q.span.start);
        q.speaker = sentences.get(first).and_then(|s| s.carried_by);
    }
    for q in continue_quotes(&mut quotes, &places, &attributions, &sentences) {
        // the continued quotation's sentences are its speaker's too (as
        // `carry_over` gives a quotation's sentences its speaker)
        let q = &quotes[q];
        let first = sentences.partition_point(|s| s.span.end <= q.span.start);
        for s in sentences[first..]
            .iter_mut()
            .take_while(|s| s.span.start < q.span.end)
        {
            if s.attributions.is_empty() && s.covered_by.is_empty() && s.quoted {
                s.carried_by = q.speaker;
            }
        }
    }
    // (only a quotation with no speaker needs to know: most have one)
    let mut previous_introduced: Option<usize> = None; // its last token
    for (q, place) in quotes.iter_mut().zip(&places) {
        if q.speaker.is_none() {
            let first = &seg.quotes[place.pieces.start];
            let last = seg.quotes[place.pieces.end - 1].last;
            q.introduced = place.opens_paragraph
                && first.open > 0
                && (words[first.open - 1].is_punct(":")
                    || previous_introduced == Some(first.open - 1));
            previous_introduced = q.introduced.then_some(last);
            let pieces = &seg.quotes[place.pieces.clone()];
            // `"Met accused of whitewashing baby Jesus," by Post's Kathianne
            // Boniello`: a headline and its byline
            let byline = pieces.last().is_some_and(|p| {
                let after = |k: usize| words.get(p.last + k);
                after(1).is_some_and(|w| w.is("by"))
                    || after(1).is_some_and(|w| w.is_punct(","))
                        && after(2).is_some_and(|w| w.is("by"))
            });
            q.title =
                byline || is_title_case(pieces.iter().flat_map(|p| &words[p.open..=p.last]), 2);
        }
    }
    Analysis {
        attributions,
        sentences,
        quotes,
    }
}

/// "Dr. Ward stated:" at the end of a paragraph introduces the quotation
/// that opens the next one: that quotation (all its paragraphs) is the
/// content, unless the grammar found content after the cue.
fn quote_after_colon(attributions: &mut [Attribution], seg: &Segmentation, words: &[Word]) {
    for a in attributions.iter_mut().filter(|a| a.mode != Mode::Hedge) {
        if a.content.is_some_and(|c| c.start >= a.cue.span.end) {
            continue;
        }
        let after = seg.sentences[a.sentence].tokens.end;
        let colon = after - 1;
        if !seg.opens_paragraph(after) || !words[colon].is_punct(":") {
            continue;
        }
        if let Some(quote) = quotation_opening_at(&seg.quotes, colon + 1) {
            a.content = Some(quote);
            a.mode = Mode::Direct;
        }
    }
}

/// Marks which unattributed sentences an earlier attribution carries to.
fn carry_over(sentences: &mut [SentenceInfo], attributions: &[Attribution], quotes: &[QuoteInfo]) {
    let mut carrier: Option<(usize, usize)> = None; // (paragraph, attribution)
    for s in sentences.iter_mut() {
        let sourced =
            s.attributions.iter().rev().find(|&&i| {
                attributions[i].source.is_some() && attributions[i].mode != Mode::Hedge
            });
        if let Some(&i) = sourced {
            carrier = Some((s.paragraph, i));
            continue;
        }
        if !s.attributions.is_empty() || !s.covered_by.is_empty() {
            continue;
        }
        let first = quotes.partition_point(|q| q.span.end <= s.span.start);
        let speaker = quotes
            .get(first)
            .filter(|q| q.span.overlaps(s.span))
            .and_then(|q| q.speaker)
            .filter(|_| s.quoted);
        s.carried_by = speaker.or(carrier.filter(|(p, _)| *p == s.paragraph).map(|(_, i)| i));
    }
}

/// Source classes, from the phrase's head word (its last word) and modifiers.
/// `initial`: the phrase opens its sentence, so a capital tells nothing
/// ("Critics say …").
fn classify(np: &[Word], after: &[Word], initial: bool, vocab: &Vocabulary) -> SourceClass {
    let head = &np[np.len() - 1];
    // (an object pronoun speaks after "let": "Let me just say")
    let object_pronoun = OBJECT_PRONOUNS.contains(&head.lower);
    if np.len() == 1 && (head.has(flag::PRONOUN) || head.has(flag::RELATIVE) || object_pronoun) {
        return SourceClass::Pronoun;
    }
    let lower_head =
        head.is_lowercase_word() || head.kind == TokenKind::Number || (initial && np.len() == 1);
    // (each phrase is looked up only at a word that can start one: the
    // look-ups at every word cost 1.7% of all instructions on train)
    let word = |k: usize| np.get(k).or_else(|| after.get(k - np.len()));
    let may_start = |k: usize| word(k).is_some_and(|w| w.has(flag::SOURCE_PHRASE_START));
    let starts_vague = may_start(0)
        && vocab
            .vague_quantifiers
            .match_at(|k| np.get(k).map(|w| w.lower))
            .is_some();
    let head_vague = (0..np.len()).any(|k| {
        may_start(k)
            && vocab
                .vague_groups
                .match_at(|j| np.get(k + j).map(|w| w.lower))
                .is_some_and(|len| k + len == np.len())
    });
    // "people familiar with the talks", "an official who spoke on condition …"
    let qualified = (0..=np.len()).any(|k| {
        may_start(k)
            && vocab
                .anonymous_qualifiers
                .match_at(|j| word(k + j).map(|w| w.lower))
                .is_some()
    });
    // "a senior official", "two aides", "officials", "state media" hide who
    // speaks; "the official" refers back to someone the story identified.
    let definite = np[0].is("the")
        || np[0].is("this")
        || np[0].is("that")
        || np.iter().any(|w| w.is_possessive());
    if lower_head && head.has(flag::ANONYMOUS_HEAD) && !definite || qualified {
        return SourceClass::Anonymous;
    }
    // ("Many Republicans fear", "Some Democrats say": a quantified group,
    // capitalized or not, names no one)
    let capitalized_group = np.len() >= 2
        && head.is_capitalized()
        && head.lower.ends_with('s')
        && !head.is_possessive();
    if lower_head && (head_vague || starts_vague) || capitalized_group && starts_vague {
        return SourceClass::Vague;
    }
    if lower_head && head.has(flag::DOCUMENT_HEAD) {
        return SourceClass::Document;
    }
    SourceClass::Named
}

/// How many earlier attributions a pronoun looks back through.
const MAX_PRONOUN_LOOKBACK: usize = 32;

/// A personal pronoun refers to the nearest named source before it in the
/// same or the previous paragraph.
fn resolve_pronoun(
    earlier: &[Attribution],
    seg: &Segmentation,
    sentence: usize,
    pronoun: &str,
) -> Option<Span> {
    // "he’s", "they’ve": the pronoun before its contracted auxiliary
    let pronoun = pronoun.split(['\'', '’']).next().unwrap_or(pronoun);
    if matches!(pronoun, "i" | "we" | "you" | "me" | "us") {
        return None; // first and second person speak from inside a quotation
    }
    let paragraph = seg.sentences[sentence].paragraph;
    earlier
        .iter()
        .rev()
        .take_while(|a| paragraph - seg.sentences[a.sentence].paragraph <= 1)
        .take(MAX_PRONOUN_LOOKBACK)
        .find_map(|a| {
            // the nearest named or pronoun source decides: a chain of "he
            // said" resolves as its first link did
            let s = a.source.as_ref()?;
            match s.class {
                SourceClass::Named => Some(Some(s.span)),
                SourceClass::Pronoun => Some(s.resolved),
                _ => None,
            }
        })
        .flatten()
}

/// "which he said was a mistake", "what he calls corruption": the relative
/// word just before the source of the verb whose content follows it (not of
/// a later coordinated verb: "which Trump called a disaster and promised to
/// rip up").
fn relative_word(f: &Found, words: &[Word]) -> Option<Span> {
    let (r, c) = (f.source.as_ref()?, f.content?);
    let relative = &words[r.start.checked_sub(1)?];
    // (the word first: the search for the cue is not free at every attribution)
    if !matches!(relative.lower, "which" | "what" | "whom") || c.start < f.cue.end {
        return None;
    }
    let cue = words.partition_point(|w| w.span.start < f.cue.start);
    let verb_follows = words
        .get(r.end..cue)
        .is_some_and(|between| between.iter().all(is_cue_modifier));
    let coordinated = words[cue..]
        .iter()
        .take_while(|w| w.span.start < c.start)
        .any(|w| w.is("and"));
    (verb_follows && !coordinated).then_some(relative.span)
}

/// The length of a verb contracted onto the end of `word` ("he’s",
/// "they're", "we’ve"), or 0.
fn contraction_len(word: &str) -> usize {
    [
        "’s", "'s", "’re", "'re", "’ve", "'ve", "’d", "'d", "’ll", "'ll", "’m", "'m",
    ]
    .iter()
    .find(|c| word.len() > c.len() && word.ends_with(*c))
    .map_or(0, |c| c.len())
}

/// A cue verb, or a cue or stance noun with its complement ("position
/// on", "concerns about", "accusations of"), whether or not the grammar could
/// read an attribution from it: someone may well be saying the sentence.
fn has_cue_word(s: &[Word], vocab: &Vocabulary) -> bool {
    s.iter().enumerate().any(|(k, w)| {
        // a verb in lowercase (not a headline's "Talks"), and "vote" only
        // as "vote for"; after a determiner ("the report", "his claims") it
        // still says someone reports or claims
        w.has(flag::CUE_VERB)
            && w.is_lowercase_word()
            && vocab
                .verb_with_particles(w.lower, |j| s.get(k + 1 + j).map(|t| t.lower))
                // ("To put that number in context": an estimate needs its
                // amount)
                .is_some_and(|m| {
                    !vocab.lemmas[m.lemma as usize].needs_amount
                        || amount_follows(s, k + 1 + m.rest.len())
                })
            // "accusations of", not "hospital admissions rose"; "commitment
            // to", not a claim marker's own noun ("a serious threat to")
            || w.has(flag::CUE_NOUN | flag::STANCE_NOUN)
                && s.get(k + 1).is_some_and(|next| {
                    matches!(
                        next.lower,
                        "on" | "about" | "that" | "over" | "against" | "of" | "from"
                    ) || next.is("to") && !w.has(flag::MARKER_START)
                })
    })
}

/// Claim markers in a sentence: lexicon phrases, and numbers that are
/// quantities rather than dates.
fn markers(s: &[Word], vocab: &Vocabulary) -> Vec<Marker> {
    let mut out = Vec::new();
    for k in 0..s.len() {
        if s[k].has(flag::MARKER_START) {
            // the longest phrase of each lexicon
            let mut seen = 0u64;
            let lexicons = &vocab.markers;
            for (tag, len) in lexicons
                .phrases
                .matches_at(|j| s.get(k + j).map(|w| w.lower))
            {
                if seen & (1 << tag) == 0 {
                    seen |= 1 << tag;
                    out.push(Marker {
                        name: Arc::clone(&lexicons.names[tag as usize]),
                        span: s[k].span.cover(s[k + len - 1].span),
                    });
                }
            }
        }
        if s[k].kind == TokenKind::Number && is_statistic(s, k, &vocab.scale_words) {
            out.push(Marker {
                name: Arc::clone(&vocab.built_in_markers.number),
                span: s[k].span,
            });
        }
        // "larger than", "more than": a comparison someone made
        if s.get(k + 1).is_some_and(|w| w.is("than")) && s[k].is_lowercase_word() {
            out.push(Marker {
                name: Arc::clone(&vocab.built_in_markers.comparative),
                span: s[k].span.cover(s[k + 1].span),
            });
        }
        // "the largest", "the most dangerous": a ranking someone made
        let superlative = |w: &Word| {
            (w.lower.ends_with("est") && w.lower.len() > 5 && !w.has(flag::CUE_VERB))
                || w.is("most")
                || w.is("least")
        };
        if k > 0 && s[k - 1].is("the") && s[k].is_lowercase_word() && superlative(&s[k]) {
            out.push(Marker {
                name: Arc::clone(&vocab.built_in_markers.superlative),
                span: s[k - 1].span.cover(s[k].span),
            });
        }
    }
    out
}

/// A statistic or an amount: a percentage, money, a figure followed by a
/// scale word ("1.2 million", "12 points") or a figure of four digits or
/// more that is not a year. Ages, small counts and dates are not claims.
fn is_statistic(s: &[Word], k: usize, scale_words: &PhraseSet) -> bool {
    let text = s[k].text;
    let digits = text.bytes().filter(u8::is_ascii_digit).count();
    let year = text.len() == 4 && digits == 4 && text.starts_with(['1', '2']);
    let date = k > 0 && s[k - 1].has(flag::TIME) || s.get(k + 1).is_some_and(|w| w.has(flag::TIME));
    if year || date || text.contains(':') {
        return false;
    }
    let money = k > 0 && matches!(s[k - 1].text, "$" | "€" | "£" | "¥");
    let scaled = text.ends_with('%')
        || scale_words
            .match_at(|j| s.get(k + 1 + j).map(|w| w.lower))
            .is_some();
    let large = digits >= 4 && !text.contains('.');
    money || scaled || large
}

/// Most quotations one attribution's content or sentence can speak.
const MAX_QUOTES_PER_REGION: usize = 8;

/// Where a quotation is: the paragraph of its first piece, and whether its
/// opening mark opens that paragraph.
struct QuotePlace {
    first_paragraph: usize,
    opens_paragraph: bool,
    /// Its paragraph pieces, indices into the segmentation's quotations.
    pieces: Range<usize>,
}

/// Quotations (paragraph pieces of one chain merged) and who speaks them:
/// the first attribution (not a hedge, its cue outside the quotation) whose
/// content overlaps the quotation or whose sentence does.
fn quotes(
    seg: &Segmentation,
    words: &[Word],
    attributions: &[Attribution],
) -> (Vec<QuoteInfo>, Vec<QuotePlace>) {
    let mut out: Vec<QuoteInfo> = Vec::new();
    let mut places: Vec<QuotePlace> = Vec::new();
    let mut last_chain = None;
    for (k, q) in seg.quotes.iter().enumerate() {
        let count = words[q.open..=q.last]
            .iter()
            .filter(|w| w.kind != TokenKind::Punct)
            .count();
        match (out.last_mut(), places.last_mut()) {
            (Some(last), Some(place)) if last_chain == Some(q.chain) => {
                last.span = last.span.cover(q.span);
                last.words += count;
                place.pieces.end = k + 1;
            }
            _ => {
                out.push(QuoteInfo {
                    span: q.span,
                    words: count,
                    speaker: None,
                    title: false,
                    introduced: false,
                });
                places.push(QuotePlace {
                    first_paragraph: q.paragraph,
                    opens_paragraph: seg.opens_paragraph(q.open),
                    pieces: k..k + 1,
                });
            }
        }
        last_chain = Some(q.chain);
    }
    for (i, a) in attributions.iter().enumerate() {
        if a.mode == Mode::Hedge {
            continue;
        }
        let sentence = seg.sentences[a.sentence].span;
        for region in [a.content, Some(sentence)].into_iter().flatten() {
            let first = out.partition_point(|q| q.span.end <= region.start);
            // a content or sentence overlaps a few quotations in real text;
            // the cap keeps a run of thousands of quote marks linear
            let overlapping = out[first..]
                .iter_mut()
                .take_while(|q| q.span.start < region.end);
            for q in overlapping.take(MAX_QUOTES_PER_REGION) {
                if q.speaker.is_none() && !q.span.contains(a.cue.span) {
                    q.speaker = Some(i);
                }
            }
        }
    }
    (out, places)
}

/// "“A,” she said. ¶ “B.”", "Carter said that … ¶ “That’s because …”": a
/// quotation that opens the paragraph after its speaker's words continues
/// them (AP and Reuters let a continuing paragraph of the same account go
/// unattributed). Its speaker is the previous quotation's, if that ended in
/// the last sentence of the paragraph before and no other speaker is in
/// that sentence, or else the speaker of that sentence. Returns the
/// quotations given a speaker.
fn continue_quotes(
    quotes: &mut [QuoteInfo],
    places: &[QuotePlace],
    attributions: &[Attribution],
    sentences: &[SentenceInfo],
) -> Vec<usize> {
    let sourced = |i: &usize| {
        let a = &attributions[*i];
        a.source.is_some() && a.mode != Mode::Hedge
    };
    let mut continued = Vec::new();
    for (k, place) in places.iter().enumerate() {
        let (before, after) = quotes.split_at_mut(k);
        let quote = &mut after[0];
        if quote.speaker.is_some() || !place.opens_paragraph {
            continue;
        }
        // the last sentence before the quotation, in the paragraph before
        let last = sentences.partition_point(|s| s.span.end <= quote.span.start);
        let Some(sentence) = last
            .checked_sub(1)
            .map(|l| &sentences[l])
            .filter(|s| s.paragraph + 1 == place.first_paragraph)
        else {
            continue;
        };
        let of_previous_quote = before.last().and_then(|previous| {
            let speaker = previous.speaker?;
            let ends_there = sentence.span.start < previous.span.end;
            let other_speaker = sentence
                .attributions
                .iter()
                .any(|i| *i != speaker && sourced(i));
            (ends_there && !other_speaker).then_some(speaker)
        });
        let of_last_sentence = || {
            sentence
                .attributions
                .iter()
                .rev()
                .find(|i| sourced(i) && attributions[**i].cue.class == CueClass::Speech)
                .copied()
        };
        if let Some(speaker) = of_previous_quote.or_else(of_last_sentence) {
            quote.speaker = Some(speaker);
            continued.push(k);
        }
    }
    continued
}
