//! Input: bytes from a file or stdin become a `Document` whose prose is known.
//!
//! Markup is never deleted, only blanked out: `prose` has exactly the bytes of
//! `src`, with everything that is not prose (code, front matter, URLs, HTML)
//! replaced by spaces. Every later offset therefore points into the user's file.

use std::io::Read;
use std::path::Path;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::span::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    /// Markdown by extension, plain text otherwise.
    pub fn from_path(path: &str) -> Format {
        let ext = Path::new(path)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
            "html" | "htm" | "xhtml" => Format::Html,
            _ => Format::Text,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "{path}: not valid UTF-8 (first invalid byte at offset {offset}); --lossy reads it with U+FFFD for invalid bytes"
    )]
    NotUtf8 { path: String, offset: usize },
    #[error("{path}: looks like a binary file (NUL byte at offset {offset})")]
    Binary { path: String, offset: usize },
    #[error("{path}:{line}: expected a JSON object with \"id\" and \"text\": {message}")]
    Record {
        path: String,
        line: usize,
        message: String,
    },
}

/// One line of JSON Lines input: an article with an identifier.
#[derive(serde::Deserialize)]
struct Record {
    id: serde_json::Value,
    text: String,
}

/// Parses one JSON Lines record (`{"id": …, "text": …}`) into a plain-text
/// document whose path is the id.
pub fn from_record(source: &str, line: usize, json: &str) -> Result<Document, InputError> {
    let record: Record = serde_json::from_str(json).map_err(|e| InputError::Record {
        path: source.to_string(),
        line,
        message: e.to_string(),
    })?;
    let id = match record.id {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    };
    Ok(from_string(&id, record.text, Format::Text))
}

#[derive(Debug)]
pub struct Document {
    /// As given on the command line; `-` for stdin.
    pub path: String,
    pub src: String,
    /// `src` with non-prose bytes blanked, where there are any; same length
    /// as `src`. Plain text is mostly all prose, and a second copy of a
    /// large file is memory for nothing.
    blanked: Option<String>,
    pub format: Format,
    /// Prose blocks (paragraphs, headings, list items) in order.
    pub blocks: Vec<Span>,
    /// Where `--lossy` decoding put a U+FFFD for invalid bytes: the offset in
    /// `src` just after each replacement, and the bytes `src` has gained over
    /// the original by then.
    pub replacements: Vec<(u32, u32)>,
    /// Whether "attrib-" occurs anywhere: only then can the text hold a
    /// suppression directive (one search of the whole text, asked twice).
    mentions_attrib: bool,
}

impl Document {
    /// Whether the text can hold a suppression directive at all.
    pub fn may_have_directives(&self) -> bool {
        self.mentions_attrib
    }

    /// The text with non-prose bytes blanked; same length as `src`.
    pub fn prose(&self) -> &str {
        self.blanked.as_deref().unwrap_or(&self.src)
    }

    /// The byte offset in the original input of an offset into `src`.
    pub fn original_offset(&self, offset: u32) -> u32 {
        let i = self.replacements.partition_point(|&(at, _)| at <= offset);
        offset - i.checked_sub(1).map_or(0, |i| self.replacements[i].1)
    }
}

/// How to read input.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    /// Force a format instead of guessing from the extension.
    pub format: Option<Format>,
    /// Decode invalid UTF-8 with replacement characters instead of failing.
    pub lossy: bool,
}

/// Reads `path` (`-` is stdin) and prepares it for analysis.
pub fn load(path: &str, options: ReadOptions) -> Result<Document, InputError> {
    let io_err = |source| InputError::Io {
        path: path.to_string(),
        source,
    };
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(io_err)?;
        buf
    } else {
        read_file(path).map_err(io_err)?
    };
    let format = options.format.unwrap_or_else(|| Format::from_path(path));
    from_bytes(path, bytes, format, options.lossy)
}

/// Files at least this large are read by every thread, a piece each: one
/// thread copying 100 MB from the page cache is a serial step before the
/// analysis can use both cores.
const PARALLEL_READ_BYTES: u64 = 1 << 24;

fn read_file(path: &str) -> std::io::Result<Vec<u8>> {
    #[cfg(unix)]
    {
        use rayon::prelude::*;
        use std::os::unix::fs::FileExt;
        let file = std::fs::File::open(path)?;
        let meta = file.metadata()?;
        let threads = rayon::current_num_threads();
        if meta.is_file() && meta.len() >= PARALLEL_READ_BYTES && threads > 1 {
            let len = meta.len() as usize;
            let mut bytes = vec![0; len];
            let piece = len.div_ceil(threads);
            let whole = bytes
                .par_chunks_mut(piece)
                .enumerate()
                .try_for_each(|(i, chunk)| file.read_exact_at(chunk, (i * piece) as u64));
            // a file that changed size while it was read is read again,
            // whole, the ordinary way
            let mut more = [0; 1];
            if whole.is_ok() && file.read_at(&mut more, len as u64)? == 0 {
                return Ok(bytes);
            }
        }
    }
    std::fs::read(path)
}

pub fn from_bytes(
    path: &str,
    bytes: Vec<u8>,
    format: Format,
    lossy: bool,
) -> Result<Document, InputError> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(InputError::Binary {
            path: path.to_string(),
            offset,
        });
    }
    match String::from_utf8(bytes) {
        Ok(src) => Ok(from_string(path, src, format)),
        Err(e) if lossy => {
            let (src, replacements) = decode_lossy(e.as_bytes());
            let mut doc = from_string(path, src, format);
            doc.replacements = replacements;
            Ok(doc)
        }
        Err(e) => Err(InputError::NotUtf8 {
            path: path.to_string(),
            offset: e.utf8_error().valid_up_to(),
        }),
    }
}

/// Decodes with U+FFFD for each invalid sequence, recording where the text
/// grew so that offsets can be mapped back to the original bytes.
fn decode_lossy(mut bytes: &[u8]) -> (String, Vec<(u32, u32)>) {
    let mut out = String::with_capacity(bytes.len() + 16);
    let mut replacements = Vec::new();
    let mut gained = 0u32;
    loop {
        match std::str::from_utf8(bytes) {
            Ok(rest) => {
                out.push_str(rest);
                return (out, replacements);
            }
            Err(e) => {
                let valid = e.valid_up_to();
                out.push_str(std::str::from_utf8(&bytes[..valid]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(bytes.len() - valid);
                out.push(char::REPLACEMENT_CHARACTER);
                gained += char::REPLACEMENT_CHARACTER.len_utf8() as u32;
                gained -= bad as u32;
                replacements.push((out.len() as u32, gained));
                bytes = &bytes[valid + bad..];
            }
        }
    }
}

pub fn from_string(path: &str, src: String, format: Format) -> Document {
    let mentions_attrib = memchr::memmem::find(src.as_bytes(), b"attrib-").is_some();
    let (blanked, blocks) = match format {
        Format::Text => text_prose(&src, mentions_attrib),
        Format::Markdown => {
            let (prose, blocks) = markdown_prose(&src);
            (Some(prose), blocks)
        }
        Format::Html => {
            let (prose, blocks) = crate::html::prose(&src);
            (Some(prose), blocks)
        }
    };
    Document {
        path: path.to_string(),
        src,
        blanked,
        format,
        blocks,
        replacements: Vec::new(),
        mentions_attrib,
    }
}

/// Longest line of hard-wrapped prose (72-80 characters as a rule).
const MAX_WRAPPED_LINE: usize = 100;

/// Plain text: paragraphs are separated by blank lines, and a line break is
/// a wrap. A text whose lines were not wrapped has one paragraph per line:
/// one with no blank line at all (as wire copy often is), or one where more
/// than a tenth of the lines are longer than any wrap (a web page's text,
/// its headline set off by a blank line).
fn text_prose(src: &str, mentions_attrib: bool) -> (Option<String>, Vec<Span>) {
    let mut blanked: Option<String> = None;
    if src.starts_with('\u{feff}') {
        blanked
            .get_or_insert_with(|| src.to_string())
            .replace_range(0..3, "   ");
    }
    // suppression lines ("[attrib-disable vague-source]") are not prose;
    // blanking them leaves every line where it was (most texts have none)
    if mentions_attrib {
        for line in lines(src) {
            let text = line.text(src).trim();
            if text.starts_with("[attrib-") && text.ends_with(']') {
                let blank = " ".repeat(line.text(src).len());
                blanked
                    .get_or_insert_with(|| src.to_string())
                    .replace_range(line.start as usize..line.end as usize, &blank);
            }
        }
    }
    let prose = blanked.as_deref().unwrap_or(src);
    // the lines are found once, blank ones kept as `None`: this is a serial
    // step before the analysis can use every core (on 100 MB of news, 60 → 38 ms)
    let line_spans: Vec<Option<Span>> = lines(prose)
        .map(|line| (!line.text(prose).trim().is_empty()).then_some(line))
        .collect();
    let blank_lines = line_spans.iter().filter(|l| l.is_none()).count();
    let long_lines = line_spans
        .iter()
        .flatten()
        .filter(|l| (l.end - l.start) as usize > MAX_WRAPPED_LINE)
        .count();
    let line_per_paragraph = blank_lines == 0 || long_lines * 10 > line_spans.len() - blank_lines;
    let mut blocks = Vec::new();
    let mut current: Option<Span> = None;
    for line in line_spans {
        let blank = line.is_none();
        if blank || line_per_paragraph {
            blocks.extend(current.take());
        }
        if let Some(line) = line {
            current = Some(current.map_or(line, |c| c.cover(line)));
        }
    }
    blocks.extend(current);
    (blanked, blocks)
}

/// Spans of each line's content, without the terminator.
fn lines(src: &str) -> impl Iterator<Item = Span> + '_ {
    let bytes = src.as_bytes();
    let mut start = 0;
    let ends = memchr::memchr2_iter(b'\n', b'\r', bytes).filter_map(move |i| {
        if i < start {
            return None; // the \n of a \r\n
        }
        let line = Span::new(start, i);
        start = i + 1;
        if bytes[i] == b'\r' && bytes.get(start) == Some(&b'\n') {
            start += 1;
        }
        Some(line)
    });
    // the last line, when the text does not end with a terminator
    let last = bytes
        .iter()
        .rposition(|&b| b == b'\n' || b == b'\r')
        .map_or(0, |i| i + 1);
    ends.chain((last < bytes.len()).then(|| Span::new(last, bytes.len())))
}

/// Markdown: only text inside paragraphs, headings, list items, block quotes
/// and tables is prose; code, HTML, front matter and link targets are blanked.
fn markdown_prose(src: &str) -> (String, Vec<Span>) {
    let mut keep = vec![false; src.len()];
    let mut blocks = Vec::new();
    let mut code_depth = 0usize;
    let mut block_start: Option<usize> = None;
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
        | Options::ENABLE_TABLES;
    for (event, range) in Parser::new_ext(src, options).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::MetadataBlock(_) | Tag::HtmlBlock) => {
                code_depth += 1
            }
            Event::End(TagEnd::CodeBlock | TagEnd::MetadataBlock(_) | TagEnd::HtmlBlock) => {
                code_depth = code_depth.saturating_sub(1)
            }
            Event::Start(Tag::Paragraph | Tag::Heading { .. } | Tag::TableCell) => {
                block_start = Some(range.start)
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) => {
                if let Some(start) = block_start.take() {
                    blocks.push(Span::new(start, range.end));
                }
            }
            Event::Text(_) if code_depth == 0 => keep[range].fill(true),
            _ => {}
        }
    }
    let mut prose = String::with_capacity(src.len());
    for (i, ch) in src.char_indices() {
        if keep[i] || ch == '\n' || ch == '\r' {
            prose.push(ch);
        } else {
            prose.extend(std::iter::repeat_n(' ', ch.len_utf8()));
        }
    }
    (prose, blocks)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A large file read by several threads in pieces is the file, byte
    /// for byte, pieces of unequal length included.
    #[test]
    fn a_large_file_read_in_pieces_is_read_whole() {
        let len = PARALLEL_READ_BYTES as usize + 12_345;
        let bytes: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        let file = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(file.path(), &bytes).unwrap();
        let path = file.path().to_str().unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(3)
            .build()
            .unwrap();
        let read = pool.install(|| read_file(path)).unwrap();
        assert_eq!(read.len(), bytes.len());
        assert!(read == bytes, "pieces read out of place");
    }

    fn md(src: &str) -> Document {
        from_string("t.md", src.to_string(), Format::Markdown)
    }

    #[test]
    fn markdown_blanks_code_front_matter_and_urls_keeping_offsets() {
        let src = "---\ntitle: x said y\n---\n\nHe [said](http://said.example) it.\n\n```\nthey said so\n```\n\nUse `said` here.\n";
        let doc = md(src);
        assert_eq!(doc.prose().len(), src.len());
        assert!(!doc.prose().contains("title"));
        assert!(!doc.prose().contains("they said so"));
        assert!(!doc.prose().contains("http"));
        assert!(!doc.prose().contains("`said`"));
        let he = doc.prose().find("He").unwrap();
        assert_eq!(&src[he..he + 2], "He");
        assert!(doc.prose().contains("said"));
        assert_eq!(doc.blocks.len(), 2);
    }

    #[test]
    fn text_with_blank_lines_has_paragraph_blocks() {
        let doc = from_string("t.txt", "One.\nTwo.\n\nThree.".into(), Format::Text);
        assert_eq!(doc.blocks.len(), 2);
        assert_eq!(doc.blocks[0].text(&doc.src), "One.\nTwo.");
    }

    #[test]
    fn unwrapped_lines_are_paragraphs_even_after_a_blank_line() {
        // a web page's text: a headline, a blank line, then one paragraph
        // per line, too long to have been wrapped
        let long = "The paragraph goes on and on, well past the width that anyone wraps text at, so its line is its paragraph.";
        let src = format!("Headline\n\n{long}\n{long}\nShort last one.");
        let doc = from_string("t.txt", src.clone(), Format::Text);
        let texts: Vec<_> = doc.blocks.iter().map(|b| b.text(&doc.src)).collect();
        assert_eq!(texts, ["Headline", long, long, "Short last one."]);
        // hard-wrapped prose with one long line (a link) is still wrapped
        let wrapped = format!(
            "One line\nwrapped here.\n\nAnother\nwrapped\nparagraph\nhere\nand\nhere\nand\nhere\n{long}"
        );
        let doc = from_string("t.txt", wrapped, Format::Text);
        assert_eq!(doc.blocks.len(), 2);
    }

    #[test]
    fn text_without_blank_lines_has_one_block_per_line() {
        let doc = from_string("t.txt", "One.\r\nTwo.\nThree.".into(), Format::Text);
        let texts: Vec<_> = doc.blocks.iter().map(|b| b.text(&doc.src)).collect();
        assert_eq!(texts, ["One.", "Two.", "Three."]);
    }

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = from_bytes("bad.txt", b"ok \xff no".to_vec(), Format::Text, false).unwrap_err();
        assert_eq!(
            err.to_string(),
            "bad.txt: not valid UTF-8 (first invalid byte at offset 3); --lossy reads it with U+FFFD for invalid bytes"
        );
    }

    #[test]
    fn lossy_decoding_maps_offsets_back_to_the_original_bytes() {
        let bytes = b"caf\xe9 \xff\xfe said: ok".to_vec();
        let doc = from_bytes("l.txt", bytes.clone(), Format::Text, true).unwrap();
        assert_eq!(doc.src, "caf\u{fffd} \u{fffd}\u{fffd} said: ok");
        let said = doc.src.find("said").unwrap() as u32;
        let original = doc.original_offset(said) as usize;
        assert_eq!(&bytes[original..original + 4], b"said");
        assert_eq!(doc.original_offset(0), 0);
        assert_eq!(doc.original_offset(3), 3, "before the first replacement");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let err = from_bytes("x.bin", b"ab\0c".to_vec(), Format::Text, false).unwrap_err();
        assert!(matches!(err, InputError::Binary { offset: 2, .. }));
    }

    #[test]
    fn bom_is_blanked_but_kept_in_offsets() {
        let doc = from_string("t.txt", "\u{feff}He said.".into(), Format::Text);
        assert_eq!(doc.prose().len(), doc.src.len());
        assert!(doc.prose().starts_with("   He"));
    }
}
