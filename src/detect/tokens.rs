//! The token view the grammar runs on, and nom's `Input` over a slice of it.
//!
//! nom 8 parses any type that implements `Input`; `Toks` wraps a slice of
//! `Word`s so that the construction parsers are ordinary nom combinators.

use std::iter::Enumerate;
use std::slice::Iter;

use nom::error::{Error, ErrorKind};
use nom::{IResult, Input, Needed, Offset};

use crate::segment::{Segmentation, TokenKind, quote_mark};
use crate::span::Span;
use crate::vocab::{Vocabulary, flag};

/// A token with what the vocabulary knows about it.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// Index in the document's token list.
    pub index: usize,
    pub span: Span,
    pub text: &'a str,
    /// ASCII-lowercased text (same bytes as `text` otherwise).
    pub lower: &'a str,
    pub kind: TokenKind,
    pub flags: u64,
    pub quote: Option<u32>,
}

impl Word<'_> {
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    pub fn has(&self, bit: u64) -> bool {
        self.flags & bit != 0
    }

    pub fn is_capitalized(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn is_lowercase_word(&self) -> bool {
        self.kind == TokenKind::Word && self.text.chars().next().is_some_and(char::is_lowercase)
    }

    pub fn is_punct(&self, p: &str) -> bool {
        self.kind == TokenKind::Punct && self.text == p
    }

    pub fn is_quote_mark(&self) -> bool {
        self.has(flag::QUOTE_MARK)
    }

    /// "Korea’s", "his"; not "he’s" or "it’s", a pronoun and "is".
    pub fn is_possessive(&self) -> bool {
        self.kind == TokenKind::Word
            && ((self.lower.ends_with("'s") || self.lower.ends_with("’s"))
                && !self.has(flag::PRONOUN)
                || self.lower == "his"
                || self.lower == "her"
                || self.lower == "their"
                || self.lower == "its")
    }

    pub fn is_determiner(&self) -> bool {
        self.has(flag::DETERMINER)
    }

    /// A form of "be" (`BE_FORMS`).
    pub fn is_be_form(&self) -> bool {
        self.has(flag::BE_FORM)
    }

    pub fn is_quantifier(&self) -> bool {
        self.has(flag::QUANTIFIER)
    }

    pub fn is_preposition(&self) -> bool {
        self.has(flag::PREPOSITION)
    }

    pub fn is_terminal(&self) -> bool {
        self.kind == TokenKind::Punct && matches!(self.text, "." | "!" | "?" | "…" | "...")
    }
}

/// Builds the word view of every token of a segmentation. `section` is the
/// ASCII-lowercased prose from byte `lower_start` on, so that a section of a
/// large document needs only its own lowercased copy.
pub fn words<'a>(
    prose: &'a str,
    section: &'a str,
    lower_start: u32,
    seg: &Segmentation,
    vocab: &Vocabulary,
) -> Vec<Word<'a>> {
    seg.tokens
        .iter()
        .enumerate()
        .map(|(index, t)| {
            let at = (t.span.start - lower_start) as usize;
            let lower = &section[at..(t.span.end - lower_start) as usize];
            Word {
                index,
                span: t.span,
                text: t.span.text(prose),
                lower,
                kind: t.kind,
                flags: match t.kind {
                    TokenKind::Word => vocab.flags_in(section.as_bytes(), at, lower),
                    // (asked of most tokens the grammar reads: answered once)
                    TokenKind::Punct if quote_mark(t.span.text(prose)).is_some() => {
                        flag::QUOTE_MARK
                    }
                    _ => 0,
                },
                quote: t.quote,
            }
        })
        .collect()
}

/// nom input: a slice of words.
#[derive(Debug, Clone, Copy)]
pub struct Toks<'a>(pub &'a [Word<'a>]);

impl<'a> Input for Toks<'a> {
    type Item = &'a Word<'a>;
    type Iter = Iter<'a, Word<'a>>;
    type IterIndices = Enumerate<Iter<'a, Word<'a>>>;

    fn input_len(&self) -> usize {
        self.0.len()
    }
    fn take(&self, index: usize) -> Self {
        Toks(&self.0[..index])
    }
    fn take_from(&self, index: usize) -> Self {
        Toks(&self.0[index..])
    }
    fn take_split(&self, index: usize) -> (Self, Self) {
        (Toks(&self.0[index..]), Toks(&self.0[..index]))
    }
    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.0.iter().position(predicate)
    }
    fn iter_elements(&self) -> Self::Iter {
        self.0.iter()
    }
    fn iter_indices(&self) -> Self::IterIndices {
        self.0.iter().enumerate()
    }
    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.0.len() >= count {
            Ok(count)
        } else {
            Err(Needed::new(count - self.0.len()))
        }
    }
}

impl Offset for Toks<'_> {
    fn offset(&self, second: &Self) -> usize {
        (second.0.as_ptr() as usize - self.0.as_ptr() as usize) / std::mem::size_of::<Word>()
    }
}

pub type PResult<'a, O> = IResult<Toks<'a>, O>;

/// One word satisfying `pred`.
pub fn tok<'a>(pred: impl Fn(&Word) -> bool) -> impl Fn(Toks<'a>) -> PResult<'a, &'a Word<'a>> {
    move |input: Toks<'a>| match input.0.first() {
        Some(w) if pred(w) => Ok((Toks(&input.0[1..]), w)),
        _ => Err(nom::Err::Error(Error::new(input, ErrorKind::Verify))),
    }
}

/// One word equal (case-insensitively) to `word`.
pub fn lit<'a>(word: &'static str) -> impl Fn(Toks<'a>) -> PResult<'a, &'a Word<'a>> {
    tok(move |w| w.is(word))
}

/// One word carrying vocabulary flag `bit`.
pub fn flagged<'a>(bit: u64) -> impl Fn(Toks<'a>) -> PResult<'a, &'a Word<'a>> {
    tok(move |w| w.has(bit))
}

/// The number of words a parser consumed, from the input before and after.
pub fn consumed(before: Toks, after: Toks) -> usize {
    before.0.len() - after.0.len()
}

pub const BE_FORMS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "being", "'s", "’s",
];
pub const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "did",
    "do",
    "does",
    // negated, as one word ("wouldn't go", "isn't ready")
    "hasn't",
    "haven't",
    "hadn't",
    "won't",
    "wouldn't",
    "couldn't",
    "shouldn't",
    "can't",
    "mustn't",
    "didn't",
    "don't",
    "doesn't",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "hasn’t",
    "haven’t",
    "hadn’t",
    "won’t",
    "wouldn’t",
    "couldn’t",
    "shouldn’t",
    "can’t",
    "mustn’t",
    "didn’t",
    "don’t",
    "doesn’t",
    "isn’t",
    "wasn’t",
    "aren’t",
    "weren’t",
];
/// A form of "be", an auxiliary or a modal: a finite verb begins here.
pub fn is_auxiliary(w: &Word) -> bool {
    w.has(flag::BE_FORM | flag::AUXILIARY)
}

/// Prepositions before which a cue's "-ing" form is a gerund said by the
/// clause's subject ("by saying", "after initially saying", "in calling for").
pub const GERUND_PREPOSITIONS: &[&str] = &[
    "by", "after", "while", "before", "without", "upon", "since", "in",
];

/// Prepositions before which a verb's form reads as a noun ("via email").
pub const PREPOSITIONS: &[&str] = &[
    "via",
    "by",
    "in",
    "on",
    "of",
    "for",
    "with",
    "from",
    "at",
    "into",
    "about",
    "through",
    "without",
    "against",
    "under",
    "over",
    "throughout",
    "during",
    "despite",
    "amid",
];

/// Quantifiers that can stand for a group by themselves ("several said",
/// "most in both states", "Some seek").
pub const QUANTIFIERS: &[&str] = &[
    "some", "many", "several", "most", "few", "both", "all", "half",
];

/// Personal pronouns that open a clause as its subject ("it" is as often
/// an object, so each caller says whether it counts).
pub const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];
pub const OBJECT_PRONOUNS: &[&str] = &["me", "him", "her", "them", "us", "you", "it"];
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
    "your", "some", "many", "several", "no", "any", "each", "every",
];

/// Words that cannot be inside a source noun phrase: they start or join
/// clauses (listed as `clause_words` in the vocabulary). They break a phrase
/// even capitalised at the start of a sentence ("Despite …", "After …").
pub fn breaks_noun_phrase(w: &Word) -> bool {
    if w.kind == TokenKind::Punct {
        return !matches!(w.text, "-" | "&" | "." | "'" | "’" | "/");
    }
    (w.has(flag::PRONOUN | flag::RELATIVE) && !w.is_capitalized())
        || w.is("i")
        || (w.is_lowercase_word() && w.is_be_form())
        // ("said Will Doyle": a name, not a modal; "May" is a month as often)
        || w.has(flag::CLAUSE) && !(w.is_capitalized() && w.is("will"))
}

/// A comma ends the clause before `k`, directly or through a closing quote
/// (`…,” he said`, `…?” she asked`).
pub fn clause_break_before(s: &[Word], k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let prev = &s[k - 1];
    prev.is_punct(",")
        || prev.is_punct("—")
        || (prev.is_quote_mark()
            && before_closing_quote(s, k - 1)
                .is_some_and(|w| matches!(w.text, "," | "?" | "!" | "—" | "…")))
}

/// The word before the closing quote mark at `q`, past a single mark that
/// closes a quotation inside it (`'Well done,' "`).
pub fn before_closing_quote<'a>(s: &'a [Word<'a>], q: usize) -> Option<&'a Word<'a>> {
    let k = q.checked_sub(1)?;
    match s[k].text {
        "'" | "’" if k > 0 => Some(&s[k - 1]),
        _ => Some(&s[k]),
    }
}

/// Words in title case, a headline's or a title's: at least `min_longer`
/// longer words (more than three letters), four in five of them capitalized.
pub fn is_title_case<'w, 'a: 'w>(
    words: impl IntoIterator<Item = &'w Word<'a>>,
    min_longer: usize,
) -> bool {
    let (mut capitalized, mut longer) = (0, 0);
    for w in words
        .into_iter()
        .filter(|w| w.kind == TokenKind::Word && w.text.len() > 3)
    {
        capitalized += usize::from(w.is_capitalized());
        longer += 1;
    }
    longer >= min_longer && capitalized * 5 >= longer * 4
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::{Format, from_string};

    /// The grammar's closed classes and the quotation marks are read from
    /// the word view's flags: each word carries its own, and no other word
    /// carries them.
    #[test]
    fn word_view_flags_closed_classes_and_quotation_marks() {
        let vocab = Vocabulary::default_set();
        let text = "“The vote was several weeks away,” she said, ``amid talks.'' The \"end\".";
        let doc = from_string("t.txt", text.to_string(), Format::Text);
        let seg = crate::segment::segment(&doc, &vocab);
        let lower = text.to_ascii_lowercase();
        let words = words(text, &lower, 0, &seg, &vocab);
        let with = |test: &dyn Fn(&Word) -> bool| -> Vec<&str> {
            words.iter().filter(|w| test(w)).map(|w| w.text).collect()
        };
        assert_eq!(
            with(&|w| w.is_quote_mark()),
            ["“", "”", "``", "''", "\"", "\""]
        );
        assert_eq!(with(&|w| w.is_determiner()), ["The", "several", "The"]);
        assert_eq!(with(&|w| w.is_be_form()), ["was"]);
        assert_eq!(with(&|w| w.is_quantifier()), ["several"]);
        assert_eq!(with(&|w| w.is_preposition()), ["amid"]);
        assert_eq!(with(&|w| is_auxiliary(w)), ["was"]);
    }
}
