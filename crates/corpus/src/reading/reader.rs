//! Splitting a source text into blocks for the reader, and marking passages in them.

use crate::schema::Span;

/// What a block of source text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading; 1 is the highest level in the source.
    Heading(u8),
    Paragraph,
}

/// A block of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
}

/// Splits `text` into blocks at blank lines. A block that is one line opening with
/// `#` is a heading of that many levels; a line that is wholly `**bold**` is a
/// level-2 heading (the Markdown-like exports use both).
pub fn blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                push_block(text, s, pos, &mut out);
                start = None;
            }
            (false, None) => start = Some(pos),
            _ => {}
        }
        pos += line.len();
    }
    if let Some(s) = start {
        push_block(text, s, text.len(), &mut out);
    }
    out
}

fn push_block(text: &str, start: usize, end: usize, out: &mut Vec<Block>) {
    let raw = &text[start..end];
    let trimmed = raw.trim();
    // Keep the span tight around the visible text.
    let lead = raw.len() - raw.trim_start().len();
    let span = Span {
        start: (start + lead) as u32,
        end: (start + lead + trimmed.len()) as u32,
    };
    let one_line = !trimmed.contains('\n');
    let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
    let kind = if one_line && hashes > 0 {
        BlockKind::Heading(hashes.min(6) as u8)
    } else if one_line
        && trimmed.len() > 4
        && trimmed.starts_with("**")
        && trimmed.ends_with("**")
        && !trimmed[2..trimmed.len() - 2].contains("**")
    {
        BlockKind::Heading(2)
    } else {
        BlockKind::Paragraph
    };
    out.push(Block { kind, span });
}

/// HTML heading levels for the headings among `blocks`, starting at `base` and never
/// skipping a level (the sources' own levels are uneven); one entry per block, `None`
/// for paragraphs.
pub fn heading_levels(blocks: &[Block], base: u8) -> Vec<Option<u8>> {
    let min = blocks
        .iter()
        .filter_map(|b| match b.kind {
            BlockKind::Heading(l) => Some(l),
            BlockKind::Paragraph => None,
        })
        .min()
        .unwrap_or(1);
    let mut prev = base - 1;
    blocks
        .iter()
        .map(|b| match b.kind {
            BlockKind::Heading(l) => {
                let level = (l - min + base).min(prev + 1).min(6);
                prev = level;
                Some(level)
            }
            BlockKind::Paragraph => None,
        })
        .collect()
}

/// A piece of a block: its range, and the indexes of the marks covering it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub span: Span,
    pub marks: Vec<usize>,
}

/// Cuts `block` at every start and end of `marks` inside it. Each piece lists the
/// indexes (into `marks`) of the marks that cover it; pieces cover the block exactly.
pub fn pieces(block: Span, marks: &[Span]) -> Vec<Piece> {
    let mut cuts = vec![block.start, block.end];
    for m in marks {
        for p in [m.start, m.end] {
            if p > block.start && p < block.end {
                cuts.push(p);
            }
        }
    }
    crate::sort_dedup(&mut cuts);
    cuts.windows(2)
        .map(|w| {
            let span = Span {
                start: w[0],
                end: w[1],
            };
            let marks = marks
                .iter()
                .enumerate()
                .filter(|(_, m)| m.start <= span.start && m.end >= span.end && m.start < m.end)
                .map(|(i, _)| i)
                .collect();
            Piece { span, marks }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    #[test]
    fn splits_headings_and_paragraphs() {
        let text = "\n\n# Title\n\n**Intro**\n\nOne line\nsecond line.\n\n\n## **Sub**\nx";
        let b = blocks(text);
        let kinds: Vec<BlockKind> = b.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Heading(1),
                BlockKind::Heading(2),
                BlockKind::Paragraph,
                BlockKind::Paragraph
            ]
        );
        let texts: Vec<&str> = b
            .iter()
            .map(|b| &text[b.span.start as usize..b.span.end as usize])
            .collect();
        assert_eq!(
            texts,
            vec![
                "# Title",
                "**Intro**",
                "One line\nsecond line.",
                "## **Sub**\nx"
            ]
        );
        assert!(blocks("").is_empty());
    }

    #[test]
    fn heading_levels_never_skip() {
        let text = "## A\n\ntext\n\n#### B\n\n### C\n\n## D\n\n###### E";
        let b = blocks(text);
        let levels: Vec<Option<u8>> = heading_levels(&b, 3);
        assert_eq!(
            levels,
            vec![Some(3), None, Some(4), Some(4), Some(3), Some(4)]
        );
        assert!(heading_levels(&blocks("just text"), 3)
            .iter()
            .all(Option::is_none));
    }

    #[test]
    fn cuts_at_marks() {
        let p = pieces(s(10, 30), &[s(12, 20), s(15, 40), s(0, 5)]);
        let got: Vec<(u32, u32, Vec<usize>)> = p
            .iter()
            .map(|p| (p.span.start, p.span.end, p.marks.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (10, 12, vec![]),
                (12, 15, vec![0]),
                (15, 20, vec![0, 1]),
                (20, 30, vec![1])
            ]
        );
    }
}
