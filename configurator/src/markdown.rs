//! The rules sheet's Markdown (`ims_checker::rules::sheet::rules_markdown`,
//! the command-line tool's `rules`) read into blocks the page draws as
//! headings, paragraphs, lists, tables and quotes. Only what the sheet writes
//! is read: every text stays text (nothing becomes HTML), and code spans
//! (`` `knee-left` ``) are the one inline mark.

/// A run of text within a block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    /// An id as the sheet quotes it: `` `bleeding` ``.
    Code(String),
}

/// One line of inline runs.
pub type Line = Vec<Inline>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// `#` to `######`.
    Heading { level: u8, line: Line },
    /// Consecutive lines, each kept on its own line.
    Paragraph { lines: Vec<Line> },
    /// `- item` lines.
    List { items: Vec<Line> },
    /// `| a | b |`, a `|---|---|` line, then the rows.
    Table { head: Vec<Line>, rows: Vec<Vec<Line>> },
    /// `> text` lines.
    Quote { lines: Vec<Line> },
}

/// The blocks of `markdown`, in order.
pub fn parse(markdown: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut lines = markdown.lines().peekable();
    while let Some(line) = lines.next() {
        if line.trim().is_empty() {
            continue;
        }
        if let Some((level, text)) = heading(line) {
            blocks.push(Block::Heading {
                level,
                line: inline(text),
            });
        } else if line.starts_with('|') {
            let mut table = vec![line];
            while let Some(next) = lines.next_if(|l| l.starts_with('|')) {
                table.push(next);
            }
            blocks.push(read_table(&table));
        } else if let Some(item) = line.strip_prefix("- ") {
            let mut items = vec![inline(item)];
            while let Some(next) = lines.next_if(|l| l.starts_with("- ")) {
                items.push(inline(&next[2..]));
            }
            blocks.push(Block::List { items });
        } else if let Some(quoted) = line.strip_prefix('>') {
            let mut quote = vec![inline(quoted.trim_start())];
            while let Some(next) = lines.next_if(|l| l.starts_with('>')) {
                quote.push(inline(next[1..].trim_start()));
            }
            blocks.push(Block::Quote { lines: quote });
        } else {
            let mut paragraph = vec![inline(line)];
            while let Some(next) = lines.next_if(|l| !l.trim().is_empty() && !starts_block(l)) {
                paragraph.push(inline(next));
            }
            blocks.push(Block::Paragraph { lines: paragraph });
        }
    }
    blocks
}

fn starts_block(line: &str) -> bool {
    heading(line).is_some() || line.starts_with('|') || line.starts_with("- ") || line.starts_with('>')
}

/// `## Title` → (2, "Title").
fn heading(line: &str) -> Option<(u8, &str)> {
    let hashes = line.chars().take_while(|c| *c == '#').count();
    let text = line.get(hashes..)?.strip_prefix(' ')?;
    let level = u8::try_from(hashes).ok().filter(|level| (1..=6).contains(level))?;
    Some((level, text))
}

fn read_table(lines: &[&str]) -> Block {
    let head = lines.first().map(|line| cells(line)).unwrap_or_default();
    let is_rule = |line: &str| line.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '));
    let rows = lines
        .iter()
        .skip(1)
        .filter(|line| !is_rule(line))
        .map(|line| cells(line))
        .collect();
    Block::Table { head, rows }
}

/// The cells of a table row: split at each `|` that is not written `\|`.
fn cells(line: &str) -> Vec<Line> {
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut chars = line.trim().chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cell.push('|');
                chars.next();
            }
            '|' => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    cells.push(cell);
    // The row's outer bars leave an empty cell at each end.
    if cells.first().is_some_and(|c| c.trim().is_empty()) {
        cells.remove(0);
    }
    if cells.last().is_some_and(|c| c.trim().is_empty()) {
        cells.pop();
    }
    cells.iter().map(|c| inline(c.trim())).collect()
}

/// Text and `code` runs; an unmatched backtick is text.
fn inline(text: &str) -> Line {
    let mut runs = Vec::new();
    let mut rest = text;
    while let Some((before, after)) = rest.split_once('`') {
        let Some((code, next)) = after.split_once('`') else {
            break;
        };
        if !before.is_empty() {
            runs.push(Inline::Text(before.to_string()));
        }
        runs.push(Inline::Code(code.to_string()));
        rest = next;
    }
    if !rest.is_empty() {
        runs.push(Inline::Text(rest.to_string()));
    }
    runs
}

/// The text of a line without its marks, for tests and for finding.
pub fn plain(line: &Line) -> String {
    line.iter()
        .map(|run| match run {
            Inline::Text(text) | Inline::Code(text) => text.as_str(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(t: &str) -> Inline {
        Inline::Text(t.into())
    }

    fn code(t: &str) -> Inline {
        Inline::Code(t.into())
    }

    #[test]
    fn each_kind_of_block_the_sheet_writes() {
        let markdown = "# Rules\n\nProtocol: `default`, version `1`\nClinic: Harbourside\n\n\
                        > Nobody checked these words.\n\n- one `a`\n- two\n\n\
                        ### `bleeding`: Do you bleed?\n\n| Answer | Level |\n|---|---|\n\
                        | `yes` | a \\| b |\n| `no` | — |\n\nLast line";
        let blocks = parse(markdown);
        assert_eq!(
            blocks,
            vec![
                Block::Heading {
                    level: 1,
                    line: vec![text("Rules")]
                },
                Block::Paragraph {
                    lines: vec![
                        vec![text("Protocol: "), code("default"), text(", version "), code("1")],
                        vec![text("Clinic: Harbourside")],
                    ]
                },
                Block::Quote {
                    lines: vec![vec![text("Nobody checked these words.")]]
                },
                Block::List {
                    items: vec![vec![text("one "), code("a")], vec![text("two")]]
                },
                Block::Heading {
                    level: 3,
                    line: vec![code("bleeding"), text(": Do you bleed?")]
                },
                Block::Table {
                    head: vec![vec![text("Answer")], vec![text("Level")]],
                    rows: vec![
                        vec![vec![code("yes")], vec![text("a | b")]],
                        vec![vec![code("no")], vec![text("—")]],
                    ]
                },
                Block::Paragraph {
                    lines: vec![vec![text("Last line")]]
                },
            ]
        );
    }

    #[test]
    fn an_unmatched_backtick_and_an_empty_cell_are_text() {
        assert_eq!(inline("a `b"), vec![text("a `b")]);
        let Block::Table { rows, .. } = read_table(&["| a | b |", "|---|---|", "| x |  |"]) else {
            panic!("not a table")
        };
        assert_eq!(
            rows,
            vec![vec![vec![text("x")], Vec::new()]],
            "a last cell may be empty"
        );
        assert_eq!(heading("#no space"), None);
        assert_eq!(heading("####### seven"), None);
    }

    #[test]
    fn the_tools_rules_sheet_reads_whole() {
        let protocol = ims_checker::protocol::default_protocol();
        let markdown = ims_checker::rules::sheet::rules_markdown(
            &protocol,
            None,
            &ims_checker::words::EN,
            &ims_checker::words::rules::EN,
            None,
        );
        let blocks = parse(&markdown);
        let tables = blocks.iter().filter(|b| matches!(b, Block::Table { .. })).count();
        let headings = blocks.iter().filter(|b| matches!(b, Block::Heading { .. })).count();
        assert!(tables > 15 && headings > 20, "{tables} tables, {headings} headings");
        // Only the web admin's appendix, last, quotes ids.
        let last_heading = blocks
            .iter()
            .rposition(|b| matches!(b, Block::Heading { .. }))
            .unwrap_or_default();
        let coded = blocks.iter().position(|b| format!("{b:?}").contains("Code("));
        assert_eq!(coded, Some(last_heading + 1), "ids before the appendix");
        // Every table row has as many cells as its head.
        for block in &blocks {
            if let Block::Table { head, rows } = block {
                for row in rows {
                    assert_eq!(row.len(), head.len(), "{head:?} / {row:?}");
                }
            }
        }
        // Nothing is lost: every word of the Markdown is in a block.
        let words: usize = blocks
            .iter()
            .map(|b| match b {
                Block::Heading { line, .. } => plain(line).split_whitespace().count(),
                Block::Paragraph { lines } | Block::Quote { lines } | Block::List { items: lines } => {
                    lines.iter().map(|l| plain(l).split_whitespace().count()).sum()
                }
                Block::Table { head, rows } => head
                    .iter()
                    .chain(rows.iter().flatten())
                    .map(|l| plain(l).split_whitespace().count())
                    .sum(),
            })
            .sum();
        let expected = markdown
            .lines()
            .filter(|l| !l.starts_with("|---"))
            .flat_map(|l| l.split_whitespace())
            .filter(|w| !matches!(*w, "|" | "-" | ">") && !w.chars().all(|c| c == '#'))
            .count();
        assert_eq!(words, expected);
    }
}
