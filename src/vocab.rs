//! The grammar's vocabulary, loaded from YAML and compiled once into lookups.
//!
//! Words are looked up by their ASCII-lowercased form; verb lemmas are
//! inflected here so that the YAML lists lemmas only.

use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;

use serde::{Deserialize, Serialize};

use crate::loader::{self, LoadError};

/// The vocabulary shipped in the binary.
pub const DEFAULT_VOCABULARY: &str = include_str!("../rules/vocabulary.yaml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Neutral,
    Loaded,
    Hedge,
}

/// What kind of attribution a cue makes, so rules can tell speech from belief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CueClass {
    Speech,
    Document,
    Belief,
    Intention,
    Position,
    Evidential,
    Hedge,
    Reference,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueGroup {
    class: CueClass,
    stance: Stance,
    lemmas: Vec<String>,
}

/// Adjectives of one class that take the same complement: "confident
/// that", "eager to".
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StanceAdjectiveGroup {
    class: CueClass,
    complement: String,
    words: Vec<String>,
}

/// What a stance adjective needs to be a cue.
#[derive(Debug, Clone)]
pub struct StanceAdjective {
    pub class: CueClass,
    /// The word that must follow it ("that", "to").
    pub complement: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VocabularyFile {
    cue_verbs: Vec<CueGroup>,
    irregular: BTreeMap<String, Vec<String>>,
    doubling: Vec<String>,
    addressee_verbs: Vec<String>,
    #[serde(default)]
    as_complement_verbs: Vec<String>,
    #[serde(default)]
    labelling_verbs: Vec<String>,
    #[serde(default)]
    quotation_verbs: Vec<String>,
    #[serde(default)]
    experiencer_verbs: Vec<String>,
    #[serde(default)]
    amount_verbs: Vec<String>,
    cue_phrases: Vec<String>,
    cue_nouns: Vec<String>,
    #[serde(default)]
    stance_nouns: Vec<String>,
    light_verbs: Vec<String>,
    #[serde(default)]
    feeling_nouns: Vec<String>,
    #[serde(default)]
    publishing_verbs: Vec<String>,
    #[serde(default)]
    document_verbs: Vec<String>,
    participle_cues: Vec<String>,
    hedge_adverbs: Vec<String>,
    hedge_adjectives: Vec<String>,
    #[serde(default)]
    stance_adjectives: Vec<StanceAdjectiveGroup>,
    agentless_participles: Vec<String>,
    passive_agent_participles: Vec<String>,
    cue_modifiers: Vec<String>,
    #[serde(default)]
    not_adverbs: Vec<String>,
    time_words: Vec<String>,
    #[serde(default)]
    weekdays: Vec<String>,
    time_lead_words: Vec<String>,
    pronouns: Vec<String>,
    relative_pronouns: Vec<String>,
    vague_quantifiers: Vec<String>,
    vague_groups: Vec<String>,
    anonymous_heads: Vec<String>,
    anonymous_qualifiers: Vec<String>,
    #[serde(default)]
    discourse_connectives: Vec<String>,
    document_heads: Vec<String>,
    claim_markers: BTreeMap<String, Vec<String>>,
    abbreviations: Vec<String>,
    clause_words: Vec<String>,
    noun_homographs: Vec<String>,
    #[serde(default)]
    not_cues: Vec<String>,
    #[serde(default)]
    text_labels: Vec<String>,
    #[serde(default)]
    participle_only_forms: Vec<String>,
    #[serde(default)]
    survey_heads: Vec<String>,
    #[serde(default)]
    occasion_nouns: Vec<String>,
    #[serde(default)]
    past_tense_forms: Vec<String>,
    #[serde(default)]
    relative_heads: Vec<String>,
    #[serde(default)]
    stance_noun_verbs: Vec<String>,
    #[serde(default)]
    reaction_verbs: Vec<String>,
    #[serde(default)]
    reaction_nouns: Vec<String>,
    scale_words: Vec<String>,
}

/// Single-word properties, as bits.
pub mod flag {
    pub const PRONOUN: u64 = 1;
    pub const RELATIVE: u64 = 1 << 1;
    pub const MODIFIER: u64 = 1 << 2;
    pub const TIME: u64 = 1 << 3;
    pub const TIME_LEAD: u64 = 1 << 4;
    pub const HEDGE_ADVERB: u64 = 1 << 5;
    pub const HEDGE_ADJECTIVE: u64 = 1 << 6;
    pub const AGENTLESS: u64 = 1 << 7;
    pub const PASSIVE_AGENT: u64 = 1 << 8;
    pub const CUE_NOUN: u64 = 1 << 9;
    pub const LIGHT_VERB: u64 = 1 << 10;
    pub const PARTICIPLE_CUE: u64 = 1 << 11;
    pub const ANONYMOUS_HEAD: u64 = 1 << 12;
    pub const DOCUMENT_HEAD: u64 = 1 << 13;
    pub const ABBREVIATION: u64 = 1 << 14;
    pub const CLAUSE: u64 = 1 << 15;
    pub const HOMOGRAPH: u64 = 1 << 16;
    pub const CUE_VERB: u64 = 1 << 17;
    /// The first word of some claim-marker phrase: only these tokens are
    /// looked up in the marker lexicons.
    pub const MARKER_START: u64 = 1 << 18;
    /// The first word of a cue phrase ("according to").
    pub const PHRASE_START: u64 = 1 << 19;
    /// A noun that states a position in "SOURCE's criticism of X".
    pub const STANCE_NOUN: u64 = 1 << 20;
    /// The first word of a phrase that is no cue ("think tank").
    pub const NOT_CUE_START: u64 = 1 << 21;
    /// An adjective of a stance held: "are confident that".
    pub const STANCE_ADJECTIVE: u64 = 1 << 22;
    /// A verb that publishes a document: "released a statement saying".
    pub const PUBLISHING_VERB: u64 = 1 << 23;
    /// A feeling a light verb states: "expressed confidence that".
    pub const FEELING_NOUN: u64 = 1 << 24;
    /// The grammar's closed classes (`detect::tokens`: determiners, forms
    /// of "be", auxiliaries, quantifiers, prepositions), as bits, since the
    /// grammar asks them of most words it reads and a list is a scan.
    pub const DETERMINER: u64 = 1 << 25;
    pub const BE_FORM: u64 = 1 << 26;
    pub const AUXILIARY: u64 = 1 << 27;
    pub const QUANTIFIER: u64 = 1 << 28;
    pub const PREPOSITION: u64 = 1 << 29;
    /// A punctuation token that is a double quotation mark (set by the
    /// word view, not the vocabulary).
    pub const QUOTE_MARK: u64 = 1 << 30;
    /// A verb of receiving a stance: "drew" in "drew criticism from".
    pub const REACTION_VERB: u64 = 1 << 31;
    /// A word ending in "-ly" that is no adverb ("family", "rally").
    pub const NOT_ADVERB: u64 = 1 << 32;
    /// An occasion of speaking ("interview", "rally"): "in an interview"
    /// says where words were said, not what.
    pub const OCCASION: u64 = 1 << 33;
    /// The first word of a vague quantifier, a vague group or an anonymous
    /// qualifier: the source classifier looks those phrases up only there.
    pub const SOURCE_PHRASE_START: u64 = 1 << 34;
    /// An irregular past tense of a verb that is no cue ("stood", "met",
    /// "began"): like a form in -ed, it ends the noun phrase before it.
    pub const PAST_TENSE: u64 = 1 << 35;
    /// A noun that heads a reduced object relative ("something", "the
    /// reason"): a name after it opens the relative clause.
    pub const RELATIVE_HEAD: u64 = 1 << 36;
    /// A verb that publishes the document after it ("released its findings").
    pub const DOCUMENT_VERB: u64 = 1 << 37;
    /// A day of the week ("said Tuesday."), also a TIME word.
    pub const WEEKDAY: u64 = 1 << 38;
    pub const CLOSED_CLASS: u64 = DETERMINER | BE_FORM | AUXILIARY | QUANTIFIER | PREPOSITION;
    /// Words at which some construction of the grammar can begin; the
    /// grammar tries its constructions only there (and at a colon).
    pub const CONSTRUCTION_START: u64 = PHRASE_START
        | LIGHT_VERB
        | CUE_NOUN
        | AGENTLESS
        | PASSIVE_AGENT
        | CUE_VERB
        | HEDGE_ADVERB
        | HEDGE_ADJECTIVE
        | STANCE_ADJECTIVE
        | STANCE_NOUN
        | REACTION_VERB
        | DOCUMENT_VERB;
}

/// How a verb form is used: finite forms can head a clause on their own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    Present,
    Past,
    Ing,
}

#[derive(Debug, Clone)]
pub struct VerbMatch {
    /// Words after the first one, for phrasal cues ("call for", "point out").
    pub rest: Vec<String>,
    pub lemma: u16,
    pub form: VerbForm,
}

#[derive(Debug, Clone)]
pub struct Lemma {
    pub text: String,
    pub class: CueClass,
    pub stance: Stance,
    pub takes_addressee: bool,
    /// "see X as Y", "cast him as weak": the object and its "as" phrase are
    /// the content.
    pub takes_as_complement: bool,
    /// "calls it “the least bad option”": an object and the label given it.
    pub labels_object: bool,
    /// "He continued, “…”" but "Trump continued his push": words said only
    /// next to a quotation, a that-clause or remarks.
    pub reports_only_quotations: bool,
    /// "Democratic leaders are worried about …": in the passive, the
    /// subject holds the view; it is not what is said.
    pub experiencer: bool,
    /// "Forbes put his net worth at $45 billion": a cue only with an
    /// object and the amount it is put at.
    pub needs_amount: bool,
}

/// Multi-word phrases, matched word by word from a first-word index. Each
/// phrase carries a tag (which lexicon it is from), so that several lexicons
/// share one lookup per word.
#[derive(Debug, Default)]
pub struct PhraseSet {
    by_first: HashMap<String, Vec<(u32, Vec<String>)>>,
}

impl PhraseSet {
    pub fn new<'a>(phrases: impl IntoIterator<Item = &'a String>) -> PhraseSet {
        let mut set = PhraseSet::default();
        for p in phrases {
            set.insert(0, p);
        }
        set
    }

    fn insert(&mut self, tag: u32, phrase: &str) {
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        if let Some(first) = words.first() {
            let list = self.by_first.entry(first.clone()).or_default();
            list.push((tag, words[1..].to_vec()));
            list.sort_by_key(|(_, rest)| std::cmp::Reverse(rest.len()));
        }
    }

    /// The length in words of the longest phrase starting at word 0 of `word`.
    pub fn match_at<'a>(&self, word: impl Fn(usize) -> Option<&'a str>) -> Option<usize> {
        self.matches_at(word).next().map(|(_, len)| len)
    }

    /// Every phrase starting at word 0 of `word`, longest first, as (tag,
    /// length in words).
    // Inlined into the per-word loop of `analyse::markers` this cost 7M
    // more instructions on train (callgrind: 577.2M → 570.3M kept apart).
    #[inline(never)]
    pub fn matches_at<'a>(
        &self,
        word: impl Fn(usize) -> Option<&'a str>,
    ) -> impl Iterator<Item = (u32, usize)> {
        let rests = word(0).and_then(|first| self.by_first.get(first));
        rests
            .into_iter()
            .flatten()
            .filter(move |(_, rest)| rest.iter().enumerate().all(|(i, w)| word(i + 1) == Some(w)))
            .map(|(tag, rest)| (*tag, rest.len() + 1))
    }
}

/// The claim-marker lexicons: one phrase set tagged by lexicon, and the
/// lexicons' names.
#[derive(Debug)]
pub struct MarkerLexicons {
    pub phrases: PhraseSet,
    pub names: Vec<Arc<str>>,
}

/// Names of the claim markers the analysis finds by construction rather
/// than by lexicon, shared by every marker found.
#[derive(Debug)]
pub struct BuiltInMarkers {
    pub number: Arc<str>,
    pub comparative: Arc<str>,
    pub superlative: Arc<str>,
}

impl BuiltInMarkers {
    fn names(&self) -> [&str; 3] {
        [&self.number, &self.comparative, &self.superlative]
    }
}

/// Single-word flags, looked up once per word of the text. Nine words in
/// ten of news have eight bytes or fewer: those are keyed by their bytes
/// packed into an integer, so a lookup hashes and compares one integer
/// instead of a string (20 → 12.5 ns a lookup, measured over the words of
/// PolNeAR train). No word contains NUL, so the zero padding keeps keys
/// distinct.
#[derive(Debug, Default)]
struct WordFlags {
    short: HashMap<u64, u64>,
    long: HashMap<String, u64>,
}

impl WordFlags {
    fn pack(word: &str) -> Option<u64> {
        WordFlags::pack_with(word, |b| b)
    }

    /// The key of `word` with each byte mapped (lowercased, say) on the way.
    fn pack_with(word: &str, byte: impl Fn(u8) -> u8) -> Option<u64> {
        let bytes = word.as_bytes();
        (bytes.len() <= 8).then(|| {
            bytes
                .iter()
                .rev()
                .fold(0, |key, &b| key << 8 | u64::from(byte(b)))
        })
    }

    fn get(&self, word: &str) -> u64 {
        match WordFlags::pack(word) {
            Some(key) => self.get_packed(key),
            None => self.long.get(word).copied().unwrap_or(0),
        }
    }

    fn get_packed(&self, key: u64) -> u64 {
        self.short.get(&key).copied().unwrap_or(0)
    }

    fn add(&mut self, word: &str, bit: u64) {
        let entry = match WordFlags::pack(word) {
            Some(key) => self.short.entry(key).or_default(),
            None => self.long.entry(word.to_string()).or_default(),
        };
        *entry |= bit;
    }
}

pub struct Vocabulary {
    flags: WordFlags,
    verbs: HashMap<String, Vec<VerbMatch>>,
    pub lemmas: Vec<Lemma>,
    stance_adjectives: HashMap<String, StanceAdjective>,
    pub phrases: Vec<Vec<String>>,
    pub vague_quantifiers: PhraseSet,
    pub vague_groups: PhraseSet,
    pub anonymous_qualifiers: PhraseSet,
    /// Connectives that open a sentence and tie it to the one before
    /// ("Still,", "In fact,"): not part of the words a trailing cue reports.
    pub discourse_connectives: PhraseSet,
    pub markers: MarkerLexicons,
    pub built_in_markers: BuiltInMarkers,
    /// Words that make a figure a statistic ("percent", "million").
    pub scale_words: PhraseSet,
    /// Phrases that start with a cue verb's form but are no cue ("think tank").
    pub not_cues: PhraseSet,
    /// Labels before a colon that introduce a text, not a speaker's words
    /// ("UPDATE:", "Correction:", "Twitter:").
    pub text_labels: PhraseSet,
    participle_only_forms: rustc_hash::FxHashSet<String>,
    /// Cue verbs whose past is their base ("cast", "put", "forecast").
    base_also_past: rustc_hash::FxHashSet<String>,
    survey_heads: rustc_hash::FxHashSet<String>,
    /// Verbs that carry on a stance their subject holds, in every form
    /// ("stepped up his attacks on", "continues her push for").
    pub stance_noun_verbs: PhraseSet,
    /// What a verb of receiving (`flag::REACTION_VERB`) receives: "drew
    /// criticism from".
    reaction_nouns: rustc_hash::FxHashSet<String>,
}

impl Vocabulary {
    pub fn default_set() -> Vocabulary {
        Vocabulary::from_yaml("rules/vocabulary.yaml", DEFAULT_VOCABULARY)
            .expect("the embedded vocabulary is valid (tested)")
    }

    pub fn from_yaml(path: &str, text: &str) -> Result<Vocabulary, LoadError> {
        let file: VocabularyFile = loader::parse(path, text)?;
        compile(file).map_err(|message| LoadError::Invalid {
            path: path.to_string(),
            message,
        })
    }

    pub fn flags(&self, lower: &str) -> u64 {
        self.flags.get(lower)
    }

    /// The flags of `word` in any case ("Sen", "SEN"); a short word is
    /// lowercased in place of a copy, since every sentence end asks this of
    /// the word before its period.
    pub fn flags_any_case(&self, word: &str) -> u64 {
        match WordFlags::pack_with(word, |b| b.to_ascii_lowercase()) {
            Some(key) => self.flags.get_packed(key),
            None => self.flags(&word.to_ascii_lowercase()),
        }
    }

    /// The flags of `word`, which starts at byte `at` of `text`, the
    /// lowercased text around it: a short word is read with one load of the
    /// eight bytes from `at` (see `WordFlags`).
    pub fn flags_in(&self, text: &[u8], at: usize, word: &str) -> u64 {
        let len = word.len();
        match text.get(at..at + 8) {
            Some(eight) if (1..=8).contains(&len) => {
                let bytes = u64::from_le_bytes(eight.try_into().expect("eight bytes"));
                self.flags.get_packed(bytes & (u64::MAX >> (64 - 8 * len)))
            }
            _ => self.flags(word),
        }
    }

    /// Whether the cue verb form `lower` is only ever a participle
    /// ("known", "seen"), never a past tense.
    pub fn is_participle_only(&self, lower: &str) -> bool {
        self.participle_only_forms.contains(lower)
    }

    /// Whether the cue verb `lower` is its own past ("cast", "put"): read
    /// as a base form, it may still be a past tense.
    pub fn is_base_also_past(&self, lower: &str) -> bool {
        self.base_also_past.contains(lower)
    }

    /// Whether `lower` names a document of respondents' answers ("poll",
    /// "survey"): what they said there is the document's finding.
    pub fn is_survey_head(&self, lower: &str) -> bool {
        self.survey_heads.contains(lower)
    }

    /// What the stance adjective `lower` needs to be a cue, if it is one.
    pub fn stance_adjective(&self, lower: &str) -> Option<&StanceAdjective> {
        self.stance_adjectives.get(lower)
    }

    /// Whether `lower` is a stance a verb of receiving receives: "criticism"
    /// in "drew criticism from".
    pub fn is_reaction_noun(&self, lower: &str) -> bool {
        self.reaction_nouns.contains(lower)
    }

    pub fn verb(&self, lower: &str) -> &[VerbMatch] {
        self.verbs.get(lower).map_or(&[], Vec::as_slice)
    }

    /// The cue verb `lower` begins when the words after it (`after(k)`, the
    /// k-th, lowercased) complete it: "call" only as "call for", "call on"
    /// or "call" itself.
    pub fn verb_with_particles<'a>(
        &self,
        lower: &str,
        after: impl Fn(usize) -> Option<&'a str>,
    ) -> Option<&VerbMatch> {
        self.verb(lower).iter().find(|m| {
            m.rest
                .iter()
                .enumerate()
                .all(|(k, r)| after(k) == Some(r.as_str()))
        })
    }

    /// Every claim marker a sentence can carry: the lexicons' and the
    /// built-in ones.
    pub fn marker_names(&self) -> impl Iterator<Item = &str> {
        self.markers
            .names
            .iter()
            .map(|n| &**n)
            .chain(self.built_in_markers.names())
    }
}

fn compile(file: VocabularyFile) -> Result<Vocabulary, String> {
    let doubling: HashSet<&str> = file.doubling.iter().map(String::as_str).collect();
    let addressee: HashSet<&str> = file.addressee_verbs.iter().map(String::as_str).collect();
    let as_complement: HashSet<&str> = file
        .as_complement_verbs
        .iter()
        .map(String::as_str)
        .collect();
    let experiencer: HashSet<&str> = file.experiencer_verbs.iter().map(String::as_str).collect();
    let amount: HashSet<&str> = file.amount_verbs.iter().map(String::as_str).collect();
    let labelling: HashSet<&str> = file.labelling_verbs.iter().map(String::as_str).collect();
    let quotation: HashSet<&str> = file.quotation_verbs.iter().map(String::as_str).collect();
    let mut lemmas: Vec<Lemma> = Vec::new();
    let mut verbs: HashMap<String, Vec<VerbMatch>> = HashMap::default();
    let mut seen: HashMap<String, CueClass> = HashMap::default();
    let mut base_also_past = rustc_hash::FxHashSet::default();
    for group in &file.cue_verbs {
        for lemma in &group.lemmas {
            if let Some(class) = seen.insert(lemma.clone(), group.class) {
                return Err(format!(
                    "cue verb '{lemma}' is listed twice (in classes {class:?} and {:?}); keep one",
                    group.class
                ));
            }
            let id = u16::try_from(lemmas.len()).map_err(|_| "too many cue verbs".to_string())?;
            lemmas.push(Lemma {
                text: lemma.clone(),
                class: group.class,
                stance: group.stance,
                takes_addressee: addressee.contains(lemma.as_str()),
                takes_as_complement: as_complement.contains(lemma.as_str()),
                labels_object: labelling.contains(lemma.as_str()),
                reports_only_quotations: quotation.contains(lemma.as_str()),
                experiencer: experiencer.contains(lemma.as_str()),
                needs_amount: amount.contains(lemma.as_str()),
            });
            for (form_text, form) in all_forms_of(lemma, &doubling, &file.irregular) {
                let mut words = form_text.split(' ').map(str::to_string);
                let first = words.next().unwrap_or_default();
                let entry = VerbMatch {
                    rest: words.collect(),
                    lemma: id,
                    form,
                };
                let list = verbs.entry(first).or_default();
                if let Some(base) = list
                    .iter()
                    .find(|m| m.rest == entry.rest && m.lemma == id && m.form == VerbForm::Base)
                    && form == VerbForm::Past
                    && base.rest.is_empty()
                {
                    base_also_past.insert(form_text.clone());
                }
                if !list.iter().any(|m| m.rest == entry.rest && m.lemma == id) {
                    list.push(entry);
                    list.sort_by_key(|m| std::cmp::Reverse(m.rest.len()));
                }
            }
        }
    }

    if file.claim_markers.len() > 64 {
        return Err(format!(
            "{} claim-marker lexicons are listed; at most 64 are supported",
            file.claim_markers.len()
        ));
    }
    let heads: HashSet<&str> = seen
        .keys()
        .map(|l| l.split(' ').next().unwrap_or_default())
        .chain(
            file.light_verbs
                .iter()
                .chain(&file.participle_cues)
                .chain(&file.stance_noun_verbs)
                .chain(&file.reaction_verbs)
                .map(|l| l.split(' ').next().unwrap_or_default()),
        )
        .collect();
    if let Some(unused) = file
        .irregular
        .keys()
        .find(|k| !seen.contains_key(*k) && !heads.contains(k.as_str()))
    {
        return Err(format!(
            "irregular forms are listed for '{unused}', which is no cue verb, nor the first word of one, nor of a light, participle or stance-noun verb"
        ));
    }
    let mut flags = WordFlags::default();
    for form in verbs.keys() {
        flags.add(form, flag::CUE_VERB);
    }
    let mut set = |words: &[String], bit: u64| {
        for w in words {
            flags.add(&w.to_lowercase(), bit);
        }
    };
    set(&file.pronouns, flag::PRONOUN);
    set(&file.relative_pronouns, flag::RELATIVE);
    set(&file.cue_modifiers, flag::MODIFIER);
    set(&file.not_adverbs, flag::NOT_ADVERB);
    set(&file.time_words, flag::TIME);
    set(&file.weekdays, flag::TIME | flag::WEEKDAY);
    set(&file.time_lead_words, flag::TIME_LEAD);
    set(&file.hedge_adverbs, flag::HEDGE_ADVERB);
    set(&file.hedge_adjectives, flag::HEDGE_ADJECTIVE);
    let mut stance_adjectives = HashMap::default();
    for group in &file.stance_adjectives {
        set(&group.words, flag::STANCE_ADJECTIVE);
        for word in &group.words {
            let adjective = StanceAdjective {
                class: group.class,
                complement: group.complement.to_lowercase(),
            };
            if stance_adjectives
                .insert(word.to_lowercase(), adjective)
                .is_some()
            {
                return Err(format!(
                    "stance adjective '{word}' is listed twice; keep one"
                ));
            }
        }
    }
    set(&file.agentless_participles, flag::AGENTLESS);
    set(&file.passive_agent_participles, flag::PASSIVE_AGENT);
    set(&file.anonymous_heads, flag::ANONYMOUS_HEAD);
    set(&file.document_heads, flag::DOCUMENT_HEAD);
    set(&file.abbreviations, flag::ABBREVIATION);
    set(&file.clause_words, flag::CLAUSE);
    set(&file.noun_homographs, flag::HOMOGRAPH);
    set(&file.past_tense_forms, flag::PAST_TENSE);
    set(&file.relative_heads, flag::RELATIVE_HEAD);
    // a phrase is looked up only at a word that can start it
    let first_words = |phrases: &mut dyn Iterator<Item = &String>| -> Vec<String> {
        phrases
            .filter_map(|p| p.split_whitespace().next().map(str::to_string))
            .collect()
    };
    set(
        &first_words(&mut file.claim_markers.values().flatten()),
        flag::MARKER_START,
    );
    set(
        &first_words(&mut file.cue_phrases.iter()),
        flag::PHRASE_START,
    );
    set(&first_words(&mut file.not_cues.iter()), flag::NOT_CUE_START);
    set(
        &first_words(
            &mut file
                .vague_quantifiers
                .iter()
                .chain(&file.vague_groups)
                .chain(&file.anonymous_qualifiers),
        ),
        flag::SOURCE_PHRASE_START,
    );
    let with_plurals = |nouns: &[String]| -> Vec<String> {
        nouns.iter().flat_map(|n| [n.clone(), plural(n)]).collect()
    };
    set(&with_plurals(&file.cue_nouns), flag::CUE_NOUN);
    set(&with_plurals(&file.occasion_nouns), flag::OCCASION);
    set(&with_plurals(&file.stance_nouns), flag::STANCE_NOUN);
    set(&with_plurals(&file.feeling_nouns), flag::FEELING_NOUN);
    // ("made", "brought", "kept up": as the cue verbs are inflected)
    let all_forms = |lemmas: &[String]| -> Vec<String> {
        lemmas
            .iter()
            .flat_map(|l| all_forms_of(l, &doubling, &file.irregular))
            .map(|(f, _)| f)
            .collect()
    };
    set(&all_forms(&file.light_verbs), flag::LIGHT_VERB);
    set(&file.publishing_verbs, flag::PUBLISHING_VERB);
    set(&file.document_verbs, flag::DOCUMENT_VERB);
    set(&all_forms(&file.reaction_verbs), flag::REACTION_VERB);
    let participles: Vec<String> = all_forms(&file.participle_cues)
        .into_iter()
        .filter(|f| f.ends_with("ing"))
        .chain(["saying".to_string()])
        .collect();
    set(&participles, flag::PARTICIPLE_CUE);
    use crate::detect::tokens::{AUXILIARIES, BE_FORMS, DETERMINERS, PREPOSITIONS, QUANTIFIERS};
    for (words, bit) in [
        (DETERMINERS, flag::DETERMINER),
        (BE_FORMS, flag::BE_FORM),
        (AUXILIARIES, flag::AUXILIARY),
        (QUANTIFIERS, flag::QUANTIFIER),
        (PREPOSITIONS, flag::PREPOSITION),
    ] {
        for w in words {
            flags.add(w, bit);
        }
    }

    Ok(Vocabulary {
        flags,
        verbs,
        lemmas,
        stance_adjectives,
        phrases: file
            .cue_phrases
            .iter()
            .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
            .collect(),
        scale_words: PhraseSet::new(&file.scale_words),
        not_cues: PhraseSet::new(&file.not_cues),
        text_labels: PhraseSet::new(&file.text_labels),
        participle_only_forms: file.participle_only_forms.iter().cloned().collect(),
        base_also_past,
        survey_heads: file.survey_heads.iter().map(|w| w.to_lowercase()).collect(),
        stance_noun_verbs: PhraseSet::new(&all_forms(&file.stance_noun_verbs)),
        reaction_nouns: file
            .reaction_nouns
            .iter()
            .map(|w| w.to_lowercase())
            .collect(),
        vague_quantifiers: PhraseSet::new(&file.vague_quantifiers),
        vague_groups: PhraseSet::new(&file.vague_groups),
        anonymous_qualifiers: PhraseSet::new(&file.anonymous_qualifiers),
        discourse_connectives: PhraseSet::new(&file.discourse_connectives),
        markers: {
            let mut phrases = PhraseSet::default();
            for (tag, words) in (0u32..).zip(file.claim_markers.values()) {
                for w in words {
                    phrases.insert(tag, w);
                }
            }
            let names = file
                .claim_markers
                .keys()
                .map(|n| Arc::from(n.as_str()))
                .collect();
            MarkerLexicons { phrases, names }
        },
        built_in_markers: BuiltInMarkers {
            number: Arc::from("number"),
            comparative: Arc::from("comparative"),
            superlative: Arc::from("superlative"),
        },
    })
}

fn plural(noun: &str) -> String {
    if noun.ends_with('s') || noun.ends_with("sh") || noun.ends_with("ch") {
        format!("{noun}es")
    } else if let Some(stem) = noun.strip_suffix('y') {
        format!("{stem}ies")
    } else {
        format!("{noun}s")
    }
}

/// Regular inflections of a (possibly phrasal) verb lemma: base, third
/// person singular, past and -ing forms.
/// Every form of `lemma`: its regular inflections, doubling as its head does
/// ("refer to" -> "referred to"), and the irregular forms listed for it or
/// for its head ("make the case" -> "made the case").
fn all_forms_of(
    lemma: &str,
    doubling: &HashSet<&str>,
    irregular: &BTreeMap<String, Vec<String>>,
) -> Vec<(String, VerbForm)> {
    let head = lemma.split(' ').next().unwrap_or_default();
    let mut forms = inflect(lemma, doubling.contains(head));
    let rest = lemma.strip_prefix(head).unwrap_or_default();
    let head_forms = (!rest.is_empty())
        .then(|| irregular.get(head))
        .flatten()
        .into_iter()
        .flatten()
        .map(|form| format!("{form}{rest}"));
    let own_forms = irregular.get(lemma).into_iter().flatten().cloned();
    for form in own_forms.chain(head_forms) {
        let kind = if form.ends_with("ing") {
            VerbForm::Ing
        } else {
            VerbForm::Past
        };
        forms.push((form, kind));
    }
    forms
}

fn inflect(lemma: &str, doubles: bool) -> Vec<(String, VerbForm)> {
    let (head, rest) = match lemma.split_once(' ') {
        Some((h, r)) => (h, format!(" {r}")),
        None => (lemma, String::new()),
    };
    let consonant_y = head.len() > 1
        && head.ends_with('y')
        && !matches!(head.as_bytes()[head.len() - 2], b'a' | b'e' | b'o' | b'u');
    let (present, past, ing) = if consonant_y {
        let stem = &head[..head.len() - 1];
        (
            format!("{stem}ies"),
            format!("{stem}ied"),
            format!("{head}ing"),
        )
    } else if let Some(stem) = head.strip_suffix('e') {
        (format!("{head}s"), format!("{head}d"), format!("{stem}ing"))
    } else if ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|s| head.ends_with(s))
    {
        (
            format!("{head}es"),
            format!("{head}ed"),
            format!("{head}ing"),
        )
    } else if doubles {
        let last = &head[head.len() - 1..];
        (
            format!("{head}s"),
            format!("{head}{last}ed"),
            format!("{head}{last}ing"),
        )
    } else {
        (
            format!("{head}s"),
            format!("{head}ed"),
            format!("{head}ing"),
        )
    };
    vec![
        (format!("{head}{rest}"), VerbForm::Base),
        (format!("{present}{rest}"), VerbForm::Present),
        (format!("{past}{rest}"), VerbForm::Past),
        (format!("{ing}{rest}"), VerbForm::Ing),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A word read in place (eight bytes loaded and masked) has the flags
    /// of the word looked up alone: short and long words, at the end of
    /// the text where fewer than eight bytes follow, next to other words.
    #[test]
    fn flags_read_in_place_match_flags_of_the_word() {
        let v = Vocabulary::default_set();
        let text = "he said the accusations were reportedly leveled by officials. says";
        let mut at = 0;
        for word in text.split(' ') {
            let word = word.trim_end_matches('.');
            assert_eq!(
                v.flags_in(text.as_bytes(), at, word),
                v.flags(word),
                "{word:?} at {at}"
            );
            at = text[at..].find(' ').map_or(text.len(), |n| at + n + 1);
        }
        assert_ne!(v.flags_in(b"says", 0, "says") & flag::CUE_VERB, 0);
        assert_eq!(v.flags_in(b"saysomething", 0, "says"), v.flags("says"));
    }

    #[test]
    fn flags_in_any_case_match_flags_of_the_lowercase_word() {
        let v = Vocabulary::default_set();
        for word in [
            "Sen",
            "SEN",
            "sen",
            "Gov",
            "said",
            "SAID",
            "Reportedly",
            "ACCUSATIONS",
        ] {
            assert_eq!(
                v.flags_any_case(word),
                v.flags(&word.to_ascii_lowercase()),
                "{word}"
            );
        }
        assert_ne!(v.flags_any_case("SEN") & flag::ABBREVIATION, 0);
        assert_eq!(v.flags_any_case("Senate") & flag::ABBREVIATION, 0);
    }

    fn forms(lemma: &str, doubles: bool) -> Vec<String> {
        inflect(lemma, doubles)
            .into_iter()
            .map(|(f, _)| f)
            .collect()
    }

    #[test]
    fn inflects_regular_and_phrasal_lemmas() {
        assert_eq!(
            forms("claim", false),
            ["claim", "claims", "claimed", "claiming"]
        );
        assert_eq!(
            forms("state", false),
            ["state", "states", "stated", "stating"]
        );
        assert_eq!(
            forms("deny", false),
            ["deny", "denies", "denied", "denying"]
        );
        assert_eq!(
            forms("admit", true),
            ["admit", "admits", "admitted", "admitting"]
        );
        assert_eq!(
            forms("call for", false),
            ["call for", "calls for", "called for", "calling for"]
        );
        assert_eq!(
            forms("echo", false),
            ["echo", "echoes", "echoed", "echoing"]
        );
    }

    #[test]
    fn a_phrasal_lemma_takes_its_heads_irregular_forms() {
        let vocab = Vocabulary::default_set();
        let lemma_of = |form: &str, rest: &[&str]| {
            vocab
                .verb_with_particles(form, |k| rest.get(k).copied())
                .map(|m| vocab.lemmas[m.lemma as usize].text.as_str())
        };
        assert_eq!(lemma_of("went", &["on", "to", "say"]), Some("go on to say"));
        assert_eq!(lemma_of("goes", &["on", "to", "say"]), Some("go on to say"));
        assert_eq!(lemma_of("made", &["the", "case"]), Some("make the case"));
        assert_eq!(lemma_of("spoke", &["out"]), Some("speak out"));
    }

    #[test]
    fn irregular_forms_of_no_cue_verb_are_an_error() {
        let text = DEFAULT_VOCABULARY.replace("irregular:\n", "irregular:\n  swim: [swam]\n");
        let err = Vocabulary::from_yaml("v.yaml", &text).err().unwrap();
        assert!(err.to_string().contains("'swim'"), "{err}");
    }

    #[test]
    fn embedded_vocabulary_loads_with_irregular_forms() {
        let v = Vocabulary::default_set();
        let referred = &v.verb("referred")[0];
        assert_eq!(v.lemmas[referred.lemma as usize].text, "refer to");
        assert_eq!(referred.rest, ["to"]);
        let said = &v.verb("said")[0];
        assert_eq!(v.lemmas[said.lemma as usize].text, "say");
        assert_eq!(
            v.lemmas[v.verb("claims")[0].lemma as usize].stance,
            Stance::Loaded
        );
        assert_ne!(v.flags("reportedly") & flag::HEDGE_ADVERB, 0);
        assert_ne!(v.flags("accusations") & flag::CUE_NOUN, 0);
        assert_ne!(v.flags("stating") & flag::PARTICIPLE_CUE, 0);
        assert_ne!(v.flags("leveled") & flag::LIGHT_VERB, 0);
        // a phrasal lemma takes its head's irregular past
        assert!(v.verb("came").iter().any(|m| m.rest == ["out", "against"]));
        // a light verb's irregular forms are light verbs too
        assert_ne!(v.flags("made") & flag::LIGHT_VERB, 0);
        assert_ne!(v.flags("brought") & flag::LIGHT_VERB, 0);
    }

    #[test]
    fn a_stance_adjective_listed_twice_is_an_error() {
        let text = DEFAULT_VOCABULARY.replace("words: [eager]", "words: [eager, hopeful]");
        let err = Vocabulary::from_yaml("v.yaml", &text).err().unwrap();
        assert!(
            err.to_string().contains("'hopeful' is listed twice"),
            "{err}"
        );
    }

    #[test]
    fn a_lemma_listed_twice_is_an_error() {
        let text =
            DEFAULT_VOCABULARY.replace("lemmas: [seem, appear, sound]", "lemmas: [seem, say]");
        let err = Vocabulary::from_yaml("v.yaml", &text).err().unwrap();
        assert!(err.to_string().contains("'say' is listed twice"), "{err}");
    }

    #[test]
    fn phrase_set_prefers_the_longest_phrase() {
        let set = PhraseSet::new(&["a number of".to_string(), "a".to_string()]);
        let words = ["a", "number", "of", "critics"];
        assert_eq!(set.match_at(|i| words.get(i).copied()), Some(3));
    }
}
