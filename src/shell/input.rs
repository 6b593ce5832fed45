//! Where one statement ends and the next begins: a small lexer that knows
//! quotes, backticks, comments and brackets, and [`InputBuffer`], which
//! gathers typed or pasted lines into statements and meta-commands.
//!
//! A statement ends at a `;` outside quotes and comments, or at a blank line
//! once its brackets and quotes balance. A line starting with `:` when no
//! statement is pending is a meta-command, complete at the end of its line.

/// A piece of input ready to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Item {
    /// A query statement, without its closing `;`.
    Statement(String),
    /// A meta-command line, from its `:` on, trimmed.
    Meta(String),
}

/// What the lexer is inside of at some point of the text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LexState {
    /// The open quote (`"`, `'` or a backtick), if inside a string or name.
    pub quote: Option<char>,
    /// Inside a `/* ... */` comment.
    pub block_comment: bool,
    /// Inside a `// ...` comment (ends at the line's end).
    pub line_comment: bool,
    /// Open brackets (`(`, `[`, `{`) not yet closed, innermost last.
    pub open: Vec<char>,
}

impl LexState {
    /// True when nothing is open: no quote, no comment, no bracket.
    pub fn is_balanced(&self) -> bool {
        self.quote.is_none() && !self.block_comment && self.open.is_empty()
    }
}

/// Walks `text`, calling `at_top_semicolon` with the byte offset of each
/// `;` outside quotes and comments, and returns the state at the end.
pub fn scan(text: &str, mut at_top_semicolon: impl FnMut(usize)) -> LexState {
    let mut state = LexState::default();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if state.line_comment {
            if c == '\n' {
                state.line_comment = false;
            }
            continue;
        }
        if state.block_comment {
            if c == '*' && chars.peek().map(|(_, n)| *n) == Some('/') {
                chars.next();
                state.block_comment = false;
            }
            continue;
        }
        if let Some(q) = state.quote {
            if c == '\\' && q != '`' {
                // An escape: the next character is part of the string.
                chars.next();
            } else if c == q {
                // A doubled quote inside single quotes or backticks is one
                // quote character, and the string goes on.
                if (q == '\'' || q == '`') && chars.peek().map(|(_, n)| *n) == Some(q) {
                    chars.next();
                } else {
                    state.quote = None;
                }
            }
            continue;
        }
        match c {
            '"' | '\'' | '`' => state.quote = Some(c),
            '/' if chars.peek().map(|(_, n)| *n) == Some('/') => {
                chars.next();
                state.line_comment = true;
            }
            '/' if chars.peek().map(|(_, n)| *n) == Some('*') => {
                chars.next();
                state.block_comment = true;
            }
            '(' | '[' | '{' => state.open.push(c),
            ')' | ']' | '}' => {
                // A stray closer is the parser's to report; it does not keep
                // the statement open.
                let opener = match c {
                    ')' => '(',
                    ']' => '[',
                    _ => '{',
                };
                if state.open.last() == Some(&opener) {
                    state.open.pop();
                }
            }
            ';' => at_top_semicolon(i),
            _ => {}
        }
    }
    state
}

/// The lexer's state at the end of `text`.
pub fn state_at_end(text: &str) -> LexState {
    scan(text, |_| {})
}

/// True when `text` holds nothing but whitespace and comments.
pub fn is_blank(text: &str) -> bool {
    let mut rest = text.trim_start();
    loop {
        if rest.is_empty() {
            return true;
        }
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("/*") {
            match after.split_once("*/") {
                Some((_, r)) => rest = r.trim_start(),
                None => return false,
            }
        } else {
            return false;
        }
    }
}

/// Gathers lines into statements and meta-commands.
#[derive(Clone, Debug, Default)]
pub struct InputBuffer {
    pending: String,
}

impl InputBuffer {
    /// An empty buffer.
    pub fn new() -> InputBuffer {
        InputBuffer::default()
    }

    /// True when part of a statement is waiting for more lines.
    pub fn is_pending(&self) -> bool {
        !is_blank(&self.pending)
    }

    /// The unfinished statement so far.
    pub fn pending(&self) -> &str {
        &self.pending
    }

    /// Forgets the unfinished statement (Ctrl-C, `:clear`).
    pub fn clear(&mut self) {
        self.pending.clear();
    }

    /// Adds input (one line, or several pasted at once) and returns what it
    /// completed, in order.
    pub fn push(&mut self, input: &str) -> Vec<Item> {
        let mut items = Vec::new();
        for line in input.split('\n') {
            self.push_line(line.trim_end_matches('\r'), &mut items);
        }
        items
    }

    /// Ends the input: whatever is pending becomes a statement (the parser
    /// reports it if it is unfinished).
    pub fn finish(&mut self) -> Option<Item> {
        let rest = std::mem::take(&mut self.pending);
        if is_blank(&rest) {
            None
        } else {
            Some(Item::Statement(rest.trim().to_string()))
        }
    }

    fn push_line(&mut self, line: &str, items: &mut Vec<Item>) {
        if !self.is_pending() && line.trim_start().starts_with(':') {
            self.pending.clear();
            items.push(Item::Meta(line.trim().to_string()));
            return;
        }
        if !self.pending.is_empty() {
            self.pending.push('\n');
        }
        self.pending.push_str(line);
        let mut ends = Vec::new();
        let state = scan(&self.pending, |at| ends.push(at));
        if !ends.is_empty() {
            let mut start = 0;
            for end in ends {
                let statement = &self.pending[start..end];
                if !is_blank(statement) {
                    items.push(Item::Statement(statement.trim().to_string()));
                }
                start = end + 1;
            }
            self.pending = self.pending[start..].to_string();
            if is_blank(&self.pending) {
                self.pending.clear();
            }
        } else if line.trim().is_empty() && state.is_balanced() {
            // A blank line ends a balanced statement.
            if let Some(item) = self.finish() {
                items.push(item);
            } else {
                self.pending.clear();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statements(lines: &[&str]) -> (Vec<Item>, InputBuffer) {
        let mut buffer = InputBuffer::new();
        let mut items = Vec::new();
        for line in lines {
            items.extend(buffer.push(line));
        }
        (items, buffer)
    }

    fn s(text: &str) -> Item {
        Item::Statement(text.to_string())
    }

    #[test]
    fn a_semicolon_ends_a_statement_and_a_line_may_hold_several() {
        let (items, buffer) = statements(&["MATCH (n) RETURN n; RETURN 1;", "RETURN 2"]);
        assert_eq!(items, vec![s("MATCH (n) RETURN n"), s("RETURN 1")]);
        assert!(buffer.is_pending());
        assert_eq!(buffer.pending(), "RETURN 2");
    }

    #[test]
    fn a_statement_spans_lines_until_its_semicolon() {
        let (items, buffer) = statements(&["MATCH (p:Person)", "WHERE p.name ~ \"Сәтбаев\"", "RETURN p.name;"]);
        assert_eq!(items, vec![s("MATCH (p:Person)\nWHERE p.name ~ \"Сәтбаев\"\nRETURN p.name")]);
        assert!(!buffer.is_pending());
    }

    #[test]
    fn a_blank_line_ends_a_balanced_statement_only() {
        let (items, _) = statements(&["MATCH (n)", "RETURN n", ""]);
        assert_eq!(items, vec![s("MATCH (n)\nRETURN n")]);
        // Open bracket: the blank line is part of the statement.
        let (items, buffer) = statements(&["MATCH (n", "", ") RETURN n", ""]);
        assert_eq!(items, vec![s("MATCH (n\n\n) RETURN n")]);
        assert!(!buffer.is_pending());
        // Open string: likewise.
        let (items, buffer) = statements(&["RETURN \"a", "", "b\""]);
        assert!(items.is_empty());
        assert!(buffer.is_pending());
    }

    #[test]
    fn semicolons_and_brackets_in_strings_and_comments_do_not_count() {
        let (items, _) = statements(&[r#"RETURN "a;b(" AS x, 'it''s;' AS y // c; ("#, ";"]);
        assert_eq!(items, vec![s("RETURN \"a;b(\" AS x, 'it''s;' AS y // c; (")]);
        let (items, _) = statements(&[r#"RETURN "q\";" /* ; ( */ AS `a;``b`;"#]);
        assert_eq!(items, vec![s(r#"RETURN "q\";" /* ; ( */ AS `a;``b`"#)]);
    }

    #[test]
    fn meta_commands_are_lines_that_start_with_a_colon_between_statements() {
        let (items, _) = statements(&["  :help match  ", "MATCH (p", ":Person) RETURN p;", ":stats"]);
        assert_eq!(
            items,
            vec![Item::Meta(":help match".into()), s("MATCH (p\n:Person) RETURN p"), Item::Meta(":stats".into())]
        );
    }

    #[test]
    fn a_pasted_script_runs_in_order_and_comment_only_text_is_dropped() {
        let (items, buffer) = statements(&["// people\nMATCH (n) RETURN n;\n:schema\nRETURN 1\n\n// done\n"]);
        assert_eq!(items, vec![s("// people\nMATCH (n) RETURN n"), Item::Meta(":schema".into()), s("RETURN 1")]);
        assert!(!buffer.is_pending());
    }

    #[test]
    fn finishing_flushes_the_rest() {
        let (_, mut buffer) = statements(&["RETURN (1"]);
        assert_eq!(buffer.finish(), Some(s("RETURN (1")));
        assert_eq!(buffer.finish(), None);
    }

    #[test]
    fn the_state_says_what_is_open() {
        let st = state_at_end("MATCH (p {name: \"Қу");
        assert_eq!(st.quote, Some('"'));
        assert_eq!(st.open, vec!['(', '{']);
        assert!(!st.is_balanced());
        assert!(state_at_end("MATCH (p) /* x */ RETURN p").is_balanced());
        assert!(is_blank("  // x\n /* y */ "));
        assert!(!is_blank("/* open"));
    }
}
