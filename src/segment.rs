//! Segmentation: prose blocks → tokens (a nom grammar over characters) →
//! sentences → quotations. Tokens are spans; nothing here copies text.

use std::ops::Range;

use nom::branch::alt;
use nom::bytes::complete::{tag, take_while1};
use nom::character::complete::{char, satisfy};
use nom::combinator::recognize;
use nom::multi::{many0_count, many1_count};
use nom::sequence::pair;
use nom::{IResult, Parser};
use serde::Serialize;

use crate::input::Document;
use crate::span::Span;
use crate::vocab::{Vocabulary, flag};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// Index of the quotation this token is inside of (marks included).
    pub quote: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

/// A quotation inside one paragraph. News style reopens a quote at each new
/// paragraph without closing it; those pieces share a `chain`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub span: Span,
    pub open: usize,
    /// The last token inside (the closing mark, if any).
    pub last: usize,
    pub close: Option<usize>,
    pub chain: usize,
    pub paragraph: usize,
}

#[derive(Debug, Default)]
pub struct Segmentation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    /// Token ranges of paragraphs, the first of which is paragraph number
    /// `first_paragraph` of the document (a section of a long one starts
    /// past zero): look them up with `paragraph`.
    pub paragraphs: Vec<Range<usize>>,
    pub first_paragraph: usize,
}

impl Segmentation {
    /// The tokens of the document's paragraph number `p`, if it is in this
    /// segmentation.
    pub fn paragraph(&self, p: usize) -> Option<&Range<usize>> {
        self.paragraphs.get(p.checked_sub(self.first_paragraph)?)
    }

    /// Whether token `t` is the first of its paragraph.
    pub fn opens_paragraph(&self, t: usize) -> bool {
        self.paragraphs
            .binary_search_by_key(&t, |p| p.start)
            .is_ok()
    }
}

pub fn segment(doc: &Document, vocab: &Vocabulary) -> Segmentation {
    segment_blocks(doc.prose(), &doc.blocks, 0, vocab)
}

/// Segments some of a document's blocks, the first of which is paragraph
/// `first_paragraph`; spans stay offsets into `prose`.
pub fn segment_blocks(
    prose: &str,
    blocks: &[Span],
    first_paragraph: usize,
    vocab: &Vocabulary,
) -> Segmentation {
    let mut seg = Segmentation {
        first_paragraph,
        ..Segmentation::default()
    };
    // about one token per five bytes of news: one allocation for the whole
    // section rather than a copy at each doubling
    if let (Some(first), Some(last)) = (blocks.first(), blocks.last()) {
        seg.tokens.reserve((last.end - first.start) as usize / 5);
    }
    let mut open_chain: Option<usize> = None;
    for (p, block) in (first_paragraph..).zip(blocks) {
        let first = seg.tokens.len();
        tokenize(prose, *block, &mut seg.tokens);
        let range = first..seg.tokens.len();
        open_chain = find_quotes(prose, &mut seg, range.clone(), p, open_chain);
        split_sentences(prose, vocab, &mut seg, range.clone(), p);
        seg.paragraphs.push(range);
    }
    seg
}

// ---- tokens -------------------------------------------------------------

fn is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// U+FFFD counts as a letter: after `--lossy` decoding it almost always
/// stands for a mis-encoded one ("caf\u{fffd}" for Latin-1 "café").
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c) || c == char::REPLACEMENT_CHARACTER
}

/// Combining marks and zero-width joiners stay inside the word they modify.
fn is_mark(c: char) -> bool {
    matches!(
        c,
        '\u{300}'..='\u{36f}' | '\u{200c}' | '\u{200d}' | '\u{fe0f}'
    )
}

/// "U.S.", "a.m.", "D.C.": letters each followed by a period.
fn dotted_abbreviation(i: &str) -> IResult<&str, &str> {
    recognize(pair(
        pair(satisfy(is_letter), char('.')),
        many1_count(pair(satisfy(is_letter), char('.'))),
    ))
    .parse(i)
}

/// "3.5", "1,000", "9:30", "1980s", "10th".
fn number(i: &str) -> IResult<&str, &str> {
    recognize(pair(
        take_while1(|c: char| c.is_ascii_digit()),
        many0_count(alt((
            recognize(pair(
                satisfy(|c| matches!(c, '.' | ',' | ':')),
                take_while1(|c: char| c.is_ascii_digit()),
            )),
            take_while1(is_word_char),
        ))),
    ))
    .parse(i)
}

/// A word with internal apostrophes and hyphens: "Korea’s", "don't", "so-called".
fn word(i: &str) -> IResult<&str, &str> {
    recognize(pair(
        satisfy(is_letter),
        many0_count(alt((
            take_while1(is_word_char),
            recognize(pair(
                satisfy(|c| matches!(c, '\'' | '’' | '-' | '‐')),
                satisfy(is_word_char),
            )),
        ))),
    ))
    .parse(i)
}

/// Multi-character punctuation: ellipses, and `''` (two apostrophes), which
/// some newspapers' copy uses as a double quotation mark.
fn ellipsis(i: &str) -> IResult<&str, &str> {
    alt((tag("..."), tag("…"), tag("''"), tag("``"))).parse(i)
}

fn token(i: &str) -> IResult<&str, (&str, TokenKind)> {
    alt((
        dotted_abbreviation.map(|t| (t, TokenKind::Word)),
        number.map(|t| (t, TokenKind::Number)),
        word.map(|t| (t, TokenKind::Word)),
        ellipsis.map(|t| (t, TokenKind::Punct)),
        recognize(satisfy(|_| true)).map(|t| (t, TokenKind::Punct)),
    ))
    .parse(i)
}

/// Where the run of ASCII letters and digits starting at `from` ends. The
/// tokenizer's inner loop: eight bytes at a time, each byte's test done with
/// the "has between" bit trick (a byte's high bit is set when it lies in an
/// open range), so a word costs one or two steps instead of one per byte.
fn alnum_run(bytes: &[u8], from: usize) -> usize {
    const LOW: u64 = u64::MAX / 255; // 0x0101…01
    const HIGH: u64 = LOW * 0x80;
    // the high bit of each byte of `x` strictly between `lo` and `hi`
    // (exact for bytes below 0x80; bytes from 0x80 up are never inside)
    let between = |x: u64, lo: u64, hi: u64| {
        let t = x & (LOW * 0x7f);
        (LOW * (0x7f + hi)).wrapping_sub(t) & !x & (t + LOW * (0x7f - lo)) & HIGH
    };
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let digits = between(x, b'0' as u64 - 1, b'9' as u64 + 1);
        let letters = between(x | (LOW * 0x20), b'a' as u64 - 1, b'z' as u64 + 1);
        let other = !(digits | letters) & HIGH;
        if other != 0 {
            return at + other.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|c| !c.is_ascii_alphanumeric())
        .map_or(bytes.len(), |n| at + n)
}

/// Most tokens of news are ASCII: a word (with inner apostrophes or
/// hyphens), a number, or one punctuation mark, ASCII or a dash or curly
/// quote. Those are read here a byte at a time, and everything else by the
/// grammar (`token`), which this agrees with (a property test checks it).
/// Returns the token's length.
fn plain_token(bytes: &[u8]) -> Option<(usize, TokenKind)> {
    let first = *bytes.first()?;
    let alnum_run = |from: usize| alnum_run(bytes, from);
    if first.is_ascii_alphabetic() {
        let mut n = alnum_run(1);
        loop {
            match bytes.get(n) {
                // "U.S.", "a.m.": dotted abbreviations are the grammar's
                Some(b'.') if n == 1 => return None,
                // "don't", "so-called"; "voters' " ends before the mark
                Some(b'\'' | b'-') => match bytes.get(n + 1) {
                    Some(c) if c.is_ascii_alphanumeric() => n = alnum_run(n + 1),
                    Some(c) if *c >= 0x80 => return None,
                    _ => return Some((n, TokenKind::Word)),
                },
                // "Korea’s", "so‐called" (U+2019, U+2010)
                Some(0xe2) if matches!(bytes.get(n + 1..n + 3), Some([0x80, 0x99 | 0x90])) => {
                    match bytes.get(n + 3) {
                        Some(c) if c.is_ascii_alphanumeric() => n = alnum_run(n + 3),
                        Some(c) if *c >= 0x80 => return None,
                        _ => return Some((n, TokenKind::Word)),
                    }
                }
                // "café", "e\u{301}"
                Some(c) if *c >= 0x80 => return None,
                _ => return Some((n, TokenKind::Word)),
            }
        }
    }
    if first.is_ascii_digit() {
        let mut n = 1;
        loop {
            match bytes.get(n) {
                Some(c) if c.is_ascii_alphanumeric() => n = alnum_run(n),
                // "3.5", "1,000", "9:30"
                Some(b'.' | b',' | b':') if bytes.get(n + 1).is_some_and(u8::is_ascii_digit) => {
                    n = alnum_run(n + 1)
                }
                Some(c) if *c >= 0x80 => return None,
                _ => return Some((n, TokenKind::Number)),
            }
        }
    }
    // general punctuation, U+2010 to U+205E: dashes, curly quotes, "…"
    if first == 0xe2
        && matches!(
            bytes.get(1..3),
            Some([0x80, 0x90..=0xbf] | [0x81, 0x80..=0x9e])
        )
    {
        return Some((3, TokenKind::Punct));
    }
    // "...", "''" and "``" are one token each
    let doubled = matches!(first, b'.' | b'\'' | b'`') && bytes.get(1) == Some(&first);
    (first.is_ascii_punctuation() && !doubled).then_some((1, TokenKind::Punct))
}

/// `,''' said`: in copy that doubles apostrophes for quotation marks, three
/// after a word close an inner quotation and then the outer one, so the
/// first is the inner mark and the pair after it the double quote.
fn closes_inner_quote(bytes: &[u8], at: usize) -> bool {
    at > 0 && bytes[at..].starts_with(b"'''") && !bytes[at - 1].is_ascii_whitespace()
}

fn tokenize(prose: &str, block: Span, out: &mut Vec<Token>) {
    let base = block.start as usize;
    let text = block.text(prose);
    let bytes = text.as_bytes();
    let mut at = 0;
    // `at` only ever moves by a whole token or a whole space, so it stays on
    // a character boundary and `text[at..]` is only sliced where needed
    while let Some(&first) = bytes.get(at) {
        if matches!(first, b' ' | b'\t'..=b'\r') {
            at += 1;
            continue;
        }
        if first >= 0x80 {
            // no-break and other Unicode spaces
            let rest = &text[at..];
            let space = rest.len() - rest.trim_start().len();
            if space > 0 {
                at += space;
                continue;
            }
        }
        let (len, kind) = match plain_token(&bytes[at..]) {
            Some(plain) => plain,
            // (doubled apostrophes are never a plain token)
            None if closes_inner_quote(bytes, at) => (1, TokenKind::Punct),
            None => match token(&text[at..]) {
                Ok((_, (tok, kind))) => (tok.len(), kind),
                Err(_) => break,
            },
        };
        let start = base + at;
        out.push(Token {
            span: Span::new(start, start + len),
            kind,
            quote: None,
        });
        at += len;
    }
}

// ---- quotations -----------------------------------------------------------

pub(crate) fn quote_mark(text: &str) -> Option<char> {
    match text {
        "''" => Some('"'),
        "``" => Some('“'),
        _ => {
            let c = text.chars().next()?;
            matches!(c, '"' | '“' | '”' | '«' | '»' | '„').then_some(c)
        }
    }
}

/// Whether a quote mark at token `t` opens (true) or closes a quotation;
/// `inside`: a quotation is open.
fn opens(
    prose: &str,
    seg: &Segmentation,
    t: usize,
    first: usize,
    mark: char,
    inside: bool,
) -> bool {
    // a mark before a space closes the open quotation, whatever its shape
    // or what comes before it: the double mark after a single one
    // (`'Well done,' " said`), a spaced closing (`coalitions, '' said`), a
    // `“` typed for `”` (`unusual,“ said`)
    let end = seg.tokens[t].span.end as usize;
    if inside && prose[end..].chars().next().is_none_or(char::is_whitespace) {
        return false;
    }
    match mark {
        '“' | '«' | '„' => true,
        // a `”` typed for `“` where nothing is open, before a word
        // (`”Mr. Trump embodies …”`)
        '”' | '»' => {
            let start = seg.tokens[t].span.start as usize;
            !inside
                && prose[end..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
                && prose[..start]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace)
        }
        _ => {
            let start = seg.tokens[t].span.start as usize;
            let before = prose[..start].chars().next_back();
            let glued_to_previous = t > first && before.is_some_and(|c| !c.is_whitespace());
            let prev_is_opener = t > first && {
                let prev = seg.tokens[t - 1].span.text(prose);
                matches!(prev, "(" | "[" | "—" | "–" | "-" | ":")
            };
            !glued_to_previous || prev_is_opener
        }
    }
}

/// Finds quotations in one paragraph; returns the chain still open at its end.
fn find_quotes(
    prose: &str,
    seg: &mut Segmentation,
    range: Range<usize>,
    paragraph: usize,
    carried_chain: Option<usize>,
) -> Option<usize> {
    let mut open: Option<usize> = None;
    let mut chain_at_start = carried_chain;
    let mut next_chain = seg.quotes.last().map_or(0, |q| q.chain + 1);
    for t in range.clone() {
        if seg.tokens[t].kind != TokenKind::Punct {
            continue;
        }
        let Some(mark) = quote_mark(seg.tokens[t].span.text(prose)) else {
            continue;
        };
        if opens(prose, seg, t, range.start, mark, open.is_some()) {
            if let Some(o) = open.take() {
                push_quote(
                    seg,
                    o,
                    t - 1,
                    None,
                    paragraph,
                    &mut chain_at_start,
                    &mut next_chain,
                );
            }
            open = Some(t);
        } else if let Some(o) = open.take() {
            push_quote(
                seg,
                o,
                t,
                Some(t),
                paragraph,
                &mut chain_at_start,
                &mut next_chain,
            );
        }
    }
    let o = open?;
    let end = range.end - 1;
    let chain = push_quote(
        seg,
        o,
        end,
        None,
        paragraph,
        &mut chain_at_start,
        &mut next_chain,
    );
    Some(chain)
}

/// The quotation that opens at token `open`, from its mark to the end of
/// its last piece.
pub fn quotation_opening_at(quotes: &[Quote], open: usize) -> Option<Span> {
    let q = quotes.partition_point(|q| q.open < open);
    let quote = quotes.get(q).filter(|q| q.open == open)?;
    Some(quote.span.cover(chain_end(quotes, q)))
}

/// Where the quotation `q` ends: the last piece of its chain (a quotation
/// reopened at each new paragraph).
pub fn chain_end(quotes: &[Quote], q: usize) -> Span {
    let chain = quotes[q].chain;
    quotes[q..]
        .iter()
        .take_while(|x| x.chain == chain)
        .last()
        .map_or(quotes[q].span, |x| x.span)
}

/// Where the quotation `q` begins: the first piece of its chain.
pub fn chain_start(quotes: &[Quote], q: usize) -> Span {
    let chain = quotes[q].chain;
    quotes[..=q]
        .iter()
        .rev()
        .take_while(|x| x.chain == chain)
        .last()
        .map_or(quotes[q].span, |x| x.span)
}

fn push_quote(
    seg: &mut Segmentation,
    open: usize,
    last: usize,
    close: Option<usize>,
    paragraph: usize,
    carried: &mut Option<usize>,
    next_chain: &mut usize,
) -> usize {
    // Only a quote that opens the paragraph continues the previous one.
    let continues = carried
        .take()
        .filter(|_| seg.paragraphs.last().is_some_and(|p| p.end == open));
    let chain = continues.unwrap_or_else(|| {
        *next_chain += 1;
        *next_chain - 1
    });
    let index = seg.quotes.len() as u32;
    for tok in &mut seg.tokens[open..=last] {
        tok.quote = Some(index);
    }
    seg.quotes.push(Quote {
        span: seg.tokens[open].span.cover(seg.tokens[last].span),
        open,
        last,
        close,
        chain,
        paragraph,
    });
    chain
}

// ---- sentences --------------------------------------------------------------

/// Longest sentence, in tokens; longer runs are split.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// Words that, capitalised after an abbreviation's period, start a new sentence.
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "in",
    "but",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "and",
    "on",
    "at",
    "for",
    "after",
    "as",
    "when",
    "while",
    "there",
    "its",
    "our",
    "if",
    "so",
    "yet",
    "still",
    "meanwhile",
    "however",
];

fn starts_sentence(word: &str) -> bool {
    SENTENCE_STARTERS
        .iter()
        .any(|s| s.eq_ignore_ascii_case(word))
}

fn starts_lowercase(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

fn is_closer(text: &str) -> bool {
    matches!(text, "”" | "\"" | "’" | "'" | "''" | ")" | "]" | "»")
}

/// Longest run of tokens a dateline takes before its dash:
/// `CAMBRIDGE, Mass., Dec. 11 (UPI) —` is eleven.
const MAX_DATELINE_TOKENS: usize = 12;

/// Where the first sentence of a paragraph begins after a dateline or a
/// heading in capitals and its dash: "WASHINGTON (AP) — …", "LOS ANGELES,
/// Feb. 2 (UPI) — …", "EXCLUSIVE – …". The dateline opens with a word in
/// capitals; up to the dash there are only capitalised words, numbers,
/// commas, periods and parentheses.
fn dateline_end(prose: &str, tokens: &[Token], range: &Range<usize>) -> Option<usize> {
    let first = tokens.get(range.start).filter(|_| !range.is_empty())?;
    let capitals = first.span.text(prose);
    let letters = capitals.chars().filter(|c| c.is_alphabetic()).count();
    // (not an abbreviation: "U.S.—said")
    if first.kind != TokenKind::Word
        || letters < 2
        || capitals.chars().any(|c| c == '.')
        || starts_lowercase(capitals)
    {
        return None;
    }
    // "Washington (AFP) –": a place in title case is a dateline only with
    // its agency's credit
    let in_capitals = !capitals.chars().any(char::is_lowercase);
    // (looked at only as far as the words of the place: most paragraphs
    // open with a capital)
    if !in_capitals {
        let credit_opens = tokens[range.start + 1..range.end]
            .iter()
            .take(4)
            .find(|t| match t.kind {
                TokenKind::Word => starts_lowercase(t.span.text(prose)),
                TokenKind::Number => false,
                TokenKind::Punct => true,
            })
            .is_some_and(|t| t.span.text(prose) == "(");
        if !credit_opens {
            return None;
        }
    }
    let mut credit = false;
    let last = range.end.min(range.start + MAX_DATELINE_TOKENS);
    for k in range.start + 1..last {
        let text = tokens[k].span.text(prose);
        // ("(AFP)", "(Reuters)"; not a party tag, "Sen. Ted Cruz (R-Texas) —")
        if text == ")"
            && k >= range.start + 2
            && tokens[k - 2].span.text(prose) == "("
            && !tokens[k - 1].span.text(prose).contains('-')
        {
            credit = true;
        }
        match tokens[k].kind {
            TokenKind::Punct if matches!(text, "—" | "–" | "-") => {
                if !(in_capitals || credit) {
                    return None;
                }
                // ("--" is two hyphens)
                let after = k
                    + 1
                    + usize::from(tokens.get(k + 1).is_some_and(|t| t.span.text(prose) == "-"));
                // the story's first sentence begins after it
                return tokens[after..range.end]
                    .first()
                    .filter(|t| !starts_lowercase(t.span.text(prose)))
                    .map(|_| after);
            }
            TokenKind::Punct if matches!(text, "," | "." | "(" | ")") => {}
            TokenKind::Number => {}
            TokenKind::Word if !starts_lowercase(text) => {}
            _ => return None,
        }
    }
    None
}

/// Longest name before a speech verb that keeps a quotation's sentence
/// going: "Rep. Diane Russell" is four tokens with its period.
const MAX_SPEAKER_TOKENS: usize = 5;

/// Longest apposition between such a name and its verb ("a retired
/// worker from a nuclear plant").
const MAX_APPOSITION_TOKENS: usize = 12;

/// `tokens` open with a name in capitals ("Mr. Trump", "Sanders") and a cue
/// verb that is not a clause's verb of its own ("said" but not "said that").
fn speaker_follows(prose: &str, vocab: &Vocabulary, tokens: &[Token]) -> bool {
    let text = |t: &Token| t.span.text(prose);
    let name = tokens
        .iter()
        .take(MAX_SPEAKER_TOKENS)
        .enumerate()
        .take_while(|(k, t)| match t.kind {
            // ("He answered" after a question is the next sentence)
            TokenKind::Word => {
                !starts_lowercase(text(t)) && vocab.flags_any_case(text(t)) & flag::PRONOUN == 0
            }
            // the period of "Mr."
            TokenKind::Punct => *k > 0 && text(t) == "." && tokens[k - 1].span.end == t.span.start,
            TokenKind::Number => false,
        })
        .count();
    let verb = |t: &Token| {
        t.kind == TokenKind::Word && starts_lowercase(text(t)) && {
            let flags = vocab.flags_any_case(text(t));
            flags & flag::CUE_VERB != 0 && flags & flag::HOMOGRAPH == 0
        }
    };
    let verb_at = |k: usize| {
        tokens.get(k).is_some_and(verb) && tokens.get(k + 1).is_none_or(|t| text(t) != "that")
    };
    // "Miller, a retired worker from a nuclear plant, said": an apposition
    // between the name and its verb, with no sentence end inside it
    let after_apposition = || {
        if tokens.get(name).is_none_or(|t| text(t) != ",") {
            return false;
        }
        let apposition = &tokens[name + 1..];
        apposition
            .iter()
            .take(MAX_APPOSITION_TOKENS)
            .take_while(|t| t.kind != TokenKind::Punct || matches!(text(t), "," | "-" | "'" | "’"))
            .position(|t| text(t) == ",")
            .is_some_and(|close| close > 0 && verb_at(name + 1 + close + 1))
    };
    name > 0 && (verb_at(name) || after_apposition())
}

fn split_sentences(
    prose: &str,
    vocab: &Vocabulary,
    seg: &mut Segmentation,
    range: Range<usize>,
    paragraph: usize,
) {
    let tokens = &seg.tokens;
    let quotes = &seg.quotes;
    let text = |t: usize| tokens[t].span.text(prose);
    // a dateline says where the story was filed: a sentence of its own,
    // not the first words of the story's first sentence
    let first = dateline_end(prose, tokens, &range).unwrap_or(range.start);
    if first > range.start {
        seg.sentences.push(Sentence {
            span: tokens[range.start].span.cover(tokens[first - 1].span),
            tokens: range.start..first,
            paragraph,
        });
    }
    let mut start = first;
    let mut t = first;
    while t < range.end {
        let mut end = t + 1;
        // only punctuation and words ending in a period ("U.S.") can end one
        let may_end = match tokens[t].kind {
            TokenKind::Punct => true,
            TokenKind::Word => prose.as_bytes()[tokens[t].span.end as usize - 1] == b'.',
            TokenKind::Number => false,
        };
        let boundary = may_end
            && match text(t) {
                "." | "!" | "?" | "…" | "..." => {
                    // closing quotes and brackets stay with the sentence they end;
                    // an opening quote belongs to the next one
                    let closes = |k: usize| match tokens[k].quote {
                        Some(q) => quotes[q as usize].close == Some(k),
                        None => matches!(text(k), ")" | "]"),
                    };
                    // (and the single mark of an inner quotation closed
                    // with it: `‘Why not?’”`)
                    let inner_closes = |k: usize| {
                        matches!(text(k), "'" | "’") && k + 1 < range.end && closes(k + 1)
                    };
                    while end < range.end
                        && (is_closer(text(end)) && closes(end) || inner_closes(end))
                    {
                        end += 1;
                    }
                    let glued = t > range.start && tokens[t - 1].span.end == tokens[t].span.start;
                    // "(D-N.Y.)", "(D-R.I.)": a state's initials after a
                    // party's, the period glued to a capital on both sides
                    let initial_follows = glued
                        && t + 1 < range.end
                        && tokens[t + 1].span.start == tokens[t].span.end
                        && text(t + 1).chars().count() == 1
                        && text(t + 1).chars().all(char::is_uppercase);
                    let abbreviation = |word: &str| {
                        vocab.flags_any_case(word) & flag::ABBREVIATION != 0
                            || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
                    };
                    let abbreviated = text(t) == "." && glued && {
                        let prev = text(t - 1);
                        abbreviation(prev)
                            // ("then-Sen. Barack Obama": the title after a prefix)
                            || prev.rsplit_once('-').is_some_and(|(_, title)| abbreviation(title))
                    };
                    match tokens.get(end).filter(|_| end < range.end) {
                        None => true,
                        Some(next) => {
                            let next = next.span.text(prose);
                            let ellipsis = matches!(text(t), "…" | "...");
                            if starts_lowercase(next)
                                || matches!(next, "," | ";" | ":")
                                || initial_follows
                            {
                                false
                            } else if abbreviated || ellipsis {
                                starts_sentence(next)
                            } else {
                                // `"Why?" Mr. Trump asked.`: the speaker after a
                                // question or exclamation closing a quotation
                                !(end > t + 1
                                    && matches!(text(t), "?" | "!")
                                    && speaker_follows(prose, vocab, &tokens[end..range.end]))
                            }
                        }
                    }
                }
                // "U.S." at the end of a sentence carries the period itself.
                w if w.len() > 2 && w.ends_with('.') && tokens[t].kind == TokenKind::Word => tokens
                    .get(end)
                    .filter(|_| end < range.end)
                    .is_some_and(|next| {
                        let next = next.span.text(prose);
                        !starts_lowercase(next) && starts_sentence(next)
                    }),
                _ => false,
            };
        // Text with no sentence end (a pasted table, a runaway paragraph) is
        // cut into pieces so that the grammar's work per sentence stays bounded.
        let too_long = end - start >= MAX_SENTENCE_TOKENS;
        if boundary || too_long || end >= range.end {
            let end = end.min(range.end);
            // punctuation alone ("* * *", a stray period) says nothing
            let has_words = tokens[start..end]
                .iter()
                .any(|t| t.kind != TokenKind::Punct);
            if has_words {
                seg.sentences.push(Sentence {
                    span: tokens[start].span.cover(tokens[end - 1].span),
                    tokens: start..end,
                    paragraph,
                });
            }
            start = end;
        }
        t = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Format, from_string};

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4096))]
        /// The byte-level fast path reads exactly what the grammar reads,
        /// on text made of the pieces where they could disagree.
        #[test]
        fn plain_tokens_agree_with_the_grammar(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "U", "S.", "a.", "don", "G7", "x", ".", "'", "’", "-", "‐", "`",
                "é", "\u{301}", "\u{200d}", "3", ",", ":", "\"", "…", "$", "_", " ",
                "\t", "\u{b}", "\u{a0}", "\u{2009}", "\u{0}", "1,", "4.", "s",
                "—", "“", "\u{2028}", "\u{205f}", "\u{2060}", "\u{200f}",
            ]), 1..12)
        ) {
            let text = pieces.concat();
            let rest = text.trim_start();
            if let Some((len, kind)) = plain_token(rest.as_bytes()) {
                let (_, by_grammar) = token(rest).unwrap();
                proptest::prop_assert_eq!((&rest[..len], kind), by_grammar);
            }
            // the whole loop: Unicode spaces skipped, every token the grammar's
            let mut by_grammar = Vec::new();
            let mut at = 0;
            loop {
                at += text[at..].len() - text[at..].trim_start().len();
                let Ok((_, (tok, kind))) = token(&text[at..]) else { break };
                let len = if closes_inner_quote(text.as_bytes(), at) { 1 } else { tok.len() };
                by_grammar.push((Span::new(at, at + len), kind));
                at += len;
            }
            let mut tokens = Vec::new();
            tokenize(&text, Span::new(0, text.len()), &mut tokens);
            let tokens: Vec<_> = tokens.iter().map(|t| (t.span, t.kind)).collect();
            proptest::prop_assert_eq!(tokens, by_grammar);
        }
    }

    /// Every byte value at every position of the eight-byte steps and the
    /// byte-at-a-time tail ends a run exactly where a byte-wise scan does.
    #[test]
    fn alnum_runs_end_at_the_first_other_byte() {
        let filler = b"aZ09mQz9Az0Ma5zZ19aq";
        for b in 0..=255u8 {
            for at in 0..filler.len() {
                let mut bytes = filler.to_vec();
                bytes[at] = b;
                for from in 0..=at {
                    let expected = (from..bytes.len())
                        .find(|&k| !bytes[k].is_ascii_alphanumeric())
                        .unwrap_or(bytes.len());
                    assert_eq!(alnum_run(&bytes, from), expected, "byte {b} at {at}");
                }
            }
        }
    }

    fn sentences(text: &str) -> Vec<String> {
        let doc = from_string("t.txt", text.to_string(), Format::Text);
        let seg = segment(&doc, &Vocabulary::default_set());
        seg.sentences
            .iter()
            .map(|s| s.span.text(&doc.src).to_string())
            .collect()
    }

    fn words(text: &str) -> Vec<String> {
        let doc = from_string("t.txt", text.to_string(), Format::Text);
        let seg = segment(&doc, &Vocabulary::default_set());
        seg.tokens
            .iter()
            .map(|t| t.span.text(&doc.src).to_string())
            .collect()
    }

    #[test]
    fn abbreviations_and_titles_do_not_end_sentences() {
        let s = sentences("Mr. Smith met Gov. Jones and Sen. Lee in Jan. 2020. They spoke.");
        assert_eq!(
            s,
            [
                "Mr. Smith met Gov. Jones and Sen. Lee in Jan. 2020.",
                "They spoke."
            ]
        );
        // a title after a prefix, a case's "v."
        let s = sentences("He met then-Sen. Barack Obama. Roe v. Wade stands. They spoke.");
        assert_eq!(
            s,
            [
                "He met then-Sen. Barack Obama.",
                "Roe v. Wade stands.",
                "They spoke."
            ]
        );
    }

    #[test]
    fn dotted_abbreviations_stay_whole_and_end_a_sentence_before_a_starter() {
        let s = sentences("The U.S. and the U.N. agreed. Talks moved to the U.S. The end.");
        assert_eq!(
            s,
            [
                "The U.S. and the U.N. agreed.",
                "Talks moved to the U.S.",
                "The end."
            ]
        );
    }

    #[test]
    fn initials_do_not_end_sentences() {
        assert_eq!(
            sentences("J. K. Rowling wrote it. Done."),
            ["J. K. Rowling wrote it.", "Done."]
        );
        assert_eq!(
            sentences("Rep. Steve Israel (D-N.Y.) said so. Done."),
            ["Rep. Steve Israel (D-N.Y.) said so.", "Done."]
        );
        assert_eq!(
            sentences("Sen. Jack Reed (D-R.I.), said so. I agree."),
            ["Sen. Jack Reed (D-R.I.), said so.", "I agree."]
        );
    }

    #[test]
    fn company_and_number_abbreviations() {
        let s = sentences("Acme Inc. said No. 5 was up 3.5 percent to 1,000 units. Next.");
        assert_eq!(s.len(), 2, "{s:?}");
        assert!(words("up 3.5 percent to 1,000").contains(&"3.5".to_string()));
        assert!(words("up 3.5 percent to 1,000").contains(&"1,000".to_string()));
    }

    #[test]
    fn a_dateline_is_a_sentence_of_its_own() {
        assert_eq!(
            sentences("LOS ANGELES, Feb. 2 (UPI) — The record is almost done, the band said."),
            [
                "LOS ANGELES, Feb. 2 (UPI) —",
                "The record is almost done, the band said."
            ]
        );
        assert_eq!(
            sentences("CAMBRIDGE, Mass., Dec. 11 (UPI) -- Harvard says so. Done."),
            [
                "CAMBRIDGE, Mass., Dec. 11 (UPI) --",
                "Harvard says so.",
                "Done."
            ]
        );
        assert_eq!(sentences("U.S.—said so."), ["U.S.—said so."]);
        assert_eq!(sentences("NEW YORK — said so."), ["NEW YORK — said so."]);
        // capitals that are the sentence's own words, and a dash inside it
        assert_eq!(
            sentences("NATO leaders met — and agreed."),
            ["NATO leaders met — and agreed."]
        );
        assert_eq!(sentences("AP — "), ["AP —"]);
        // a place in title case, with its agency's credit (not an aside
        // between dashes)
        assert_eq!(
            sentences("Washington (AFP) – Clinton took a swipe, saying so."),
            ["Washington (AFP) –", "Clinton took a swipe, saying so."]
        );
        assert_eq!(
            sentences("Dec 29 (Reuters) - Clinton said so."),
            ["Dec 29 (Reuters) -", "Clinton said so."]
        );
        assert_eq!(
            sentences("Clinton - who was there - said so."),
            ["Clinton - who was there - said so."]
        );
        assert_eq!(
            sentences("Ted Cruz (R-Texas) — Announced March 23, 2015"),
            ["Ted Cruz (R-Texas) — Announced March 23, 2015"]
        );
    }

    #[test]
    fn a_named_speaker_after_a_quoted_question_continues_the_sentence() {
        assert_eq!(
            sentences("“Why not?” Mr. Trump asked reporters. “Done.”"),
            ["“Why not?” Mr. Trump asked reporters.", "“Done.”"]
        );
        assert_eq!(
            sentences("''We won!'' Sanders said. Next."),
            ["''We won!'' Sanders said.", "Next."]
        );
        // the inner quotation's mark closes with the outer one
        assert_eq!(
            sentences("“They ask, ‘Why not?’” he said. “Done.”"),
            ["“They ask, ‘Why not?’” he said.", "“Done.”"]
        );
        assert_eq!(
            sentences("“They ask, ‘Why not?’ ” Weaver said."),
            ["“They ask, ‘Why not?’ ” Weaver said."]
        );
        // an apposition between the name and its verb
        assert_eq!(
            sentences("“How are you?” Miller, a retired worker from a plant, said. “Fine.”"),
            [
                "“How are you?” Miller, a retired worker from a plant, said.",
                "“Fine.”"
            ]
        );
        // a pronoun in capitals, a clause of the name's own, a period, a
        // name with no cue verb: the next sentence
        for (text, first) in [
            ("“Why not?” He answered at once.", "“Why not?”"),
            ("“Why not?” Trump said that he would.", "“Why not?”"),
            ("“We did it.” Trump said so.", "“We did it.”"),
            ("“Why not?” Trump Tower opened.", "“Why not?”"),
            ("“Why not?” Trump, the owner, opened it.", "“Why not?”"),
            ("“Why?” Trump, the owner. He said so.", "“Why?”"),
        ] {
            assert_eq!(sentences(text)[0], first, "{text}");
        }
    }

    #[test]
    fn ellipsis_continues_before_lowercase() {
        let s = sentences("He paused … and went on. Then he left... The end.");
        assert_eq!(
            s,
            ["He paused … and went on.", "Then he left...", "The end."]
        );
    }

    #[test]
    fn period_inside_closing_quote_stays_with_its_sentence() {
        let s = sentences("“We will win,” he said. “It is done.” She left.");
        assert_eq!(s, ["“We will win,” he said.", "“It is done.”", "She left."]);
    }

    #[test]
    fn opening_quote_after_a_period_starts_the_next_sentence() {
        let s = sentences("\"Nobody listened,\" she said. \"Now they listen.\" (He agreed.) End.");
        assert_eq!(
            s,
            [
                "\"Nobody listened,\" she said.",
                "\"Now they listen.\"",
                "(He agreed.)",
                "End."
            ]
        );
    }

    #[test]
    fn curly_apostrophes_stay_inside_words() {
        assert_eq!(
            words("Korea’s envoy didn't"),
            ["Korea’s", "envoy", "didn't"]
        );
    }

    /// `''…'old-school,''' said`: an inner quotation closes before the
    /// outer one, so the whole quotation ends at the last two apostrophes.
    #[test]
    fn three_apostrophes_after_a_word_close_inner_then_outer_quotation() {
        let text = "''I would use the word 'old-school,''' said Gregory Slayton.";
        let doc = from_string("t.txt", text.to_string(), Format::Text);
        let seg = segment(&doc, &Vocabulary::default_set());
        assert_eq!(seg.quotes.len(), 1, "{:?}", seg.quotes);
        assert_eq!(
            seg.quotes[0].span.text(&doc.src),
            "''I would use the word 'old-school,'''"
        );
        assert!(seg.quotes[0].close.is_some());
    }

    /// A closing mark typed for an opening one, before a word where no
    /// quotation is open, opens it (`”Mr. Trump embodies …” ― Sonya`).
    #[test]
    fn a_closing_mark_before_a_word_opens_where_nothing_is_open() {
        let text = "”He embodies racism.” ― Sonya Herridge\n“He is ignorant.” ― Edwin Monroy";
        let doc = from_string("t.txt", text.to_string(), Format::Text);
        let seg = segment(&doc, &Vocabulary::default_set());
        let quotes: Vec<_> = seg.quotes.iter().map(|q| q.span.text(&doc.src)).collect();
        assert_eq!(quotes, ["”He embodies racism.”", "“He is ignorant.”"]);
        // inside a quotation it still closes, even before a word
        let text = "“It was bad,”he said. “Yes ”Maybe” no.”";
        let doc = from_string("t.txt", text.to_string(), Format::Text);
        let seg = segment(&doc, &Vocabulary::default_set());
        assert_eq!(seg.quotes[0].span.text(&doc.src), "“It was bad,”");
    }

    #[test]
    fn quotes_continue_across_paragraphs_in_one_chain() {
        let text = "\"First part.\n\n\"Second part,\" he said.\n\nAfter.";
        let doc = from_string("t.txt", text.to_string(), Format::Text);
        let seg = segment(&doc, &Vocabulary::default_set());
        assert_eq!(seg.quotes.len(), 2);
        assert_eq!(seg.quotes[0].chain, seg.quotes[1].chain);
        assert!(seg.quotes[0].close.is_none());
        assert_eq!(seg.quotes[1].span.text(&doc.src), "\"Second part,\"");
    }

    #[test]
    fn straight_quotes_open_after_space_and_close_after_text() {
        let text = "He said \"yes, now\" and left.";
        let doc = from_string("t.txt", text.to_string(), Format::Text);
        let seg = segment(&doc, &Vocabulary::default_set());
        assert_eq!(seg.quotes.len(), 1);
        assert_eq!(seg.quotes[0].span.text(&doc.src), "\"yes, now\"");
    }

    /// A mark before a space closes the open quotation.
    #[test]
    fn a_spaced_mark_inside_a_quotation_closes_it() {
        for (text, first) in [
            (
                "\"Then say, 'Well done,' \" said Rep. Russell. \"Fine.\"",
                "\"Then say, 'Well done,' \"",
            ),
            (
                "''He built coalitions, '' said Mr. Gunnels.",
                "''He built coalitions, ''",
            ),
            (
                "“It's unusual,“ said Larry Noble. “Hard.”",
                "“It's unusual,“",
            ),
        ] {
            let doc = from_string("t.txt", text.to_string(), Format::Text);
            let seg = segment(&doc, &Vocabulary::default_set());
            assert_eq!(seg.quotes[0].span.text(&doc.src), first, "{text}");
            assert!(seg.quotes[0].close.is_some(), "{text}");
            assert_eq!(
                seg.quotes.len(),
                2 - usize::from(text.contains("''")),
                "{text}"
            );
        }
    }
}
