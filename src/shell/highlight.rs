//! Colour: whether to use it (terminals only, never with `NO_COLOR`), the
//! [`Palette`] every coloured piece of output goes through, the syntax
//! highlighting of the line being edited (keywords, strings, labels,
//! variables, parameters, comments) with the bracket that matches the one
//! at the cursor, and colouring of a query error's caret rendering.
//!
//! Highlighting only inserts escape sequences: the text's width is
//! unchanged, as rustyline requires.

use crate::query::ast::RESERVED;

/// Words highlighted as keywords beyond the reserved ones.
const MORE_KEYWORDS: &[&str] = &["ANY", "ALL", "SHORTEST", "PATH", "PATHS", "SHORTESTPATH", "ALLSHORTESTPATHS"];

/// True when output to a stream should be coloured: it is a terminal,
/// `NO_COLOR` is unset or empty, and `TERM` is not `dumb`.
pub fn color_wanted(is_terminal: bool) -> bool {
    let no_color = std::env::var_os("NO_COLOR");
    let term = std::env::var("TERM").ok();
    decide_color(is_terminal, no_color.as_deref().and_then(|v| v.to_str()), term.as_deref())
}

/// [`color_wanted`] from the values it reads: a non-empty `NO_COLOR` or a
/// `dumb` terminal turns colour off, and so does output that is not a terminal.
fn decide_color(is_terminal: bool, no_color: Option<&str>, term: Option<&str>) -> bool {
    // `NO_COLOR=` (set but empty) does not count, as no-color.org says.
    is_terminal && no_color.map_or(true, str::is_empty) && term != Some("dumb")
}

/// ANSI colours, or nothing at all when disabled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Whether escape sequences are written.
    pub enabled: bool,
}

impl Palette {
    /// A palette that colours when `enabled`.
    pub fn new(enabled: bool) -> Palette {
        Palette { enabled }
    }

    fn paint(&self, code: &str, text: &str) -> String {
        if self.enabled && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// Keywords: bold blue.
    pub fn keyword(&self, text: &str) -> String {
        self.paint("1;34", text)
    }

    /// String literals: green.
    pub fn string(&self, text: &str) -> String {
        self.paint("32", text)
    }

    /// Labels and relationship types: magenta.
    pub fn label(&self, text: &str) -> String {
        self.paint("35", text)
    }

    /// Variables: cyan.
    pub fn variable(&self, text: &str) -> String {
        self.paint("36", text)
    }

    /// Parameters and numbers: yellow.
    pub fn literal(&self, text: &str) -> String {
        self.paint("33", text)
    }

    /// Comments, hints and footers: dim.
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }

    /// Headings and the matching bracket: bold.
    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }

    /// Error messages: bold red.
    pub fn error(&self, text: &str) -> String {
        self.paint("1;31", text)
    }

    /// Carets under offending text: red.
    pub fn caret(&self, text: &str) -> String {
        self.paint("31", text)
    }

    /// Hints and notes: yellow.
    pub fn note(&self, text: &str) -> String {
        self.paint("33", text)
    }

    /// The prompt: bold green.
    pub fn prompt(&self, text: &str) -> String {
        self.paint("1;32", text)
    }
}

/// Colours a rendered query error ([`QueryError::render`](crate::QueryError::render)):
/// the message red, the carets red, the help yellow.
pub fn paint_error(rendered: &str, palette: Palette) -> String {
    if !palette.enabled {
        return rendered.to_string();
    }
    let mut out = String::with_capacity(rendered.len() + 64);
    for (i, line) in rendered.split_inclusive('\n').enumerate() {
        let (body, newline) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        let caret_line = body.split_once(" | ").filter(|(gutter, marks)| {
            gutter.trim().is_empty() && marks.contains('^') && marks.chars().all(|c| c == ' ' || c == '^')
        });
        if i == 0 {
            out.push_str(&palette.error(body));
        } else if let Some((gutter, marks)) = caret_line {
            out.push_str(&format!("{gutter} | {}", palette.caret(marks)));
        } else if let Some(help) = body.trim_start().strip_prefix("= help:") {
            let indent = &body[..body.len() - body.trim_start().len()];
            out.push_str(&format!("{indent}= {}", palette.note(&format!("help:{help}"))));
        } else {
            out.push_str(body);
        }
        out.push_str(newline);
    }
    out
}

/// What a piece of the edited line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Spaces and line breaks.
    Space,
    /// A keyword (`MATCH`, `where`).
    Keyword,
    /// A quoted string, closed or not.
    String,
    /// A word after `:`: a label or relationship type.
    Label,
    /// A word after `.`: a property name.
    Property,
    /// A word before `(`: a function.
    Function,
    /// Any other word: a variable (or alias).
    Variable,
    /// `$name`.
    Parameter,
    /// A number.
    Number,
    /// `// ...` or `/* ... */`.
    Comment,
    /// A meta-command's name (`:help`).
    Meta,
    /// Brackets, operators, commas.
    Punct,
}

/// Splits `line` into `(kind, byte range)` tokens that cover it exactly.
pub fn tokens(line: &str) -> Vec<(TokenKind, std::ops::Range<usize>)> {
    let mut out: Vec<(TokenKind, std::ops::Range<usize>)> = Vec::new();
    let mut i = 0;
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    // The last character of the previous token (a word counts as `a`).
    let mut prev_char: Option<char> = None;
    if line.trim_start().starts_with(':') {
        let start = line.len() - line.trim_start().len();
        let end = line[start + 1..].find(|c: char| !is_word(c)).map_or(line.len(), |e| start + 1 + e);
        if start > 0 {
            out.push((TokenKind::Space, 0..start));
        }
        out.push((TokenKind::Meta, start..end));
        i = end;
        // The rest of a meta-command line (a query for `:explain`) is highlighted as a query.
    }
    while i < line.len() {
        let c = line[i..].chars().next().unwrap_or(' ');
        let start = i;
        let kind;
        if c.is_whitespace() {
            i += line[i..].find(|c: char| !c.is_whitespace()).unwrap_or(line.len() - i);
            out.push((TokenKind::Space, start..i));
            continue;
        } else if line[i..].starts_with("//") {
            i = line[i..].find('\n').map_or(line.len(), |e| i + e);
            kind = TokenKind::Comment;
        } else if line[i..].starts_with("/*") {
            i = line[i + 2..].find("*/").map_or(line.len(), |e| i + 2 + e + 2);
            kind = TokenKind::Comment;
        } else if c == '"' || c == '\'' || c == '`' {
            i += 1;
            loop {
                match line[i..].chars().next() {
                    None => break,
                    Some('\\') if c != '`' => {
                        i += 1;
                        i += line[i..].chars().next().map_or(0, char::len_utf8);
                    }
                    Some(q) if q == c => {
                        i += 1;
                        if (c == '\'' || c == '`') && line[i..].starts_with(c) {
                            i += 1;
                            continue;
                        }
                        break;
                    }
                    Some(other) => i += other.len_utf8(),
                }
            }
            kind = if c == '`' { name_kind(prev_char, line, i) } else { TokenKind::String };
        } else if c == '$' {
            i += 1;
            i += line[i..].find(|c: char| !is_word(c)).unwrap_or(line.len() - i);
            kind = TokenKind::Parameter;
        } else if c.is_ascii_digit() {
            i += line[i..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '.')).unwrap_or(line.len() - i);
            kind = TokenKind::Number;
        } else if is_word(c) {
            i += line[i..].find(|c: char| !is_word(c)).unwrap_or(line.len() - i);
            let word = &line[start..i];
            let keyword = RESERVED.iter().chain(MORE_KEYWORDS).any(|k| k.eq_ignore_ascii_case(word));
            kind = match name_kind(prev_char, line, i) {
                TokenKind::Variable | TokenKind::Function if keyword => TokenKind::Keyword,
                other => other,
            };
        } else {
            i += c.len_utf8();
            kind = TokenKind::Punct;
        }
        if kind != TokenKind::Comment {
            prev_char = line[start..i].chars().last();
            if kind != TokenKind::Punct {
                prev_char = Some('a');
            }
        }
        out.push((kind, start..i));
    }
    out
}

/// A word's kind from the character before it and what follows it.
fn name_kind(prev_char: Option<char>, line: &str, end: usize) -> TokenKind {
    match prev_char {
        Some(':') | Some('|') => TokenKind::Label,
        Some('.') => TokenKind::Property,
        _ if line[end..].trim_start().starts_with('(') => TokenKind::Function,
        _ => TokenKind::Variable,
    }
}

/// `line` with colours, and the bracket matching the one at (or just
/// before) byte `cursor` in bold.
pub fn highlight(line: &str, cursor: Option<usize>, palette: Palette) -> String {
    if !palette.enabled {
        return line.to_string();
    }
    let matching = cursor.and_then(|c| matching_bracket(line, c));
    let mut out = String::with_capacity(line.len() * 2);
    for (kind, range) in tokens(line) {
        let text = &line[range.clone()];
        if let Some(at) = matching.filter(|at| range.contains(at)) {
            out.push_str(&palette.bold(&format!("\x1b[4m{}", &line[at..at + 1])));
            continue;
        }
        out.push_str(&match kind {
            TokenKind::Keyword | TokenKind::Meta => palette.keyword(text),
            TokenKind::String => palette.string(text),
            TokenKind::Label => palette.label(text),
            TokenKind::Variable => palette.variable(text),
            TokenKind::Parameter | TokenKind::Number => palette.literal(text),
            TokenKind::Comment => palette.dim(text),
            TokenKind::Space | TokenKind::Property | TokenKind::Function | TokenKind::Punct => text.to_string(),
        });
    }
    out
}

/// The byte offset of the bracket matching the one at `cursor` (or, when
/// there is none there, just before it), ignoring brackets in strings and
/// comments.
pub fn matching_bracket(line: &str, cursor: usize) -> Option<usize> {
    let brackets: Vec<(usize, char)> = tokens(line)
        .into_iter()
        .filter(|(k, _)| *k == TokenKind::Punct)
        .filter_map(|(_, r)| {
            let c = line[r.clone()].chars().next()?;
            "()[]{}".contains(c).then_some((r.start, c))
        })
        .collect();
    let here = brackets
        .iter()
        .position(|(at, _)| *at == cursor)
        .or_else(|| brackets.iter().position(|(at, _)| cursor > 0 && *at == cursor - 1))?;
    let (_, c) = brackets[here];
    let (open, close, forward) = match c {
        '(' => ('(', ')', true),
        '[' => ('[', ']', true),
        '{' => ('{', '}', true),
        ')' => ('(', ')', false),
        ']' => ('[', ']', false),
        _ => ('{', '}', false),
    };
    let mut depth = 0i32;
    let order: Box<dyn Iterator<Item = &(usize, char)>> =
        if forward { Box::new(brackets[here..].iter()) } else { Box::new(brackets[..=here].iter().rev()) };
    for (at, b) in order {
        if *b == open {
            depth += if forward { 1 } else { -1 };
        } else if *b == close {
            depth += if forward { -1 } else { 1 };
        }
        if depth == 0 {
            return Some(*at);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(line: &str) -> Vec<(TokenKind, &str)> {
        tokens(line).into_iter().filter(|(k, _)| *k != TokenKind::Space).map(|(k, r)| (k, &line[r])).collect()
    }

    #[test]
    fn tokens_know_keywords_strings_labels_variables() {
        use TokenKind::*;
        assert_eq!(
            kinds(r#"match (p:Person)-[:HOLDS|ELECTED_TO]->(o) WHERE p.name ~ "Қуат" AND $x > 1 RETURN toLower(p.name) // c"#),
            vec![
                (Keyword, "match"),
                (Punct, "("),
                (Variable, "p"),
                (Punct, ":"),
                (Label, "Person"),
                (Punct, ")"),
                (Punct, "-"),
                (Punct, "["),
                (Punct, ":"),
                (Label, "HOLDS"),
                (Punct, "|"),
                (Label, "ELECTED_TO"),
                (Punct, "]"),
                (Punct, "-"),
                (Punct, ">"),
                (Punct, "("),
                (Variable, "o"),
                (Punct, ")"),
                (Keyword, "WHERE"),
                (Variable, "p"),
                (Punct, "."),
                (Property, "name"),
                (Punct, "~"),
                (String, "\"Қуат\""),
                (Keyword, "AND"),
                (Parameter, "$x"),
                (Punct, ">"),
                (Number, "1"),
                (Keyword, "RETURN"),
                (Function, "toLower"),
                (Punct, "("),
                (Variable, "p"),
                (Punct, "."),
                (Property, "name"),
                (Punct, ")"),
                (Comment, "// c"),
            ]
        );
        assert_eq!(kinds(":help match")[0], (Meta, ":help"));
        assert_eq!(kinds("RETURN 'it''s' AS `a b`"), vec![(Keyword, "RETURN"), (String, "'it''s'"), (Keyword, "AS"), (Variable, "`a b`")]);
        assert_eq!(kinds("RETURN \"open")[1], (String, "\"open"));
    }

    #[test]
    fn no_color_and_non_terminals_turn_colour_off() {
        assert!(decide_color(true, None, Some("xterm-256color")));
        assert!(!decide_color(true, Some("1"), Some("xterm")));
        assert!(decide_color(true, Some(""), Some("xterm")), "an empty NO_COLOR does not count");
        assert!(!decide_color(false, None, Some("xterm")));
        assert!(!decide_color(true, None, Some("dumb")));
    }

    #[test]
    fn without_colour_the_line_is_unchanged() {
        let line = "MATCH (p:Person {name: \"Қуат Байғоджаев\"}) RETURN p";
        assert_eq!(highlight(line, Some(6), Palette::new(false)), line);
    }

    #[test]
    fn colour_adds_escapes_only() {
        let line = "MATCH (p:Person) WHERE p.name = \"Қуат\" RETURN p";
        let coloured = highlight(line, None, Palette::new(true));
        assert!(coloured.contains("\x1b[1;34mMATCH\x1b[0m"), "{coloured:?}");
        assert!(coloured.contains("\x1b[35mPerson\x1b[0m"), "{coloured:?}");
        assert!(coloured.contains("\x1b[32m\"Қуат\"\x1b[0m"), "{coloured:?}");
        assert!(coloured.contains("\x1b[36mp\x1b[0m"), "{coloured:?}");
        let stripped = regex::Regex::new("\x1b\\[[0-9;]*m").unwrap().replace_all(&coloured, "");
        assert_eq!(stripped, line);
    }

    #[test]
    fn brackets_match_across_strings() {
        let line = "MATCH (p {name: \")\"}) RETURN p";
        assert_eq!(matching_bracket(line, 6), Some(20));
        assert_eq!(matching_bracket(line, 21), Some(6));
        assert_eq!(matching_bracket(line, 9), Some(19));
        assert_eq!(matching_bracket(line, 2), None);
        let coloured = highlight(line, Some(6), Palette::new(true));
        assert!(coloured.contains("\x1b[1m\x1b[4m)\x1b[0m"), "{coloured:?}");
    }

    #[test]
    fn errors_get_red_carets() {
        let rendered = "syntax error at line 1, column 11: x\n  |\n1 | MATCH (n) RETRN n\n  |           ^^^^^\n  = help: did you mean `RETURN`?\n";
        assert_eq!(paint_error(rendered, Palette::new(false)), rendered);
        let painted = paint_error(rendered, Palette::new(true));
        assert!(painted.starts_with("\x1b[1;31msyntax error"), "{painted:?}");
        assert!(painted.contains("  | \x1b[31m          ^^^^^\x1b[0m\n"), "{painted:?}");
        assert!(painted.contains("= \x1b[33mhelp: did you mean"), "{painted:?}");
    }
}
