//! Byte spans into the user's input, and the line index that turns them into
//! line/column once, at report time.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the original input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    pub fn text(self, src: &str) -> &str {
        &src[self.start as usize..self.end as usize]
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

/// 1-based line and character column of a byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: u32,
    pub column: u32,
}

/// Start offsets of every line (`\n`, `\r\n` and a lone `\r` all end a
/// line), and character counts at fixed byte intervals, so that a column
/// costs the same on a 1 MB line as on a short one.
pub struct LineIndex {
    starts: Vec<u32>,
    /// Characters before byte `k * BLOCK`.
    chars_before_block: Vec<u32>,
}

const BLOCK: usize = 256;

/// A UTF-8 byte that starts a character.
fn starts_char(b: u8) -> bool {
    b & 0xC0 != 0x80
}

impl LineIndex {
    /// Built in parallel pieces: for one large file it is otherwise a serial
    /// step before any finding is written.
    pub fn new(src: &str) -> LineIndex {
        use rayon::prelude::*;
        let bytes = src.as_bytes();
        // whole blocks per piece, so that the block counts join in order
        let piece =
            (bytes.len() / (4 * rayon::current_num_threads()) / BLOCK + 1).max(4096) * BLOCK;
        let pieces: Vec<(Vec<u32>, Vec<u32>)> = bytes
            .par_chunks(piece)
            .enumerate()
            .map(|(k, chunk)| {
                let base = k * piece;
                let mut starts = Vec::new();
                for i in memchr::memchr2_iter(b'\n', b'\r', chunk).map(|i| base + i) {
                    let ends_line = bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n');
                    if ends_line {
                        starts.push(i as u32 + 1);
                    }
                }
                // news is mostly ASCII, and `is_ascii` checks a word at a time
                let counts = chunk
                    .chunks(BLOCK)
                    .map(|block| {
                        if block.is_ascii() {
                            block.len() as u32
                        } else {
                            block.iter().filter(|&&b| starts_char(b)).count() as u32
                        }
                    })
                    .collect();
                (starts, counts)
            })
            .collect();
        let mut starts = vec![0];
        let mut chars_before_block = Vec::with_capacity(bytes.len() / BLOCK + 2);
        let mut chars = 0u32;
        for (piece_starts, counts) in pieces {
            starts.extend(piece_starts);
            for n in counts {
                chars_before_block.push(chars);
                chars += n;
            }
        }
        chars_before_block.push(chars);
        LineIndex {
            starts,
            chars_before_block,
        }
    }

    /// Characters in `src[..offset]`.
    fn chars_before(&self, src: &str, offset: usize) -> usize {
        let block = offset / BLOCK;
        let counted = self.chars_before_block[block] as usize;
        counted
            + src.as_bytes()[block * BLOCK..offset]
                .iter()
                .filter(|&&b| starts_char(b))
                .count()
    }

    pub fn line_col(&self, src: &str, offset: u32) -> LineCol {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let line_start = self.starts[line] as usize;
        let column =
            self.chars_before(src, offset as usize) - self.chars_before(src, line_start) + 1;
        LineCol {
            line: line as u32 + 1,
            column: column as u32,
        }
    }

    /// Byte range of the 1-based line, without its terminator.
    pub fn line_span(&self, src: &str, line: u32) -> Span {
        let i = line as usize - 1;
        let start = self.starts[i] as usize;
        let end = self.starts.get(i + 1).map_or(src.len(), |&e| e as usize);
        let text = src[start..end].trim_end_matches(['\n', '\r']);
        Span::new(start, start + text.len())
    }

    /// The text of the 1-based line, without its terminator.
    pub fn line_text<'a>(&self, src: &'a str, line: u32) -> &'a str {
        self.line_span(src, line).text(src)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = "Korea’s envoy\nsaid";
        let idx = LineIndex::new(src);
        let envoy = src.find("envoy").unwrap() as u32;
        assert_eq!(idx.line_col(src, envoy), LineCol { line: 1, column: 9 });
        let said = src.find("said").unwrap() as u32;
        assert_eq!(idx.line_col(src, said), LineCol { line: 2, column: 1 });
    }

    #[test]
    fn columns_on_long_multibyte_lines() {
        // ASCII blocks (counted a word at a time) around multibyte ones
        let src = format!(
            "x\n{}{}{}é said",
            "a".repeat(600),
            "ü".repeat(1000),
            "b".repeat(600)
        );
        let idx = LineIndex::new(&src);
        let said = src.find("said").unwrap() as u32;
        assert_eq!(
            idx.line_col(&src, said),
            LineCol {
                line: 2,
                column: 2203
            }
        );
    }

    #[test]
    fn crlf_and_lone_cr_end_lines() {
        let src = "a\r\nb\rc";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_col(src, 3).line, 2);
        assert_eq!(idx.line_col(src, 5), LineCol { line: 3, column: 1 });
        assert_eq!(idx.line_text(src, 1), "a");
        assert_eq!(idx.line_text(src, 2), "b");
    }

    /// A text of several parallel pieces gives the lines and columns that
    /// counting from the start gives, with a CRLF and multibyte characters
    /// astride every piece boundary.
    #[test]
    fn pieces_join_into_one_index() {
        let line = "Seoul’s envoy said — ü\r\nb\rc\n\n";
        let src = line.repeat(3 * (1 << 20) / line.len());
        let idx = LineIndex::new(&src);
        let (mut line_no, mut column) = (1, 1);
        let mut chars = src.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if src.is_char_boundary(at) && at % 97 == 0 {
                let want = LineCol {
                    line: line_no,
                    column,
                };
                assert_eq!(idx.line_col(&src, at as u32), want, "offset {at}");
            }
            let crlf = c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n');
            if c == '\n' || (c == '\r' && !crlf) {
                (line_no, column) = (line_no + 1, 1);
            } else {
                column += 1;
            }
        }
        assert_eq!(idx.starts.len() as u32, line_no);
    }
}
