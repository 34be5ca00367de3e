//! HTML input: the article's text, with markup blanked in place so that
//! every offset still points into the original file.
//!
//! The text taken is that of the first `<article>`, else `<main>`, else
//! `<body>`, else the whole file, minus elements that are not prose
//! (scripts, styles, navigation, code, forms …). Block-level tags end
//! paragraphs. Character references cannot be decoded without moving text,
//! so each is blanked, keeping only what matters to attribution: a quotation
//! mark for `&ldquo;` and friends, an apostrophe for `&rsquo;`.

use crate::span::Span;

/// Elements whose content is never prose.
const SKIPPED: &[&str] = &[
    "script", "style", "nav", "code", "pre", "noscript", "template", "svg", "head", "form",
    "button", "select", "textarea", "iframe", "object", "math", "aside", "footer",
];

/// Elements that end a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "br",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "figure",
    "figcaption",
    "dd",
    "dt",
    "dl",
    "hr",
    "main",
    "body",
    "title",
];

struct Tag {
    name: String,
    closing: bool,
    /// Byte range of the whole tag, `<` to `>`.
    span: (usize, usize),
}

/// Returns the prose (same length as `src`) and its paragraph blocks.
pub fn prose(src: &str) -> (String, Vec<Span>) {
    let tags = scan_tags(src);
    let (from, to) = body_range(src, &tags);
    let mut keep = vec![false; src.len()];
    keep[from..to].fill(true);
    let mut boundaries = vec![from, to];
    // markup and skipped elements
    let mut skip_depth: Vec<&str> = Vec::new();
    let mut skip_start = 0;
    for tag in &tags {
        keep[tag.span.0..tag.span.1].fill(false);
        let name = tag.name.as_str();
        if BLOCKS.contains(&name) {
            boundaries.push(tag.span.0);
        }
        if let Some(&skipped) = SKIPPED.iter().find(|s| **s == name) {
            if !tag.closing {
                if skip_depth.is_empty() {
                    skip_start = tag.span.1;
                }
                skip_depth.push(skipped);
            } else if skip_depth.last() == Some(&skipped) {
                skip_depth.pop();
                if skip_depth.is_empty() {
                    keep[skip_start..tag.span.0].fill(false);
                    boundaries.push(tag.span.1);
                }
            }
        }
    }
    if !skip_depth.is_empty() {
        keep[skip_start..].fill(false);
    }
    let mut out = String::with_capacity(src.len());
    let mut i = 0;
    while i < src.len() {
        let ch = src[i..].chars().next().unwrap_or(' ');
        let len = ch.len_utf8();
        if !keep[i] {
            out.extend(std::iter::repeat_n(
                if ch == '\n' { '\n' } else { ' ' },
                if ch == '\n' { 1 } else { len },
            ));
        } else if ch == '&' {
            let entity_len = src[i..].find(';').filter(|&e| {
                e <= 10
                    && src[i + 1..i + e]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '#')
            });
            match entity_len {
                Some(e) => {
                    out.push(entity_char(&src[i + 1..i + e]));
                    out.extend(std::iter::repeat_n(' ', e));
                    i += e + 1;
                    continue;
                }
                None => out.push('&'),
            }
        } else {
            out.push(ch);
        }
        i += len;
    }
    boundaries.sort_unstable();
    boundaries.dedup();
    let blocks = boundaries
        .windows(2)
        .filter_map(|w| {
            let text = &out[w[0]..w[1]];
            let start = w[0] + (text.len() - text.trim_start().len());
            let end = w[0] + text.trim_end().len();
            (start < end).then(|| Span::new(start, end))
        })
        .collect();
    (out, blocks)
}

/// The one ASCII character that stands for a character reference.
fn entity_char(name: &str) -> char {
    match name {
        "quot" | "ldquo" | "rdquo" | "bdquo" | "#34" | "#8220" | "#8221" | "#x201C" | "#x201D"
        | "laquo" | "raquo" => '"',
        "rsquo" | "lsquo" | "apos" | "#39" | "#8217" | "#8216" | "#x2019" => '\'',
        "amp" | "#38" => '&',
        "hellip" | "#8230" => '.',
        "mdash" | "ndash" | "#8212" | "#8211" => '-',
        _ => ' ',
    }
}

/// The range the article's text comes from.
fn body_range(src: &str, tags: &[Tag]) -> (usize, usize) {
    for container in ["article", "main", "body"] {
        let open = tags.iter().find(|t| t.name == container && !t.closing);
        if let Some(open) = open {
            let close = tags
                .iter()
                .find(|t| t.name == container && t.closing && t.span.0 >= open.span.1);
            return (open.span.1, close.map_or(src.len(), |c| c.span.0));
        }
    }
    (0, src.len())
}

/// Every tag, comment and declaration, in order. Attribute values may
/// contain `>`; comments run to `-->`.
fn scan_tags(src: &str) -> Vec<Tag> {
    let bytes = src.as_bytes();
    let mut tags = Vec::new();
    let mut i = 0;
    while let Some(offset) = memchr(b'<', &bytes[i..]) {
        let start = i + offset;
        let next = bytes.get(start + 1).copied().unwrap_or(b' ');
        if src[start..].starts_with("<!--") {
            let end = src[start + 4..]
                .find("-->")
                .map_or(src.len(), |e| start + 4 + e + 3);
            tags.push(Tag {
                name: "!--".into(),
                closing: false,
                span: (start, end),
            });
            i = end;
            continue;
        }
        if !(next.is_ascii_alphabetic() || next == b'/' || next == b'!' || next == b'?') {
            i = start + 1;
            continue;
        }
        let mut j = start + 1;
        let mut quote: Option<u8> = None;
        while j < bytes.len() {
            match (quote, bytes[j]) {
                (None, b'>') => break,
                (None, q @ (b'"' | b'\'')) => quote = Some(q),
                (Some(q), c) if c == q => quote = None,
                _ => {}
            }
            j += 1;
        }
        let end = (j + 1).min(bytes.len());
        let inner = &src[start + 1..j.min(src.len())];
        let closing = inner.starts_with('/');
        let name: String = inner
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        tags.push(Tag {
            name,
            closing,
            span: (start, end),
        });
        i = end;
    }
    tags
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_without_markup_scripts_or_navigation() {
        let src = "<html><head><title>T</title><script>var said = 1;</script></head><body>\
                   <nav>Home | said</nav><article><h1>Talks stall</h1>\
                   <p class=\"lead\">Officials <b>said</b> the talks had &ldquo;stalled&rdquo;.</p>\
                   <pre><code>sources said</code></pre><p>Critics say more.</p></article>\
                   <footer>said by nobody</footer></body></html>";
        let (prose, blocks) = prose(src);
        assert_eq!(prose.len(), src.len());
        let texts: Vec<&str> = blocks.iter().map(|b| b.text(&prose)).collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert_eq!(texts[0], "Talks stall");
        assert!(
            texts[1].starts_with("Officials    said     the talks had \""),
            "{}",
            texts[1]
        );
        assert_eq!(texts[2], "Critics say more.");
        assert!(!prose.contains("var") && !prose.contains("Home") && !prose.contains("nobody"));
        // offsets point into the original file
        let said = prose.find("said").unwrap();
        assert_eq!(&src[said..said + 4], "said");
    }

    #[test]
    fn unclosed_and_odd_markup_does_not_panic() {
        for src in [
            "<p>a < b and c > d",
            "<script>never closed",
            "<!-- open comment",
            "<a href='x>y'>z</a>",
            "&",
            "&#x;<",
        ] {
            let (prose, _) = prose(src);
            assert_eq!(prose.len(), src.len());
        }
    }
}
