//! Detection: the attribution grammar. Each construction is one small named
//! function over a sentence's words; nom parses the forward parts (cue
//! phrases, noun phrases, adverbials), while a source standing before its cue
//! is found by walking left from the cue, which nom cannot do.

pub(crate) mod tokens;

use std::ops::Range;

use nom::Parser;
use nom::branch::alt;
use nom::combinator::{opt, peek, recognize};
use nom::multi::{many0_count, many1_count};
use nom::sequence::{pair, preceded, terminated};
use serde::{Deserialize, Serialize};

use tokens::{
    GERUND_PREPOSITIONS, SUBJECT_PRONOUNS, before_closing_quote, breaks_noun_phrase,
    clause_break_before, consumed, flagged, is_auxiliary, lit, tok,
};
pub use tokens::{OBJECT_PRONOUNS, Toks, Word, is_title_case, words};

use crate::segment::{self, Quote, Segmentation, TokenKind};
use crate::span::Span;
use crate::vocab::{CueClass, Lemma, Stance, VerbForm, Vocabulary, flag};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Direct,
    Indirect,
    AccordingTo,
    Hedge,
    Passive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueKind {
    Verb,
    Phrase,
    Noun,
    Adverb,
    Adjective,
    Punct,
}

/// An attribution as the grammar found it; sources are still unclassified
/// token ranges (document token indices).
#[derive(Debug, Clone)]
pub struct Found {
    pub cue: Span,
    pub lemma: String,
    pub kind: CueKind,
    pub stance: Stance,
    pub class: CueClass,
    pub source: Option<Range<usize>>,
    /// The source is an expletive or absent agent ("it is alleged").
    pub agentless: bool,
    /// For a relative pronoun source ("Seoul, which claims"), what it refers to.
    pub antecedent: Option<Range<usize>>,
    pub content: Option<Span>,
    pub mode: Mode,
    pub sentence: usize,
}

/// Runs the grammar over every sentence of a segmented document.
pub fn detect(words: &[Word], seg: &Segmentation, vocab: &Vocabulary) -> Vec<Found> {
    let grammar = Grammar {
        vocab,
        quotes: &seg.quotes,
        title_case: std::cell::Cell::new(false),
    };
    let mut all = Vec::new();
    for (n, sentence) in seg.sentences.iter().enumerate() {
        let s = &words[sentence.tokens.clone()];
        let mut found = grammar.sentence(s, n);
        split_coordinated(&mut found, words);
        trim_subjects_after_content(&mut found, words);
        trim_source_ends(&mut found, words);
        trim_speaking_relatives(&mut found, words);
        drop_nested(&mut found, words);
        all.extend(found);
    }
    quote_before_a_bare_tag(&mut all, words, seg);
    close_quotations_opened_in_content(&mut all, seg);
    carry_quotes_into_next_paragraph(&mut all, seg);
    label_speaks_its_paragraph(&mut all, words, seg);
    all
}

/// `CHRIS MATTHEWS: Seriously, seriously about this. Bernie says …`: a
/// speaker's label opening a paragraph, as in a transcript, introduces the
/// whole paragraph, up to the next speaker's label (`Clinton: "…" Bush:
/// "…"` on one line).
fn label_speaks_its_paragraph(all: &mut [Found], words: &[Word], seg: &Segmentation) {
    let is_label = |f: &Found| f.kind == CueKind::Punct && f.lemma == ":";
    let paragraph_of = |f: &Found| seg.sentences[f.sentence].paragraph;
    for k in 0..all.len() {
        let (a, later) = all[k..].split_first_mut().expect("k < len");
        let (Some(source), Some(content)) = (&a.source, a.content) else {
            continue;
        };
        let p = paragraph_of(a);
        let Some(paragraph) = seg.paragraph(p) else {
            continue;
        };
        if !is_label(a) || source.start != paragraph.start {
            continue;
        }
        let next_label = later
            .iter()
            .take_while(|b| paragraph_of(b) == p)
            .find(|b| is_label(b) && b.sentence > a.sentence);
        let mut last =
            next_label.map_or(paragraph.end, |b| seg.sentences[b.sentence].tokens.start) - 1;
        while last > paragraph.start && words[last].is_terminal() {
            last -= 1;
        }
        a.content = Some(content.cover(words[last].span));
    }
}

/// `“… the emails.” Trump said.`: a tag that is a sentence of its own, a
/// speaker and a verb of speech, says the quotation that closes the
/// sentence before it in the same paragraph.
fn quote_before_a_bare_tag(all: &mut [Found], words: &[Word], seg: &Segmentation) {
    for a in all.iter_mut() {
        let (Some(source), None) = (&a.source, a.content) else {
            continue;
        };
        if a.kind != CueKind::Verb || a.class != CueClass::Speech || a.sentence == 0 {
            continue;
        }
        let sentence = &seg.sentences[a.sentence];
        let previous = &seg.sentences[a.sentence - 1];
        let tokens = sentence.tokens.clone();
        // the whole sentence is the speaker, the verb and its period
        let cue_last = words[tokens.clone()]
            .iter()
            .rposition(|w| w.span.end == a.cue.end)
            .map(|k| tokens.start + k);
        // ("The campaign did not elaborate." said nothing)
        let negated = words[tokens.clone()]
            .iter()
            .any(|w| matches!(w.lower, "not" | "never") || w.lower.ends_with("n't"));
        let bare = source.start == tokens.start
            && !negated
            && cue_last.is_some_and(|k| k + 2 == tokens.end && words[k + 1].is_terminal());
        if !bare || previous.paragraph != sentence.paragraph || previous.tokens.is_empty() {
            continue;
        }
        let last = previous.tokens.end - 1;
        let Some(q) = words[last]
            .quote
            .filter(|&q| seg.quotes[q as usize].close == Some(last))
        else {
            continue;
        };
        a.content =
            Some(segment::chain_start(&seg.quotes, q as usize).cover(seg.quotes[q as usize].span));
        a.mode = Mode::Direct;
    }
}

/// `said that he’ll “need a lot of help. So we’ll see.”`: a quotation
/// opened inside a content runs on to its closing mark, past the end of the
/// sentence it opened in.
fn close_quotations_opened_in_content(all: &mut [Found], seg: &Segmentation) {
    for f in all.iter_mut() {
        let Some(c) = f.content.as_mut() else {
            continue;
        };
        let first = seg.quotes.partition_point(|q| q.span.start < c.start);
        if let Some(q) = seg.quotes[first..]
            .iter()
            .take_while(|q| q.span.start < c.end)
            .last()
            && q.close.is_some()
            && q.span.end > c.end
            && seg.sentences[f.sentence].paragraph == q.paragraph
        {
            c.end = q.span.end;
        }
    }
}

/// `"Q1," Adelson said.` ¶ `"Q2 …"`: a quotation opening the next
/// paragraph, with no speaker of its own, goes on with the words of the
/// speaker whose tag closed the paragraph before (the carry-over of
/// attribution that AP and Reuters style rely on).
fn carry_quotes_into_next_paragraph(all: &mut [Found], seg: &Segmentation) {
    let paragraph_of = |f: &Found| seg.sentences[f.sentence].paragraph;
    for k in 0..all.len() {
        let (a, later) = all[k..].split_first_mut().expect("k < len");
        let p = paragraph_of(a);
        let Some(first) = a.content else { continue };
        // (a quotation before its tag, perhaps going on after it: `"Q1," he
        // said, "Q2."`)
        if a.mode != Mode::Direct || first.start > a.cue.start {
            continue;
        }
        // `"Q1," Jealous said. "Q2."`: sentence after sentence of the tag's
        // paragraph, while each is a quotation with no speaker of its own
        let mut content = first;
        // the first sentence that starts at or after `end`
        let after = |end: u32, mut n: usize| {
            while seg.sentences.get(n).is_some_and(|x| x.span.start < end) {
                n += 1;
            }
            n
        };
        let mut n = after(content.end, a.sentence + 1);
        while let Some(next) = seg.sentences.get(n).filter(|x| x.paragraph == p) {
            let Some(quote) = segment::quotation_opening_at(&seg.quotes, next.tokens.start) else {
                break;
            };
            if later
                .iter()
                .take_while(|b| b.sentence <= n)
                .any(|b| b.sentence == n)
            {
                break;
            }
            content = content.cover(quote);
            n = after(quote.end, n);
        }
        a.content = Some(content);
        // the tag closes its paragraph, after the quotation it attributes
        let closes_paragraph = seg.sentences.get(n).is_none_or(|x| x.paragraph != p);
        if !closes_paragraph {
            continue;
        }
        // paragraph after paragraph, while each is a quotation that names
        // no speaker of its own
        for next in p + 1.. {
            let Some(quote) = seg
                .paragraph(next)
                .and_then(|tokens| segment::quotation_opening_at(&seg.quotes, tokens.start))
            else {
                break;
            };
            // (attributions are in text order: only the next few are read)
            if later
                .iter()
                .take_while(|b| paragraph_of(b) <= next)
                .any(|b| paragraph_of(b) == next)
            {
                break;
            }
            content = content.cover(quote);
        }
        a.content = Some(content);
    }
}

/// "X said A, while Y said B" and "X criticized A and said B" are two
/// attributions: the first content ends where the coordinated clause begins.
fn split_coordinated(found: &mut [Found], words: &[Word]) {
    let is_coordinator = |w: &Word| {
        matches!(
            w.lower,
            "but" | "while" | "whereas" | "and" | "although" | "though" | "yet"
        )
    };
    let boundaries: Vec<(Span, usize, usize)> = found
        .iter()
        .filter_map(|a| {
            let cue = words.partition_point(|w| w.span.start < a.cue.start);
            // "…, saying that …": the participle opens its own clause
            let participle = clause_break_before(words, cue) && words[cue].lower.ends_with("ing");
            // "congratulated her and praised her effort": a verb coordinated
            // with an earlier one shares its subject but starts a new content
            // ("but in a later interview said": past a prepositional phrase)
            let verb = prepositional_phrase_left(words, cue);
            let coordinated = verb
                .checked_sub(1)
                .is_some_and(|k| is_coordinator(&words[k]));
            let first = match &a.source {
                Some(r) if !participle && !coordinated => r.start.min(cue),
                _ if coordinated => verb,
                _ => cue,
            };
            // ", but SOURCE said" · "; SOURCE said" · "and said"
            let k = first.checked_sub(1)?;
            let boundary = if participle {
                // before the comma, also when a closing quote follows it
                if words[k].is_quote_mark() { k - 1 } else { k }
            } else if words[k].is_punct(";") || (words[k].is_punct(",") && a.source.is_some()) {
                // "…, the campaign manager said": a new clause with its own
                // subject ends the content before it
                k
            } else if k > 0 && words[k - 1].is_punct(",") && is_subordinator(&words[k]) {
                // (", because he said …": a subordinate clause with a
                // speaker of its own ends the content, whatever its subject)
                k - 1
            } else if is_coordinator(&words[k]) {
                if k > 0 && words[k - 1].is_punct(",") {
                    k - 1
                } else {
                    k
                }
            } else {
                // ", compared with 23 percent who said …", ", after half said
                // so": a later clause with its own subject ends the content
                // at the comma that opens it, unless it is a relative clause
                // inside the content ("the plan, which officials said …")
                let r = a.source.as_ref()?;
                if words[r.start].has(flag::RELATIVE) && words[r.start].is("which")
                    || words[k].has(flag::RELATIVE)
                    || words[r.start].has(flag::PRONOUN)
                {
                    return None;
                }
                let comma = (k.saturating_sub(40)..=k)
                    .rev()
                    .take_while(|&j| !words[j].is_terminal())
                    .find(|&j| words[j].is_punct(","))?;
                // (an agentless passive in a relative clause has no subject
                // of its own: "the plan, which some argued was intended to …")
                if a.agentless && r.start >= cue && words[comma + 1].has(flag::RELATIVE) {
                    return None;
                }
                comma
            };
            let end = words.get(boundary.checked_sub(1)?)?.span.end;
            Some((a.cue, end as usize, boundary))
        })
        .collect();
    for (cue, end, boundary) in boundaries {
        for b in found.iter_mut() {
            // ("said that since Manning backed him, he would support the
            // Broncos": the main clause after a reported clause's opening
            // subordinate clause is still what was said)
            // (nor at the conjunction that opens it: "said that while
            // polling showed …, it was higher")
            let opening_clause = |c: Span| {
                let first = words.partition_point(|w| w.span.start < c.start);
                // (not a cue's own phrase: "asked about X, the manager said")
                (words[first].is("that") || words[first].is("if"))
                    && (opens_with_subordinate_clause(words, first, boundary)
                        || boundary <= first + 1)
            };
            // a tag inside its words: "X, she said, Y"
            let after_cue = || words.partition_point(|w| w.span.start < b.cue.end);
            let tag = |c: Span| {
                b.source
                    .as_ref()
                    .filter(|r| !b.agentless && c.start < words[r.start].span.start)
            };
            // (nor at the comma closing a tag inside its words, whose second
            // half is a clause of its own: "At one point, she said, she was
            // considering …")
            let tag_inside = |c: Span| {
                tag(c).is_some()
                    && boundary <= after_cue() + 1
                    && !words.get(boundary + 1).is_some_and(is_coordinator)
            };
            if let Some(c) = b.content
                && c.contains(cue)
                && b.cue.end as usize <= end
                && c.start as usize <= end
                && !tag_inside(c)
                && !opening_clause(c)
            {
                // (a tag whose second half is cut away whole keeps only the
                // first: "Outright victory is vital, he said after …, because
                // he said …")
                let tag_end = (after_cue()..boundary).find(|&k| words[k].is_punct(","));
                let before_tag = tag(c)
                    .filter(|_| tag_end.is_none_or(|k| k + 1 >= boundary))
                    .and_then(|r| {
                        words[..r.start]
                            .iter()
                            .rposition(|w| w.kind != TokenKind::Punct)
                    })
                    .map_or(end, |k| words[k].span.end as usize);
                b.content = Some(Span::new(c.start as usize, end.min(before_tag)));
            }
        }
    }
}

/// "Barkley, who said he votes Democratic, said …": a relative clause that is
/// an attribution of its own is no part of the subject it describes. (After
/// the cue, "said Peter King, who endorsed Mr. Rubio", PolNeAR keeps it.)
fn trim_speaking_relatives(found: &mut [Found], words: &[Word]) {
    if found.len() < 2 {
        return; // (most sentences: nothing to collect)
    }
    let relatives: Vec<(usize, Span)> = found
        .iter()
        .filter_map(|a| {
            let r = a.source.as_ref()?;
            (r.len() == 1
                && r.start > 0
                && words[r.start].has(flag::RELATIVE)
                && words[r.start - 1].is_punct(","))
            .then_some((r.start, a.cue))
        })
        .collect();
    for b in found.iter_mut() {
        let Some(r) = b.source.as_mut() else { continue };
        let (first, last) = (words[r.start].span.start, words[r.end - 1].span.end);
        if last > b.cue.start {
            continue;
        }
        if let Some(&(who, _)) = relatives.iter().find(|(who, cue)| {
            r.start < *who - 1 && *who < r.end && first <= cue.start && cue.end <= last
        }) {
            r.end = who - 1;
        }
    }
}

/// "Trump criticized the plan and Obama said …": the second speaker's
/// subject starts after the coordinator that ends the first content, not
/// with its last words ("the plan and Obama").
fn trim_subjects_after_content(found: &mut [Found], words: &[Word]) {
    // (an earlier cue inside the subject is the subject's own relative
    // clause: "Mr. McConnell, who has endorsed Mr. Trump and criticized …")
    let contents: Vec<(Span, u32)> = found
        .iter()
        .filter_map(|a| a.content.map(|c| (a.cue, c.end)))
        .collect();
    for b in found.iter_mut() {
        let Some(r) = b.source.clone() else { continue };
        let subject_start = words[r.start].span.start;
        let coordinator = (r.start + 1..r.end).find(|&k| {
            // (or a clause inside the subject span that is no relative
            // clause of it: "a woman asked for a photo and Clinton said")
            let own_clause = !words[r.start..k].iter().any(|w| w.has(flag::RELATIVE));
            matches!(words[k].lower, "and" | "but")
                && contents.iter().any(|&(cue, end)| {
                    (cue.end <= subject_start || own_clause) && end == words[k - 1].span.end
                })
        });
        if let Some(k) = coordinator.filter(|&k| k + 1 < r.end) {
            b.source = Some(k + 1..r.end);
        }
    }
}

/// "Sanders - who digested his new circumstances … - has vowed": the dash
/// that opens an aside after the source is none of it, nor the conjunction
/// that joins the next verb of its relative clause ("a pollster who
/// cooperated with Mr. Manafort for years and called him …").
fn trim_source_ends(found: &mut [Found], words: &[Word]) {
    for f in found.iter_mut() {
        // (a source shared with an earlier cue never holds its own: "called"
        // in "said X, a pollster who cooperated with him and called him …")
        if let Some(r) = f.source.as_mut() {
            let cue = words.partition_point(|w| w.span.start < f.cue.start);
            if r.start < cue && cue < r.end {
                r.end = cue;
                while r.end > r.start + 1 && is_cue_modifier(&words[r.end - 1]) {
                    r.end -= 1;
                }
            }
        }
        if let Some(r) = f.source.as_mut() {
            while r.end > r.start + 1 && {
                let last = &words[r.end - 1];
                is_dash(last)
                    || last.is_punct("-")
                    || matches!(last.lower, "and" | "but" | "or")
                    // ("(…, according to exit polls)")
                    || closes_unopened(&words[r.clone()])
            } {
                r.end -= 1;
            }
        }
        // ("Let me just say", "let us praise": the speaker is the pronoun)
        if let Some(r) = f.source.as_mut()
            && r.len() == 2
            && words[r.start].is("let")
            && OBJECT_PRONOUNS.contains(&words[r.start + 1].lower)
        {
            r.start += 1;
        }
        // "all the experts I interviewed said": a contact relative clause
        // ends the subject it describes
        if let Some(r) = f.source.as_mut()
            && r.len() == 1
            && r.start >= 2
            && words[r.start].is_lowercase_word()
            && words[r.start].lower.ends_with("ed")
            && matches!(words[r.start - 1].lower, "i" | "we" | "he" | "she" | "they")
            && let Some(np) = noun_phrase_left(words, r.start - 1)
        {
            r.start = np.start;
        }
        // ("…, sparking", "helped", "seldom told": a lone verb form or
        // adverb read leftwards is no one)
        if f.source.as_ref().is_some_and(|r| {
            let w = &words[r.start];
            r.len() == 1
                && w.is_lowercase_word()
                && (w.lower.len() > 5 && w.lower.ends_with("ing")
                    || w.lower.len() > 4 && w.lower.ends_with("ed")
                    || is_ly_adverb(w))
        }) {
            f.source = None;
            f.antecedent = None;
        }
    }
}

/// PolNeAR and editors alike attribute a report once, by its outermost
/// attribution: a cue inside another attribution's content is the source's
/// own wording, unless each contains the other's cue or it is a tag between
/// commas; a cue inside another's cue is part of it.
fn drop_nested(found: &mut Vec<Found>, words: &[Word]) {
    // ("…, no different, he said, from …": a tag between commas inside
    // another's words is a speaker of its own)
    let parenthetical = |a: &Found| {
        let after = words.partition_point(|w| w.span.start < a.cue.end);
        a.source.as_ref().is_some_and(|r| {
            r.start > 0
                && r.len() <= 3
                && words[r.start - 1].is_punct(",")
                && words[r.end - 1].span.end <= a.cue.start
        }) && words.get(after).is_some_and(|w| w.is_punct(","))
    };
    // (nor one after a spaced hyphen inside another's content, an aside
    // with a speaker of its own: "… - at which point the crowd chanted …")
    let after_dash = |a: &Found, b: &Found| {
        let from = words.partition_point(|w| w.span.start < b.cue.end);
        let to = words.partition_point(|w| w.span.start < a.cue.start);
        (from..to).any(|k| words[k].is_punct("-") && aside_dash(words, k))
    };
    // (or a verb inside another's cue: "issued" in "issued a statement
    // saying"; a hedge inside one, "reportedly wants", stays a hedge)
    let inside = |a: &Found, b: &Found| {
        b.content.is_some_and(|c| c.contains(a.cue)) && !parenthetical(a) && !after_dash(a, b)
            || a.kind == CueKind::Verb && b.cue != a.cue && b.cue.contains(a.cue)
    };
    // (a parenthetical tag does not drop the verb whose words it
    // interrupts: "Christie said that was natural — no different, he said,
    // from …")
    let interrupted_by = |a: &Found, b: &Found| {
        parenthetical(b)
            && a.kind == CueKind::Verb
            && a.content.is_some()
            && a.cue.end <= b.cue.start
    };
    let keep: Vec<bool> = found
        .iter()
        .map(|a| {
            !found.iter().any(|b| {
                !std::ptr::eq(a, b) && inside(a, b) && !inside(b, a) && !interrupted_by(a, b)
            })
        })
        .collect();
    let mut k = keep.iter();
    found.retain(|_| *k.next().unwrap_or(&true));
}

struct Grammar<'v> {
    vocab: &'v Vocabulary,
    quotes: &'v [Quote],
    /// The current sentence is a title-case headline, where verbs are
    /// capitalised too ("Opposition Accuses Government of Vote Rigging").
    title_case: std::cell::Cell<bool>,
}

/// A match of one construction: what was found and where to resume.
struct Match {
    found: Found,
    resume: usize,
}

impl Grammar<'_> {
    fn sentence(&self, s: &[Word], n: usize) -> Vec<Found> {
        let mut out: Vec<Found> = Vec::new();
        // a dateline or a heading in capitals before its dash (a sentence of
        // its own: "QUESTIONABLE MEDICAL CLAIMS —") is nobody's words
        if s.last().is_some_and(|w| is_dash(w) || w.is_punct("-"))
            && s.iter().all(|w| !w.text.chars().any(char::is_lowercase))
        {
            return out;
        }
        // only a capitalised cue verb after the first word reads it
        // (`verb_at`), and few sentences have one
        self.title_case.set(
            s.iter()
                .skip(1)
                .any(|w| w.has(flag::CUE_VERB) && w.is_capitalized())
                && is_title_case(s, 3),
        );
        let mut i = 0;
        while i < s.len() {
            let w = &s[i];
            let may_start = w.has(flag::CONSTRUCTION_START)
                || match w.kind {
                    // a colon, or a dash signing a quotation
                    TokenKind::Punct => w.text == ":" || is_signature_dash(w),
                    TokenKind::Word => w.is("in"),
                    TokenKind::Number => false,
                };
            if !may_start {
                i += 1;
                continue;
            }
            // who says what inside a quotation is the speaker's story, not
            // the article's attribution ("“He said Britain would be at the
            // back of the queue,” Farage said"). Only a closed quotation:
            // a stray mark must not hide the rest of its paragraph.
            if s[i]
                .quote
                .is_some_and(|q| self.quotes[q as usize].close.is_some())
            {
                i += 1;
                continue;
            }
            let m = self
                .according_to(s, i, n)
                .or_else(|| self.reaction_noun(s, i, n))
                .or_else(|| self.published_document(s, i, n))
                .or_else(|| self.noun_cue(s, i, n))
                .or_else(|| self.agentless_passive(s, i, n))
                .or_else(|| self.passive_by(s, i, n))
                .or_else(|| self.asked(s, i, n))
                .or_else(|| self.stance_adjective(s, i, n))
                .or_else(|| self.cue_passive(s, i, n))
                .or_else(|| self.in_document(s, i, n, &out))
                .or_else(|| self.opening_speech_verb(s, i, n))
                .or_else(|| self.verb_cue(s, i, n, &out))
                .or_else(|| self.clause_colon_quote(s, i, n, &out))
                .or_else(|| self.colon_quote(s, i, n))
                .or_else(|| self.quote_signature(s, i, n))
                .or_else(|| self.hedge_adverb(s, i, n, &out))
                .or_else(|| self.hedge_adjective(s, i, n));
            match m {
                Some(m) => {
                    i = m.resume.max(i + 1);
                    out.push(m.found);
                }
                None => i += 1,
            }
        }
        if out.is_empty() {
            out.extend(self.partial_quote(s, n));
        }
        // a question asks: its inverted subject says nothing ("Do you
        // support Trump?", "How will the voters regard the two parties?")
        if is_question(s) {
            let first = s.first().map_or(0, |w| w.index);
            out.retain(|f| {
                !f.source
                    .as_ref()
                    .and_then(|source| source.start.checked_sub(first))
                    .is_some_and(|k| inverted_subject(s, k))
            });
        }
        out
    }

    // ---- constructions ------------------------------------------------------

    /// `According to SOURCE, CONTENT` · `CONTENT, according to SOURCE` ·
    /// `as reported by SOURCE`.
    fn according_to(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        if !s[i].has(flag::PHRASE_START) {
            return None;
        }
        let len = self.vocab.phrases.iter().find_map(|words| {
            let hit = words
                .iter()
                .enumerate()
                .all(|(k, w)| s.get(i + k).is_some_and(|t| t.is(w)));
            hit.then_some(words.len())
        })?;
        // "According to ''The Trumps: Three Generations …,''": a quoted
        // title, whole
        let mut source = match self.quoted_title(s, i + len) {
            Some(title) => title,
            None => self.according_to_source(s, i + len)?,
        };
        let lemma = s[i..i + len]
            .iter()
            .map(|w| w.lower)
            .collect::<Vec<_>>()
            .join(" ");
        // (a capital mid-sentence opens a clause too: "…: According to")
        let content = if clause_starts_at(s, i) || s[i].is_capitalized() {
            // "According to X, CONTENT" (the comma inside a title's quotes:
            // "According to ''The Trumps,'' …")
            let comma_inside = source.end >= 2
                && s[source.end - 1].is_quote_mark()
                && s[source.end - 2].is_punct(",");
            let after = if comma_inside {
                source.end
            } else {
                if let Some(close) = opening_apposition_end(s, source.end) {
                    source.end = close;
                }
                skip_to_comma(s, source.end)?
            };
            self.content_right(s, after)
        } else {
            let left = self.content_left(s, i);
            // "Fundraising, according to the campaign, has surged": an
            // aside after the few words that open a clause, which runs on
            // past it (after a whole clause, what follows the comma is the
            // source's apposition: "…, according to Crowdpac, a website")
            let opening = left.is_some_and(|left| {
                s[..i - 1]
                    .iter()
                    .filter(|w| w.span.start >= left.start)
                    .count()
                    <= 5
            });
            let rest = (opening
                && s[i - 1].is_punct(",")
                && s.get(source.end).is_some_and(|w| w.is_punct(",")))
            .then(|| self.content_right(s, source.end + 1))
            .flatten();
            if left.is_some() && !opening {
                source.end = self.according_to_apposition_end(s, source.end);
            }
            match (left, rest) {
                (Some(left), Some(rest)) => Some(left.cover(rest)),
                (left, _) => left,
            }
        };
        Some(Match {
            found: Found {
                cue: s[i].span.cover(s[i + len - 1].span),
                lemma,
                kind: CueKind::Phrase,
                stance: Stance::Neutral,
                class: CueClass::Speech,
                source: Some(doc_range(s, source.clone())),
                agentless: false,
                antecedent: None,
                content,
                mode: Mode::AccordingTo,
                sentence: n,
            },
            resume: source.end,
        })
    }

    /// "…, according to John Weaver, a Republican strategist.": after a
    /// whole clause, a description of the source after its comma is the
    /// source's, as after an inverted "said" (`apposition_end`), up to a
    /// relative clause of its own ("…, which tracks terrorists": PolNeAR
    /// leaves those out as often as not). Not a clause going on ("…, but
    /// his pathway …", "…, and there were …").
    fn according_to_apposition_end(&self, s: &[Word], end: usize) -> usize {
        let describes = s.get(end).is_some_and(|w| w.is_punct(","))
            && s.get(end + 1).is_some_and(|w| {
                w.is_capitalized()
                    || w.kind == TokenKind::Number
                    || w.is_lowercase_word()
                        && !w.has(flag::CLAUSE | flag::PRONOUN)
                        && !w.lower.ends_with("ing")
                        && !w.lower.ends_with("ed")
            });
        if !describes {
            return end;
        }
        let tag_end = self.apposition_end(s, end);
        let tag_end = (end + 1..tag_end)
            .find(|&k| {
                s[k].is_punct(",")
                    && s.get(k + 1)
                        .is_some_and(|w| matches!(w.lower, "who" | "whose" | "which" | "where"))
            })
            .unwrap_or(tag_end);
        // (a verb of its own makes it a clause: "…, the media would call him")
        if tag_end <= end + 1 || s[end + 1..tag_end].iter().any(is_auxiliary) {
            return end;
        }
        tag_end
    }

    /// The source after "according to" at `start`: a noun phrase, and up to
    /// the end of its clause.
    fn according_to_source(&self, s: &[Word], start: usize) -> Option<Range<usize>> {
        let mut source = noun_phrase_right(s, start)?;
        // "according to early results of exit polls conducted for the AP
        // and television networks": after the phrase, the source runs to
        // the end of its clause, if that is near (the AP's credit "… by
        // Edison Research" is 14 words after "early results")
        if let Some(stop) = (source.end..s.len()).find(|&k| {
            s[k].is_terminal() && !abbreviation_period(s, k)
                || matches!(s[k].text, "," | ";" | ":" | "(" | "—" | "–")
                || s[k].is_quote_mark()
        }) && stop - source.end <= 16
            && !self.has_cue_verb(s, source.end..stop)
        {
            // … but not to the date of the report: "by state media on Sunday"
            let mut date = stop;
            while date > source.end
                && (s[date - 1].has(flag::TIME | flag::TIME_LEAD)
                    || s[date - 1].kind == TokenKind::Number)
            {
                date -= 1;
            }
            let dated = date < stop && s[date].has(flag::TIME_LEAD);
            source.end = if dated { date } else { stop };
        }
        Some(source)
    }

    /// A quotation at `start` that names a work ("''The Trumps: Three
    /// Generations That Built an Empire''"): capitalised, short, and closed
    /// within the sentence.
    fn quoted_title(&self, s: &[Word], start: usize) -> Option<Range<usize>> {
        let q = s.get(start).filter(|w| w.is_quote_mark())?.quote?;
        let quote = &self.quotes[q as usize];
        if quote.open != s[start].index {
            return None;
        }
        let close = quote.close? - s[0].index;
        (close < s.len()
            && close - start <= 14
            && s.get(start + 1).is_some_and(Word::is_capitalized))
        .then_some(start..close + 1)
    }

    /// Where the quoted title whose closing mark is at `close` opens:
    /// "“Morning Joe,”" (see `quoted_title`).
    fn quoted_title_closing_at(&self, s: &[Word], close: usize) -> Option<usize> {
        let q = s.get(close).filter(|w| w.is_quote_mark())?.quote?;
        let open = self.quotes[q as usize].open.checked_sub(s[0].index)?;
        (open < close && self.quoted_title(s, open) == Some(open..close + 1)).then_some(open)
    }

    /// Noun cues in light-verb frames: `SOURCE leveled accusations against X,
    /// stating that CONTENT` · `SOURCE made the claim that CONTENT` ·
    /// `SOURCE's claim that CONTENT` · `allegations by SOURCE that CONTENT`.
    fn noun_cue(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        let w = &s[i];
        // "Sanders's attacks on her willingness …", "Trump's support for …"
        // (only a stance noun: a speech noun there, "his comments on
        // Muslims", "Trump's statement about …", is a cue in 8 of 26 uses
        // on train)
        if w.has(flag::STANCE_NOUN)
            && w.is_lowercase_word()
            && i > 0
            && s[i - 1].is_possessive()
            && s.get(i + 1).is_some_and(|p| {
                SELECTED_PREPOSITIONS.contains(&p.lower)
                    || p.is("to") && w.lower.starts_with("opposition")
            })
            && i + 2 < s.len()
            && !s[i - 1].is("its")
        {
            // "Trump ratcheted up his attacks on Rubio": a verb that carries
            // on its subject's stance opens the cue, and the subject holds it
            let carried_on = (i.saturating_sub(4)..i - 1)
                .find(|&k| {
                    self.vocab
                        .stance_noun_verbs
                        .match_at(|j| (k + j < i - 1).then(|| s[k + j].lower))
                        == Some(i - 1 - k)
                })
                .and_then(|verb| {
                    // ("Trump is keeping up his criticism of": the subject
                    // stands before the progressive's auxiliaries)
                    let first = auxiliaries_before(s, passive_be(s, verb).unwrap_or(verb));
                    Some((first, self.subject_left(s, first)?))
                });
            let (cue_start, source, antecedent) = match carried_on {
                Some((verb, subject)) => (
                    auxiliaries_before(s, verb).max(subject.range.end),
                    subject.range,
                    subject.antecedent,
                ),
                // "his", or a name's possessive: "Sanders's", "the senator's"
                None if s[i - 1].has(flag::PRONOUN) || !s[i - 1].lower.contains(['\'', '’']) => {
                    (i, i - 1..i, None)
                }
                None => {
                    let np = noun_phrase_left(s, i)?;
                    let start = (np.start..i - 1)
                        .find(|&k| !s[k].is_lowercase_word() || s[k].is_determiner())
                        .unwrap_or(i - 1);
                    (i, start..i, None)
                }
            };
            // the phrase ends where the sentence's own verb begins: "…'s
            // criticism of the plan was sharp", or a clause of its own:
            // "his position on waterboarding when the woman shouted" (not
            // "after", "before", "as", "since", "once": prepositions as often)
            let end = (i + 2..s.len())
                .find(|&k| {
                    s[k].is_punct(",")
                        || s[k].is_punct(";")
                        || s[k].is_terminal() && !abbreviation_period(s, k)
                        || aside_dash(s, k)
                        || k > i + 2 && is_auxiliary(&s[k])
                        || is_subordinator(&s[k])
                            && !matches!(s[k].lower, "after" | "before" | "as" | "since" | "once")
                })
                .unwrap_or(s.len());
            return Some(Match {
                found: Found {
                    cue: s[cue_start].span.cover(s[i + 1].span),
                    lemma: w.lower.to_string(),
                    kind: CueKind::Noun,
                    stance: Stance::Neutral,
                    class: CueClass::Position,
                    source: Some(doc_range(s, source)),
                    agentless: false,
                    antecedent: antecedent.map(|a| doc_range(s, a)),
                    content: Some(content_span(s, i + 2, end)),
                    mode: Mode::Indirect,
                    sentence: n,
                },
                resume: i + 2,
            });
        }
        if w.has(flag::LIGHT_VERB) && w.is_lowercase_word() {
            // ("is raising questions about": the progressive's subject)
            let verb = if w.lower.ends_with("ing") {
                passive_be(s, i).unwrap_or(i)
            } else {
                i
            };
            let source = self.subject_left(s, verb)?;
            // up to two determiners/adjectives before the noun
            let noun = (i + 1..(i + 4).min(s.len()))
                .find(|&k| s[k].has(flag::CUE_NOUN | flag::STANCE_NOUN | flag::FEELING_NOUN))?;
            if s[i + 1..noun]
                .iter()
                .any(|t| breaks_noun_phrase(t) && !t.is_determiner())
            {
                return None;
            }
            let mut k = noun + 1;
            if s.get(k).is_some_and(|t| t.is("against") || t.is("of")) {
                k = noun_phrase_right(s, k + 1).map_or(k + 1, |np| np.end);
            }
            let (cue_end, content_start) = if s.get(k).is_some_and(|t| t.is("that")) {
                (noun + 1, k)
            } else if k == noun + 1
                && s.get(k).is_some_and(|t| {
                    t.is("about")
                        || t.is("over")
                        // "expressed sympathy for …", "expressed dismay at …"
                        || s[noun].has(flag::FEELING_NOUN) && (t.is("for") || t.is("at"))
                })
                && k + 1 < s.len()
            {
                // "raised questions about …", "voiced concerns over …"
                (k + 1, k + 1)
            } else if s.get(k).is_some_and(|t| t.is_punct(","))
                && s.get(k + 1).is_some_and(|t| t.has(flag::PARTICIPLE_CUE))
            {
                (k + 2, k + 2)
            } else {
                return None;
            };
            let lemma = format!(
                "{} {}{}",
                s[i].lower,
                s[noun].lower,
                if cue_end > noun + 1 {
                    format!(" … {}", s[cue_end - 1].lower)
                } else {
                    String::new()
                }
            );
            // "has voiced concerns over", "is raising questions about": the
            // auxiliaries are the cue's
            let cue_start = auxiliaries_before(s, verb).max(source.range.end);
            return Some(Match {
                found: Found {
                    cue: s[cue_start].span.cover(s[cue_end - 1].span),
                    lemma,
                    kind: CueKind::Noun,
                    stance: Stance::Neutral,
                    class: CueClass::Speech,
                    source: Some(doc_range(s, source.range.clone())),
                    agentless: false,
                    antecedent: source.antecedent.map(|a| doc_range(s, a)),
                    // what a question is about is a phrase, not a clause
                    content: self.content_right(s, content_start).map(|c| {
                        if s[cue_end - 1].is("that") {
                            c
                        } else {
                            object_end(s, c, self.vocab)
                        }
                    }),
                    mode: Mode::Indirect,
                    sentence: n,
                },
                resume: cue_end,
            });
        }
        if w.has(flag::CUE_NOUN) && w.is_lowercase_word() {
            let (source, k) = if i > 0 && s[i - 1].is_possessive() {
                (noun_phrase_left(s, i)?, i + 1)
            } else if s.get(i + 1).is_some_and(|t| t.is("by")) {
                let np = noun_phrase_right(s, i + 2)?;
                let end = np.end;
                (np, end)
            } else {
                return None;
            };
            if !s.get(k).is_some_and(|t| t.is("that")) {
                return None;
            }
            return Some(Match {
                found: Found {
                    cue: w.span,
                    lemma: w.lower.to_string(),
                    kind: CueKind::Noun,
                    stance: Stance::Neutral,
                    class: CueClass::Speech,
                    source: Some(doc_range(s, source)),
                    agentless: false,
                    antecedent: None,
                    content: self.content_right(s, k),
                    mode: Mode::Indirect,
                    sentence: n,
                },
                resume: k,
            });
        }
        None
    }

    /// `CONTENT has drawn criticism from SOURCE` · `will face the criticism
    /// of SOURCE` · `CONTENT sparked criticism`: a verb of receiving before a
    /// stance noun makes its subject what the stance is about; who it comes
    /// from, if the sentence says, is the source.
    fn reaction_noun(&self, s: &[Word], verb: usize, n: usize) -> Option<Match> {
        if !s[verb].has(flag::REACTION_VERB) || !s[verb].is_lowercase_word() {
            return None;
        }
        // ("drew sharp criticism", "face the criticism of")
        let i = (verb + 1..(verb + 4).min(s.len()))
            .find(|&k| self.vocab.is_reaction_noun(s[k].lower))?;
        let noun = &s[i];
        if s[verb + 1..i]
            .iter()
            .any(|t| breaks_noun_phrase(t) && !t.is_determiner())
        {
            return None;
        }
        let first = auxiliaries_before(s, verb);
        let content = noun_phrase_left(s, first)?;
        let from = s
            .get(i + 1)
            .filter(|p| p.is("from") || p.is("of"))
            .and_then(|_| noun_phrase_right(s, i + 2));
        let (source, agentless) = match &from {
            Some(np) => (np.clone(), false),
            // nobody named: the reaction itself stands for its source
            None => (first..i + 1, true),
        };
        Some(Match {
            found: Found {
                cue: s[first].span.cover(noun.span),
                lemma: format!("{} {}", s[verb].lower, noun.lower),
                kind: CueKind::Noun,
                stance: Stance::Neutral,
                class: CueClass::Position,
                source: Some(doc_range(s, source)),
                agentless,
                antecedent: None,
                content: Some(content_span(s, content.start, content.end)),
                mode: Mode::Indirect,
                sentence: n,
            },
            resume: from.map_or(i + 1, |np| np.end),
        })
    }

    /// "WikiLeaks released the DNC emails", "the F.B.I. released its
    /// findings": who publishes a document is its source, the document the
    /// content. (With a participle or a colon after the document, the
    /// document's words are read there: `publishing_verbs`.)
    fn published_document(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        let verb = &s[i];
        if !verb.has(flag::DOCUMENT_VERB)
            || !verb.is_lowercase_word()
            || !document_follows(s, i + 1)
            || participle_modifies_a_noun(s, i)
        {
            return None;
        }
        // ("the report was released", "the book, published in 2010": no
        // publisher; "is releasing a new ad" is one)
        let be = passive_be(s, i);
        let progressive = verb.lower.ends_with("ing");
        if be.is_some() != progressive && !(progressive && i > 0 && s[i - 1].is("and")) {
            return None;
        }
        let first = auxiliaries_before(s, be.unwrap_or(i));
        let subject = self.subject_with_apposition(s, first)?;
        // ("a national poll released Sunday by …": a document before the
        // verb is what was published, in a reduced relative)
        if s[subject.range.end - 1].has(flag::DOCUMENT_HEAD) {
            return None;
        }
        Some(Match {
            found: Found {
                cue: s[first].span.cover(verb.span),
                lemma: verb.lower.to_string(),
                kind: CueKind::Verb,
                stance: Stance::Neutral,
                class: CueClass::Document,
                source: Some(doc_range(s, subject.range)),
                agentless: false,
                antecedent: subject.antecedent.map(|r| doc_range(s, r)),
                content: self.content_right(s, i + 1),
                mode: Mode::Indirect,
                sentence: n,
            },
            resume: i + 1,
        })
    }

    /// A question put by someone the text does not name: `Asked whether …,
    /// he said` · `when asked about …` · `He was asked about …`. The cue has
    /// no source; its content is the question, up to the next comma.
    fn asked(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        if !s[i].is("asked") {
            return None;
        }
        let be = passive_be(s, i);
        let opens_clause = clause_starts_at(s, i)
            || (i > 0 && (s[i - 1].is_punct(",") || s[i - 1].is("when") || s[i - 1].is("if")));
        if be.is_none() && !opens_clause {
            return None;
        }
        let next = s.get(i + 1)?;
        let asks = |w: &Word| {
            matches!(
                w.lower,
                "about"
                    | "whether"
                    | "if"
                    | "why"
                    | "how"
                    | "what"
                    | "who"
                    | "whom"
                    | "when"
                    | "where"
                    | "which"
            )
        };
        // "Asked on Fox News who …", "Asked during a January debate why …",
        // "Asked by Stephanopoulos to respond …": the question after a
        // circumstance or the asker
        let question = if asks(next) || next.is("for") || next.is("to") {
            Some(i + 1)
        } else {
            (i + 2..s.len().min(i + 10))
                .take_while(|&k| s[k].kind != TokenKind::Punct)
                .find(|&k| asks(&s[k]) || s[k].is("to") && s[i + 1].is("by"))
        };
        // `Blumenthal was asked, "If you had known …?"`: the question quoted
        let quoted = (be.is_some() && next.is_punct(","))
            .then(|| s.get(i + 2).and_then(|q| q.quote))
            .flatten()
            .map(|q| segment::chain_end(self.quotes, q as usize))
            .filter(|_| s[i + 2].is_quote_mark());
        if quoted.is_none()
            && question.is_none()
            && !(be.is_some() && next.kind == TokenKind::Word && !next.is("by"))
        {
            return None;
        }
        // "asked about X": "about" is the cue's, X the content
        let start = match question {
            Some(q) if q == i + 1 && next.is("about") => i + 2,
            q => q.unwrap_or(i + 1),
        };
        // "Asked by Stephanopoulos …": the asker is the source
        let asker = next
            .is("by")
            .then(|| noun_phrase_right(s, i + 2))
            .flatten()
            .filter(|np| np.end <= start);
        let end = (start..s.len())
            .find(|&k| s[k].is_punct(",") || s[k].is_punct(";"))
            .unwrap_or(s.len());
        let (content, mode) = match quoted {
            Some(quote_end) => (s[i + 2].span.cover(quote_end), Mode::Direct),
            None => (content_span(s, start, end), Mode::Indirect),
        };
        Some(Match {
            found: Found {
                // "asked about": the preposition is the verb's, as PolNeAR has it
                cue: s[be.unwrap_or(i)]
                    .span
                    .cover(s[if next.is("about") { i + 1 } else { i }].span),
                lemma: "ask".to_string(),
                kind: CueKind::Verb,
                stance: Stance::Neutral,
                class: CueClass::Speech,
                source: asker.map(|np| doc_range(s, np)),
                agentless: false,
                antecedent: None,
                content: Some(content),
                mode,
                sentence: n,
            },
            resume: i + 1,
        })
    }

    /// A finding placed in a document, with no verb of its own: `In a poll
    /// released Sunday, Clinton led Trump` · `Trump took 6 percent in a
    /// Washington Post-ABC News poll`.
    fn in_document(&self, s: &[Word], i: usize, n: usize, earlier: &[Found]) -> Option<Match> {
        // (no document named after it, no noun phrase to read: most
        // sentences with "in")
        if !s[i].is("in")
            || !earlier.is_empty()
            || !s[i + 1..].iter().any(|w| w.has(flag::DOCUMENT_HEAD))
        {
            return None;
        }
        let mut source = noun_phrase_right(s, i + 1)?;
        if !s[source.clone()].iter().any(|w| w.has(flag::DOCUMENT_HEAD)) {
            return None;
        }
        // "leads in the polls", "is ahead in national polls": polls in
        // general, a standing, not a document that finds something
        let (head, modifiers) = s[source.clone()].split_last()?;
        if head.lower.ends_with('s')
            && modifiers
                .iter()
                .all(|w| matches!(w.lower, "the" | "national" | "many"))
        {
            return None;
        }
        // "In a statement, the company denied …": the verb attributes it
        // ("In a CNN poll, 38 percent said …": what they said is the poll's)
        let survey = s[source.clone()]
            .iter()
            .any(|w| self.vocab.is_survey_head(w.lower));
        let opening_survey = i == 0 && survey;
        // (after its clause, "in a new poll" dates what came before: no cue
        // was found there, and the words of a homograph — "have a favorable
        // view of Trump in a new poll" — are the poll's)
        let checked = if survey && !clause_starts_at(s, i) {
            source.end..s.len()
        } else {
            0..s.len()
        };
        if !opening_survey && self.has_cue_verb(s, checked) {
            return None;
        }
        let content = if clause_starts_at(s, i) {
            // ("In the new Morning Consult poll, conducted March 11-13, …")
            if let Some(close) = opening_apposition_end(s, source.end) {
                source.end = close;
            }
            let after = skip_to_comma(s, source.end)?;
            self.content_right(s, after)
        } else {
            self.content_left(s, i)
        }?;
        Some(Match {
            found: Found {
                cue: s[i].span,
                lemma: "in".to_string(),
                kind: CueKind::Phrase,
                stance: Stance::Neutral,
                class: CueClass::Document,
                source: Some(doc_range(s, source.clone())),
                agentless: false,
                antecedent: None,
                content: Some(content),
                mode: Mode::AccordingTo,
                sentence: n,
            },
            resume: source.end,
        })
    }

    /// `it is alleged that …` · `X is said to …` · `is widely believed`.
    fn agentless_passive(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        let participle = &s[i];
        if !participle.has(flag::AGENTLESS) {
            return None;
        }
        let be = passive_be(s, i)?;
        let next = s.get(i + 1);
        if agent_by(s, i).is_some() {
            return None; // an agent follows: passive_by
        }
        // "had been expected", "might be expected": auxiliaries are the cue's
        let first = auxiliaries_before(s, be);
        let expletive = first > 0 && s[first - 1].is("it");
        let content = if expletive && next.is_some_and(|t| t.is("that")) {
            self.content_right(s, i + 1)
        } else if next.is_some_and(|t| t.is("to")) {
            // "which is expected to draw …", "who might be expected to
            // resist …", "she is expected to move": the subject is part of
            // what is expected; "it" is not ("It is expected to rise to 2.9
            // percent")
            let subject = match relative_subject_before(s, first) {
                Some(relative) => relative,
                None if first > 0 && s[first - 1].is("it") => i + 1,
                None => self
                    .passive_subject(s, first, false)
                    .map_or(first, |r| r.start),
            };
            // (where what is expected ends is where a reported clause does)
            let rest = self.content_right(s, i + 1)?;
            Some(s[subject].span.cover(rest))
        } else if expletive {
            None
        } else {
            let subject = noun_phrase_left(s, first)?;
            let subject_span = content_span(s, subject.start, subject.end);
            // "Dylann Roof is accused of killing …", "the island was known
            // as …": what the passive says of its subject runs on after the
            // preposition it selects (not a date: "reported in May")
            // ("are considered the “homicide detectives …”": or what it is
            // considered)
            let complement = next
                .and_then(|t| {
                    if SELECTED_PREPOSITIONS.contains(&t.lower) || t.is("as") {
                        Some(i + 2)
                    } else if t.is_determiner() && !t.is_quantifier() || t.is_quote_mark() {
                        Some(i + 1)
                    } else {
                        None
                    }
                })
                .filter(|&start| !s.get(start).is_some_and(|w| w.has(flag::TIME)))
                .and_then(|start| self.content_right(s, start));
            Some(complement.map_or(subject_span, |c| subject_span.cover(c)))
        };
        Some(Match {
            found: Found {
                cue: s[first].span.cover(s[selected_as(s, i)].span),
                lemma: format!("be {}", participle.lower),
                kind: CueKind::Verb,
                stance: Stance::Hedge,
                class: CueClass::Hedge,
                // "it" in "it is alleged"; with no expletive the passive itself
                // stands where the hidden source would be
                source: Some(if expletive {
                    doc_range(s, first - 1..first)
                } else {
                    doc_range(s, first..i + 1)
                }),
                agentless: true,
                antecedent: None,
                content,
                mode: Mode::Passive,
                sentence: n,
            },
            resume: i + 1,
        })
    }

    /// `CONTENT is closely watched by SOURCE` · `was criticized by SOURCE`.
    fn passive_by(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        let participle = &s[i];
        // (the flags first: every candidate word comes through here)
        if !participle.has(flag::PASSIVE_AGENT | flag::CUE_VERB) {
            return None;
        }
        let by = agent_by(s, i)?;
        let be = passive_be(s, i)?;
        if !(participle.has(flag::PASSIVE_AGENT) || self.is_cue_participle(participle)) {
            return None;
        }
        let mut source = noun_phrase_right(s, by + 1)?;
        // ("was supported by majorities of voters": the agent is the whole
        // share)
        if s.get(source.end).is_some_and(|w| w.is("of"))
            && let Some(of) = noun_phrase_right(s, source.end + 1)
        {
            source.end = of.end;
        }
        // "was backed by", "has been criticized by": the auxiliaries are the
        // cue's, as in the active voice, and what was backed is before them
        let auxiliaries = auxiliaries_before(s, be);
        // ("the news media, which is then denounced by Trump": or the
        // relative pronoun that stands for it)
        let content = match relative_subject_before(s, auxiliaries) {
            Some(relative) => Some(s[relative].span),
            None => noun_phrase_left(s, auxiliaries).map(|np| content_span(s, np.start, np.end)),
        };
        let (class, stance) = self
            .vocab
            .verb(participle.lower)
            .first()
            .map(|m| {
                let l = &self.vocab.lemmas[m.lemma as usize];
                (l.class, l.stance)
            })
            .unwrap_or((CueClass::Position, Stance::Neutral));
        Some(Match {
            found: Found {
                cue: s[auxiliaries].span.cover(participle.span),
                lemma: participle.lower.to_string(),
                kind: CueKind::Verb,
                stance,
                class,
                source: Some(doc_range(s, source.clone())),
                agentless: false,
                antecedent: None,
                content,
                mode: Mode::Passive,
                sentence: n,
            },
            resume: source.end,
        })
    }

    /// `SOURCE is confident that CONTENT` · `SOURCE was eager to …`: an
    /// adjective of a stance after a form of "be" or "remain", followed by
    /// the complement its group names in the vocabulary.
    fn stance_adjective(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        if !s[i].has(flag::STANCE_ADJECTIVE) || !s[i].is_lowercase_word() {
            return None;
        }
        let adjective = self.vocab.stance_adjective(s[i].lower)?;
        if !s.get(i + 1).is_some_and(|w| w.is(&adjective.complement)) {
            return None;
        }
        let be = linking_verb_before(s, i)?;
        let subject = self.subject_left(s, be)?;
        // "critical of the plan": what a position is on is the phrase after
        // its preposition, not a clause
        // (the preposition is the cue's, as in "was critical of")
        let (cue_end, content) = match adjective.class {
            CueClass::Position => (
                i + 1,
                object_end(s, self.content_right(s, i + 2)?, self.vocab),
            ),
            _ => (i, self.content_right(s, i + 1)?),
        };
        Some(Match {
            found: Found {
                cue: s[auxiliaries_before(s, be)].span.cover(s[cue_end].span),
                lemma: s[i].lower.to_string(),
                kind: CueKind::Adjective,
                stance: Stance::Neutral,
                class: adjective.class,
                source: Some(doc_range(s, subject.range)),
                agentless: false,
                antecedent: subject.antecedent.map(|a| doc_range(s, a)),
                content: Some(content),
                mode: Mode::Indirect,
                sentence: n,
            },
            resume: i + 1,
        })
    }

    /// The subject of a passive whose auxiliaries start at `first`: a
    /// clause's subject with its apposition ("The bank, which has held
    /// rates near zero, is expected", "But he was challenged"), else the
    /// noun phrase before it. With `opening_only`, only the sentence's own
    /// subject reads so, not one inside another's clause ("…, or whether
    /// they could be charged").
    fn passive_subject(
        &self,
        s: &[Word],
        first: usize,
        opening_only: bool,
    ) -> Option<Range<usize>> {
        // (wider than `opens_sentence`, which passes no adverb of time and
        // its comma: "Later, he was challenged"; that one cost dev cue F1
        // 0.0003 here)
        let subject_of_sentence = |r: &Range<usize>| {
            !opening_only
                || s[..r.start].iter().all(|w| {
                    matches!(w.lower, "but" | "and" | "yet" | "so")
                        || is_adverbial(w)
                        || w.is_punct(",")
                })
        };
        // (not one whose relative clause has no verb of its own: in "Marco
        // Rubio, whose hometown, Miami, is projected to be underwater",
        // "whose hometown" is what is projected)
        let relative_has_verb = |r: &Range<usize>| {
            (r.start..r.end)
                .find(|&k| s[k].has(flag::RELATIVE) || s[k].is("whose"))
                .is_none_or(|k| {
                    s[k + 1..r.end]
                        .iter()
                        .any(|w| looks_like_verb(w) || w.is_be_form() || w.has(flag::AUXILIARY))
                })
        };
        // (nor one whose apposition has a cue of its own: "The union, which
        // endorsed Clinton, is widely regarded as …")
        self.subject_with_apposition(s, first)
            .map(|sub| sub.range)
            .filter(|r| {
                r.end <= first
                    && subject_of_sentence(r)
                    && relative_has_verb(r)
                    && !self.has_cue_verb(s, r.clone())
            })
            .or_else(|| noun_phrase_left(s, first))
    }

    /// A cue verb's passive with no agent: `Mr. Sanders has been criticized
    /// for …`, `Clinton was declared the winner`. Nobody is named; what is
    /// said is about the subject, so the content runs from the subject to
    /// the end of the clause, as PolNeAR marks it.
    fn cue_passive(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        if !s[i].has(flag::CUE_VERB) || s.get(i + 1).is_some_and(|t| t.is("by")) {
            return None; // not a cue verb, or an agent follows: passive_by
        }
        let be = passive_be(s, i)?;
        let verb = self
            .vocab
            .verb(s[i].lower)
            .iter()
            .find(|m| m.rest.is_empty() && m.form == VerbForm::Past)?;
        let lemma = &self.vocab.lemmas[verb.lemma as usize];
        // "The trip was planned in May", "The runoff will be decided": an
        // intention without its holder is an event, not a hidden source
        // (but "is intended to stop …" states a hidden holder's purpose)
        if lemma.class == CueClass::Intention && !s.get(i + 1).is_some_and(|w| w.is("to")) {
            return None;
        }
        // "has been criticized", "will be seen": auxiliaries are the cue's
        let first = auxiliaries_before(s, be);
        if lemma.experiencer {
            return self.experiencer_passive(s, first, i, lemma, n);
        }
        let subject = self.passive_subject(s, first, true)?;
        // ("after the winner was declared, told …", "The purchase price was
        // not disclosed.": with nothing after it, what is said is the
        // subject, as PolNeAR marks it)
        let end = s
            .get(i + 1)
            .filter(|w| w.kind != TokenKind::Punct || w.is_quote_mark())
            .and_then(|_| self.content_right(s, i + 1))
            .map_or(s[subject.end - 1].span.end, |c| c.end);
        Some(Match {
            found: Found {
                cue: s[first].span.cover(s[selected_as(s, i)].span),
                lemma: lemma.text.clone(),
                kind: CueKind::Verb,
                stance: lemma.stance,
                class: lemma.class,
                source: Some(doc_range(s, first..i + 1)),
                agentless: true,
                antecedent: None,
                content: Some(Span {
                    start: s[subject.start].span.start,
                    end,
                }),
                mode: Mode::Passive,
                sentence: n,
            },
            resume: i + 1,
        })
    }

    /// `SOURCE is worried about CONTENT`, `SOURCE is convinced CONTENT`: the
    /// passive of a verb of feeling, from its first auxiliary at `first` to
    /// its participle at `i`, has the one who feels as its subject.
    fn experiencer_passive(
        &self,
        s: &[Word],
        first: usize,
        i: usize,
        lemma: &Lemma,
        n: usize,
    ) -> Option<Match> {
        let subject = self.subject_with_apposition(s, first)?;
        let cue_end = i + 1 + usize::from(s.get(i + 1).is_some_and(|w| w.is("about")));
        Some(Match {
            found: Found {
                cue: s[first].span.cover(s[cue_end - 1].span),
                lemma: lemma.text.clone(),
                kind: CueKind::Verb,
                stance: lemma.stance,
                class: lemma.class,
                source: Some(doc_range(s, subject.range)),
                agentless: false,
                antecedent: subject.antecedent.map(|a| doc_range(s, a)),
                content: self.content_right(s, cue_end),
                mode: Mode::Indirect,
                sentence: n,
            },
            resume: cue_end,
        })
    }

    /// Where a frame that makes the cue verb's infinitive at `i` its cue
    /// begins ("went on to", "were quick to", "tried to", "continued to",
    /// "seemed to"), and the frame's verb form.
    fn frame_at(&self, s: &[Word], i: usize) -> Option<(usize, VerbForm)> {
        if i < 2 || !s[i - 1].is("to") || !s.get(i).is_some_and(|w| w.has(flag::CUE_VERB)) {
            return None;
        }
        if !self
            .verb_at(s, i)
            .is_some_and(|(_, form, _)| form == VerbForm::Base)
        {
            return None;
        }
        let frame = &s[i - 2];
        if let Some((lemma, form, 1)) = self.verb_at(s, i - 2)
            && matches!(
                self.vocab.lemmas[lemma as usize].text.as_str(),
                "continue" | "seem" | "appear"
            )
        {
            return Some((i - 2, form));
        }
        if let Some(form) = form_of(frame, ["try", "tries", "tried", "trying"]) {
            return Some((i - 2, form));
        }
        let frame = s.get(i.checked_sub(3)?)?;
        if s[i - 2].is("on") {
            return form_of(frame, ["go", "goes", "went", "going"]).map(|form| (i - 3, form));
        }
        if s[i - 2].is("quick") && frame.is_be_form() {
            let form = if matches!(frame.lower, "was" | "were") {
                VerbForm::Past
            } else {
                VerbForm::Present
            };
            return Some((i - 3, form));
        }
        None
    }

    /// Verb cues in every word order: `SOURCE [has] said [that] CONTENT`,
    /// `CONTENT, SOURCE said.`, `"QUOTE," said SOURCE.`, `…, which SOURCE
    /// claims was …`, `…, saying CONTENT`, `and added that …`.
    fn verb_cue(&self, s: &[Word], i: usize, n: usize, earlier: &[Found]) -> Option<Match> {
        let (lemma_id, mut form, mut len) = self.verb_at(s, i)?;
        // "went on to criticize", "continued to say", "seemed to urge": the
        // frame is part of the infinitive's cue, and its subject the source,
        // as PolNeAR marks them; a frame that is a cue itself leaves it
        // to the infinitive
        if s.get(i + len).is_some_and(|w| w.is("to"))
            && self
                .frame_at(s, i + len + 1)
                .is_some_and(|(start, _)| start == i)
        {
            return None;
        }
        let mut i = i;
        if form == VerbForm::Base
            && let Some((start, frame_form)) = self.frame_at(s, i)
        {
            len += i - start;
            i = start;
            form = frame_form;
        }
        // "Trump avoids condemning", "more Republicans have begun urging":
        // a verb of aspect before the gerund is the cue's, as a frame is
        if form == VerbForm::Ing
            && let Some(frame_form) = i
                .checked_sub(1)
                .filter(|&k| s[k].is_lowercase_word())
                .and_then(|k| gerund_frame(&s[k]))
        {
            len += 1;
            i -= 1;
            form = frame_form;
        }
        let lemma = &self.vocab.lemmas[lemma_id as usize];
        if lemma.needs_amount && !amount_follows(s, i + len) {
            return None; // "put it on the table": no estimate
        }
        // "where he appeared,", "they appeared together", "appeared as his
        // girlfriend": showing up, not seeming (which needs what seems so:
        // "appeared deferential", "appears to be", "seems that")
        if lemma.class == CueClass::Evidential
            && s.get(i + len).is_none_or(|w| {
                w.is_terminal()
                    || w.is_punct(",")
                    || matches!(w.lower, "together" | "as" | "alongside")
                    || w.is_preposition() && !w.is("to") && !w.is("like")
            })
        {
            return None;
        }
        // "several said", "many believed", "Many fear …": a quantifier
        // standing alone is the subject of a past-tense or base verb (after
        // "many" a noun would be plural)
        let quantifier_subject =
            i > 0 && matches!(form, VerbForm::Past | VerbForm::Base) && s[i - 1].is_quantifier();
        // ("bottles that said, “…”": a past form after "that" is a verb)
        let relative_that = i > 0 && s[i - 1].is("that") && form == VerbForm::Past;
        if i > 0
            && !quantifier_subject
            && !relative_that
            && (s[i - 1].is_determiner()
                || s[i - 1].is_possessive()
                || form == VerbForm::Past && participle_modifies_a_noun(s, i))
        {
            return None; // "the claims", "his statement": a noun here
        }
        if form != VerbForm::Ing && after_preposition(s, i) {
            return None; // "via email", "in response": a noun after a preposition
        }
        // "U.S.-backed South Vietnam": the second half of a compound adjective
        if i > 0 && s[i - 1].is_punct("-") && s[i - 1].span.end == s[i].span.start {
            return None;
        }
        // "fire back at", "sang back in the 1980s": after a verb "back" is
        // its particle; the verb is "back" after a plural or pronoun
        // subject, a modal or "to" ("voters back Sanders", "will back")
        if s[i].is("back")
            && i > 0
            && s[i - 1].is_lowercase_word()
            && !(names_a_plural(&s[i - 1])
                || s[i - 1].has(flag::PRONOUN | flag::AUXILIARY | flag::MODIFIER)
                || s[i - 1].is("to")
                || is_ly_adverb(&s[i - 1]))
        {
            return None;
        }
        if i > 0 && form != VerbForm::Past && s[i - 1].is("other") {
            return None; // "climate change and other issues"; but "the other said"
        }
        if matches!(form, VerbForm::Base | VerbForm::Ing) && self.embedded_after_finite_cue(s, i) {
            return None;
        }
        if i > 0 && s[i - 1].is_be_form() && form == VerbForm::Past {
            return None; // passive without agent or adjective: "was reported"
        }
        if matches!(lemma.text.as_str(), "call" | "name")
            && form == VerbForm::Past
            && names_a_thing(s, i)
        {
            return None; // "a consulting firm called Gavekal": a name, not a word said
        }
        // "-ing" forms are cues only as participles ("…, saying"), after
        // "and", or in the progressive ("was saying").
        // ("with Trump reportedly yelling": past its adverbs)
        let speech_after_subject = form == VerbForm::Ing
            && lemma.class == CueClass::Speech
            && auxiliaries_before(s, i)
                .checked_sub(1)
                .is_some_and(|k| s[k].is_capitalized() || s[k].has(flag::PRONOUN));
        // the progressive: "Trump is predicting that …", "is also praising"
        let progressive = (form == VerbForm::Ing).then(|| passive_be(s, i)).flatten();
        // "he’s predicting", "they’re saying"
        let contracted_progressive = i > 0
            && s[i - 1].has(flag::PRONOUN)
            && ["’s", "'s", "’re", "'re", "’m", "'m"]
                .iter()
                .any(|be| s[i - 1].lower.ends_with(be));
        // ", at one point calling …": after a phrase of time an "-ing" form
        // has neither a noun nor a subject before it
        let after_time =
            form == VerbForm::Ing && time_phrase_before(s, auxiliaries_before(s, i)).is_some();
        // "a super PAC supporting Mrs. Clinton", "those backing Mr. Cruz",
        // "911 calls saying shots have been fired": a position held, or
        // words said, by the noun before it
        let reduced_relative = form == VerbForm::Ing
            && (lemma.class == CueClass::Position || s[i].has(flag::PARTICIPLE_CUE))
            && i > 0
            && s[i - 1].kind == TokenKind::Word
            && !breaks_noun_phrase(&s[i - 1])
            && !s[i - 1].has(flag::MODIFIER)
            && !SELECTED_PREPOSITIONS.contains(&s[i - 1].lower)
            && (s[i - 1].is("those") || !s[i - 1].is_determiner())
            // ("at one point calling the mayor …": no noun, a time)
            && !after_time
            // ("polls showing her well behind", not "a strong showing": a
            // document shows)
            && (lemma.text != "show" || s[i - 1].has(flag::DOCUMENT_HEAD));
        // "by saying that …", "after initially saying …", "While saying …":
        // a gerund after a preposition, said by the clause's subject
        let gerund_preposition = (form == VerbForm::Ing)
            .then(|| auxiliaries_before(s, i).checked_sub(1))
            .flatten()
            .filter(|&p| GERUND_PREPOSITIONS.contains(&s[p].lower));
        if form == VerbForm::Ing
            && !speech_after_subject
            && progressive.is_none()
            && !contracted_progressive
            && !reduced_relative
            && gerund_preposition.is_none()
            && i > 0
            && !(opens_participle_clause(s, i) || s[i - 1].is("and"))
        {
            return None;
        }
        let s = inside_quote_of(s, i);
        let mut cue_end = (i + len).min(s.len());
        let after_quote = || s[..i].iter().any(Word::is_quote_mark);
        // (`said repeatedly that`, `"Q," he said dryly.`): how it was said
        // is part of the cue; "said only a few" starts the content, and
        // "a claim not recognized internationally." says nothing
        if s.get(cue_end)
            .is_some_and(|w| w.is_lowercase_word() && is_ly_adverb(w))
            && s.get(cue_end + 1).is_some_and(|w| match w.lower {
                "that" | "about" | "of" | ":" => true,
                "." | "," => after_quote(),
                _ => false,
            })
        {
            cue_end += 1;
        }
        // (`"Q," he said with a laugh.`): so is a manner's "with a" noun
        if s.get(cue_end).is_some_and(|w| w.is("with"))
            && s.get(cue_end + 1).is_some_and(|w| w.is("a") || w.is("an"))
            && s.get(cue_end + 2).is_some_and(Word::is_lowercase_word)
            && s.get(cue_end + 3)
                .is_some_and(|w| w.is_punct(".") || w.is_punct(","))
            && after_quote()
        {
            cue_end += 3;
        }
        // ("said Tuesday.", "said Monday night she would"): a bare weekday
        // after the verb is part of the cue, except before "that", where
        // PolNeAR splits evenly
        if s.get(cue_end)
            .is_some_and(|w| w.has(flag::WEEKDAY) && w.is_capitalized())
        {
            let mut end = cue_end + 1;
            if s.get(end)
                .is_some_and(|w| w.has(flag::TIME) && w.is_lowercase_word())
            {
                end += 1;
            }
            if !s.get(end).is_some_and(|w| w.is("that")) {
                cue_end = end;
            }
        }
        let mut source: Option<Range<usize>>;
        let mut antecedent = None;
        let mut content = None;
        let mut mode = Mode::Indirect;
        let mut inverted_noun_phrase_end = None;

        let subject = if let Some(be) = progressive {
            // ("Dottie Deans, the chairwoman, is supporting")
            self.subject_with_apposition(s, be)
        } else if form == VerbForm::Ing {
            self.subject_left(s, i).filter(|_| !after_time)
        } else {
            self.subject_with_apposition(s, i)
        };
        // "Mrs. Clinton delivered a forceful promise to …", "Cruz made an
        // unprompted call for …": a base form after a singular determiner
        // and its adjectives heads their noun phrase, and the subject of
        // the verb before that phrase holds it
        let mut noun_reading = false;
        let subject = match subject {
            Some(sub)
                if form == VerbForm::Base
                    && premodifiers_only(s, sub.range.clone(), i)
                    // ("How does a revolutionary persuade": a question's
                    // subject after "do" or a modal; "has a vocal advocate"
                    // is a light verb's object)
                    && !(sub.range.start > 0
                        && s[sub.range.start - 1].has(flag::AUXILIARY)
                        && !matches!(s[sub.range.start - 1].lower, "has" | "have" | "had")) =>
            {
                noun_reading = true;
                let before = sub.range.start;
                let verb = if before > 0 && s[before - 1].is_preposition() {
                    before - 1
                } else {
                    before
                };
                (verb > 0 && s[verb - 1].is_lowercase_word())
                    .then(|| self.subject_with_apposition(s, verb - 1))
                    .flatten()
            }
            subject => subject,
        };
        let right = match self.content_after_cue(s, cue_end, lemma.takes_addressee) {
            // `"Q," Christie said when asked whether …`, `"Q," Trump told
            // ITV in an interview when asked how …`: the question is the
            // asker's, and the content is before the cue
            RightSide::Content(start) if asked_after_circumstance(s, start) => {
                RightSide::Nothing(start)
            }
            // `"Really," she added when the interviewer expressed shock`:
            // after a quotation, a clause of time says when, not what;
            // `"Q," Trump said to reporters.`: nor does whom it was said to;
            // `"Q," he said dryly`, `… wrote in a letter to the court`: nor
            // how or where
            RightSide::Content(start)
                if (s
                    .get(start)
                    .is_some_and(|w| is_subordinator(w) || opens_circumstance(w))
                    || addressee_ends_sentence(s, start))
                    && subject.as_ref().is_some_and(|sub| {
                        sub.clause_start > 0 && s[sub.clause_start - 1].is_quote_mark()
                    }) =>
            {
                RightSide::Nothing(start)
            }
            // `"It's fine," Trump said of waterboarding.`: what follows "say"
            // in a preposition is the occasion or the topic, not the words
            RightSide::Content(start)
                if lemma.text == "say"
                    // ("said about half of the adjustment reflected …",
                    // "said about 40 percent of voters": an amount)
                    && !approximate_amount(s, start)
                    && s.get(start).is_some_and(|w| {
                        matches!(
                            w.lower,
                            "of" | "about" | "at" | "in" | "on" | "during" | "after" | "before"
                        )
                    }) =>
            {
                // ("said of the plan that …", "said in ‘08 that …": the words
                // follow the occasion)
                // (or a quotation after its colon or comma: "said of
                // Congress: “…”")
                let quote_after = |k: usize| {
                    (s[k].is_punct(":") || s[k].is_punct(","))
                        && s.get(k + 1).is_some_and(Word::is_quote_mark)
                };
                match (start + 1..s.len().min(start + 9))
                    .take_while(|&k| !s[k].is_terminal() && (!s[k].is_punct(",") || quote_after(k)))
                    .find(|&k| s[k].is("that") && !s[k - 1].is_determiner() || quote_after(k))
                {
                    Some(k) if s[k].is("that") => RightSide::Content(k),
                    Some(k) => RightSide::Content(k + 1),
                    None => RightSide::Nothing(start),
                }
            }
            right => right,
        };
        // ("gave a roundabout answer.": a noun says what only with its object)
        if noun_reading && matches!(right, RightSide::Nothing(_)) {
            return None;
        }
        // "an early morning tweet on …", "a Facebook post that …",
        // "interviews and tweets", "classified emails": the document, not
        // the verb of publishing it, which needs its subject right before
        // it ("He tweets", "Republicans Tweet Prayers", "Reuters reports",
        // "had already forecast")
        if s[i].has(flag::DOCUMENT_HEAD)
            && matches!(form, VerbForm::Base | VerbForm::Present)
            && (noun_reading
                || auxiliaries_before(s, i).checked_sub(1).is_some_and(|k| {
                    // ("a Facebook post": a name after an article modifies)
                    let modifier =
                        s[k].is_capitalized() && k > 0 && article_or_possessive(&s[k - 1]);
                    // ("the newspaper reports"; not "classified emails")
                    let singular_noun = form == VerbForm::Present
                        && s[k].is_lowercase_word()
                        && !s[k].is_preposition()
                        && !matches!(s[k].lower, "and" | "or")
                        && !s[k].lower.ends_with("ed");
                    modifier
                        || !(s[k].is_capitalized()
                            || s[k].has(flag::PRONOUN)
                            || s[k].is("to")
                            || names_a_plural(&s[k])
                            || singular_noun)
                }))
        {
            return None;
        }
        if s[i].quote.is_some()
            && subject.as_ref().is_some_and(|sub| {
                // "I", "we", "you" and their contractions: "we’ll", "I'm"
                let first_person = |w: &str| {
                    let pronoun = w.split(['\'', '’']).next().unwrap_or(w);
                    matches!(pronoun, "i" | "we" | "you")
                };
                sub.range.len() == 1 && first_person(s[sub.range.start].lower)
            })
        {
            return None; // "I think" inside a quotation: the speaker's words, not an attribution of the article
        }
        // "Sanders supports raising …", "she calls it": a pronoun or a name
        // right before the form makes it a verb
        // (positions and beliefs only: "Clinton emails", "State Department
        // records" are compounds far more often than a speech verb)
        let position_or_belief = matches!(lemma.class, CueClass::Position | CueClass::Belief)
            && !lemma.takes_as_complement;
        let named_subject = subject.as_ref().is_some_and(|sub| {
            let words = &s[sub.range.clone()];
            // (a pronoun does not make a document verb a cue: "He read a
            // book", but "it reads, “…”")
            // ("bring it back,": an object and its particle, nothing after)
            let object_and_particle = (words[0].is("it")
                || OBJECT_PRONOUNS.contains(&words[0].lower))
                && s.get(cue_end)
                    .is_none_or(|w| w.is_punct(",") || w.is_terminal());
            let pronoun = words.len() == 1
                && words[0].has(flag::PRONOUN)
                && !object_and_particle
                && lemma.class != CueClass::Document;
            // "Michael Gerson, a speechwriter, calls": the name before its
            // apposition
            // ("Her chief policy aide, Jake Sullivan, calls": or after it)
            // ("Democrat socialist Sen. Bernie Sanders supports": the name
            // that ends a longer subject)
            let is_name = |part: &[Word]| {
                let capitalized = |w: &Word| w.is_capitalized() || w.is_punct(".");
                let tail = part.iter().rev().take_while(|w| capitalized(w)).count();
                let name = &part[part.len() - tail..];
                let names = name.iter().filter(|w| w.is_capitalized()).count();
                // (a lone capitalized word after "the" or an adjective is a
                // modifier: "the Republican nominating contest")
                let ends_subject = tail < part.len() && names >= 2 && {
                    let before = &part[part.len() - tail - 1];
                    before.is_lowercase_word() && !before.is_determiner()
                };
                (1..=3).contains(&names)
                    && name[0].is_capitalized()
                    && (tail == part.len() || ends_subject)
                    && !name.iter().any(|w| w.has(flag::DOCUMENT_HEAD))
            };
            let mut parts = words.split(|w| w.is_punct(","));
            let apposed = parts.clone().count() > 1;
            let adjacent = skip_left(s, i);
            // "The new 50-state poll finds …": a document finds and shows
            let document = lemma.class == CueClass::Document
                && words.last().is_some_and(|w| w.has(flag::DOCUMENT_HEAD));
            (sub.range.end == adjacent || apposed && sub.range.end + 1 == adjacent)
                && (pronoun
                    || document
                    || position_or_belief
                        && parts.any(is_name)
                        && (sub.clause_start == 0 || clause_break_before(s, sub.clause_start)))
        }) && s.get(cue_end).is_some_and(|next| {
            // "Southern states are …", "Republican support has …": a noun
            !next.is_be_form() && (!next.has(flag::CLAUSE) || next.is("that"))
        });
        // "About three-quarters support a ban", "Men under 35 support
        // Sanders": a plural or a share right before the plural form makes it
        // a verb when what it holds follows
        // (asked only of a homograph, below: most verbs never need it)
        let plural_subject = || {
            matches!(lemma.class, CueClass::Position | CueClass::Belief)
            && form == VerbForm::Base
            && s.get(cue_end).is_some_and(|next| {
                next.is_capitalized() || next.is_determiner() || next.lower.ends_with("ing")
            })
            && subject.as_ref().is_some_and(|sub| sub.range.end == i)
            // (not a verb's particle: "The Obamas cut back the ritual")
            && (!s[i - 1].is_lowercase_word()
                || names_a_plural(&s[i - 1])
                || s[i - 1].lower.ends_with("ed"))
            && {
                // (the clause before the verb: "Men under 35", "19 percent
                // of college students polled", a noun phrase throughout)
                let mut clause = s[..i]
                    .iter()
                    .rposition(|w| matches!(w.text, "," | ";" | ":" | "—"))
                    .map_or(0, |k| k + 1);
                // (past its conjunction: "…, while 19 percent of students
                // polled support Clinton")
                if s[clause].is_lowercase_word() && s[clause].has(flag::CLAUSE) {
                    clause += 1;
                }
                let words = &s[clause..i];
                // (prepositions and "than" inside it: "a majority of", "more
                // than half")
                let joins_phrase = |w: &Word| w.is_preposition() || w.is("than");
                let breaks = |w: &Word| {
                    w.is_lowercase_word() && breaks_noun_phrase(w) && !joins_phrase(w)
                };
                words.len() <= 14
                    && words.iter().any(names_a_plural)
                    && words.iter().all(|w| match w.kind {
                        TokenKind::Punct => matches!(w.text, "%" | "-" | "."),
                        _ => !breaks(w) && !is_auxiliary(w),
                    })
            }
        };
        // "Trump continued his push", "the borrowing continued": a verb that
        // reports words only next to a quotation ("He continued, “…”", "“…,”
        // he continued"), a that-clause or remarks (vocabulary
        // `quotation_verbs`)
        if lemma.reports_only_quotations && len == 1 {
            let reports_words = match right {
                RightSide::Content(start) => {
                    s.get(start)
                        .is_some_and(|w| w.is_quote_mark() || w.is("that"))
                        || s[start - 1].is_punct(":")
                        || s[start..s.len().min(start + 4)]
                            .iter()
                            .any(|w| w.has(flag::CUE_NOUN))
                }
                RightSide::Nothing(_) => subject.as_ref().is_some_and(|sub| {
                    sub.clause_start > 0 && s[sub.clause_start - 1].is_quote_mark()
                }),
            };
            if !reports_words {
                return None;
            }
        }
        // "would see an average tax cut", "will see what happens", "to see
        // a Republican administration defending", "help a visitor see the
        // efforts", "I saw a guy careening down the hallway": what is met
        // with or looked at, not a view held, which its holder has now
        // ("Republicans see dark side of the country", "Union leaders also
        // see a powerful unifier") or says what it is ("saw that Obama could
        // win", "see him as a threat", "as we saw in 2009, …")
        if lemma.text == "see"
            && (matches!(form, VerbForm::Base | VerbForm::Present) || s[i].is("saw"))
        {
            let first = auxiliaries_before(s, i);
            let future = s[first..i].iter().any(|w| {
                matches!(w.lower, "will" | "would")
                    || w.lower.ends_with("'ll")
                    || w.lower.ends_with("’ll")
            });
            let no_subject_before = first > 0
                && !s[first - 1].has(flag::PRONOUN)
                && s[first - 1].is_lowercase_word()
                && !names_a_plural(&s[first - 1]);
            // ("as we saw in 2009, banks …": the comment clause is the view)
            let as_clause = subject
                .as_ref()
                .is_some_and(|sub| sub.range.start > 0 && s[sub.range.start - 1].is("as"));
            let view = as_clause
                || match right {
                    RightSide::Content(start) => {
                        s[start].is("that") || as_complement_follows(s, start)
                    }
                    RightSide::Nothing(_) => false,
                };
            if (future || no_subject_before || s[i].is("saw")) && !view {
                return None;
            }
        }
        // "calls for", "calls on": the particle makes the form a verb
        if s[i].has(flag::HOMOGRAPH) && !named_subject && len == 1 && !plural_subject() {
            let strong = match right {
                RightSide::Content(start) => {
                    // "states that have been reliably Republican": "that"
                    // opens a relative clause when a verb comes next
                    // (or a verb's form after a word that cannot be the
                    // speaker: "delegate-rich states that vote a week
                    // later", "the dozen states that held primaries")
                    let verb_next = s.get(start + 1).is_none_or(|w| {
                        w.is_terminal()
                            || w.is_lowercase_word()
                                && !(w.is_determiner()
                                    || w.is_possessive()
                                    || w.is_quantifier()
                                    || w.has(flag::PRONOUN)
                                    || names_a_plural(w))
                    });
                    let relative_that = s.get(start + 1).is_some_and(is_auxiliary)
                        || verb_next
                            && subject.as_ref().is_some_and(|sub| {
                                let head = &s[sub.range.end - 1];
                                // ("Not everyone finds that pitch …")
                                let indefinite = head.is_quantifier()
                                    || head.lower.ends_with("one")
                                    || head.lower.ends_with("body");
                                !(subject_can_speak(s, sub.range.clone()) || indefinite)
                            });
                    s.get(start)
                        .is_some_and(|w| w.is("that") && !relative_that || w.is_quote_mark())
                        || s[start - 1].is_punct(":")
                        // "plans to give rallies more leeway"
                        || lemma.class == CueClass::Intention
                            && s[start].is("to")
                            && s.get(start + 1).is_some_and(Word::is_lowercase_word)
                        // "calls it “the least bad option”", "called him a
                        // liar": an object and what the source calls it
                        || lemma.labels_object && labels_its_object(s, start)
                        // "see him as the stronger candidate"
                        || lemma.takes_as_complement && as_complement_follows(s, start)
                }
                // "…, the Daily Caller reports." (not "…, a swing state,
                // said", where the verb comes after, nor "Iowa, a swing
                // state.", an apposition: no one speaks)
                RightSide::Nothing(after) => {
                    subject.as_ref().is_some_and(|sub| {
                        let start = sub.clause_start;
                        let apposition = start >= 2
                            && (s[sub.range.start].is("a") || s[sub.range.start].is("an"))
                            && s[start - 2].is_capitalized();
                        // (a lowercase head names a document or a group,
                        // or speaks after its quotation: "…," the editorial
                        // read)
                        let speaker = subject_can_speak(s, sub.range.clone())
                            || start > 0 && s[start - 1].is_quote_mark();
                        clause_break_before(s, start) && !apposition && speaker
                    }) && !(s.get(after).is_some_and(|w| w.is_punct(","))
                        && self.has_cue_verb(s, after + 1..s.len().min(after + 2)))
                }
            };
            // "said on the MSNBC show", "…, making air quotes": the object
            // of a verb's preposition or of a participle is no subject ("A
            // document on the campaign's website states" has one before)
            let not_a_subject = subject.as_ref().is_some_and(|sub| {
                let (start, first) = (sub.range.start, &s[sub.range.start]);
                let verb_before = start >= 2
                    && s[start - 1].is_preposition()
                    && !s[start - 2].has(flag::HOMOGRAPH)
                    && self.has_cue_verb(s, start - 2..start - 1);
                verb_before
                    || !opens_clause_past_prepositions(s, start)
                    || first.is_lowercase_word() && first.lower.ends_with("ing")
            });
            // `"Q," reads the statement`: a quotation and its comma before an
            // inverted verb (not `"Q," state Sen. Jason Holsman said`)
            let after_quote =
                follows_quotation(s, i) && !s.get(i + 1).is_some_and(Word::is_capitalized);
            if !strong && !after_quote || not_a_subject {
                return None; // "the states", "came back", "attacks on": not cues without a that-clause or quote
            }
        }
        // ", which the government says were invited …, will": the content of
        // a parenthetical relative clause ends at its closing comma
        // (", who opposes abortion, vetoed …" likewise)
        let parenthetical_relative = |sub: &Subject| {
            let start = sub.range.start;
            (start >= 2 && s[start - 1].has(flag::RELATIVE) && s[start - 2].is_punct(","))
                || (start >= 1
                    && sub.range.len() == 1
                    && (s[start].is("who") || s[start].is("which"))
                    && s[start - 1].is_punct(","))
        };
        // "Eaton, a Republican who voted for Clinton, said …": the relative
        // clause ends at the comma before the main clause's cue verb
        let relative_before_main_verb = |sub: &Subject| {
            sub.range.len() == 1
                && (s[sub.range.start].is("who") || s[sub.range.start].is("which"))
                && (cue_end..s.len())
                    .find(|&k| s[k].is_punct(","))
                    .is_some_and(|k| self.has_cue_verb(s, k + 1..s.len().min(k + 3)))
        };
        // "Voters who supported Obama said …": a restrictive relative
        // clause's content ends where the main clause's cue verb begins
        let restrictive_main_verb = subject.as_ref().and_then(|sub| {
            let start = sub.range.start;
            let restrictive = sub.range.len() == 1
                && s[start].is("who")
                && start > 0
                && s[start - 1].kind == TokenKind::Word;
            restrictive
                .then(|| {
                    (cue_end + 1..s.len()).find(|&k| {
                        s[k].is_lowercase_word()
                            && !s[k - 1].has(flag::CLAUSE)
                            && !is_auxiliary(&s[k - 1])
                            && !s[k].has(flag::HOMOGRAPH)
                            && self.has_cue_verb(s, k..k + 1)
                    })
                })
                .flatten()
        });
        let s = match &subject {
            Some(_) if let Some(main) = restrictive_main_verb => &s[..main],
            Some(sub) if parenthetical_relative(sub) || relative_before_main_verb(sub) => {
                let close = (cue_end..s.len())
                    .find(|&k| s[k].is_punct(","))
                    .unwrap_or(s.len());
                &s[..close]
            }
            _ => s,
        };
        // what follows the cue, within the clause that is left
        let right = match right {
            RightSide::Content(start) if start >= s.len() => RightSide::Nothing(s.len()),
            right => right,
        };
        // the preposition a verb selects belongs to the cue, and with it an
        // object before it: "joked about", "accused Republicans of"
        let (right, cue_end) = match right {
            RightSide::Content(start)
                if start + 1 < s.len()
                    && start == cue_end
                    // "said of Trump", "said at a rally": "say" selects none
                    && lemma.text != "say"
                    && SELECTED_PREPOSITIONS.contains(&s[start].lower)
                    // ("made clear over the weekend that")
                    && !s[start + 1].has(flag::TIME)
                    && !(s[start + 1].is_determiner()
                        && s.get(start + 2).is_some_and(|w| w.has(flag::TIME)))
                    && s[start + 1].kind == TokenKind::Word =>
            {
                (RightSide::Content(start + 1), start + 1)
            }
            right => (right, cue_end),
        };
        // "Having announced that …, Judge Berman proceeded": a participle
        // opening the sentence has the main clause's subject
        // ("But in describing the plan …, the journalists …", "Now, after
        // arguing …, his team …": past a conjunction or an adverb)
        let opens_sentence_at = |k: usize| {
            s[..k]
                .iter()
                .all(|w| w.is_punct(",") || w.has(flag::CLAUSE) || is_adverbial(w))
        };
        let opening_participle = form == VerbForm::Ing
            && (i == 0 || gerund_preposition.is_some_and(opens_sentence_at))
            || i == 1 && s[0].is("having") && form == VerbForm::Past;
        let main_clause = opening_participle
            .then(|| {
                (cue_end..s.len())
                    .take_while(|&k| !s[k].is_terminal())
                    .find(|&k| s[k].is_punct(","))
            })
            .flatten()
            .and_then(|comma| noun_phrase_right(s, comma + 1).map(|np| (comma, np)));
        if let Some((comma, np)) = main_clause {
            source = Some(np);
            if let RightSide::Content(start) = right
                && start < comma
            {
                content = self.content_right(&s[..comma], start);
            }
        } else if let Some(p) = gerund_preposition.filter(|&p| p > 0) {
            source = last_source(s, earlier)
                .or_else(|| main_clause_subject(s, p))
                .or_else(|| sentence_subject(s, p));
            if let RightSide::Content(start) = right {
                content = self.content_right(s, start);
            }
        } else if let Some(speaker) = participle_clause_opening(s, i)
            .filter(|_| form == VerbForm::Ing)
            .and_then(|opening| speaker_of_tag_before(s, opening, earlier))
        {
            source = Some(speaker);
            if let RightSide::Content(start) = right {
                content = self.content_right(s, start);
            }
        } else if let Some(subject) = subject {
            source = Some(subject.range.clone());
            antecedent = subject.antecedent;
            let clause_start = subject.clause_start;
            match right {
                RightSide::Content(start) => {
                    content = self.content_right(s, start);
                    let inverted = clause_break_before(s, clause_start);
                    let opens_quote = s.get(start).is_some_and(Word::is_quote_mark);
                    let after_comma = s[start - 1].is_punct(",") || s[start - 1].is_punct(":");
                    // (a quotation before the speaker: "In his tribute,
                    // Elliott said “…”" quotes what follows)
                    let quote_before = s[..clause_start]
                        .iter()
                        .rev()
                        .take(2)
                        .any(Word::is_quote_mark);
                    if inverted
                        && opens_quote
                        && !after_comma
                        && quote_before
                        && !sentence_initial_clause(s, clause_start)
                    {
                        // `"Q," Perez said on "Meet the Press."`: a title, not a quote
                        content = self.content_left(s, clause_start);
                    } else if inverted
                        && opens_quote
                        && s[clause_start - 1].is_quote_mark()
                        && let (Some(left), Some(c)) = (self.content_left(s, clause_start), content)
                    {
                        // `"Q1," he said, "Q2."`, not `Asked if …, Ryan said, "Q."`
                        content = Some(left.cover(c));
                    } else if inverted
                        && opens_quote
                        && after_comma
                        && s[clause_start - 1].is_punct(",")
                        && s[0].quote.is_none()
                        // (the quotation goes on in lowercase: "That, the
                        // commission said, “would be helpful”")
                        && s.get(start + 1).is_some_and(Word::is_lowercase_word)
                        && !s[..clause_start - 1].iter().any(|w| {
                            w.kind == TokenKind::Punct
                                || w.is_be_form()
                                || is_auxiliary(w)
                                || looks_like_verb(w)
                        })
                        && let (Some(left), Some(c)) = (self.content_left(s, clause_start), content)
                    {
                        // "An economic downturn, he said, “could be a good
                        // time to borrow”": the phrase the quotation goes on
                        // from is part of the words
                        content = Some(left.cover(c));
                    }
                }
                RightSide::Nothing(after) => {
                    // ("In Iowa, Clinton told reporters.": an opening phrase
                    // of place or time before the subject is no content)
                    // ("After Scalia said that …, Clinton responded.": nor
                    // an opening subordinate clause, which has a verb)
                    let opening_phrase = clause_start >= 2
                        && (s[0].is_preposition() || is_subordinator(&s[0]))
                        && self.continuation(s, after).is_none()
                        && !s[1..clause_start - 1].iter().any(|w| {
                            w.kind == TokenKind::Punct
                                || w.is_quote_mark()
                                || looks_like_verb(w) && !is_subordinator(&s[0])
                        });
                    if clause_break_before(s, clause_start) && !opening_phrase {
                        content = self.content_left(s, clause_start);
                        // ("Pence said A but added, “B,” Pence said": the
                        // speaker's own cue introduced the quotation)
                        let base = s[0].index;
                        if let Some(c) = content.as_mut()
                            && let Some((open, by)) =
                                self.quotation_introduced(s, clause_start, earlier)
                            && by.source.as_ref().is_some_and(|r| {
                                r.end > base
                                    && s.get(r.end - 1 - base)
                                        .is_some_and(|w| w.text == s[i - 1].text)
                            })
                        {
                            c.start = open;
                        }
                        // "The economy, Trump said, is failing": the words
                        // on both sides are the content
                        match (content, self.continuation(s, after)) {
                            (Some(left), Some(right)) if !s[clause_start - 1].is_quote_mark() => {
                                content = Some(left.cover(right));
                            }
                            // ("But, Carson added, he did not support it": a
                            // conjunction alone before)
                            (None, Some(right)) => content = Some(right),
                            _ => {}
                        }
                    } else if (s[clause_start].is("as") || clause_start == 0)
                        && s.get(after).is_some_and(|t| t.is_punct(","))
                        // (", saying …" is an attribution of its own)
                        && (lemma.class == CueClass::Evidential
                            || !s.get(after + 1).is_some_and(|t| t.has(flag::PARTICIPLE_CUE)))
                    {
                        content = self.content_right(s, after + 1);
                    }
                    // "an offer the leadership rebuffed", "an arrangement the
                    // Sanders campaign has criticized": the noun a reduced
                    // object relative describes is what the verb takes
                    else if clause_start > 0
                        && s[clause_start - 1].is_lowercase_word()
                        && !s[clause_start - 1]
                            .has(flag::CLOSED_CLASS | flag::CLAUSE | flag::TIME | flag::MODIFIER)
                        && !looks_like_verb(&s[clause_start - 1])
                        && !is_ly_adverb(&s[clause_start - 1])
                        && let Some(np) = noun_phrase_left(s, clause_start)
                        && s[np.start].is_determiner()
                    {
                        // ("the practices of some supplements he's promoted":
                        // the nearest noun's phrase)
                        let start = (np.start + 1..np.end)
                            .rev()
                            .find(|&k| s[k - 1].is("of") && s[k].is_determiner())
                            .unwrap_or(np.start);
                        content = Some(content_span(s, start, np.end));
                    }
                }
            }
        } else if i > 0
            && (s[i - 1].is_punct(",")
                || s[i - 1].is_quote_mark()
                || form == VerbForm::Ing && opens_participle_clause(s, i))
        {
            if form == VerbForm::Ing {
                // "…, saying that CONTENT": the subject of the main clause speaks
                source = last_source(s, earlier)
                    .or_else(|| main_clause_subject(s, i))
                    // ("But Trump went further, embracing …")
                    .or_else(|| sentence_subject(s, i))
                    .map(|np| self.with_apposition_after(s, np));
                if let RightSide::Content(start) = right {
                    content = self.content_right(s, start);
                }
            } else {
                // `"QUOTE," said SOURCE.`: the source ends the sentence
                let mut np = noun_phrase_right(s, cue_end)?;
                let ends = |t: &Word| {
                    t.is_terminal()
                        || t.is_quote_mark()
                        || matches!(t.text, "," | ";" | "(" | "—" | "–" | ":")
                };
                // prepositions that extend a speaker's noun phrase; not
                // PREPOSITIONS, whose "on", "by", "about" open adverbials
                // ("said the senator on Monday")
                let preposition = |p: &Word| {
                    matches!(p.lower, "to" | "of" | "for" | "at" | "with" | "from" | "in")
                };
                // after a quotation, the noun phrase runs on: "said another
                // leading advocate" (a cue word as its head noun), "said a
                // longtime adviser to both Clintons, who …"
                let after_quote = follows_quotation(s, i);
                if after_quote
                    && np.len() > 1
                    && s.get(np.end)
                        .is_some_and(|w| w.is_lowercase_word() && w.has(flag::CUE_VERB))
                    && s.get(np.end + 1).is_none_or(|w| ends(w) || preposition(w))
                {
                    np.end += 1;
                }
                // ("says a source involved in the PAC's creation", "said the
                // base chief known as Bob": a participle and its phrase)
                if after_quote
                    && s.get(np.end).is_some_and(|w| {
                        w.is_lowercase_word() && w.lower.ends_with("ed") || w.is("known")
                    })
                    && s.get(np.end + 1)
                        .is_some_and(|p| preposition(p) || p.is("as") || p.is("by"))
                    && let Some(object) = noun_phrase_right(s, np.end + 2)
                {
                    np.end = object.end;
                }
                while after_quote
                    && let Some(p) = s.get(np.end).filter(|&p| preposition(p))
                    && let Some(object) = noun_phrase_right(s, np.end + 1)
                    // (not an infinitive: "announced plans to merge")
                    && !(p.is("to")
                        && !(s[np.end + 1].is_capitalized()
                            || s[np.end + 1].is_determiner()
                            || s[np.end + 1].is_quantifier()))
                    // (nor how it was said: "said Paul Ryan in a statement",
                    // while "the top Republican in the Kentucky House" says who)
                    && !(p.is("in") && (s[np.end + 1].is("a") || s[np.end + 1].is("an")))
                {
                    np.end = object.end;
                }
                let after = skip_adverbials_right(s, np.end);
                // (`"Q," said Dan Golvach when asked about …`; a verb with a
                // particle does not invert: ", who …, called for a “war”")
                let bare_determiner = np.len() == 1 && s[np.start].is_determiner();
                // only words of speech invert after a bare comma ("…, said
                // Smith"); "Westmacott, who …, praised Obama's presidency"
                // has its subject before
                let invertible = lemma.class == CueClass::Speech || follows_quotation(s, i);
                // (`"Q," responded anonymously`, `"Q" offered at the
                // gathering`: how or where, not who)
                let circumstance = s[np.start].is_lowercase_word()
                    && (is_ly_adverb(&s[np.start]) || s[np.start].is_preposition());
                // (`"Q," said a witness who relayed the story.`: the source's
                // restrictive relative clause, to the end of its clause)
                let relative_end = (after_quote
                    && s.get(after)
                        .is_some_and(|t| matches!(t.lower, "who" | "whose" | "that")))
                .then(|| (after..s.len()).find(|&k| ends(&s[k])).unwrap_or(s.len()));
                if let Some(end) = relative_end {
                    np.end = end;
                }
                if len == 1
                    && !bare_determiner
                    && !circumstance
                    && invertible
                    && (relative_end.is_some()
                        || s.get(after).is_none_or(ends)
                        || asked_after_circumstance(s, after)
                        // `"Q," said Cruz when the heckler yelled` (not "as":
                        // `,'' portrayed his nominee as a …`)
                        || s[i - 1].is_quote_mark()
                            && s.get(after).is_some_and(|t| is_subordinator(t) && !t.is("as")))
                {
                    content = self.content_left(s, i);
                    let tag_end = self.apposition_end(s, np.end);
                    // `"Q1," said an Iowa Democrat, "Q2."`: the quotation
                    // goes on after the tag
                    if s[i - 1].is_quote_mark()
                        && s.get(tag_end).is_some_and(|w| w.is_punct(","))
                        && s.get(tag_end + 1).is_some_and(Word::is_quote_mark)
                        && let (Some(left), Some(right)) =
                            (content, self.content_right(s, tag_end + 1))
                    {
                        content = Some(left.cover(right));
                    }
                    source = Some(np.start..tag_end);
                    inverted_noun_phrase_end = Some(np.end);
                } else {
                    // "X, …, said they believed …": not inverted; the speaker is
                    // the sentence's subject, the content follows the cue
                    // ("… as Patti Davis, Reagan's daughter, attacked Trump":
                    // or the clause's, after a subordinator)
                    let clause = (1..i)
                        .rev()
                        .find(|&k| is_subordinator(&s[k]) && s[k - 1].kind == TokenKind::Word)
                        .and_then(|k| noun_phrase_right(s, k + 1))
                        .filter(|np| s[np.start].is_capitalized());
                    // ("Adopting the recommendations …, the board … rejected
                    // both objections, ruled …": past an opening phrase)
                    source = clause
                        .or_else(|| main_clause_subject(s, i))
                        .or_else(|| sentence_subject(s, i))
                        .map(|subject| self.with_long_apposition(s, subject, i - 1))
                        .or(Some(np));
                    if let RightSide::Content(start) = right {
                        content = self.content_right(s, start);
                    }
                }
            }
        } else if let Some(and) = prepositional_phrase_left(s, skip_left(s, i))
            .checked_sub(1)
            .filter(|&k| s[k].is("and") || s[k].is("but"))
        {
            // "said X and added that Y", "overruled and has called for": same
            // speaker, the last one named, else the subject of the clause
            // (", but said she couldn't": the sentence's subject)
            // ("…, who saw the incident and described it": the relative
            // clause's verbs share its pronoun, not an earlier speaker)
            let relative = (0..and)
                .rev()
                .take_while(|&k| !s[k].is_terminal())
                .find(|&k| s[k].is_punct(",") || is_dash(&s[k]) || s[k].is_punct(";"))
                .filter(|&k| s.get(k + 1).is_some_and(|w| w.is("who") || w.is("which")))
                // (not "which Trump had called …": the relative is its object)
                .filter(|&k| {
                    s.get(k + 2).is_some_and(|w| {
                        w.is_lowercase_word() && !w.is_determiner() && !w.has(flag::PRONOUN)
                    })
                })
                .map(|k| k + 1);
            let prior = match relative {
                Some(r) => {
                    antecedent = antecedent_left(s, r - 1);
                    r..r + 1
                }
                None => last_source(s, earlier)
                    .or_else(|| clause_subject(s, and))
                    .or_else(|| {
                        sentence_subject(s, and).map(|np| self.with_apposition_after(s, np))
                    })?,
            };
            source = Some(prior);
            if let RightSide::Content(start) = right {
                content = self.content_right(s, start);
            }
        } else {
            return None;
        }
        // "a practice criticized by Miller", "a call echoed by Japan": a
        // reduced passive; the agent is the source, the noun it follows what
        // was said or held
        if form == VerbForm::Past
            && s.get(cue_end).is_some_and(|w| w.is("by"))
            && let Some(agent) = noun_phrase_right(s, cue_end + 1)
            // (the noun right before it, not a clause: "…, long viewed by")
            && let Some(thing) = source.clone().filter(|r| {
                r.end == skip_left(s, i)
                    && s[r.clone()].iter().all(|w| w.kind == TokenKind::Word || w.is_punct("."))
            })
            // (not "responded by saying"; after a common noun, a plain one:
            // "a view echoed by everyone", "a measure opposed by unions" —
            // not "Mr. Trump said by telephone")
            && s.get(cue_end + 1).is_some_and(|w| {
                w.is_capitalized()
                    || w.is_determiner()
                    || w.is_quantifier()
                    || s[thing.end - 1].is_lowercase_word()
                        && w.is_lowercase_word()
                        && !w.lower.ends_with("ing")
                        && !looks_like_verb(w)
            })
        {
            content = Some(content_span(s, thing.start, thing.end));
            source = Some(agent);
            antecedent = None;
        }
        // (a label keeps its object and what it is called: "ads calling the
        // deal a “$25 billion mistake”")
        if reduced_relative
            && lemma.class == CueClass::Position
            && !(lemma.labels_object && labels_its_object(s, cue_end))
        {
            // what the noun supports is the phrase after it, not the clause
            content = noun_phrase_right(s, cue_end).map(|np| content_span(s, np.start, np.end));
        }
        if lemma.class == CueClass::Position && !lemma.takes_as_complement {
            content = content.map(|c| object_end(s, c, self.vocab));
        }
        // "When Maddow pointed out that …, Clinton seized upon it": what is
        // said inside an opening subordinate clause ends at its comma (also
        // after a conjunction: "But when …")
        let opening = usize::from(s.len() > 1 && matches!(s[0].lower, "but" | "and" | "so"));
        // ("Despite polls showing her well behind, Clinton …": or inside an
        // opening phrase of circumstance)
        let circumstance =
            |w: &Word| matches!(w.lower, "despite" | "with" | "amid" | "after" | "following");
        if (is_subordinator(&s[opening]) || circumstance(&s[opening]))
            && let Some(c) = content
            && let Some(comma) = (cue_end..s.len())
                .find(|&k| s[k].quote.is_none() && s[k].is_punct(",") && s[k].span.start > c.start)
            && s[comma].span.end < c.end
            && s[..i].iter().all(|w| !w.is_punct(","))
        {
            let start = s
                .iter()
                .position(|w| w.span.start >= c.start)
                .unwrap_or(comma);
            content = Some(content_span(s, start, comma));
        }
        if content.is_some_and(|c| self.quotes_inside(c)) {
            mode = Mode::Direct;
        }
        // "The Trump team appeared paralyzed": "seem" and "appear" are the
        // writer's hedge over the whole clause, its subject included, as
        // PolNeAR reads them; nobody else is the source
        if lemma.class == CueClass::Evidential
            && let (Some(subject), Some(c)) = (source.clone(), content)
            && subject.end <= i
        {
            // "It seems likely that …": an expletive "it" is nobody's, and
            // what seems so is what follows
            let expletive = subject.len() == 1
                && s[subject.start].is("it")
                && !s.get(cue_end).is_some_and(|w| w.is("to"));
            if !expletive {
                content = Some(s[subject.start].span.cover(c));
            }
            source = None;
            antecedent = None;
        }
        if source.is_none() && content.is_none() {
            return None;
        }
        // "a star on the hit CW show,", "their old shows": with nothing said,
        // a form after a determiner's phrase is the phrase's noun
        if content.is_none()
            && source.as_ref().is_some_and(|r| {
                let head = &s[r.end - 1];
                // (the phrase after a preposition: "interviews on the
                // early-morning news shows.")
                let first = (r.start..r.end)
                    .rev()
                    .find(|&k| matches!(s[k].lower, "in" | "on" | "by"))
                    .map_or(r.start, |k| k + 1);
                r.end == i
                    && r.end - first > 1
                    && (s[first].is_determiner() || s[first].is_possessive())
                    && head.is_lowercase_word()
                    && !head.has(flag::ANONYMOUS_HEAD | flag::DOCUMENT_HEAD)
                    && !names_a_plural(head)
                    && !(r.start > 0 && s[r.start - 1].is_quote_mark())
            })
            && s.get(cue_end).is_none_or(|w| {
                w.kind == TokenKind::Punct && !w.is_quote_mark() && !w.is_punct(":")
            })
        {
            return None;
        }
        // "the trade agreement, which Mr. Putin vehemently opposed", "what
        // Melania Trump told NBC News": with no object after the verb, the
        // relative word before its subject stands for what is said or held
        if let Some(relative) = source
            .as_ref()
            .filter(|subject| subject.end <= i)
            .and_then(|subject| subject.start.checked_sub(1))
            .filter(|&k| matches!(s[k].lower, "which" | "who" | "whom" | "what"))
            && content.is_none_or(|c| {
                s.iter()
                    .find(|w| w.span.start >= c.start)
                    .is_none_or(leaves_object_gap)
            })
        {
            content = Some(s[relative].span);
        }
        // "Super PACs bankrolled ads attacking Dewhurst", "speakers took
        // turns urging": a participle after a verb and its object is said by
        // the verb's subject, not the object
        if reduced_relative
            && let Some(r) = source.clone()
            && r.end == i
            // (not a verb of the subject's relative clause: "an investor who
            // has funded groups backing …")
            && !s[r.clone()].iter().any(|w| w.has(flag::RELATIVE))
            && let Some(verb) = (r.start + 1..r.end - 1).find(|&k| {
                looks_like_verb(&s[k])
                    && !s[k].has(flag::PUBLISHING_VERB)
                    && !(s[k - 1].is_determiner() || s[k - 1].is_possessive())
            })
        {
            source = Some(r.start..verb);
        }
        // "Trump's campaign released a statement saying …": who published
        // the document is the source, and the cue runs from the verb
        let mut published_by = None;
        if reduced_relative
            && let Some(document) = source.clone()
            && document.end == skip_left(s, i)
            && s[document.end - 1].has(flag::DOCUMENT_HEAD)
            // ("sent out a press release saying": past the particle)
            && let Some(verb) = document
                .start
                .checked_sub(1 + usize::from(document.start > 1 && s[document.start - 1].is("out")))
            && s[verb].has(flag::PUBLISHING_VERB)
            && s[verb].is_lowercase_word()
            && let Some(publisher) = self.subject_with_apposition(s, verb)
        {
            source = Some(publisher.range);
            antecedent = publisher.antecedent;
            published_by = Some(verb);
        }
        // "the contests known as Super Tuesday", "is best known for", "became
        // known as": a form that is only ever a participle, without "have",
        // is a passive, and the noun phrase before it is not its agent
        if self.vocab.is_participle_only(s[i].lower) {
            let mut before = i;
            while before > 0
                && (is_cue_modifier(&s[before - 1]) && !s[before - 1].is_be_form()
                    || matches!(s[before - 1].lower, "best" | "better" | "perhaps"))
            {
                before -= 1;
            }
            let perfect = s[before..i]
                .iter()
                .any(|w| matches!(w.lower, "has" | "have" | "had" | "having"))
                || before > 0
                    && ["’ve", "'ve"]
                        .iter()
                        .any(|c| s[before - 1].lower.ends_with(c));
            if !perfect {
                // (PolNeAR marks what is known as what is said: "the string
                // of contests known as Super Tuesday", "He is best known for
                // …" is the content, the noun phrase with it)
                if let Some(c) = content.filter(|c| c.start >= s[i].span.end)
                    && let Some(start) = self.known_thing(s, before, source.as_ref())
                {
                    let end = (cue_end..s.len())
                        .find(|&k| s[k].quote.is_none() && matches!(s[k].text, "," | ":" | "—"))
                        .map_or(c.end, |k| c.end.min(s[k].span.start));
                    content = Some(Span {
                        start: s[start].span.start,
                        end,
                    });
                }
                source = None;
                antecedent = None;
            }
        }
        // auxiliaries, modals, negation and adverbs before the verb belong to
        // the cue, as in PolNeAR: "has also said", "might recall", "did not
        // respond", "had basically said"; never the source's words
        let mut cue_start = published_by.or(progressive).unwrap_or(i);
        let floor = source.as_ref().filter(|r| r.start < i).map_or(0, |r| r.end);
        // (in a title-case headline they are capitalised: "Trump Just
        // Announced")
        let modifier = |w: &Word| {
            is_cue_modifier(w) || self.title_case.get() && w.is_capitalized() && modifies_verb(w)
        };
        while cue_start > floor && modifier(&s[cue_start - 1]) {
            cue_start -= 1;
        }
        // "a racially charged argument", "the widely reported claim": after
        // an article or a possessive the form is an adjective
        if cue_start > 0 && article_or_possessive(&s[cue_start - 1]) {
            return None;
        }
        // an inverted source is a noun phrase: no cue inside it ("said
        // another leading advocate"); its apposition may have its own
        let resume = inverted_noun_phrase_end.unwrap_or(cue_end);
        Some(Match {
            found: Found {
                cue: s[cue_start].span.cover(s[cue_end - 1].span),
                lemma: lemma.text.clone(),
                kind: CueKind::Verb,
                stance: lemma.stance,
                class: lemma.class,
                source: source.map(|r| doc_range(s, r)),
                agentless: false,
                antecedent: antecedent.map(|a| doc_range(s, a)),
                content,
                mode,
                sentence: n,
            },
            resume,
        })
    }

    /// `SOURCE: "QUOTE"` and headline style `Poll: CONTENT`.
    fn colon_quote(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        if !s[i].is_punct(":") || i == 0 {
            return None;
        }
        // "Rep. Trey Gowdy (R-S.C.):": the name before its party tag
        let tag = s[i - 1]
            .is_punct(")")
            .then(|| aside_open(s, i - 1, 8, |k| s[k].is_punct("(")))
            .flatten();
        let name_end = tag.unwrap_or(i);
        let mut np = noun_phrase_left(s, name_end)?;
        // ("Success on Signature Issue:", "Follow him on Twitter:": a
        // headline's or a request's phrase, not a speaker's name)
        if let Some(k) = np.clone().rev().find(|&k| s[k].is("on") || s[k].is("by")) {
            np.start = k + 1;
        }
        // ("secretary of state Hillary Rodham Clinton:" has no verb; one
        // inside a quoted headline before it is not the clause's)
        let verb = |k: usize| {
            s[k].has(flag::CUE_VERB)
                && (s[k].quote.is_none() || s[k].quote == s[i].quote)
                && self
                    .verb_at(s, k)
                    .is_some_and(|(_, form, _)| form == VerbForm::Ing || !after_preposition(s, k))
        };
        if (0..np.end).any(verb) {
            // "The senator said:", "Trump says to Nevadans:" are the verb's
            return None;
        }
        let mut byline = false;
        if name_end > 6 || np.start != 0 {
            // "… doesn't surprise pollster Daron Shaw: “Historically, …”":
            // later in a sentence, a name before a colon opening a quotation
            let name_start = (np.start..name_end)
                .rev()
                .take_while(|&k| s[k].is_capitalized())
                .last()?;
            // `"Headline," by The Wall Street Journal's Jennifer Smith: "…"`:
            // a byline names the writer of the excerpt after it
            byline = name_start > 0 && s[name_start - 1].is("by");
            let longest = if byline { 8 } else { 4 };
            if !s.get(i + 1).is_some_and(Word::is_quote_mark) || name_end - name_start > longest {
                return None;
            }
            np = name_start..name_end;
        } else if np.start != 0
            || !(s[0].is_capitalized() || s[0].has(flag::PRONOUN))
            || np.len() == 1 && s[0].text.chars().count() == 1
            // nor a credit or a newsletter's label ("Contributing:",
            // "Breaking:", "Developing:")
            || np.len() == 1 && s[0].lower.ends_with("ing")
        {
            return None; // interview labels "Q:" and "A:" are not sources
        }
        // ("UPDATE:", "Twitter:": the newsroom's labels, listed)
        if self
            .vocab
            .text_labels
            .match_at(|k| (np.start + k < np.end).then(|| s[np.start + k].lower))
            == Some(np.len())
        {
            return None;
        }
        // "The Latest:", "His final assessment:", "Editor's Note:" introduce
        // a text, not a speaker's words; a report or poll still can
        let head = &s[np.end - 1];
        let first = &s[np.start];
        if (first.is_determiner() || first.is_possessive())
            && !head.has(flag::DOCUMENT_HEAD | flag::ANONYMOUS_HEAD)
            && !byline
        {
            return None;
        }
        // "Good news:", "One conclusion:", "Ask yourself:": a common noun or
        // a verb's object opens a text, not a speaker's words (a name after
        // the first word still speaks: "Sanders adviser Tad Devine:"; one
        // that is the first word is lost with them: "Clinton camp:")
        if np.len() > 1
            && head.is_lowercase_word()
            && !head.has(flag::DOCUMENT_HEAD | flag::ANONYMOUS_HEAD | flag::PRONOUN)
            && !s[np.start + 1..np.end].iter().any(Word::is_capitalized)
        {
            return None;
        }
        let content = self.content_right(s, i + 1)?;
        // "Hillary Clinton: 1,769.": a tally, not words; "New Hampshire:
        // Charlie Arlinghaus, Arnie Arnesen, …": a list of names
        let after = &s[i + 1..];
        if after
            .iter()
            .all(|w| w.kind != TokenKind::Word || w.is_terminal())
            || after.iter().filter(|w| w.is_punct(",")).count() >= 2
                && after
                    .iter()
                    .all(|w| w.kind != TokenKind::Word || w.is_capitalized() || w.is("and"))
        {
            return None;
        }
        let direct = s.get(i + 1).is_some_and(Word::is_quote_mark);
        Some(Match {
            found: Found {
                cue: s[i].span,
                lemma: ":".to_string(),
                kind: CueKind::Punct,
                stance: Stance::Neutral,
                class: CueClass::Speech,
                source: Some(doc_range(s, np.start..tag.map_or(np.end, |_| i))),
                agentless: false,
                antecedent: None,
                content: Some(content),
                mode: if direct { Mode::Direct } else { Mode::Indirect },
                sentence: n,
            },
            resume: i + 1,
        })
    }

    /// "Christie gloated: ''I told you …''", "In a Fox interview, Trump went
    /// even further: “…”": a clause whose verb is no cue word and that ends
    /// in a colon opening a quotation quotes its subject, a name, a pronoun
    /// or a document; the verb's words and the colon are the cue.
    fn clause_colon_quote(
        &self,
        s: &[Word],
        i: usize,
        n: usize,
        earlier: &[Found],
    ) -> Option<Match> {
        if !s[i].is_punct(":") || !earlier.is_empty() {
            return None;
        }
        // the quotation after the colon, or opening the next paragraph
        // ("… released the following statement: ¶ “…”")
        let content = match s.get(i + 1) {
            Some(w) if w.is_quote_mark() => self.content_right(s, i + 1)?,
            Some(_) => return None,
            None => segment::quotation_opening_at(self.quotes, s[i].index + 1)?,
        };
        let subject = speaking_subject(s, i)?;
        let verb = subject.end;
        let verb_phrase = &s[verb..i];
        if verb_phrase.is_empty()
            || verb_phrase.len() > MAX_COLON_VERB_PHRASE
            || !verb_phrase[0].is_lowercase_word()
            || verb_phrase.iter().any(|w| w.kind == TokenKind::Punct)
        {
            return None;
        }
        Some(Match {
            found: Found {
                cue: s[verb].span.cover(s[i].span),
                lemma: ":".to_string(),
                kind: CueKind::Punct,
                stance: Stance::Neutral,
                class: CueClass::Speech,
                source: Some(doc_range(s, subject)),
                agentless: false,
                antecedent: None,
                content: Some(content),
                mode: Mode::Direct,
                sentence: n,
            },
            resume: i + 1,
        })
    }

    /// "Sanders credited Clinton's victory to “a closed primary”", "Huckabee
    /// is labeling Obama's actions “a blatant abuse of power”": a sentence
    /// with no attribution whose subject, someone who can speak, is followed
    /// by a verb and then a quotation quotes the subject. The verb (with its
    /// auxiliaries and adverbs) is the cue.
    fn partial_quote(&self, s: &[Word], n: usize) -> Option<Found> {
        // the first quotation opening in the sentence (found by search: most
        // sentences have none)
        let (first, last) = (s.first()?.index, s.last()?.index);
        if s[0].quote.is_some() {
            return None;
        }
        let q = self.quotes.partition_point(|q| q.open < first);
        let open = self.quotes.get(q).filter(|x| x.open <= last)?.open - first;
        // (a quotation that opens the sentence, or follows a colon, is no
        // part of a clause before it)
        if open == 0
            || !s[open].is_quote_mark()
            || self.quotes[q].close.is_none()
            || s[open - 1].is_punct(":")
        {
            return None;
        }
        let subject = speaking_subject(s, open)?;
        let verb_start = subject.end;
        let verb_end = verb_start
            + s[verb_start..open]
                .iter()
                .take_while(|w| is_auxiliary(w) || w.has(flag::MODIFIER) || w.lower.ends_with("ly"))
                .count();
        let verb = s
            .get(verb_end)
            .filter(|w| w.is_lowercase_word() && verb_end < open)?;
        // a phrase of someone's words near the verb, not a scare quote or a
        // title ("a party at the “Red Neck Country Club”")
        let quoted = &s[open..];
        let quoted = &quoted[..quoted
            .iter()
            .take_while(|w| w.quote == Some(q as u32))
            .count()];
        let words = quoted.iter().filter(|w| w.kind == TokenKind::Word).count();
        if verb.is_preposition()
            || verb.is_determiner()
            || verb.has(flag::CLAUSE)
            || matches!(verb.lower, "and" | "or" | "nor")
            || open - verb_end > MAX_PARTIAL_QUOTE_DISTANCE
            || words < MIN_PARTIAL_QUOTE_WORDS
            || is_title_case(quoted, 3)
        {
            return None;
        }
        Some(Found {
            cue: s[verb_start].span.cover(verb.span),
            // (a verb the vocabulary does not know: its lemma is the word)
            lemma: verb.lower.to_string(),
            kind: CueKind::Verb,
            stance: Stance::Neutral,
            class: CueClass::Position,
            source: Some(doc_range(s, subject)),
            agentless: false,
            antecedent: None,
            content: Some(segment::chain_end(self.quotes, q).cover(s[open].span)),
            mode: Mode::Direct,
            sentence: n,
        })
    }

    /// "“Maybe we can build a wall around him.” ― Steve Quinlan.", "- Clinton."
    /// in the paragraph after the quotation: a dash right after a closing
    /// quotation mark, then a name to the end of the sentence (or a comma
    /// and a description), signs the quotation.
    fn quote_signature(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        if !is_signature_dash(&s[i]) {
            return None;
        }
        let before = s[i].index.checked_sub(1)?;
        let q = self
            .quotes
            .partition_point(|q| q.open < before)
            .checked_sub(1)?;
        if self.quotes[q].close != Some(before)
            || i > 0 && s[i - 1].index != before
            || !s.get(i + 1).is_some_and(Word::is_capitalized)
        {
            return None;
        }
        let name = noun_phrase_right(s, i + 1)?;
        let signed = match s.get(name.end) {
            None => true,
            Some(w) => w.is_punct(",") || w.is_terminal() && name.end + 1 == s.len(),
        };
        if !signed {
            return None;
        }
        Some(Match {
            found: Found {
                cue: s[i].span,
                lemma: s[i].text.to_string(),
                kind: CueKind::Punct,
                stance: Stance::Neutral,
                class: CueClass::Speech,
                source: Some(doc_range(s, name)),
                agentless: false,
                antecedent: None,
                content: Some(segment::chain_start(self.quotes, q).cover(self.quotes[q].span)),
                mode: Mode::Direct,
                sentence: n,
            },
            resume: s.len(),
        })
    }

    /// `reportedly`, `allegedly`: someone says so, but the text does not say who.
    fn hedge_adverb(&self, s: &[Word], i: usize, n: usize, earlier: &[Found]) -> Option<Match> {
        let w = &s[i];
        if !w.has(flag::HEDGE_ADVERB) {
            return None;
        }
        // "Trump reportedly said …", "with Trump reportedly yelling: …": the
        // adverb is the verb's, whose cue it joins (as PolNeAR marks it);
        // the rules still ask who reports it (`hedged`)
        let verb = (i + 1..s.len().min(i + 4))
            .find(|&k| !is_cue_modifier(&s[k]))
            .filter(|&k| s[k].has(flag::CUE_VERB));
        if verb.is_some_and(|k| self.verb_cue(s, k, n, earlier).is_some()) {
            return None;
        }
        let parenthetical = i > 0 && s[i - 1].is_punct(",");
        let content = if parenthetical {
            let end = (i + 1..s.len())
                .find(|&k| s[k].is_punct(","))
                .unwrap_or(s.len());
            (end > i + 1).then(|| content_span(s, i + 1, end))
        } else {
            let start = (0..i)
                .rev()
                .find(|&k| s[k].is_punct(","))
                .map_or(0, |k| k + 1);
            let end = (i + 1..s.len())
                .find(|&k| s[k].is_punct(","))
                .unwrap_or(s.len());
            Some(content_span(s, start, end))
        };
        Some(hedge(w, i, CueKind::Adverb, content, n))
    }

    /// `Said Comey, "…"`, `Continued Stone: “…”`: a verb of speech opening
    /// the sentence, its speaker after it, and the quotation after a comma
    /// or a colon (past an aside on the speaker: "Said Dorothy Poynter, who
    /// grew up with Ali, “…”").
    fn opening_speech_verb(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        let w = &s[i];
        if i != 0 || !w.has(flag::CUE_VERB) || !w.is_capitalized() {
            return None;
        }
        let lemma = self.vocab.verb(w.lower).iter().find_map(|m| {
            let lemma = &self.vocab.lemmas[m.lemma as usize];
            (m.rest.is_empty()
                && matches!(m.form, VerbForm::Past | VerbForm::Present)
                && lemma.class == CueClass::Speech)
                .then_some(lemma)
        })?;
        let speaker = noun_phrase_right(s, 1)?;
        let mark = (speaker.end..s.len().min(speaker.end + 24)).find(|&k| {
            (s[k].is_punct(",") || s[k].is_punct(":"))
                && s.get(k + 1).is_some_and(Word::is_quote_mark)
        })?;
        if mark > speaker.end && !s[speaker.end].is_punct(",") {
            return None;
        }
        let content = self.content_right(s, mark + 1)?;
        Some(Match {
            found: Found {
                cue: w.span,
                lemma: lemma.text.clone(),
                kind: CueKind::Verb,
                stance: lemma.stance,
                class: lemma.class,
                source: Some(doc_range(s, speaker)),
                agentless: false,
                antecedent: None,
                content: Some(content),
                mode: Mode::Direct,
                sentence: n,
            },
            resume: s.len(),
        })
    }

    /// `alleged weapons transfers`, `the so-called deal`.
    fn hedge_adjective(&self, s: &[Word], i: usize, n: usize) -> Option<Match> {
        let w = &s[i];
        if !w.has(flag::HEDGE_ADJECTIVE) {
            return None;
        }
        let follows = |t: &Word| t.is("that") || t.is("by") || t.is("to");
        if s.get(i + 1)
            .is_none_or(|t| follows(t) || t.kind != TokenKind::Word)
        {
            return None;
        }
        let end = (i + 1..s.len())
            .find(|&k| {
                breaks_noun_phrase(&s[k])
                    || looks_like_verb(&s[k])
                    || s[k].is("of")
                    || s[k].is("for")
            })
            .unwrap_or(s.len());
        let content = (end > i + 1).then(|| content_span(s, i + 1, end));
        Some(hedge(w, i, CueKind::Adjective, content, n))
    }

    // ---- pieces -------------------------------------------------------------

    /// A cue verb (possibly phrasal) at `i`: lemma id, form and length in words.
    fn verb_at(&self, s: &[Word], i: usize) -> Option<(u16, VerbForm, usize)> {
        let w = &s[i];
        // every first word of a cue verb has the flag: no lookup otherwise
        if !w.has(flag::CUE_VERB) {
            return None;
        }
        // capitalised: in a title-case headline, or a participle opening
        // the sentence ("Saying the plan was flawed, …")
        let opening_ing = i == 0 && w.is_capitalized() && w.lower.ends_with("ing");
        if !(w.is_lowercase_word()
            || self.title_case.get() && i > 0 && w.is_capitalized()
            || opening_ing)
        {
            return None;
        }
        let word = |k: usize| s.get(i + k).map(|t| t.lower);
        if w.has(flag::NOT_CUE_START) && self.vocab.not_cues.match_at(word).is_some() {
            return None;
        }
        // ("TV show", "reality shows": a listed compound the word ends)
        if i > 0
            && s[i - 1].has(flag::NOT_CUE_START)
            && self
                .vocab
                .not_cues
                .match_at(|k| s.get(i - 1 + k).map(|t| t.lower))
                .is_some_and(|len| len >= 2)
        {
            return None;
        }
        // ("called on Friday for a ban": a preposition before a day is a
        // time phrase, not the verb's particle "on")
        let particle = |k: usize| {
            word(k + 1)
                .filter(|p| !(*p == "on" && s.get(i + k + 2).is_some_and(|t| t.has(flag::TIME))))
        };
        self.vocab
            .verb_with_particles(w.lower, particle)
            .map(|m| (m.lemma, m.form, 1 + m.rest.len()))
    }

    /// Whether a cue verb (with all its words) starts inside `range`.
    fn has_cue_verb(&self, s: &[Word], range: Range<usize>) -> bool {
        range
            .into_iter()
            .any(|k| s[k].has(flag::CUE_VERB) && self.verb_at(s, k).is_some())
    }

    fn is_cue_participle(&self, w: &Word) -> bool {
        w.has(flag::CUE_VERB)
            && self
                .vocab
                .verb(w.lower)
                .iter()
                .any(|m| m.form == VerbForm::Past && m.rest.is_empty())
    }

    /// The subject standing before a cue at `cue`, past auxiliaries, adverbs
    /// and time phrases ("The White House earlier this month leveled").
    fn subject_left(&self, s: &[Word], cue: usize) -> Option<Subject> {
        let mut subject = self.subject_before_qualifier(s, cue)?;
        // "Two people briefed on the talks said": the qualifier's participle
        // or preposition ends the phrase walked, but the source is who was
        // briefed, an anonymous one
        let start = subject.range.start;
        // (the head check first: the phrase look-up before every subject
        // cost 1.3% of all instructions on train)
        let qualified = (start.saturating_sub(3).max(1)..=start).find_map(|k| {
            let head = &s[k - 1];
            // (capitalised only as the sentence's first word: "People
            // briefed on the move said")
            if !head.has(flag::ANONYMOUS_HEAD) || !(head.is_lowercase_word() || k == 1) {
                return None;
            }
            let len = self
                .vocab
                .anonymous_qualifiers
                .match_at(|j| (k + j < subject.range.end).then(|| s[k + j].lower))?;
            let holder = noun_phrase_left(s, k)?;
            (k + len >= start).then_some(holder.start)
        });
        if let Some(holder) = qualified {
            subject.range.start = holder;
            subject.clause_start = subject.clause_start.min(holder);
        }
        // "Records compiled by the Center for Responsive Politics show", "A
        // memo seen by Reuters said": the agent of a participle after the
        // subject is part of it; alone it is not who speaks
        let start = subject.range.start;
        // (not a noun cue's possessive: "an image cemented by Christie's praise")
        if start >= 3
            && !s[subject.range.end - 1].is_possessive()
            && s[start - 1].is("by")
            && s[start - 2].is_lowercase_word()
            && (s[start - 2].lower.ends_with("ed")
                || self.vocab.is_participle_only(s[start - 2].lower))
            && let Some(holder) = noun_phrase_left(s, start - 2)
                .filter(|h| !h.is_empty() && !s[h.end - 1].lower.ends_with("ly"))
        {
            subject.clause_start = subject.clause_start.min(holder.start);
            subject.range.start = holder.start;
        }
        Some(subject)
    }

    fn subject_before_qualifier(&self, s: &[Word], cue: usize) -> Option<Subject> {
        let end = skip_left(s, cue);
        if end == 0 {
            return None;
        }
        // "The justice -- who has been in a scuffle over the past few days --
        // said": an aside closed by a dash belongs to the subject before it
        if let Some(open) = aside_closed_by_dash(s, end)
            && let Some(subject) = self.subject_left(s, open)
        {
            return Some(subject);
        }
        // "who in 2010 said", "which together vowed": a relative pronoun
        // before an adverbial is the subject
        let end = relative_before_adverbial(s, end).map_or(end, |r| r + 1);
        let before = &s[end - 1];
        // ("water bottles that said, “…”", "a message that read “…”": a
        // relative "that" speaks a quotation)
        let quotes_after = |k: usize| {
            s.get(k).is_some_and(Word::is_quote_mark)
                || s.get(k).is_some_and(|w| w.is_punct(",") || w.is_punct(":"))
                    && s.get(k + 1).is_some_and(Word::is_quote_mark)
        };
        let relative_that = before.is("that")
            && end >= 2
            && s[end - 2].is_lowercase_word()
            && !is_auxiliary(&s[end - 2])
            && quotes_after(cue + 1);
        if before.has(flag::RELATIVE)
            && (before.is("who")
                || before.is("which")
                || end >= 2 && s[end - 2].is_punct(",")
                || relative_that)
        {
            let antecedent = (end >= 2)
                .then(|| {
                    antecedent_left(
                        s,
                        if s[end - 2].is_punct(",") {
                            end - 2
                        } else {
                            end - 1
                        },
                    )
                })
                .flatten();
            return Some(Subject {
                range: end - 1..end,
                antecedent,
                clause_start: end - 1,
            });
        }
        if before.has(flag::PRONOUN) {
            let start = if end >= 2 && s[end - 2].is("as") {
                end - 2
            } else {
                end - 1
            };
            return Some(Subject {
                range: end - 1..end,
                antecedent: None,
                clause_start: start,
            });
        }
        // "A man who lives in Ohio said": a restrictive relative clause is
        // part of the subject it restricts
        if let Some(who) = (end.saturating_sub(12)..end)
            .rev()
            // (past a title's period: "Voters who liked Mr. Trump now say")
            .take_while(|&k| s[k].kind != TokenKind::Punct || abbreviation_period(s, k))
            // (or "that" before its verb: "Groups that have endorsed him
            // say"; not an object's "a trend that the foundation predicts")
            .find(|&k| {
                s[k].is("who")
                    || s[k].is("that")
                        && s.get(k + 1)
                            .is_some_and(|v| is_auxiliary(v) || looks_like_verb(v))
            })
            && who > 0
            // (the clause is complete: "who spoke anonymously to discuss"
            // is not, and its cue is inside it)
            && !(s[end - 1].has(flag::CLAUSE) || is_auxiliary(&s[end - 1]) || s[end - 1].is("and"))
            && !s[who + 1..end].iter().any(|w| w.is_punct("-") || is_dash(w))
            && let Some(head) = noun_phrase_left(s, who)
            && (opens_sentence(s, head.start) || clause_break_before(s, head.start))
        {
            return Some(Subject::opening(head.start..end));
        }
        let mut np = noun_phrase_left(s, end)?;
        // "…, but in a later interview said": after a coordinator, a
        // prepositional phrase; the subject is the first clause's (the noun
        // phrase read leftwards is the preposition's object)
        if np.start >= 2
            && s[np.start - 1].is_preposition()
            && (s[np.start - 2].is("and") || s[np.start - 2].is("but"))
        {
            return None;
        }
        np.start = list_start(s, np.start, np.end);
        // "Last week Stumpf appeared to blame", "Monday night Clinton said":
        // a date without its comma opens the clause, before the subject
        let date_end = (np.start..np.end)
            .take_while(|&k| {
                s[k].has(flag::TIME | flag::TIME_LEAD) && !s[k].is_possessive()
                    || s[k].kind == TokenKind::Number
            })
            .last()
            .map_or(np.start, |k| k + 1);
        if date_end > np.start
            && date_end < np.end
            && s[date_end - 1].has(flag::TIME)
            && (s[date_end].is_capitalized()
                || s[date_end].has(flag::PRONOUN)
                || s[date_end].is_determiner())
        {
            np.start = date_end;
        }
        // "something Republicans have long wanted", "the reason President
        // Obama said": after a reduced relative's head noun, a name, pronoun
        // or determiner opens the clause whose subject speaks
        if let Some(k) = (np.start + 1..np.end).find(|&k| {
            s[k - 1].has(flag::RELATIVE_HEAD)
                // (capitalised only as the sentence's first word: "Something
                // Trump said")
                && (s[k - 1].is_lowercase_word() || k == 1)
                && (s[k].is_capitalized() || s[k].has(flag::PRONOUN) || s[k].is_determiner())
        }) && !s[np.start..k].iter().any(|w| w.kind == TokenKind::Punct)
        {
            np.start = k;
        }
        // "New polls released Sunday show": the date says which polls, so it
        // belongs to the phrase its participle opens
        if s[end - 1].is_lowercase_word()
            && s[end - 1].lower.ends_with("ed")
            && let Some(last_time) = (end..cue)
                .rev()
                .find(|&k| s[k].has(flag::TIME) && !s[k].has(flag::MODIFIER))
        {
            np.end = last_time + 1;
        }
        let clause_start = if np.start > 0 && s[np.start - 1].is("as") {
            np.start - 1
        } else {
            np.start
        };
        Some(Subject {
            range: np,
            antecedent: None,
            clause_start,
        })
    }

    /// The rest of a reported clause that a parenthetical attribution
    /// interrupts (`…, Trump said, is failing`, `…, Brafman noted, but a
    /// judge refused`, `Bob, they said, ordered them to wait`): after the
    /// comma at `after`, unless a quotation (read by the quotation rules) or
    /// a participle cue (`…, adding that`, an attribution of its own) follows.
    fn continuation(&self, s: &[Word], after: usize) -> Option<Span> {
        let next = s.get(after + 1)?;
        if !s[after].is_punct(",")
            || next.is_quote_mark()
            || next.kind == TokenKind::Punct
            || next.lower.ends_with("ing") && self.has_cue_verb(s, after + 1..after + 2)
        {
            return None;
        }
        self.content_right(s, after + 1)
    }

    /// Where a source ending a sentence ends: with its appositive or
    /// relative clause (`said Jim Clyburn, a Democratic congressman from
    /// South Carolina.`, `said Dino Spencer, who now runs the gym.`), unless
    /// what follows the comma says or quotes something itself.
    fn apposition_end(&self, s: &[Word], end: usize) -> usize {
        // "said Rep. Beto O'Rourke (D-Tex.), a Clinton endorser."
        let end = match s.get(end) {
            Some(w) if w.is_punct("(") => (end + 1..s.len().min(end + 8))
                .find(|&k| s[k].is_punct(")"))
                .map_or(end, |close| close + 1),
            _ => end,
        };
        if !s.get(end).is_some_and(|w| w.is_punct(",")) {
            return end;
        }
        // "said Harry Reid, who called on Grayson to …": a relative clause
        // says who the source is, whatever its verb
        let relative = s.get(end + 1).is_some_and(|w| w.is("who") || w.is("whose"));
        let mut last = (end + 1..s.len())
            .find(|&k| s[k].is_terminal() && !abbreviation_period(s, k))
            .unwrap_or(s.len());
        // "said Gonzalez, 55, of Brigantine": where the speaker is from is
        // part of who they are, not how they said it
        let from_place = |k: usize| {
            s.get(k).is_some_and(|w| w.is("of"))
                && s.get(k + 1)
                    .is_some_and(|w| w.is_capitalized() && !w.is_possessive())
        };
        let place_end = |comma: usize| {
            (comma + 1..s.len())
                .find(|&k| {
                    s[k].is_punct(",")
                        || s[k].is_terminal() && !abbreviation_period(s, k)
                        || s[k].is_quote_mark()
                })
                .unwrap_or(s.len())
        };
        for k in end + 1..last {
            let next = s.get(k + 1);
            if s[k].is_punct(",") && from_place(k + 1) {
                continue;
            }
            // ("of Baldwin, Miss.", "in Ft. Worth, Texas": a place and its
            // state are one name, and a quotation after them is no part
            // of it)
            if s[k].is_punct(",") {
                let state_end = place_end(k);
                if place_and_state(s, k, state_end) {
                    match s.get(state_end) {
                        Some(w) if w.is_quote_mark() => return state_end,
                        _ => continue,
                    }
                }
            }
            // (`"Q1," said Name, a title, "Q2."`: the description ends where
            // the quotation resumes)
            if s[k].is_punct(",") && next.is_some_and(Word::is_quote_mark) && k > end + 1 {
                return k;
            }
            if s[k].is_punct(",") && next.is_some_and(|w| w.is_lowercase_word()) {
                let w = &s[k + 1];
                // "president of Wealth-X, a private company …": an apposition
                // of the apposition
                if matches!(w.lower, "a" | "an" | "the") {
                    continue;
                }
                // "…, citing Mrs. Clinton's emphasis": the speaker's
                // description ends before what they did in saying it
                if w.lower.ends_with("ing") && k > end + 1 {
                    last = k;
                    break;
                }
                // "…, who attended", "…, which tracks": a relative clause
                // of the apposition
                if matches!(w.lower, "who" | "whose" | "which") && k > end + 1 {
                    continue;
                }
                // "…, via email", "…, in an interview": how it was said
                if w.has(flag::CLAUSE) && k > end + 1 && !s[k - 1].has(flag::CLAUSE) {
                    last = k;
                    break;
                }
            }
            // "a Washington lawyer who has filed many of the suits
            // challenging the laws", "who openly supports Trump": a verb
            // inside the description's relative clause is part of it,
            // unless it is the clause's own verb of speech ("who said he
            // would not vote", "who added that …"), an attribution of its own
            let in_relative = || {
                (end + 1..k)
                    .rev()
                    .take_while(|&j| !s[j].is_punct(","))
                    .find(|&j| matches!(s[j].lower, "who" | "whose" | "which" | "that"))
                    .is_some_and(|j| {
                        let own_verb = s[j + 1..k].iter().all(is_cue_modifier);
                        let speech = self.verb_at(s, k).is_some_and(|(lemma, _, _)| {
                            self.vocab.lemmas[lemma as usize].class == CueClass::Speech
                        });
                        !(own_verb && speech)
                    })
            };
            if s[k].is_quote_mark()
                || s[k].is_punct(",")
                || s[k].is_punct(";")
                || !relative
                    && self.has_cue_verb(s, k..k + 1)
                    && !modifies_noun(s, k)
                    && !in_relative()
            {
                // "said Deb Kline, a leader of Jobs With Justice, one of the
                // groups …": a description that opens with an article ends
                // where the sentence goes on (before "who said …")
                let described = s[end + 1].is("a") || s[end + 1].is("an") || s[end + 1].is("the");
                let cut =
                    if s[k].kind == TokenKind::Word && matches!(s[k - 1].lower, "who" | "that") {
                        k - 1
                    } else {
                        k
                    };
                if described && !s[k].is_quote_mark() && cut > end + 2 {
                    return cut;
                }
                return end;
            }
        }
        if last > end + 1 { last } else { end }
    }

    /// A subject with an appositive or relative clause between commas:
    /// `Tim Scott, Republican of South Carolina, said` ·
    /// `Levine, who has given money to Rubio, said`.
    fn subject_with_apposition(&self, s: &[Word], cue: usize) -> Option<Subject> {
        let end = skip_left(s, cue);
        let closer = end.checked_sub(1).map(|k| &s[k]);
        if end >= 2 && closer.is_some_and(|w| w.is_punct(")")) {
            // "Sen. Chris Murphy (a Democrat so boyish …) says": a
            // parenthetical longer than a party tag, which the noun phrase reads
            if let Some(open) = aside_open(s, end - 1, 40, |k| s[k].is_punct("("))
                && end - open > 6
                && let Some(np) = noun_phrase_left(s, open)
                && (opens_sentence(s, np.start) || clause_break_before(s, np.start))
            {
                return Some(Subject::opening(np.start..end));
            }
            return self.subject_left(s, cue);
        }
        // "Many speakers — including Muslims and Jews — said", "Clinton -
        // who has been at the center of decisions - said" (a hyphen closing
        // an aside that a comma opened is read below)
        let dash_aside = match closer {
            Some(w) if end >= 2 && is_dash(w) => {
                Some(aside_open(s, end - 1, 24, |k| is_dash(&s[k]))?)
            }
            _ if end >= 2 && aside_dash(s, end - 1) => {
                aside_open(s, end - 1, 24, |k| aside_dash(s, k))
            }
            _ => None,
        };
        if let Some(open) = dash_aside {
            let close = end - 1;
            let np = noun_phrase_left(s, open)?;
            return (opens_sentence(s, np.start) || clause_break_before(s, np.start))
                .then_some(Subject::opening(np.start..close));
        }
        // ("Hemsley, the co-author of "Going Viral," said": the comma that
        // closes the apposition inside a title's closing quotation mark;
        // the source still ends after the mark)
        let (comma, source_end, title) = match end.checked_sub(1) {
            Some(k) if k >= 1 && s[k].is_punct(",") => (k, k, None),
            Some(k) if k >= 2 && s[k - 1].is_punct(",") => match self.quoted_title_closing_at(s, k)
            {
                Some(open) => (k - 1, end, Some(open)),
                None => return self.subject_left(s, cue),
            },
            _ => return self.subject_left(s, cue),
        };
        // "Gov. John Kasich (R-OH), said": no apposition between commas,
        // the sentence's subject runs up to the comma
        let whole_subject = || {
            sentence_subject(s, comma)
                .filter(|np| np.end < comma && s[np.end].is_punct("("))
                .map(|np| Subject::opening(np.start..source_end))
        };
        // "Mr. Slinker, whose latest start-up, Paradata, uses big data …,
        // said": a "whose" clause with commas of its own describes the name
        if let Some(whose) = (comma.saturating_sub(30)..comma)
            .rev()
            .take_while(|&k| {
                !(s[k].is_terminal() && !abbreviation_period(s, k) || s[k].is_quote_mark())
            })
            .find(|&k| s[k].is("whose") && k > 1 && s[k - 1].is_punct(","))
            && let Some(name) = noun_phrase_left(s, whose - 1)
            && (opens_sentence(s, name.start) || clause_break_before(s, name.start))
        {
            return Some(Subject::opening(name.start..source_end));
        }
        // (past a title in quotation marks: "host of MSNBC's "Morning Joe,"")
        let open_before = |before: usize| {
            let floor = before.saturating_sub(24);
            let mut k = before;
            while k > floor {
                k -= 1;
                if let Some(open) = self.quoted_title_closing_at(s, k).filter(|&o| o > floor) {
                    k = open;
                } else if s[k].is_punct(",")
                    || (s[k].is_terminal() && !abbreviation_period(s, k))
                    || s[k].is_quote_mark()
                {
                    return Some(k);
                }
            }
            None
        };
        let Some(mut open) = open_before(title.unwrap_or(comma)) else {
            return whole_subject();
        };
        // "Ms. Kirchner, a retiree in Allentown, Pa., said": a place and its
        // state are one name, not an apposition
        if s[open].is_punct(",")
            && place_and_state(s, open, comma)
            && let Some(before) = open_before(open)
        {
            open = before;
        }
        if !s[open].is_punct(",") || open + 1 >= comma {
            return whole_subject();
        }
        let first = &s[open + 1];
        if open + 2 == comma && first.is_lowercase_word() {
            // "X, however, said": a parenthetical adverb, not an apposition
            return self.subject_left(s, open);
        }
        // "Mr. Mahaney, of RBC Capital Markets, said": where the person is
        // from describes them; "Trump, in a statement, said" is an aside
        let of_a_place = matches!(first.lower, "of" | "from" | "at")
            && s.get(open + 2).is_some_and(Word::is_capitalized);
        let prepositional_aside = !of_a_place
            && first.is_lowercase_word()
            && matches!(
                first.lower,
                "of" | "from" | "at" | "in" | "on" | "with" | "during"
            );
        let looks_like_apposition = first.is_determiner()
            || of_a_place
            || prepositional_aside
            // "Several candidates, including Trump, said"
            || first.is("including")
            || first.is("like")
            || first.is_capitalized()
            || first.is("who")
            || first.is("which")
            || first.kind == TokenKind::Number
            || (first.is_lowercase_word() && !first.has(flag::CLAUSE) && !first.has(flag::PRONOUN));
        // "Mr. Manafort, citing …, said": an aside, not a description
        let participle_aside =
            first.is_lowercase_word() && first.lower.ends_with("ing") && !first.is("including");
        let mut np = noun_phrase_left(s, open)?;
        // "Woodrow Benford, 58, who lives outside Minneapolis, says": an age
        // is a second apposition; the name is before it
        // "Goldberg, editor at The Forward, an influential newspaper, wrote":
        // the first apposition is itself described; the name is before both
        let described = |np: &Range<usize>| {
            np.len() == 1 && s[np.start].kind == TokenKind::Number
                || s[np.start].is_lowercase_word() && !s[np.start].has(flag::CLAUSE | flag::PRONOUN)
        };
        if described(&np)
            && np.start >= 2
            && s[np.start - 1].is_punct(",")
            && let Some(name) = noun_phrase_left(s, np.start - 1)
            && (s[np.start].kind == TokenKind::Number
                || s[name.clone()]
                    .iter()
                    .all(|w| w.is_capitalized() || w.is_punct("."))
                    && (opens_sentence(s, name.start) || s[name.start - 1].is_quote_mark()))
            // (not an opening time: "Earlier Tuesday, his campaign manager,
            // Jeff Weaver, says")
            && !s[name.clone()].iter().all(is_adverbial)
        {
            np = name;
        }
        // "When the F.B.I. director, James B. Comey, said …", "a fight that
        // Bay Buchanan, a treasurer, called …": after a subordinator, a
        // relative or a conjunction the apposed subject opens its clause
        // (in a coordinated subject, "Mr. Effron, then at UBS, and Mr.
        // Pruzan, at Dresdner, decided", the last one: a part of the source)
        let opens_clause = np.start >= 1 && {
            let before = &s[np.start - 1];
            is_subordinator(before)
                || matches!(before.lower, "that" | "which" | "what" | "and" | "but")
        };
        // ("After winning Ohio in the primary, Gov. John Kasich (R-OH),
        // said": a gerund's phrase opens the sentence; the subject is after it)
        if opens_clause && s[np.start].is_lowercase_word() && s[np.start].lower.ends_with("ing") {
            return Some(Subject::opening(open + 1..source_end));
        }
        if !looks_like_apposition
            || !(opens_sentence(s, np.start)
                || opens_clause
                || clause_break_before(s, np.start)
                || s[np.start - 1].is_quote_mark())
        {
            return None;
        }
        Some(Subject::opening(
            np.start..if participle_aside || prepositional_aside {
                open
            } else {
                source_end
            },
        ))
    }

    /// A subject with the apposition that follows it up to the comma
    /// before its verb: "One of the men, Jessie Elkins, 70, had served …
    /// and said", "the other candidate, Hillary Clinton, drew …, saying".
    fn with_apposition_after(&self, s: &[Word], subject: Range<usize>) -> Range<usize> {
        if !s.get(subject.end).is_some_and(|w| w.is_punct(",")) {
            return subject;
        }
        let close = (subject.end + 2..s.len().min(subject.end + 14))
            .take_while(|&k| !s[k].is_terminal() || abbreviation_period(s, k))
            .find(|&k| s[k].is_punct(",") && s.get(k + 1).is_some_and(Word::is_lowercase_word));
        // (a clause is no apposition: "In 2008, Cooper donated $750 …")
        match close {
            Some(close) if !s[subject.end..close].iter().any(looks_like_verb) => {
                self.with_long_apposition(s, subject, close)
            }
            _ => subject,
        }
    }

    /// `Geoff Garin, a pollster who works with Priorities USA, a pro-Clinton
    /// super PAC, said`: an apposition with commas of its own is part of the
    /// subject it describes, up to the `comma` before the cue. Not a
    /// participle clause (`Trump, speaking in Iowa, said`) nor a quotation.
    fn with_long_apposition(
        &self,
        s: &[Word],
        subject: Range<usize>,
        comma: usize,
    ) -> Range<usize> {
        let Some(first) = s.get(subject.end + 1) else {
            return subject;
        };
        let apposition = s[subject.end].is_punct(",")
            && (first.is_determiner() && !first.is("that")
                || first.is_capitalized()
                || first.kind == TokenKind::Number);
        // "…, for example, said": an adverbial after the apposition
        let comma = (subject.end + 1..comma)
            .find(|&k| {
                s[k].is_punct(",")
                    && s[k + 1].is_lowercase_word()
                    && s[k + 1].has(flag::CLAUSE | flag::MODIFIER)
            })
            .unwrap_or(comma);
        let plain = (subject.end + 1..comma).all(|k| {
            !(s[k].is_quote_mark() || s[k].is_punct(";") || self.has_cue_verb(s, k..k + 1))
        });
        if apposition && plain && comma > subject.end + 1 {
            subject.start..comma
        } else {
            subject
        }
    }

    /// What follows a cue: the start of its content, or nothing but
    /// adverbials up to `after`.
    fn content_after_cue(&self, s: &[Word], cue_end: usize, takes_addressee: bool) -> RightSide {
        let mut k = cue_end;
        if takes_addressee && !s.get(k).is_some_and(|t| t.is("that")) {
            // "told a town hall in Salem, New Hampshire, on Monday that …"
            let that = (k..s.len().min(k + 16))
                .take_while(|&j| {
                    !(s[j].is_terminal()
                        || s[j].is_punct(";")
                        || s[j].is_quote_mark()
                        || s[j].has(flag::PARTICIPLE_CUE)
                        // ("promising to impose tariffs on companies that
                        // move …": an infinitive's relative clause)
                        || s[j].is("to"))
                })
                .find(|&j| s[j].is("that"));
            if let Some(that) = that
                && !self.has_cue_verb(s, k..that)
            {
                return RightSide::Content(that);
            }
            // "promised Monday to begin …", "promised on Tuesday to refrain
            // …": a date or an occasion is no addressee
            let dated = skip_adverbials_right(s, k);
            if dated > k && infinitive_at(s, dated) {
                return RightSide::Content(dated);
            }
            let object = k;
            // "promised the government will help", "promise they will
            // stand by Israel": the subject of a reported clause, not an
            // addressee
            if noun_phrase_right(s, k).is_some_and(|np| {
                s.get(np.end)
                    .is_some_and(|t| t.is_lowercase_word() && is_auxiliary(t))
            }) {
                return RightSide::Content(object);
            }
            if s.get(k).is_some_and(|t| OBJECT_PRONOUNS.contains(&t.lower)) {
                k += 1;
            } else if s.get(k).is_some_and(Word::is_preposition) {
                // "warned of a trade war": a preposition opens no addressee
            } else if let Some(np) = noun_phrase_right(s, k)
                && (!s.get(np.end).is_none_or(Word::is_terminal) || np.len() <= 4)
            {
                k = np.end;
            }
            // "promised lower taxes and jobs": a coordinated object is what
            // is promised, not whom (an addressee and a verb of its own,
            // "thanked Miami and said …", are read below)
            if k > object
                && s.get(k).is_some_and(|t| t.is("and") || t.is("or"))
                && !s.get(k + 1).is_some_and(|w| w.has(flag::CUE_VERB))
                && !self.subject_and_cue_follow(s, k + 1)
            {
                return RightSide::Content(object);
            }
            // "urged him to resign", "accused Trump of using …": the object
            // is the subject of what is urged or alleged, part of the content
            // ("asked for a photo and Clinton said": no addressee, but a
            // phrase that runs into a clause of its own)
            if k > object
                && (s.get(k).is_some_and(|t| t.is("to") || t.is("of"))
                    || self.has_cue_verb(s, k..s.len().min(k + 1)))
            {
                return RightSide::Content(object);
            }
        }
        // "wrote to Sanders’ office that …", "says to Nevadans: “…”",
        // "is talking to voters about …": the addressee is not the content
        if s.get(k).is_some_and(|t| t.is("to"))
            && s.get(k + 1).is_some_and(|w| !w.has(flag::CUE_VERB))
            // (an addressee is named, determined or plural: "wants to tax
            // firms that …" is an infinitive)
            && s.get(k + 1).is_some_and(|w| {
                w.is_capitalized()
                    || w.is_determiner()
                    || w.is_possessive()
                    || OBJECT_PRONOUNS.contains(&w.lower)
                    || names_a_plural(w)
            })
            && let Some(np) = noun_phrase_right(s, k + 1)
        {
            let after = skip_adverbials_right(s, np.end);
            let quote_after_comma = s.get(after).is_some_and(|w| w.is_punct(","))
                && s.get(after + 1).is_some_and(Word::is_quote_mark);
            if quote_after_comma {
                k = after + 1;
            } else if s.get(after).is_some_and(|w| {
                w.is("that") || w.is("about") || w.is_punct(":") || w.is_quote_mark()
            }) {
                k = after;
            }
        }
        // "said, however, that …", "said, per a translator, that …": an
        // aside between commas before the reported clause
        if s.get(k).is_some_and(|t| t.is_punct(","))
            && let Some(close) = (k + 2..s.len().min(k + 9)).find(|&j| s[j].is_punct(","))
            && s.get(close + 1).is_some_and(|t| t.is("that"))
            && s[k + 1..close].iter().all(|w| w.kind != TokenKind::Punct)
            // not a speech of its own ("stated, while testifying before
            // Congress, that …"); "he hoped, he said, that …" is one
            && !s[k + 1..close]
                .iter()
                .any(|w| w.has(flag::CUE_VERB) && w.lower.ends_with("ing"))
        {
            return RightSide::Content(close + 1);
        }
        // "said — on Twitter, as it happens — that …": an aside between
        // dashes likewise
        if s.get(k).is_some_and(is_dash)
            && let Some(close) = (k + 2..s.len().min(k + 12)).find(|&j| is_dash(&s[j]))
            && s.get(close + 1).is_some_and(|t| t.is("that"))
        {
            return RightSide::Content(close + 1);
        }
        // "responded pointedly, with a smile: “…”", "told the mayors who
        // gathered in Indianapolis, “…”": how, where or to whom, then the
        // quotation after a comma or colon is what was said (not a clause
        // or an object of its own, "said she has …: “…”", "added the
        // words, “…”"; the first word is asked first, as most cues have
        // no such phrase)
        let manner_or_addressee = s.get(k).is_some_and(|first| {
            is_ly_adverb(first)
                || first.is_preposition()
                || takes_addressee
                    && (k > cue_end
                        || first.is_determiner()
                        || first.is_possessive()
                        || first.is_capitalized()
                        || OBJECT_PRONOUNS.contains(&first.lower))
        });
        if manner_or_addressee
            && let Some(mark) = (k..s.len().min(k + 12))
                .take_while(|&j| {
                    !(s[j].is_terminal()
                        || s[j].is_quote_mark()
                        || s[j].is_punct(";")
                        || s[j].is("that"))
                })
                .find(|&j| {
                    (s[j].is_punct(",") || s[j].is_punct(":"))
                        && s.get(j + 1).is_some_and(Word::is_quote_mark)
                })
            && mark > k
            && !self.has_cue_verb(s, k..mark)
        {
            return RightSide::Content(mark + 1);
        }
        k = skip_adverbials_right(s, k);
        match s.get(k) {
            None => RightSide::Nothing(k),
            Some(t) if t.is_terminal() => RightSide::Nothing(k),
            Some(t) if t.is_punct(",") => {
                if s.get(k + 1).is_some_and(Word::is_quote_mark) {
                    RightSide::Content(k + 1)
                } else {
                    RightSide::Nothing(k)
                }
            }
            Some(t) if t.is_punct(":") => RightSide::Content(k + 1),
            Some(t) if t.is_punct(")") || t.is_punct(";") || t.is_punct("—") => {
                RightSide::Nothing(k)
            }
            // "thanked Miami and said it was great to be home": past the
            // addressee, a coordinated verb with its own content
            Some(t)
                if k > cue_end
                    && matches!(t.lower, "and" | "but")
                    && (s
                        .get(k + 1)
                        .is_some_and(|w| w.is_lowercase_word() && w.has(flag::CUE_VERB))
                        || self.subject_and_cue_follow(s, k + 1)) =>
            {
                RightSide::Nothing(k)
            }
            Some(t)
                if t.is_quote_mark()
                    && t.quote
                        .is_none_or(|q| self.quotes[q as usize].open != t.index) =>
            {
                RightSide::Nothing(k)
            }
            Some(_) => RightSide::Content(k),
        }
    }

    /// Content from `start` to the end of the sentence, or to the end of the
    /// quotation it opens when that runs on past the sentence.
    fn content_right(&self, s: &[Word], start: usize) -> Option<Span> {
        if start >= s.len() {
            return None;
        }
        // a reported clause ends before a semicolon or a trailing relative
        // clause (", which I said was not …"), unless quoted words run on
        let end = (start + 1..s.len())
            .find(|&k| {
                s[k].quote.is_none()
                    && (s[k].is_punct(";")
                        // "“We’ll see,” when asked whether …": the question
                        || s[k].is("when") && s.get(k + 1).is_some_and(|w| w.is("asked"))
                        // "… when he told Chris Wallace, “…”": a clause of
                        // time with a speaker of its own is its own attribution
                        // ("sounded equivocal: Former Rep. Jane Harman called
                        // it …": or after a colon)
                        || (matches!(s[k].lower, "when" | "as" | "after" | "before")
                            || s[k].is_punct(":"))
                            && self.subject_and_cue_follow(s, k + 1)
                        // "criticized the plan and Obama said he would have
                        // vetoed it": a coordinated clause with its own speaker
                        // (not a coordinated subject: "Cruz and Rubio implied")
                        || matches!(s[k].lower, "and" | "but")
                            && !s[k - 1].is_capitalized()
                            && s.get(k + 1).is_some_and(|w| w.has(flag::PRONOUN) || w.is_capitalized())
                            && self.subject_and_cue_follow(s, k + 1)
                        // "… — he told the AP that …", "… - where he seemed to
                        // differ …": after a dash (or a spaced hyphen), a
                        // speaker of its own
                        || aside_dash(s, k)
                            && (self.subject_and_cue_follow(s, k + 1)
                                // "DFA - which has endorsed Sanders - said":
                                // the aside closes before its clause's verb
                                || self.main_verb_follows(s, k)
                                || s.get(k + 1).is_some_and(|w| w.is("where") || w.is("when"))
                                    && self.subject_and_cue_follow(s, k + 2))
                        || s[k].is_punct(",")
                            && (s.get(k + 1).is_some_and(|w| w.is("which") || w.is("who"))
                                // (not inside the clause's subject: "that Gov.
                                // Padilla, who must decide, has revealed …",
                                // "said the president, who is traveling, would …")
                                && !that_subject_only(s, start, k)
                                && !subject_before_its_relative(s, start, k)
                                // (not the main clause after an opening "if …,":
                                // "that if he lost, he wouldn't be able to …")
                                || new_clause_with_pronoun_subject(s, k + 1)
                                    && !opens_with_subordinate_clause(s, start, k)
                                || self.main_verb_follows(s, k)
                                // "…, saying …": what the subject said next
                                || s.get(k + 1).is_some_and(|w| {
                                    w.is_lowercase_word() && w.has(flag::PARTICIPLE_CUE)
                                }))
                        // the writer's own clause after a comma or a dash: a
                        // contrast with its own subject ("…, but the turnout
                        // in Iowa was higher", "-- but it clearly was …") or
                        // an absolute phrase of circumstance ("…, with
                        // Lewandowski taking to Twitter to …")
                        || after_separator(s, k).is_some_and(|j| {
                            s.get(j).is_some_and(|w| w.is("but")) && contrast_clause(s, j + 1)
                                || s.get(j).is_some_and(|w| w.is("with"))
                                    && absolute_phrase(s, j + 1)
                        })
                        // "explained the headline by saying: …"
                        // (the flag first: a list lookup at every word is not free)
                        || s.get(k + 1).is_some_and(|w| w.has(flag::PARTICIPLE_CUE))
                            && GERUND_PREPOSITIONS.contains(&s[k].lower))
                    // `…, citing ''the unique magic,'' said`
                    || s[k].is_quote_mark() && s[k - 1].is_punct(",") && self.main_verb_follows(s, k)
                    // "admitted that they had “been friends for some time,” he
                    // claimed …": a comma inside words quoted in passing (the
                    // quotation opened after a word of the content), then a
                    // clause with a speaker of its own
                    || s[k].is_quote_mark()
                        && s[k - 1].is_punct(",")
                        && s[k].quote.is_some_and(|q| {
                            let quote = &self.quotes[q as usize];
                            let first = s[0].index;
                            quote.close == Some(s[k].index)
                                && quote.open > s[start].index
                                && s[quote.open - first - 1].kind == TokenKind::Word
                        })
                        && new_clause_with_pronoun_subject(s, k + 1)
                        // (not a bare tag repeating the speaker: "…
                        // because “most people don't know,” she said.")
                        && s.get(k + 3).is_some_and(|w| w.kind == TokenKind::Word)
            })
            .map_or(s.len(), |k| k + usize::from(s[k].is_quote_mark()));
        let end = if end == s.len() {
            trailing_apposition(s, start, end).unwrap_or(end)
        } else {
            end
        };
        let span = content_span(s, start, end);
        if span.is_empty() {
            return None;
        }
        let first = &s[start];
        if first.is_quote_mark()
            && let Some(q) = first.quote
        {
            let end = segment::chain_end(self.quotes, q as usize);
            if end.end > span.end {
                return Some(Span {
                    start: span.start,
                    end: end.end,
                });
            }
        }
        Some(span)
    }

    /// "he told", "Mr. Trump said": a pronoun or a capitalised name right
    /// before a cue verb, from `k` on.
    fn subject_and_cue_follow(&self, s: &[Word], k: usize) -> bool {
        let Some(np) = noun_phrase_right(s, k) else {
            return false;
        };
        // ("when the Germans announce …")
        let name = &s[np.start + usize::from(s[np.start].is("the"))..np.end];
        let named = !name.is_empty()
            && name
                .iter()
                .all(|w| w.has(flag::PRONOUN) || w.is_capitalized() || w.is_punct("."))
            // ("as polls show …")
            || s[np.end - 1].has(flag::DOCUMENT_HEAD);
        // ("when he formally announced …")
        let mut verb = np.end;
        while s.get(verb).is_some_and(|w| {
            w.is_lowercase_word() && (w.has(flag::MODIFIER) || w.lower.ends_with("ly"))
        }) {
            verb += 1;
        }
        // ("Former Rep. Jane Harman": a title's period is no word)
        let words = s[np.clone()].iter().filter(|w| !w.is_punct(".")).count();
        named && words <= 4 && verb < s.len() && self.has_cue_verb(s, verb..verb + 1)
    }

    /// "Mr. Manafort, citing …, said": the main clause's cue verb follows
    /// the aside that ends at `k`.
    fn main_verb_follows(&self, s: &[Word], k: usize) -> bool {
        s.get(k + 1)
            .is_some_and(|w| w.is_lowercase_word() && self.is_cue_participle(w))
    }

    /// Where the thing a passive participle names starts, the participle's
    /// modifiers ending at `before`: the subject of "is" or "became" ("He is
    /// best known for"), or the noun phrase read as the source, past its
    /// preposition ("a win in [the string of contests] known as").
    fn known_thing(&self, s: &[Word], before: usize, np: Option<&Range<usize>>) -> Option<usize> {
        let be = before.checked_sub(1)?;
        if s[be].is_be_form() || matches!(s[be].lower, "became" | "become" | "becomes") {
            let k = auxiliaries_before(s, be);
            return match k.checked_sub(1).map(|j| &s[j]) {
                Some(w) if w.has(flag::PRONOUN | flag::RELATIVE) => Some(k - 1),
                _ => noun_phrase_left(s, k).map(|np| np.start),
            };
        }
        let np = np.filter(|np| np.end == before && np.start < np.end)?;
        Some(
            (np.start..np.end)
                .rfind(|&k| s[k].is_preposition() && !s[k].is("of"))
                .map_or(np.start, |k| (k + 1).min(np.end - 1)),
        )
    }

    /// Content from the start of the clause to just before `end` (a comma or
    /// the source), reaching back to the opening of a quotation that began in
    /// an earlier sentence.
    fn content_left(&self, s: &[Word], end: usize) -> Option<Span> {
        let mut end = end;
        while end > 0 && (s[end - 1].is_punct(",") || s[end - 1].is_punct("—")) {
            end -= 1;
        }
        if end == 0 {
            return None;
        }
        let mut start = usize::from(s[0].is("but") || s[0].is("and"));
        // ("Still, Clinton leads …, according to the AP": past a connective)
        if let Some(len) = self
            .vocab
            .discourse_connectives
            .match_at(|j| s.get(start + j).map(|w| w.lower))
            && start + len + 1 < end
            && s[start + len].is_punct(",")
        {
            start += len + 1;
        }
        // "X said A, but B, they said": a clause with a cue of its own is
        // that cue's content; this one's starts after "but" (", and" joins
        // noun phrases as often as clauses)
        if let Some(b) = (start..end).rev().find(|&b| {
            let coordinated = s[b].is_punct(";")
                || s[b].is_punct(",")
                    && s.get(b + 1)
                        .is_some_and(|w| matches!(w.lower, "but" | "yet"));
            // (cues quoted or inside a quotation are not the article's)
            let unquoted = |k: usize| s[k].quote.is_none();
            coordinated
                && unquoted(b)
                && (start..b).any(|k| {
                    unquoted(k) && !s[k].has(flag::HOMOGRAPH) && self.has_cue_verb(s, k..k + 1)
                })
        }) {
            start = b + 1 + usize::from(!s[b].is_punct(";"));
        }
        let mut span = content_span(s, start, end);
        // ("That’s according to a new poll": the words are "That", the
        // contracted "is" is the sentence's verb)
        let last = s[end - 1].lower;
        if let Some(is) = ["’s", "'s"].iter().find(|is| last.ends_with(*is))
            && matches!(
                &last[..last.len() - is.len()],
                "that" | "this" | "it" | "what"
            )
            && span.end == s[end - 1].span.end
        {
            span.end -= is.len() as u32;
        }
        if let Some(q) = s[end - 1].quote {
            let begin = segment::chain_start(self.quotes, q as usize);
            if begin.start < span.start {
                span.start = begin.start;
            }
        }
        (!span.is_empty()).then_some(span)
    }

    /// Whether the base or "-ing" form at `i`, after "and", goes on the
    /// clause an earlier finite cue reports: "says he’d sit Putin down and tell him",
    /// "decided to bypass Faso and go after his donor" ("tell" cannot share
    /// "says"'s subject, so it is no cue of its own; "cast" may be a past).
    fn embedded_after_finite_cue(&self, s: &[Word], i: usize) -> bool {
        if i < 2
            || !s[i - 1].is("and")
            || s[i].lower.ends_with('s')
            || self.vocab.is_base_also_past(s[i].lower)
        {
            return false;
        }
        let earlier = (0..i - 1)
            .rev()
            .take_while(|&k| !s[k].is_terminal() && !s[k].is_punct(";"))
            .find_map(|k| self.verb_at(s, k).map(|(_, form, _)| (k, form)));
        // (an "-ing" form goes on a progressive after that cue: "says Obama
        // is acting unlawfully and showing disregard")
        let progressive_before = |k: usize| {
            (k + 1..i - 1).any(|j| s[j].lower.ends_with("ing") && passive_be(s, j).is_some())
        };
        earlier.is_some_and(|(k, form)| {
            let finite =
                form == VerbForm::Past || form == VerbForm::Present && s[k].lower.ends_with('s');
            finite
                && auxiliaries_before(s, k) == k
                && (!s[i].lower.ends_with("ing") || progressive_before(k))
        })
    }

    /// Where the quotation ending before `end` opens, and the earlier
    /// attribution whose cue, with its comma or colon, introduced it
    /// ("added, “…”").
    fn quotation_introduced<'f>(
        &self,
        s: &[Word],
        end: usize,
        earlier: &'f [Found],
    ) -> Option<(u32, &'f Found)> {
        let mut last = end.checked_sub(1)?;
        while last > 0 && s[last].is_punct(",") {
            last -= 1;
        }
        let begin = segment::chain_start(self.quotes, s[last].quote? as usize);
        let first = s.partition_point(|w| w.span.end <= begin.start);
        if first < 2 || !(s[first - 1].is_punct(",") || s[first - 1].is_punct(":")) {
            return None;
        }
        let cue = s[first - 2].span;
        let by = earlier.iter().rev().find(|f| f.cue.contains(cue))?;
        Some((begin.start, by))
    }

    /// Whether a quotation opens inside `span`.
    fn quotes_inside(&self, span: Span) -> bool {
        let first = self.quotes.partition_point(|q| q.span.start < span.start);
        self.quotes
            .get(first)
            .is_some_and(|q| q.span.start < span.end)
    }
}

/// What a position is taken on is the phrase after its verb: "endorsed
/// Jeb Bush and midwifed the bill" endorsed "Jeb Bush". The content ends
/// before a coordinated verb, a participle clause or a subordinate clause
/// of time, or an occasion of speaking ("in an interview", "at a rally");
/// a that-clause or quotation runs on. (Dates and "because" clauses stay:
/// PolNeAR includes them as often as not.)
fn object_end(s: &[Word], content: Span, vocab: &Vocabulary) -> Span {
    let Some(first) = s.iter().position(|w| w.span.start == content.start) else {
        return content;
    };
    if s[first].is("that") || s[first].is("to") || s[first].is_quote_mark() {
        return content;
    }
    let last = s
        .iter()
        .rposition(|w| w.span.end <= content.end)
        .unwrap_or(first);
    let stop = (first + 1..=last).find(|&k| {
        let w = &s[k];
        let next = s.get(k + 1);
        let verb_next = next.is_some_and(|n| {
            n.is_lowercase_word()
                && (is_auxiliary(n) || n.has(flag::MODIFIER) || n.lower.ends_with("ed"))
        });
        w.quote.is_none()
            && ((w.is("and") || w.is("but")) && verb_next
                || occasion_at(s, k, last, vocab)
                // ("opposed it as he positioned himself …": a clause of its own)
                || w.is("as") && next.is_some_and(|n| n.has(flag::PRONOUN) && !n.is("it"))
                // (", falsely suggesting": past an adverb)
                || w.is_punct(",")
                    && next.is_some_and(|n| n.lower.ends_with("ly"))
                    && s.get(k + 2).is_some_and(|n| n.is_lowercase_word() && n.lower.ends_with("ing"))
                || w.is_punct(",")
                    && next.is_some_and(|n| {
                        n.is_lowercase_word()
                            && (n.lower.ends_with("ing")
                                || n.has(flag::CLAUSE) && !matches!(n.lower, "and" | "or" | "for"))
                    })
                || matches!(
                    w.lower,
                    "after"
                        | "while"
                        | "before"
                        | "since"
                        | "despite"
                        | "during"
                        | "amid"
                        | "following"
                        | "until"
                        | "because"
                        | "when"
                        | "although"
                        | "though"
                        | "whereas"
                ))
    });
    match stop {
        Some(k) if k > first => content_span(s, first, k),
        _ => content,
    }
}

/// "in a tweet", "during a Fox News interview": at `k`, a preposition, a
/// determiner, a few modifiers and an occasion of speaking (vocabulary
/// `occasion_nouns`, or a document) before the content's last word `last`,
/// saying where the words were said.
fn occasion_at(s: &[Word], k: usize, last: usize, vocab: &Vocabulary) -> bool {
    matches!(s[k].lower, "in" | "during" | "at")
        // (not before the reason it gives: "praised Mr. Clarke in his
        // address for helping develop …")
        && !s[k..=last].iter().any(|m| m.is("for"))
        && s.get(k + 1).is_some_and(|n| n.is_determiner() || n.is_possessive())
        && s[k + 2..s.len().min(k + 6)]
            .iter()
            .take_while(|m| m.kind != TokenKind::Punct)
            .any(|m| {
                // (not "performance in the polls": where the figures are)
                m.has(flag::OCCASION)
                    || m.has(flag::DOCUMENT_HEAD) && !vocab.is_survey_head(m.lower)
            })
}

/// "him as the stronger candidate": an object and its "as" phrase, in the
/// clause from `start` on.
fn as_complement_follows(s: &[Word], start: usize) -> bool {
    s[start..s.len().min(start + 8)]
        .iter()
        .take_while(|w| !w.is_punct(","))
        .any(|w| w.is("as"))
}

/// Whether a subject's head is one that speaks or publishes: a name, a
/// pronoun, a document, an anonymous or plural noun, or "the" and one noun
/// ("the newspaper reports", "the court rules"); not a number or an
/// adjective ("the dozen states that held primaries").
fn subject_can_speak(s: &[Word], subject: Range<usize>) -> bool {
    let head = &s[subject.end - 1];
    head.is_capitalized()
        || head.has(flag::PRONOUN | flag::DOCUMENT_HEAD | flag::ANONYMOUS_HEAD)
        || names_a_plural(head)
        || subject.len() == 2 && s[subject.start].is("the")
}

/// "a", "the", "his": a word after which the next is a noun or an
/// adjective, never a verb ("her" may be an object, "each" a subject).
fn article_or_possessive(w: &Word) -> bool {
    matches!(
        w.lower,
        "a" | "an" | "the" | "his" | "its" | "their" | "our" | "my" | "your"
    )
}

/// "at one point", "at times", "at the same time" ending at `end`: where
/// that phrase starts.
fn time_phrase_before(s: &[Word], end: usize) -> Option<usize> {
    let head = s.get(end.checked_sub(1)?)?;
    if !matches!(head.lower, "point" | "time" | "times" | "moment") {
        return None;
    }
    (end.saturating_sub(4)..end - 1)
        .rev()
        .find(|&k| s[k].is("at"))
}

/// "his net worth at $45 billion", "him at 33 percent": from `start`, an
/// object and "at" (or "as") before a figure, within the clause.
pub fn amount_follows(s: &[Word], start: usize) -> bool {
    let rest = &s[start..s.len().min(start + 14)];
    let clause = &rest[..rest
        .iter()
        .position(|w| w.is_terminal() || w.is_punct(",") || w.is_punct(";"))
        .unwrap_or(rest.len())];
    clause.iter().enumerate().skip(1).any(|(k, w)| {
        (w.is("at") || w.is("as"))
            && clause[k + 1..]
                .iter()
                .take(4)
                .any(|f| f.kind == TokenKind::Number || f.is_punct("$"))
    })
}

/// Whether the object at `start` is a document (a determiner, possessive,
/// adjectives or a count, then a document's head: "its findings", "a new
/// radio ad") with no participle or colon after it ("released a statement
/// saying …" is read at the participle).
fn document_follows(s: &[Word], start: usize) -> bool {
    let rest = &s[start.min(s.len())..];
    let Some(head) = rest
        .iter()
        .take(5)
        .take_while(|w| w.kind != TokenKind::Punct || w.is_possessive())
        .position(|w| w.has(flag::DOCUMENT_HEAD))
    else {
        return false;
    };
    !rest[head + 1..]
        .iter()
        .take(12)
        .take_while(|w| !w.is_terminal())
        .any(|w| w.is_punct(":") || w.has(flag::CUE_VERB) && w.lower.ends_with("ing"))
}

fn hedge(w: &Word, i: usize, kind: CueKind, content: Option<Span>, n: usize) -> Match {
    Match {
        found: Found {
            cue: w.span,
            lemma: w.lower.to_string(),
            kind,
            stance: Stance::Hedge,
            class: CueClass::Hedge,
            source: None,
            agentless: false,
            antecedent: None,
            content,
            mode: Mode::Hedge,
            sentence: n,
        },
        resume: i + 1,
    }
}

struct Subject {
    range: Range<usize>,
    antecedent: Option<Range<usize>>,
    /// Where the attribution clause starts ("as" in "as Reuters reported").
    clause_start: usize,
}

impl Subject {
    /// A subject that opens its clause and refers to no antecedent.
    fn opening(range: Range<usize>) -> Subject {
        Subject {
            clause_start: range.start,
            range,
            antecedent: None,
        }
    }
}

enum RightSide {
    Content(usize),
    Nothing(usize),
}

fn doc_range(s: &[Word], local: Range<usize>) -> Range<usize> {
    s[local.start].index..s[local.end - 1].index + 1
}

/// Whether `span` ends with a closing parenthesis it does not open: the
/// close of a parenthesized sentence begun before it.
fn closes_unopened(span: &[Word]) -> bool {
    span.split_last()
        .is_some_and(|(last, before)| last.is_punct(")") && !before.iter().any(|w| w.is_punct("(")))
}

/// Span of words `start..end`, without trailing sentence punctuation.
fn content_span(s: &[Word], start: usize, end: usize) -> Span {
    let mut end = end;
    let mut start = start;
    // ("(The French, it turns out, are big fans …," he said): nor the
    // parenthesis that opens a sentence closed after it
    if s[start].is_punct("(") && !s[start..end].iter().any(|w| w.is_punct(")")) && start + 1 < end {
        start += 1;
    }
    // ("(… he said he was not guilty.)": nor the parenthesis that closes a
    // sentence opened before the content)
    while end > start + 1
        && (s[end - 1].is_terminal()
            || s[end - 1].is_punct(",")
            || s[end - 1].is_punct(";")
            || closes_unopened(&s[start..end]))
    {
        end -= 1;
    }
    if end <= start {
        return Span::new(s[start].span.start as usize, s[start].span.start as usize);
    }
    s[start].span.cover(s[end - 1].span)
}

/// Whether the words `range`, ending at the word `head`, are only what
/// comes before a singular noun: "a forceful", "an impassioned", "no
/// overt" (a count or a share heads a phrase of its own: "a majority
/// support").
fn premodifiers_only(s: &[Word], range: Range<usize>, head: usize) -> bool {
    range.end == head
        && range.len() >= 2
        && range.len() <= 4
        && matches!(
            s[range.start].lower,
            "a" | "an" | "no" | "another" | "little"
        )
        && s[range.start + 1..range.end].iter().all(|w| {
            w.is_lowercase_word()
                && !breaks_noun_phrase(w)
                && !w.has(flag::PRONOUN)
                && !is_count(w)
                && !names_a_share(w)
        })
}

/// A noun that names a part of a group or a count of it: "percent of
/// voters", "a majority support", "a handful of".
fn names_a_share(w: &Word) -> bool {
    matches!(
        w.lower,
        "percent"
            | "%"
            | "half"
            | "third"
            | "thirds"
            | "quarter"
            | "quarters"
            | "majority"
            | "plurality"
            | "minority"
            | "most"
            | "share"
            | "number"
            | "dozen"
            | "handful"
            | "lot"
            | "couple"
            | "few"
    )
}

/// The subject of the clause that ends before `end`: the noun phrase after
/// the last comma or semicolon, past a leading conjunction or adverb.
fn clause_subject(s: &[Word], end: usize) -> Option<Range<usize>> {
    let mut start = (0..end)
        .rev()
        .find(|&k| s[k].is_punct(",") || s[k].is_punct(";"))
        .map_or(0, |k| k + 1);
    while start < end && (s[start].has(flag::CLAUSE) || s[start].is_quote_mark()) {
        start += 1;
    }
    // "House Democrats, looking for a way …, seized the floor and said": a
    // verb after the comma continues the sentence's clause, whose subject
    // is before it
    if s.get(start)
        .is_some_and(|w| w.is_lowercase_word() && w.lower.ends_with("ed"))
    {
        return None;
    }
    let np = noun_phrase_right(s, start)?;
    // ("…, a former chairman, became a delegate and said": one lowercase
    // word before an object is a verb)
    let verb_and_object = np.len() == 1
        && s[np.start].is_lowercase_word()
        && !s[np.start].has(flag::PRONOUN)
        && s.get(np.end).is_some_and(|w| w.is_determiner());
    (np.end <= end && !verb_and_object).then_some(np)
}

/// "When Sanders accused her of …, she said “…”": the comma before the
/// subject closes a subordinate clause that opens the sentence, not a
/// quotation the subject's cue follows.
fn sentence_initial_clause(s: &[Word], clause_start: usize) -> bool {
    s.first().is_some_and(is_subordinator) && !s[..clause_start].iter().any(Word::is_quote_mark)
}

/// Whether the words `start..end` are a subordinate clause, after an
/// optional "that" ("that if he ran for president and lost").
fn opens_with_subordinate_clause(s: &[Word], start: usize, end: usize) -> bool {
    let mut first = start + usize::from(s[start].is("that"));
    // ("that even if videos did surface, he would …")
    first += usize::from(s.get(first).is_some_and(|w| w.is("even")));
    // ("that on a trip to Kosovo this week, he would …", "that under
    // government rules, even …": or a phrase of circumstance)
    let opens = |w: &Word| is_subordinator(w) || w.is_preposition() && !w.is("of");
    first < end && opens(&s[first]) && !s[first..end].iter().any(|w| w.is_punct(","))
}

/// "who in 2010 said", "which together vowed", "who almost immediately
/// disclosed": the relative pronoun before `end`, when only an adverbial (a
/// preposition and its date or noun, adverbs) stands between.
fn relative_before_adverbial(s: &[Word], end: usize) -> Option<usize> {
    // (not "which Will claims", "which some have argued": a subject)
    let adverbial = |w: &Word| {
        w.kind == TokenKind::Number
            || w.is_lowercase_word()
                && (is_adverbial(w)
                    || w.is("together")
                    || w.is("almost")
                    || w.is_preposition()
                    || w.is_determiner() && !w.is_quantifier())
    };
    let mut k = end;
    while k > 0 && end - k < 5 {
        let w = &s[k - 1];
        if w.has(flag::RELATIVE) && (w.is("who") || w.is("which")) {
            return (k < end).then_some(k - 1);
        }
        if !adverbial(w) {
            return None;
        }
        k -= 1;
    }
    None
}

/// "… to repeal the Hyde Amendment, a longstanding federal provision that
/// prohibits …", "… could win a general election, a 16-point margin over
/// Sanders": the comma before a noun phrase that closes the sentence with
/// no verb of its own, the writer's gloss on a name or on the whole clause
/// rather than part of what was said (PolNeAR leaves it out of the content).
/// Not in quoted words, not a list ("the Iranian nuclear deal and …"), not
/// a clause ("the more they appear to like him"), not the clause after an
/// opening phrase ("In all, the committee raised …").
fn trailing_apposition(s: &[Word], start: usize, end: usize) -> Option<usize> {
    // (a gloss is a phrase, not a paragraph: the last few dozen words)
    let comma = (start + 1..end)
        .rev()
        .take(40)
        .find(|&k| s[k].is_punct(","))?;
    let tail = &s[comma + 1..end];
    let clause_before = &tail[..tail
        .iter()
        .position(|w| w.has(flag::RELATIVE))
        .unwrap_or(tail.len())];
    let glosses = matches!(tail.first()?.lower, "a" | "an" | "the")
        && !tail.iter().any(|w| w.quote.is_some() || w.is_quote_mark())
        && !clause_before
            .iter()
            .any(|w| is_auxiliary(w) || w.has(flag::PRONOUN) || w.is("and") || w.is("or"));
    (glosses && !opens_with_subordinate_clause(s, start, comma)).then_some(comma)
}

/// The form of `w` among a verb's four `[base, present, past, ing]`.
fn form_of(w: &Word, forms: [&str; 4]) -> Option<VerbForm> {
    let [base, present, past, ing] = forms;
    match w.lower {
        l if l == base => Some(VerbForm::Base),
        l if l == present => Some(VerbForm::Present),
        l if l == past => Some(VerbForm::Past),
        l if l == ing => Some(VerbForm::Ing),
        _ => None,
    }
}

/// "avoids", "began", "kept", "continued": a verb of aspect whose gerund says what its
/// subject avoided, began or kept doing, and its form.
fn gerund_frame(w: &Word) -> Option<VerbForm> {
    [
        ["avoid", "avoids", "avoided", "avoiding"],
        ["begin", "begins", "began", "beginning"],
        ["begin", "begins", "begun", "beginning"],
        ["start", "starts", "started", "starting"],
        ["keep", "keeps", "kept", "keeping"],
        ["stop", "stops", "stopped", "stopping"],
        ["resume", "resumes", "resumed", "resuming"],
        ["continue", "continues", "continued", "continuing"],
    ]
    .into_iter()
    .find_map(|forms| form_of(w, forms))
    .filter(|&form| form != VerbForm::Ing)
}

/// A word that opens a subordinate clause ("When …, she said").
fn is_subordinator(w: &Word) -> bool {
    matches!(
        w.lower,
        "when"
            | "while"
            | "after"
            | "before"
            | "if"
            | "as"
            | "since"
            | "although"
            | "though"
            | "because"
            | "unless"
            | "once"
    )
}

/// "a program called Sandy Hook Promise", "a short film called “…”": after
/// an indefinite noun phrase, a participle gives the thing its name.
/// "it “the least bad option”", "this a false narrative", "him a liar": an
/// object pronoun and, after it, the label the verb gives it.
fn labels_its_object(s: &[Word], start: usize) -> bool {
    let object = s
        .get(start)
        .is_some_and(|w| OBJECT_PRONOUNS.contains(&w.lower) || w.is("this"));
    // ("calls Cruz “a conviction candidate”", "call Trump “very
    // flexible”": a noun phrase and the quoted label)
    // ("calls Trump's idea for a border wall ‘stupid’": past the noun's
    // own preposition)
    let quoted_label = || {
        noun_phrase_right(s, start).is_some_and(|np| {
            let end = match s.get(np.end) {
                Some(p) if matches!(p.lower, "for" | "of" | "on") => {
                    noun_phrase_right(s, np.end + 1).map_or(np.end, |object| object.end)
                }
                _ => np.end,
            };
            // ("calling the deal a “$25 billion mistake”": or the label's
            // article first)
            let article = s.get(end).is_some_and(|w| w.is("a") || w.is("an"));
            let label = end + usize::from(article);
            label - start <= 9 && s.get(label).is_some_and(Word::is_quote_mark)
        })
    };
    // ("call him competent,": an object pronoun and a bare adjective)
    let bare_label = || {
        s.get(start + 1)
            .is_some_and(|w| w.is_lowercase_word() && !breaks_noun_phrase(w) && !looks_like_verb(w))
            && s.get(start + 2)
                .is_some_and(|w| w.is_terminal() || w.is_punct(","))
    };
    object
        && (s.get(start + 1).is_some_and(|w| {
            w.is_quote_mark()
                || matches!(
                    w.lower,
                    "a" | "an" | "the" | "his" | "her" | "their" | "its" | "one"
                )
        }) || bare_label())
        || quoted_label()
}

/// Whether the phrase at `start`, after a preposition, belongs to a noun
/// phrase that opens its clause ("A document on the campaign's website",
/// "Democrats on the committee on Benghazi"), not to a verb ("said on the
/// MSNBC show") or an adverbial ("in the wake of the ruling").
fn opens_clause_past_prepositions(s: &[Word], mut start: usize) -> bool {
    if start == 0 || !s[start - 1].is_preposition() {
        return true;
    }
    while start > 0 && s[start - 1].is_preposition() {
        match noun_phrase_left(s, start - 1) {
            Some(np) if np.start < start - 1 => start = np.start,
            _ => return false,
        }
    }
    opens_sentence(s, start) || clause_break_before(s, start)
}

/// "voters", "Republicans", "three-quarters", "percent", "majority": a
/// plural noun or a share of people (not "his", "news", "business").
fn names_a_plural(w: &Word) -> bool {
    w.kind == TokenKind::Word
        && !w.has(flag::PRONOUN | flag::DETERMINER)
        && (w.lower.len() > 3
            && w.lower.ends_with('s')
            && !w.lower.ends_with("ss")
            && !w.lower.ends_with("'s")
            && !w.lower.ends_with("’s")
            && !w.lower.ends_with("news")
            || matches!(
                w.lower,
                "percent" | "majority" | "plurality" | "half" | "men" | "women" | "people"
            ))
}

fn names_a_thing(s: &[Word], i: usize) -> bool {
    let name = |w: &Word| w.is_capitalized() || w.is_quote_mark();
    // ("an inflation formula called the “chained CPI”")
    let named = s
        .get(i + 1)
        .is_some_and(|w| name(w) || w.is("the") && s.get(i + 2).is_some_and(name));
    // ("a newly formed super PAC called Future 45")
    let noun_before = i > 0
        && s[i - 1].kind == TokenKind::Word
        && !s[i - 1].has(flag::PRONOUN)
        && !breaks_noun_phrase(&s[i - 1]);
    named
        && noun_before
        // (the article of the noun's own phrase, not of one before its
        // relative clause: "a country that the nominee called “our foe”")
        && s[i.saturating_sub(5)..i - 1]
            .iter()
            .rev()
            .take_while(|w| !breaks_noun_phrase(w))
            .any(|w| w.is("a") || w.is("an"))
}

/// "which" in "…, which is expected to", "who" in "who was asked": the
/// relative pronoun right before `k` that is a passive's subject.
// (inlined: as a call of its own the verb cue around it compiled to 2M more
// instructions on train, callgrind 630.9M -> 632.9M)
#[inline]
fn relative_subject_before(s: &[Word], k: usize) -> Option<usize> {
    let r = k.checked_sub(1)?;
    (s[r].is_lowercase_word() && matches!(s[r].lower, "who" | "which" | "that")).then_some(r)
}

/// Whether the phrase at `k` opens the sentence, past a conjunction that
/// links it to the one before ("But Gilda Cobb-Hunter, a member of …,") or
/// a focusing adverb ("Now Sembler, who …,").
fn opens_sentence(s: &[Word], k: usize) -> bool {
    k <= 2
        && s[..k]
            .iter()
            .all(|w| matches!(w.lower, "but" | "and" | "yet" | "so") || is_focusing_adverb(w))
}

/// The sentence ends with a question mark (inside its closing quotes).
fn is_question(s: &[Word]) -> bool {
    s.iter()
        .rev()
        .find(|w| !w.is_quote_mark())
        .is_some_and(|w| w.is_punct("?"))
}

/// The subject at `k` follows the auxiliary that opens a question ("Do
/// you …", "How will the voters …", "…, would you …"), not a statement's.
fn inverted_subject(s: &[Word], k: usize) -> bool {
    let Some(aux) = k.checked_sub(1).map(|a| &s[a]) else {
        return false;
    };
    let negated = aux.lower.ends_with("n't") || aux.lower.ends_with("n’t");
    if !(is_auxiliary(aux) || negated) || matches!(aux.lower, "be" | "been" | "being") {
        return false;
    }
    k == 1
        || s[k - 2].is_quote_mark()
        || matches!(s[k - 2].text, ":" | "," | "(")
        || matches!(
            s[k - 2].lower,
            "what"
                | "why"
                | "how"
                | "when"
                | "where"
                | "who"
                | "which"
                | "and"
                | "but"
                | "or"
                | "so"
        )
}

/// "Even", "Now" before a subject: they open the sentence, not the phrase.
fn is_focusing_adverb(w: &Word) -> bool {
    matches!(w.lower, "even" | "now")
}

/// "According to Lorella Praeli, Clinton's Latino vote director, the
/// campaign …", "According to the poll, conducted in May, 40 percent …":
/// where a description of the source between commas at `comma` ends,
/// before the clause it opens. A short phrase with no verb of its own,
/// opening with an article, a possessive or a participle; not the
/// clause's subject ("According to the poll, Clinton leads, …").
fn opening_apposition_end(s: &[Word], comma: usize) -> Option<usize> {
    let first = s.get(comma + 1).filter(|_| s[comma].is_punct(","))?;
    let close = (comma + 2..s.len().min(comma + 14))
        .take_while(|&k| !s[k].is_terminal() && !s[k].is_quote_mark())
        .find(|&k| s[k].is_punct(","))?;
    let opens = matches!(first.lower, "a" | "an" | "the")
        || first.is_possessive()
        || first.is_lowercase_word() && first.lower.ends_with("ed");
    // (a past form or an auxiliary; not "vote" of "Latino vote director",
    // nor the month "May")
    let verb = s[comma + 2..close]
        .iter()
        .any(|w| w.is_lowercase_word() && (is_auxiliary(w) || is_past_form(w)));
    (opens && !verb && close + 1 < s.len() && !s[close + 1].is_terminal()).then_some(close)
}

/// The noun phrase that opens the sentence, if it ends before `end`.
fn sentence_subject(s: &[Word], end: usize) -> Option<Range<usize>> {
    let start = s
        .iter()
        .position(|w| !(w.has(flag::CLAUSE) || w.is_quote_mark()))?;
    let np = past_opening_adverbials(s, noun_phrase_right(s, start)?)?;
    (np.end <= end).then_some(np)
}

/// The subject of the main clause before `before`, if it can speak: a name,
/// a subject pronoun other than "it", a document or an anonymous source.
fn speaking_subject(s: &[Word], before: usize) -> Option<Range<usize>> {
    let subject = past_opening_adverbials(s, noun_phrase_right(s, main_clause_start(s, before))?)?;
    let head = &s[subject.end - 1];
    let someone = if subject.len() == 1 && head.has(flag::PRONOUN) {
        // (the pronouns of a subject: not "it", not "her" of "her use of")
        matches!(head.lower, "he" | "she" | "they" | "we" | "i" | "you")
    } else {
        // (a capital at the sentence's first word tells nothing, but for a
        // name alone: "Christie gloated:")
        head.is_capitalized()
            && (subject.end > 1 || head.flags & !flag::CLOSED_CLASS == 0 && !head.is_possessive())
            || head.has(flag::DOCUMENT_HEAD | flag::ANONYMOUS_HEAD)
    };
    (someone && subject.end <= before).then_some(subject)
}

/// "Moreover, Jeffrey D. Sachs …", "On Wednesday, however, the director …",
/// "Hours later, Trump …": opening adverbials are not the subject; the
/// phrase after them is.
fn past_opening_adverbials(s: &[Word], mut np: Range<usize>) -> Option<Range<usize>> {
    loop {
        let mut after = np.end;
        while s
            .get(after)
            .is_some_and(|w| w.is_lowercase_word() && is_adverbial(w))
        {
            after += 1;
        }
        // ("Hours later", "Two days ago": a span of time, dated)
        let dated = after > np.end && matches!(s[after - 1].lower, "later" | "earlier" | "ago");
        let opening = s[np.clone()].iter().all(is_adverbial) || dated;
        if !(opening && s.get(after).is_some_and(|w| w.is_punct(","))) {
            return Some(np);
        }
        let mut next = after + 1;
        while s.get(next).is_some_and(is_adverbial)
            && s.get(next + 1).is_some_and(|w| w.is_punct(","))
        {
            next += 2;
        }
        np = noun_phrase_right(s, next)?;
    }
}

/// A cue inside a quotation speaks only within it: the words the grammar
/// may use end where that quotation closes.
fn inside_quote_of<'s, 'a>(s: &'s [Word<'a>], i: usize) -> &'s [Word<'a>] {
    let Some(q) = s[i].quote else { return s };
    let end = (i + 1..s.len())
        .find(|&k| s[k].quote != Some(q) || s[k].is_quote_mark())
        .unwrap_or(s.len());
    &s[..end]
}

/// Whether a clause starts at `i`: sentence start or after an opening quote.
fn clause_starts_at(s: &[Word], i: usize) -> bool {
    i == 0 || (i == 1 && s[0].is_quote_mark())
}

fn skip_to_comma(s: &[Word], from: usize) -> Option<usize> {
    (from..s.len()).find(|&k| s[k].is_punct(",")).map(|k| k + 1)
}

/// Where a list ending in the noun phrase at `last` begins: "President
/// Obama, Hillary Clinton, and other Democrats say" (the phrase runs from
/// `last` to `end`). Only a list that opens its clause counts; otherwise
/// `last`.
fn list_start(s: &[Word], last: usize, end: usize) -> usize {
    let coordinator = |w: &Word| w.is("and") || w.is("or") || w.is("nor");
    let (mut comma, oxford, joined) = if last >= 2 && coordinator(&s[last - 1]) {
        let oxford = s[last - 2].is_punct(",");
        (last - 1 - usize::from(oxford), oxford, false)
    } else if last >= 2
        && s[last - 1].is_punct(",")
        && s[last..end].iter().any(coordinator)
        && !s[last].has(flag::PRONOUN)
    {
        // "Clinton, Sanders and O'Malley said": the phrase read leftwards
        // already joined the last two (not "Afterward, he and Mr. Allen")
        (last - 1, false, true)
    } else {
        return last;
    };
    while let Some(item) = noun_phrase_left(s, comma) {
        // names only before the last item after a comma: "He met the
        // mayor, and …" is two clauses
        if oxford && !s[item.clone()].iter().all(Word::is_capitalized) {
            break;
        }
        // (nor an opening phrase before the subject: "Besides China,
        // Vietnam, … and Taiwan have claims", "Back in 1988, Rust Belt
        // states …", "Still, both …")
        if joined
            && s[item.clone()].iter().any(|w| {
                w.is_preposition()
                    || is_adverbial(w)
                    || w.kind == TokenKind::Number
                    || is_subordinator(w)
                    || matches!(w.lower, "besides" | "back" | "like" | "unlike")
                    || w.lower.ends_with("ing")
            })
        {
            break;
        }
        // ("Neither Cruz nor Christie", "Both …")
        let start = item.start
            - usize::from(
                item.start > 0 && matches!(s[item.start - 1].lower, "neither" | "both" | "either"),
            );
        let opens_clause = |start: usize| {
            start == 0 || clause_break_before(s, start) && !s[start - 1].is_punct(",")
        };
        if opens_clause(start) {
            return start;
        }
        // ("In Iowa, Clinton, Sanders and O'Malley said", "Later, Matthews,
        // Seitz-Wald and Lopez argued": after an opening phrase of place or
        // time and its comma)
        if start >= 2 && s[start - 1].is_punct(",") && main_clause_start(s, start + 1) == start {
            return start;
        }
        // ("majorities of voters in Alabama, Georgia and Virginia want": a
        // list of a preposition's objects, inside the subject it ends)
        if s[item.start - 1].is_preposition()
            && let Some(head) = noun_phrase_left(s, item.start - 1)
            && opens_clause(head.start)
        {
            return head.start;
        }
        if !s[item.start - 1].is_punct(",") || item.start < 2 {
            break;
        }
        comma = item.start - 1;
    }
    last
}

/// ", and now they could say …", ", but he left": after a comma, a
/// subject pronoun (behind a coordinator and an adverb) starts a clause of
/// the writer's, not more of the reported one.
fn new_clause_with_pronoun_subject(s: &[Word], k: usize) -> bool {
    let mut j = k;
    if s.get(j)
        .is_some_and(|w| w.is("and") || w.is("but") || w.is("so"))
    {
        j += 1;
    }
    if s.get(j).is_some_and(|w| w.is("now") || w.is("then")) {
        j += 1;
    }
    if s.get(j)
        .is_some_and(|w| SUBJECT_PRONOUNS.contains(&w.lower))
    {
        return s.get(j + 1).is_some_and(Word::is_lowercase_word);
    }
    // ", and NBC News has proof": after a conjunction, a noun phrase and
    // an auxiliary open a clause of their own
    // (", and that …" goes on with what was said)
    j > k
        && !s.get(j).is_some_and(|w| w.is("that"))
        && noun_phrase_right(s, j).is_some_and(|np| {
            s.get(np.end)
                .is_some_and(|w| w.is_lowercase_word() && is_auxiliary(w))
        })
}

/// The word after a comma or a dash at `k` (a dash may be typed as two
/// hyphens, "--").
fn after_separator(s: &[Word], k: usize) -> Option<usize> {
    let hyphens = s[k].is_punct("-") && s.get(k + 1).is_some_and(|w| w.is_punct("-"));
    (s[k].is_punct(",") || aside_dash(s, k)).then_some(k + 1 + usize::from(hyphens))
}

/// A clause with a subject of its own at `k`: a pronoun and a word, or a
/// noun phrase and, within a few words, a finite verb ("the turnout in
/// Iowa was").
fn contrast_clause(s: &[Word], k: usize) -> bool {
    // (", but that he would not …" goes on with what was said)
    if s.get(k).is_some_and(|w| w.is("that")) {
        return false;
    }
    if s.get(k)
        .is_some_and(|w| w.is("it") || SUBJECT_PRONOUNS.contains(&w.lower))
    {
        return s.get(k + 1).is_some_and(Word::is_lowercase_word);
    }
    noun_phrase_right(s, k).is_some_and(|np| {
        s[np.end..]
            .iter()
            .take(4)
            .take_while(|w| w.kind != TokenKind::Punct)
            .any(|w| w.is_lowercase_word() && is_auxiliary(w))
    })
}

/// A noun phrase and a participle at `k` ("Lewandowski taking", "the
/// new survey finding", "50 percent saying"), after "with".
fn absolute_phrase(s: &[Word], k: usize) -> bool {
    let participle =
        |w: &Word| w.is_lowercase_word() && w.lower.ends_with("ing") && w.lower.len() > 4;
    noun_phrase_right(s, k).is_some_and(|np| {
        // (past an adverb: "with Sanders now pressing his attack")
        let adverb = s
            .get(np.end)
            .is_some_and(|w| w.has(flag::MODIFIER) || is_ly_adverb(w));
        s.get(np.end + usize::from(adverb)).is_some_and(participle)
    })
}

/// The last word of a passive cue at `i`: its "as" when one follows ("is
/// known as", "was seen as"), which PolNeAR counts as the verb's.
fn selected_as(s: &[Word], i: usize) -> usize {
    if s.get(i + 1).is_some_and(|w| w.is("as")) {
        i + 1
    } else {
        i
    }
}

/// Where the auxiliaries, modals and adverbs before word `i` begin ("has
/// been" before "criticized", "will also" before "say").
fn auxiliaries_before(s: &[Word], i: usize) -> usize {
    let mut first = i;
    while first > 0 && is_cue_modifier(&s[first - 1]) {
        first -= 1;
    }
    first
}

/// "Throughout the 2000s, Democrats …", "Arriving upon the scene, police
/// …": after an opening phrase (a preposition's, a participle's or a
/// subordinate clause) and its comma before `before`, where the main
/// clause starts; else the sentence's start.
fn main_clause_start(s: &[Word], before: usize) -> usize {
    // ("Here in Columbia, …", "Two weeks after Scalia died, …", "Later, …")
    let opening = s.first().is_some_and(|w| {
        w.is_preposition()
            || is_subordinator(w)
            || w.lower.ends_with("ing")
            || is_adverbial(w)
            || is_count(w)
            || matches!(w.lower, "here" | "there")
    });
    if !opening {
        return 0;
    }
    // (not the comma of the clause at `before`, nor a date's: "On July 6,
    // 2015, Sanders …")
    let date_comma = |k: usize| {
        s[k - 1].kind == TokenKind::Number
            && s.get(k + 1).is_some_and(|w| w.kind == TokenKind::Number)
    };
    // ("At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …": a
    // place's state, and a phrase of place or time after it, still open
    // the sentence)
    let opening_goes_on = |k: usize| {
        let next = (k + 1..before)
            .find(|&j| s[j].is_punct(","))
            .unwrap_or(before);
        next < before
            && (place_and_state(s, k, next)
                || s[k + 1].is_preposition() && s[k + 1].is_lowercase_word())
    };
    let after_comma = (1..before.saturating_sub(1))
        .find(|&k| s[k].is_punct(",") && !date_comma(k) && !opening_goes_on(k))
        .map(|k| k + 1);
    // "On Tuesday she doubled down …, seeking": a time phrase, no comma
    let after_time = || {
        let k = 1 + s[1..before]
            .iter()
            .take_while(|w| w.has(flag::TIME | flag::TIME_LEAD) || w.kind == TokenKind::Number)
            .count();
        (k > 1 && s[0].is_preposition()).then_some(k)
    };
    after_comma.or_else(after_time).unwrap_or(0)
}

/// The subject of the main clause, past what opens the sentence, ending
/// before `before`.
fn main_clause_subject(s: &[Word], before: usize) -> Option<Range<usize>> {
    let start = main_clause_start(s, before);
    past_opening_adverbials(s, noun_phrase_right(s, start)?).filter(|np| np.end <= before)
}

/// The source of the last attribution found earlier in the sentence, as a
/// range of the sentence's words: who a participle or a second verb has.
fn last_source(s: &[Word], earlier: &[Found]) -> Option<Range<usize>> {
    // (not the speaker of a report inside another's content: "X said he did
    // not recall …, but later said")
    let reported = |f: &Found| {
        earlier
            .iter()
            .any(|g| g.cue != f.cue && g.content.is_some_and(|c| c.contains(f.cue)))
    };
    // (nor a noun's holder: in "rescinded his endorsement of Trump,
    // saying", "his" is inside the clause, not its subject)
    earlier
        .iter()
        .rev()
        .filter(|f| !reported(f) && f.kind != CueKind::Noun)
        .find_map(|f| f.source.clone())
        .map(|r| r.start - s[0].index..r.end - s[0].index)
}

/// "…, Mr. Manafort said, adding that …", "…, said a Chinese official,
/// adding …": the speaker of a verb's tag that ends just before `comma`.
fn speaker_of_tag_before(s: &[Word], comma: usize, earlier: &[Found]) -> Option<Range<usize>> {
    let end = s[comma.checked_sub(1)?].span.end;
    let local =
        |r: &Range<usize>| Some(r.start.checked_sub(s[0].index)?..r.end.checked_sub(s[0].index)?);
    let f = earlier.last().filter(|f| f.kind == CueKind::Verb)?;
    let source = local(f.source.as_ref()?).filter(|r| r.end <= comma)?;
    (f.cue.end == end || s[source.end - 1].span.end == end).then_some(source)
}

/// Whether the words from `start` are at most a circumstance ("in an
/// interview aired on Monday") and then "when asked" or ", asked".
fn asked_after_circumstance(s: &[Word], start: usize) -> bool {
    (start..s.len().min(start + 12))
        .take_while(|&k| {
            !(s[k].is("that") || s[k].is_quote_mark() || k > start && s[k].has(flag::CUE_VERB))
        })
        .any(|k| {
            (s[k].is("when") || s[k].is_punct(",")) && s.get(k + 1).is_some_and(|w| w.is("asked"))
        })
}

/// "…, saying", "… – saying", "…,” saying", "…, falsely suggesting":
/// punctuation that lets an "-ing" cue at `i` open a participle clause.
fn opens_participle_clause(s: &[Word], i: usize) -> bool {
    participle_clause_opening(s, i).is_some()
}

/// The comma, dash or quotation mark before the participle at `i` that
/// opens its clause, past its auxiliaries and adverbs.
fn participle_clause_opening(s: &[Word], i: usize) -> Option<usize> {
    let i = auxiliaries_before(s, i);
    // (", at one point calling …": past a phrase of time)
    let i = time_phrase_before(s, i).unwrap_or(i);
    (i > 0
        && (s[i - 1].is_punct(",")
            || is_dash(&s[i - 1])
            || i > 1 && s[i - 1].is_quote_mark() && s[i - 2].is_punct(",")))
    .then(|| i - 1)
}

/// Where the aside closed at `close` opens (at the word `opens` accepts by
/// its index: "(", a dash, ", who"), at most `window` tokens back and not
/// past a sentence end; `None` for an empty aside.
fn aside_open(
    s: &[Word],
    close: usize,
    window: usize,
    opens: impl Fn(usize) -> bool,
) -> Option<usize> {
    (close.saturating_sub(window)..close)
        .rev()
        .find(|&k| opens(k) || s[k].is_terminal() && !abbreviation_period(s, k))
        .filter(|&k| opens(k) && k + 1 < close)
}

/// Where an aside that a dash closes right before `end` opens: a dash, or
/// the comma before a relative pronoun ("Trump, who … the Islamic State -
/// said"). A dash may be spaced hyphens ("--").
fn aside_closed_by_dash(s: &[Word], end: usize) -> Option<usize> {
    let mut close = end.checked_sub(1)?;
    while close > 0 && s[close].is_punct("-") && s[close - 1].is_punct("-") {
        close -= 1;
    }
    if !aside_dash(s, close) {
        return None;
    }
    let opens = |k: usize| {
        aside_dash(s, k)
            || s[k].is_punct(",") && s.get(k + 1).is_some_and(|w| w.is("who") || w.is("which"))
    };
    aside_open(s, close, 40, opens).filter(|&k| k > 0)
}

/// The dashes that sign a quotation: "― Steve Quinlan", "- Sanders".
fn is_signature_dash(w: &Word) -> bool {
    w.kind == TokenKind::Punct && matches!(w.text, "―" | "—" | "–" | "-")
}

fn is_dash(w: &Word) -> bool {
    w.is_punct("—") || w.is_punct("–")
}

/// A dash, or a hyphen standing apart from the word before it (" - "),
/// that sets off an aside.
fn aside_dash(s: &[Word], k: usize) -> bool {
    is_dash(&s[k]) || s[k].is_punct("-") && k > 0 && s[k - 1].span.end < s[k].span.start
}

/// The index of `be` in `be [adverb] PARTICIPLE` ending just before `i`.
fn passive_be(s: &[Word], i: usize) -> Option<usize> {
    if i == 0 || !s[i].is_lowercase_word() {
        return None;
    }
    // ("was first reported", "is not widely expected": past two adverbs)
    let mut k = i - 1;
    for _ in 0..2 {
        if !(is_cue_modifier(&s[k]) || s[k].lower.ends_with("ly")) {
            break;
        }
        k = k.checked_sub(1)?;
    }
    s[k].is_be_form().then_some(k)
}

/// The form of "be" or "remain" before the adjective at `i`, past up to
/// two adverbs: "are not confident", "remain very hopeful".
fn linking_verb_before(s: &[Word], i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1)?;
    for _ in 0..2 {
        if !(is_cue_modifier(&s[k])
            || matches!(s[k].lower, "not" | "very" | "so" | "more" | "less"))
        {
            break;
        }
        k = k.checked_sub(1)?;
    }
    (s[k].is_be_form() || matches!(s[k].lower, "remain" | "remains" | "remained")).then_some(k)
}

/// An auxiliary, modal, negation or adverb standing between a subject and
/// its verb: "has", "might", "didn't", "publicly".
pub fn is_cue_modifier(w: &Word) -> bool {
    w.is_lowercase_word() && modifies_verb(w)
}

/// "its own recommended list", "her five proposed bills", "a newly
/// released email": between a determiner or possessive and its noun, with
/// "own", a count or an adverb before it, a participle is an adjective.
/// (Not a count after "the": "the two admitted" is a subject and its verb.)
fn participle_modifies_a_noun(s: &[Word], i: usize) -> bool {
    let owner = |k: usize| s[k].is_determiner() || s[k].is_possessive();
    let before = &s[i.saturating_sub(1)];
    i >= 2
        && if is_count(before) {
            s[i - 2].is_possessive()
        } else {
            before.is_lowercase_word() && (before.is("own") || is_ly_adverb(before)) && owner(i - 2)
        }
}

/// An auxiliary, negation or adverb, whatever its case.
fn modifies_verb(w: &Word) -> bool {
    w.has(flag::MODIFIER) || is_ly_adverb(w) || w.lower.ends_with("n't") || w.lower.ends_with("n’t")
}

/// "but in a later interview said": the start of a prepositional phrase
/// that ends at `end`, or `end` itself.
fn prepositional_phrase_left(s: &[Word], end: usize) -> usize {
    (end.saturating_sub(6)..end)
        .find(|&p| {
            s[p].is_preposition() && noun_phrase_right(s, p + 1).is_some_and(|np| np.end == end)
        })
        .unwrap_or(end)
}

/// "criticized by", "viewed somewhat more positively by", "considered
/// unclean by": the "by" of a passive participle's agent at `i`, after at
/// most four adverbs or adjectives (then not "by saying": a means).
fn agent_by(s: &[Word], i: usize) -> Option<usize> {
    let by = (i + 1..s.len().min(i + 6))
        .take_while(|&k| {
            s[k].is("by")
                || s[k].is_lowercase_word()
                    && !s[k].has(flag::CLAUSE)
                    && !s[k].is_determiner()
                    && !s[k].is_preposition()
        })
        .find(|&k| s[k].is("by"))?;
    (by == i + 1 || s.get(by + 1).is_some_and(|w| !w.lower.ends_with("ing"))).then_some(by)
}

fn skip_left(s: &[Word], end: usize) -> usize {
    let mut j = end;
    // "Donald Trump Finally Endorses …": a headline's capitals
    let headline = end > 0 && s.get(end).is_some_and(Word::is_capitalized);
    loop {
        let before = j;
        // ("campaign workers here said", "polls there show": a place, not
        // the cue's)
        while j > 0
            && (is_cue_modifier(&s[j - 1])
                || headline && j > 1 && s[j - 1].is_capitalized() && modifies_verb(&s[j - 1])
                || s[j - 1].is("here")
                || s[j - 1].is("there"))
        {
            j -= 1;
        }
        // "on Sunday", "earlier this month", "last week", "Monday"
        if j > 0 && s[j - 1].has(flag::TIME) {
            let mut k = j - 1;
            while k > 0
                && (s[k - 1].has(flag::TIME | flag::TIME_LEAD)
                    || s[k - 1].kind == TokenKind::Number)
            {
                k -= 1;
            }
            // "a month later" ("later" skipped above)
            let article = k > 0 && k + 1 == j && (s[k - 1].is("a") || s[k - 1].is("an"));
            if article {
                k -= 1;
            }
            let leads =
                article || s[k].has(flag::TIME_LEAD) || s[k].has(flag::MODIFIER) || k + 1 == j;
            if leads && k > 0 {
                j = k;
            }
        }
        // "an arbitration panel in 2001 found": a year and its preposition
        if j > 1 && is_year(&s[j - 1]) && s[j - 2].has(flag::TIME_LEAD) {
            j -= 2;
        }
        if j == before {
            return j;
        }
    }
}

/// The noun phrase a relative pronoun after `end` refers to, without the
/// verb it is the object of ("interviewed reporter Ben Terris, who").
fn antecedent_left(s: &[Word], end: usize) -> Option<Range<usize>> {
    let np = noun_phrase_left(s, end)?;
    let start = (np.start..np.end)
        .rfind(|&k| looks_like_verb(&s[k]))
        .map_or(np.start, |verb| verb + 1);
    (start < np.end).then_some(start..np.end)
}

/// A number that reads as a year: "2001", "1977".
fn is_year(w: &Word) -> bool {
    w.kind == TokenKind::Number
        && w.text.len() == 4
        && (w.text.starts_with("19") || w.text.starts_with("20"))
}

/// A lowercase past form or cue verb: it ends a noun phrase.
fn looks_like_verb(w: &Word) -> bool {
    // "report", "claims": nouns as often as verbs
    let noun_too = w.has(flag::DOCUMENT_HEAD | flag::HOMOGRAPH);
    w.is_lowercase_word() && (is_past_form(w) || w.has(flag::CUE_VERB)) && !noun_too
}

/// A past tense or participle by its spelling ("-ed", not "-eed" nor
/// "hundred") or an irregular one (`past_tense_forms`).
fn is_past_form(w: &Word) -> bool {
    w.lower.len() > 4
        && w.lower.ends_with("ed")
        && !w.lower.ends_with("eed")
        && w.lower != "hundred"
        || w.has(flag::PAST_TENSE)
}

/// `Allentown, Pa.` · `Cambridge, Mass.`: a capitalized place, the comma at
/// `comma`, and one or two capitalized words up to `end` (not a party tag:
/// `Mitch McConnell, R-Ky.`).
fn place_and_state(s: &[Word], comma: usize, end: usize) -> bool {
    let state = || s[comma + 1..end].iter().filter(|w| !w.is_punct("."));
    comma > 0
        && s[comma - 1].is_capitalized()
        && !s[comma - 1].has(flag::PRONOUN)
        && (1..=2).contains(&state().count())
        && state().all(|w| w.is_capitalized() && !is_party_and_state(w))
}

/// `"Q," said` · `"Q", said` · `"Q 'R,' " said`: a quotation and its
/// comma right before `i`.
fn follows_quotation(s: &[Word], i: usize) -> bool {
    i > 1
        && (s[i - 1].is_quote_mark()
            && before_closing_quote(s, i - 1).is_some_and(|w| w.is_punct(","))
            || s[i - 1].is_punct(",") && s[i - 2].is_quote_mark())
}

/// A time word, a modifier or an adverb in -ly: what opens a sentence before
/// its subject ("Hours later", "Moreover", "Initially").
fn is_adverbial(w: &Word) -> bool {
    w.has(flag::TIME | flag::TIME_LEAD | flag::MODIFIER) || is_ly_adverb(w)
}

/// Whether a verb's complement starting with `w` leaves the verb without
/// an object: a preposition's phrase or a clause of time or cause follows
/// (not every subordinator: "as" and "if" open a verb's complement, "what
/// he described as …", "what she asked if …").
fn leaves_object_gap(w: &Word) -> bool {
    w.is_lowercase_word()
        && (w.is_preposition()
            || matches!(
                w.lower,
                "when"
                    | "while"
                    | "after"
                    | "before"
                    | "because"
                    | "since"
                    | "until"
                    | "and"
                    | "but"
            ))
}

/// An adverb in -ly longer than "only" or "July"'s four letters
/// ("publicly", "dryly").
fn is_ly_adverb(w: &Word) -> bool {
    w.lower.len() > 4 && w.lower.ends_with("ly") && !w.has(flag::NOT_ADVERB)
}

/// A manner adverb or a preposition: what follows a verb of saying tells
/// how, where or to whom it was said ("dryly", "in a letter", "aboard his
/// plane"), not what.
fn opens_circumstance(w: &Word) -> bool {
    w.is_lowercase_word()
        && (is_ly_adverb(w)
            // (a preposition the verb selects is part of its cue instead:
            // "wrote of the gift")
            || (w.is_preposition() || GERUND_PREPOSITIONS.contains(&w.lower))
                && !SELECTED_PREPOSITIONS.contains(&w.lower)
            || matches!(w.lower, "to" | "aboard"))
}

/// "to reporters." · "to Fox News' Megyn Kelly.": from `start`, "to" and a
/// noun phrase, then the end of the sentence.
fn addressee_ends_sentence(s: &[Word], start: usize) -> bool {
    s.get(start).is_some_and(|w| w.is("to"))
        && noun_phrase_right(s, start + 1).is_some_and(|np| {
            s.get(skip_adverbials_right(s, np.end))
                .is_none_or(Word::is_terminal)
        })
}

/// The noun phrase ending just before `end`, walking left.
fn noun_phrase_left(s: &[Word], end: usize) -> Option<Range<usize>> {
    // ("tired of it and wanted": a phrase never ends with a conjunction)
    if end == 0 || matches!(s[end - 1].lower, "and" | "or" | "but") {
        return None;
    }
    let mut k = end;
    while k > 0 && end - k < 12 {
        let w = &s[k - 1];
        // "46 percent of voters", "half of Republicans"
        let share_of =
            w.is("of") && k < end && k >= 2 && (is_count(&s[k - 2]) || names_a_share(&s[k - 2]));
        let joins = share_of
            || k < end
                && k >= 2
                && !breaks_noun_phrase(&s[k - 2])
                && ((w.is("and")
                    || w.is("of")
                    || w.is("for")
                    || w.is("at")
                    || w.is("from")
                    || w.is("with"))
                    && (s[k].is_capitalized() || s[k].is_determiner())
                    // "Trump and other candidates"
                    || w.is("and") && s[k].is("other")
                    // "teachers and union officials", "the White House and
                    // congressional leaders": two groups, the last a plural
                    || w.is("and")
                        && (names_a_plural(&s[k - 2]) || s[k - 2].is_capitalized())
                        && s[k].is_lowercase_word()
                        && !breaks_noun_phrase(&s[k])
                        && !looks_like_verb(&s[k])
                        && names_a_plural(&s[end - 1])
                    // "voters in Iowa", "Stumpf in a televised interview", "a
                    // study by Media Matters", "Democrats on the committee"
                    // (not "said in a statement", "shot back in an article")
                    || (w.is("in") || w.is("by") || w.is("on"))
                        && (s[k].is_capitalized() || s[k].is_determiner())
                        && (s[k - 2].is_capitalized()
                            || !s[k - 2].has(flag::CUE_VERB)
                                && !s[k - 2].lower.ends_with("ed")
                                && !s[k - 2].lower.ends_with("ing")
                                && !s[k - 2].is("back"))
                    // "a source close to him", "people privy to the talks"
                    || w.is("to")
                        && matches!(s[k - 2].lower, "close" | "privy")
                        && (s[k].is_capitalized()
                            || s[k].is_determiner()
                            || OBJECT_PRONOUNS.contains(&s[k].lower))
                    // "Aides to Clinton", "advisers to the island's government"
                    || w.is("to")
                        && s[k - 2].has(flag::ANONYMOUS_HEAD)
                        && (s[k].is_capitalized() || s[k].is_determiner())
                    // "a group of rabbis", "officials in both cities"
                    || lowercase_object_joins(w, &s[k - 2], &s[k]));
        // "Sen. …", "Alan T. Jeffers": an abbreviation's or initial's period
        let abbreviation = k >= 2
            && s[k - 2].span.end == w.span.start
            && (s[k - 2].has(flag::ABBREVIATION)
                || s[k - 2].text.len() == 1 && s[k - 2].is_capitalized());
        // (a spaced hyphen sets off an aside: "would work - Sanders said")
        if w.is_punct(".") && !abbreviation || aside_dash(s, k - 1) {
            break;
        }
        // a party and state after a name: "Sen. Rand Paul (R-Ky.)"
        if w.is_punct(")")
            && let Some(open) = (k.saturating_sub(8)..k - 1)
                .rev()
                .find(|&j| s[j].is_punct("("))
            && open > 0
            && s[open - 1].is_capitalized()
        {
            k = open;
            continue;
        }
        // a verb and its object: "benefited from the largesse of …",
        // "went on a very public …": a word before a determiner is not a
        // noun of the phrase
        // (not a predeterminer or a preposition: "all the attendees",
        // "advocates within the scientific community")
        let before_determiner_ok = matches!(
            w.lower,
            "all"
                | "both"
                | "half"
                | "within"
                | "among"
                | "across"
                | "inside"
                | "outside"
                | "throughout"
                | "around"
                | "behind"
                | "near"
                | "beyond"
        );
        if w.is_lowercase_word()
            && !joins
            && !before_determiner_ok
            && k < end
            && s[k].is_determiner()
            && !s[k].is("that")
        {
            break;
        }
        // a share of a poll's respondents: "three in 10", "6 in 10"
        let share = w.is("in") && k < end && k >= 2 && is_count(&s[k]) && is_count(&s[k - 2]);
        if breaks_noun_phrase(w) && !joins && !share && !w.is_punct("%") {
            break;
        }
        k -= 1;
    }
    // "she and other Democrats": a pronoun heads a coordination
    if k >= 2
        && s[k - 1].is("and")
        && s[k - 2].has(flag::PRONOUN)
        && (k == 2 || clause_break_before(s, k - 2) || s[k - 3].has(flag::CLAUSE))
    {
        k -= 2;
    }
    // a phrase never starts with a joining word or punctuation, nor with a
    // focusing adverb ("Even some of Clinton's allies", "Now Bloomberg")
    while k < end
        && (s[k].kind == TokenKind::Punct
            || matches!(s[k].lower, "and" | "of" | "for" | "at" | "from" | "with")
            || k + 1 < end && is_focusing_adverb(&s[k]))
    {
        k += 1;
    }
    // "about half of voters", "more than 4 in 10", "only about a third":
    // an approximation belongs to the count it qualifies
    let fraction =
        |w: &Word| matches!(w.lower, "half" | "third" | "quarter" | "majority" | "dozen");
    if k < end
        && (is_count(&s[k])
            || fraction(&s[k])
            || s[k].is("a") && s.get(k + 1).is_some_and(fraction))
    {
        loop {
            if k >= 1
                && matches!(
                    s[k - 1].lower,
                    "about" | "nearly" | "almost" | "roughly" | "only" | "just" | "around" | "some"
                )
            {
                k -= 1;
            } else if k >= 2
                && s[k - 1].is("than")
                && matches!(s[k - 2].lower, "more" | "less" | "fewer")
            {
                k -= 2;
            } else {
                break;
            }
        }
    }
    // "At least half of voters", "at most four": "at" is part of the count
    if k >= 1 && k < end && matches!(s[k].lower, "least" | "most") && s[k - 1].is("at") {
        k -= 1;
    }
    // "Not everyone", "not all Democrats"
    if k >= 1 && k < end && matches!(s[k].lower, "everyone" | "all" | "every") && s[k - 1].is("not")
    {
        k -= 1;
    }
    (k < end).then_some(k..end)
}

/// Whether `of` or `in` joins a lowercase noun to the phrase before it:
/// "a group of rabbis", "officials in both cities", "most in both states";
/// not a gerund ("message of opposing") nor a verb's phrase ("earned her
/// win in the contests", where the head before "in" is no plural).
fn lowercase_object_joins(preposition: &Word, head: &Word, object: &Word) -> bool {
    // (not "focus")
    let plural_head = names_a_plural(head) && !head.lower.ends_with("us") || head.is_quantifier();
    // ("four out of 10 voters")
    if preposition.is("of") && object.kind == TokenKind::Number {
        return true;
    }
    // ("candidates for president", "a spokesman for committee Democrats")
    let for_whom = preposition.is("for") && (plural_head || head.has(flag::ANONYMOUS_HEAD));
    object.is_lowercase_word()
        && !breaks_noun_phrase(object)
        && !object.lower.ends_with("ing")
        && (preposition.is("of") || preposition.is("in") && plural_head || for_whom)
}

/// Prepositions that PolNeAR, like a dictionary, counts as part of the
/// verb that selects them ("talk about", "call for", "accuse … of").
/// Longest verb phrase between a speaker and the colon that opens their
/// quotation: "addressed the supporters again:" is four words.
const MAX_COLON_VERB_PHRASE: usize = 6;

/// A partial quotation is the subject's words when it comes at most this
/// many words after the verb ("credited Clinton's victory to “…”") and has
/// at least this many words.
const MAX_PARTIAL_QUOTE_DISTANCE: usize = 8;
const MIN_PARTIAL_QUOTE_WORDS: usize = 4;

const SELECTED_PREPOSITIONS: &[&str] =
    &["about", "of", "for", "on", "against", "with", "at", "over"];

/// Whether the words `start..end` are "that" and a noun phrase with no verb
/// yet: the reported clause's subject, which a relative clause may follow.
fn that_subject_only(s: &[Word], start: usize, end: usize) -> bool {
    // ("that if his son Beau, who died …, were still serving": the subject
    // of a subordinate clause opening it)
    let first = start + 1 + usize::from(s.get(start + 1).is_some_and(is_subordinator));
    s[start].is("that")
        && end > first
        && !s[first..end]
            .iter()
            .any(|w| looks_like_verb(w) || is_auxiliary(w) || w.is_be_form() || w.has(flag::CLAUSE))
}

/// Whether the words `start..comma` are a noun phrase with no verb whose
/// relative clause, after `comma`, closes with a comma before a verb: the
/// reported clause's subject ("the president, who is traveling, would veto
/// it").
fn subject_before_its_relative(s: &[Word], start: usize, comma: usize) -> bool {
    // (a verb's form after a determiner is a noun: "the suspect, who …")
    let no_verb = |k: usize| {
        let w = &s[k];
        k > start && s[k - 1].is_determiner()
            || !(looks_like_verb(w) || is_auxiliary(w) || w.is_be_form() || w.has(flag::CLAUSE))
    };
    comma > start
        && (start..comma).all(no_verb)
        && (comma + 2..s.len().min(comma + 24))
            .take_while(|&k| !s[k].is_terminal() && !s[k].is_punct(";"))
            .find(|&k| s[k].is_punct(","))
            .is_some_and(|close| {
                // (the verb may open a quotation: `…, "wouldn't go 10 feet"`)
                let verb =
                    close + 1 + usize::from(s.get(close + 1).is_some_and(Word::is_quote_mark));
                s.get(verb).is_some_and(|w| {
                    w.is_lowercase_word() && (is_auxiliary(w) || looks_like_verb(w))
                })
            })
}

/// "about half", "about 40 percent", "about a third": "about" before an
/// amount at `k` is an approximation, not a preposition.
fn approximate_amount(s: &[Word], k: usize) -> bool {
    let amount = |w: &Word| {
        is_count(w)
            || matches!(
                w.lower,
                "half" | "dozen" | "dozens" | "hundreds" | "thousands" | "one-third" | "two-thirds"
            )
    };
    s.get(k).is_some_and(|w| w.is("about"))
        && s.get(k + 1).is_some_and(|w| {
            amount(w)
                || (w.is("a") || w.is("an"))
                    && s.get(k + 2).is_some_and(|n| {
                        matches!(n.lower, "third" | "quarter" | "fifth" | "dozen" | "half")
                    })
        })
}

/// A number, in figures or words: the parts of "three in 10".
fn is_count(w: &Word) -> bool {
    w.kind == TokenKind::Number
        || matches!(
            w.lower,
            "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
        )
}

/// The noun phrase starting at `start`, walking right (a pronoun alone, or
/// words up to a comma, clause word or sentence end).
fn noun_phrase_right(s: &[Word], start: usize) -> Option<Range<usize>> {
    let first = s.get(start)?;
    // "her rival": a possessive before its noun, not the object "her"
    let possessive_her = first.is("her")
        && s.get(start + 1).is_some_and(|w| {
            w.kind == TokenKind::Word
                && !breaks_noun_phrase(w)
                && !looks_like_verb(w)
                && !w.has(flag::PREPOSITION | flag::DETERMINER | flag::TIME | flag::MODIFIER)
        });
    if possessive_her {
        let end = noun_phrase_right(s, start + 1).map_or(start + 1, |np| np.end);
        return Some(start..end);
    }
    if first.has(flag::PRONOUN) || OBJECT_PRONOUNS.contains(&first.lower) {
        return Some(start..start + 1);
    }
    // A lowercase verb-looking word ("overruled", "said") ends the phrase,
    // except right after a determiner ("a retired general").
    let parsed = recognize((
        many0_count(tok(|w| w.is_determiner())),
        opt(tok(|w| w.is_lowercase_word() && !breaks_noun_phrase(w))),
        many0_count(alt((
            tok(|w| {
                let ends_phrase = breaks_noun_phrase(w)
                    || w.is_terminal()
                    || w.is_punct(".")
                    || looks_like_verb(w)
                    // "Sanders often questions": an adverb before the verb
                    // ("by networks immediately": or after the phrase)
                    || w.is_lowercase_word() && (w.has(flag::MODIFIER) || is_ly_adverb(w))
                    // "Trump gave a speech": a determiner inside starts an
                    // object (unless after "of", "for", "at", "and", below)
                    || w.is_determiner();
                !ends_phrase
            }),
            tok(|w: &Word| w.is_punct(".") && w.span.start > 0).map(|w| w),
            preceded(
                alt((lit("of"), lit("for"), lit("at"), lit("and"))),
                alt((
                    // ("a transcript of the show", "most of those polled":
                    // the word after the determiner is its noun, even one
                    // that looks like a verb)
                    terminated(
                        tok(|w: &Word| w.is_determiner()),
                        tok(|w: &Word| {
                            w.is_lowercase_word() && !breaks_noun_phrase(w) && !w.is_determiner()
                        }),
                    ),
                    tok(|w: &Word| w.is_capitalized() || w.is_determiner()),
                )),
            ),
        ))),
    ))
    .parse(Toks(&s[start..]));
    let (rest, _) = parsed.ok()?;
    let mut end = s.len() - rest.0.len();
    // "the “Medicare for all” document", "the authors of the “Growth and
    // Opportunity Project”": a short quoted name after a determiner, and
    // the noun it names
    if end > start
        && s[end - 1].is_determiner()
        && s.get(end).is_some_and(Word::is_quote_mark)
        && let Some(close) = (end + 2..s.len().min(end + 9)).find(|&k| s[k].is_quote_mark())
        && s[end + 1..close].iter().all(|w| w.kind == TokenKind::Word)
    {
        end = close + 1;
        if s.get(end)
            .is_some_and(|w| w.is_lowercase_word() && !breaks_noun_phrase(w) && !looks_like_verb(w))
        {
            end += 1;
        }
    }
    // "Some seek to be removed": after a quantifier, a present-tense cue
    // verb is the verb
    let quantifiers = s[start..end]
        .iter()
        .take_while(|w| w.is_quantifier())
        .count();
    if quantifiers > 0
        && end > start + quantifiers
        && s[start + quantifiers].has(flag::CUE_VERB)
        && !s[start + quantifiers].has(flag::HOMOGRAPH)
        && !s[start + quantifiers].lower.ends_with("ed")
    {
        end = start + quantifiers;
    }
    // ... and the lowercase word before that object is its verb (not the
    // noun right after a determiner: "calling the mayor a liar")
    if end > start + 1
        && s[end - 1].is_lowercase_word()
        && !article_or_possessive(&s[end - 2])
        && s.get(end)
            .is_some_and(|w| w.is_determiner() && !w.is("that"))
    {
        end -= 1;
    }
    // a document says where it is from: "a new article in Politico",
    // "a poll from Florida Atlantic University", "a count by The AP"
    if end > start
        && s[end - 1].has(flag::DOCUMENT_HEAD)
        && s.get(end)
            .is_some_and(|w| w.is("in") || w.is("from") || w.is("by"))
        && s.get(end + 1)
            .is_some_and(|w| w.is_capitalized() || w.is_determiner())
        && let Some(more) = noun_phrase_right(s, end + 1)
    {
        end = more.end;
    }
    // "an NBC News poll released Monday", "the exit poll conducted by
    // Edison Research for the networks": a document's reduced relative
    // clause says which one it is
    if end > start
        && s[end - 1].has(flag::DOCUMENT_HEAD)
        && s.get(end).is_some_and(|w| {
            matches!(
                w.lower,
                "released" | "conducted" | "published" | "taken" | "commissioned" | "issued"
            )
        })
    {
        end += 1;
        loop {
            let time = recognize(pair(
                opt(flagged(flag::TIME_LEAD)),
                many1_count(alt((
                    flagged(flag::TIME),
                    tok(|w| w.kind == TokenKind::Number),
                ))),
            ))
            .parse(Toks(&s[end..]));
            if let Ok((rest, _)) = time {
                end = s.len() - rest.0.len();
            } else if s.get(end).is_some_and(|w| w.is("by") || w.is("for"))
                && let Some(agent) = noun_phrase_right(s, end + 1)
            {
                end = agent.end;
            } else {
                break;
            }
        }
    }
    // a sentence-final period is not part of the phrase
    while end > start && (s[end - 1].is_terminal() && !abbreviation_period(s, end - 1)) {
        end -= 1;
    }
    (end > start).then_some(start..end)
}

/// "via email", "secretary of state": after a preposition, a cue verb's
/// form other than "-ing" is a noun.
fn after_preposition(s: &[Word], k: usize) -> bool {
    k > 0 && s[k - 1].is_preposition()
}

/// "former Oklahoma state senator", "a top press official": a cue verb's
/// form between a word that cannot be its subject and a noun it modifies.
fn modifies_noun(s: &[Word], k: usize) -> bool {
    let subject_before =
        k == 0 || s[k - 1].kind != TokenKind::Word || s[k - 1].has(flag::CLAUSE | flag::PRONOUN);
    // ("a former state GOP chair": a noun's homograph before a name, after
    // a word that is no plural subject)
    let noun_after = s.get(k + 1).is_some_and(|w| {
        w.is_lowercase_word() && !w.has(flag::CLAUSE | flag::PRONOUN)
            || w.is_capitalized()
                && s[k].has(flag::HOMOGRAPH)
                && !subject_before
                && !names_a_plural(&s[k - 1])
    });
    noun_after && !subject_before && !s[k + 1].is_determiner()
}

fn abbreviation_period(s: &[Word], k: usize) -> bool {
    // the last of "R-N.Y.,": a capital between two glued periods, and the
    // clause goes on
    let last_initial = k >= 2
        && s.get(k + 1)
            .is_some_and(|w| w.is_punct(",") || w.is_punct(")"))
        && s[k - 1].text.len() == 1
        && s[k - 1].is_capitalized()
        && s[k - 2].is_punct(".")
        && s[k - 2].span.end == s[k - 1].span.start;
    // "James B. Comey": an initial between names
    let middle_initial = k >= 2
        && s[k - 1].text.len() == 1
        && s[k - 1].is_capitalized()
        && s[k - 2].is_capitalized()
        && s.get(k + 1).is_some_and(Word::is_capitalized);
    k > 0
        && s[k].is_punct(".")
        && (s[k - 1].has(flag::ABBREVIATION)
            || is_party_and_state(&s[k - 1])
            || last_initial
            || middle_initial)
        && s[k - 1].span.end == s[k].span.start
        && k + 1 < s.len()
}

/// "R-Ky", "D-Calif": a party and a state, abbreviated.
fn is_party_and_state(w: &Word) -> bool {
    let Some(state) = w
        .text
        .strip_prefix(['R', 'D', 'I'])
        .and_then(|t| t.strip_prefix('-'))
    else {
        return false;
    };
    state.len() <= 5
        && state.starts_with(|c: char| c.is_ascii_uppercase())
        && state.chars().all(|c| c.is_ascii_alphabetic())
}

/// Skips adverbials after a cue: "in a statement", "on Sunday", "last week",
/// "publicly", so that the content (or the sentence end) comes next.
/// "to begin", "to refrain": "to" and a verb, not "to" and whom ("to
/// reporters", "to the crowd", "to Trump").
fn infinitive_at(s: &[Word], k: usize) -> bool {
    s.get(k).is_some_and(|w| w.is("to"))
        && s.get(k + 1).is_some_and(|w| {
            w.is_lowercase_word()
                && !w.is_determiner()
                && !w.is_possessive()
                && !breaks_noun_phrase(w)
                && !OBJECT_PRONOUNS.contains(&w.lower)
                && !names_a_plural(w)
        })
}

fn skip_adverbials_right(s: &[Word], k: usize) -> usize {
    let input = Toks(&s[k.min(s.len())..]);
    // ("that day", but not the figure of a that-clause: "said Wednesday
    // that 20 staffers …")
    let time = alt((
        recognize(pair(lit("that"), many1_count(flagged(flag::TIME)))),
        recognize(pair(
            opt(tok(|w: &Word| w.has(flag::TIME_LEAD) && !w.is("that"))),
            many1_count(alt((
                flagged(flag::TIME),
                tok(|w| w.kind == TokenKind::Number),
            ))),
        )),
    ));
    let prepositional = recognize(pair(
        alt((
            lit("in"),
            lit("on"),
            lit("during"),
            lit("at"),
            lit("via"),
            lit("through"),
            lit("outside"),
            lit("after"),
            lit("before"),
            lit("from"),
            lit("with"),
        )),
        // ("in an oral history of the Clinton years", "in an email to
        // POLITICO"; not an infinitive: "with them to reject")
        many1_count(alt((
            tok(|w: &Word| {
                w.kind != TokenKind::Punct
                    && !w.is("that")
                    && (!breaks_noun_phrase(w) || w.is_determiner() || w.is("of"))
            }),
            terminated(lit("to"), peek(tok(|w: &Word| w.is_capitalized()))),
            // "on ABC's “This Week” that …": a programme's title
            programme_title,
        ))),
    ));
    let modifier = tok(|w: &Word| w.has(flag::MODIFIER) && w.is_lowercase_word() && !w.is("that"));
    // "said immediately that …" (elsewhere an adverb in "-ly" may be all
    // there is: "the crowd applauded loudly")
    let adverb_before_that = terminated(
        tok(|w: &Word| w.is_lowercase_word() && w.lower.ends_with("ly")),
        peek(lit("that")),
    );
    let mut adverbials = many0_count(alt((
        time,
        modifier.map(|_| Toks(&[])),
        adverb_before_that.map(|_| Toks(&[])),
        prepositional,
    )));
    match adverbials.parse(input) {
        Ok((rest, _)) => {
            let skipped = k + consumed(input, rest);
            // a prepositional phrase is only an adverbial if content or the end follows
            match s.get(skipped) {
                None => skipped,
                Some(t)
                    if t.is("that")
                        || t.is_punct(",")
                        || t.is_punct(":")
                        || t.is_terminal()
                        || t.is_quote_mark()
                        // "said on Friday he met …"
                        || t.has(flag::PRONOUN) && skipped > k
                        // "vowed Monday to begin …" (not "said Monday to
                        // reporters": whom it was said to; nor "pleaded with
                        // them to reject": a phrase with no date keeps its
                        // object)
                        || infinitive_at(s, skipped) && s[k..skipped].iter().any(|w| w.has(flag::TIME)) =>
                {
                    // ("decided after an investigation not to recommend":
                    // the negation is what was decided)
                    if matches!(s[skipped - 1].lower, "not" | "never") {
                        skipped - 1
                    } else {
                        skipped
                    }
                }
                _ => k,
            }
        }
        Err(_) => k,
    }
}

/// A short title in quotation marks, every longer word capitalized ("“Meet
/// the Press”"), before a that-clause: the name of a programme, not the
/// words said.
// (a token parser, so it cannot ask the quotation table as
// `Grammar::quoted_title` does; it needs the words only)
fn programme_title<'a>(input: Toks<'a>) -> tokens::PResult<'a, &'a Word<'a>> {
    let s = input.0;
    let fail = || {
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        )))
    };
    if !s.first().is_some_and(Word::is_quote_mark) {
        return fail();
    }
    let Some(close) = (1..s.len().min(9)).find(|&k| s[k].is_quote_mark()) else {
        return fail();
    };
    let inside = &s[1..close];
    // (a that-clause follows, past at most a time: "on “Meet the Press” on
    // Sunday that"; not "wrote in “Ralph Nader” on my ballot")
    let that_follows = s[close + 1..]
        .iter()
        .take(4)
        .take_while(|w| w.kind != TokenKind::Punct)
        .any(|w| w.is("that"));
    let title = that_follows
        && inside.first().is_some_and(Word::is_capitalized)
        && inside.iter().all(|w| w.kind != TokenKind::Punct)
        && is_title_case(inside, 1);
    if title {
        Ok((Toks(&s[close + 1..]), &s[close]))
    } else {
        fail()
    }
}

#[cfg(test)]
mod tests;
