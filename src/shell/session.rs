//! [`Session`]: one shell's state (the database, parameters, output
//! settings, the cancel flag) and [`Session::process_line`], which takes a
//! statement or a meta-command and writes what it prints. Nothing here
//! touches a terminal, so the shell's behaviour is unit-tested here and in
//! `meta`; the rustyline loop (`repl`) and the script runner only feed it.

use super::highlight::{paint_error, Palette};
use super::input::{InputBuffer, Item};
use super::meta;
use crate::query::format::{self, Format, WriteOptions};
use crate::{Db, Error, Params, QueryOptions};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How wide tables may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Width {
    /// As wide as the content (scripts, pipes).
    Unlimited,
    /// The terminal's width, asked at each result (it may be resized).
    Terminal,
    /// A fixed number of columns.
    Fixed(u16),
}

/// Output settings a session starts with; meta-commands change them.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// How results are printed (`:format`).
    pub format: Format,
    /// Show at most this many rows of a result (`:limit`, `--limit`).
    pub max_rows: Option<u64>,
    /// Show the elapsed time under results (`:timing`).
    pub timing: bool,
    /// Colour output (terminals without `NO_COLOR`).
    pub color: bool,
    /// How wide tables may be.
    pub width: Width,
    /// The most lines one wrapped table row takes (the rest is cut with `…`).
    pub max_row_lines: Option<usize>,
    /// Give up on a query after this long (`:timeout`).
    pub timeout: Option<Duration>,
    /// Print a row count under results in machine formats too (off in
    /// scripts, so that their output parses).
    pub footer_always: bool,
    /// Edit with Vi keys rather than Emacs keys (`:set vi`, `--vi`).
    pub vi: bool,
    /// Go on after a failed statement in scripts (`--keep-going`).
    pub keep_going: bool,
    /// Whether the session talks to a person at a terminal: progress bars,
    /// clearing the screen.
    pub interactive: bool,
}

impl Settings {
    /// Settings for a person at a terminal: tables as wide as the terminal,
    /// at most 1000 rows, timing on, colour as `color` says.
    pub fn interactive(color: bool) -> Settings {
        Settings {
            format: Format::Table,
            max_rows: Some(1000),
            timing: true,
            color,
            width: Width::Terminal,
            max_row_lines: Some(6),
            timeout: None,
            footer_always: true,
            vi: false,
            keep_going: true,
            interactive: true,
        }
    }

    /// Settings for scripts and pipes: no colour, no timing, no row limit,
    /// tables as wide as their content, row counts only under tables.
    pub fn script() -> Settings {
        Settings {
            format: Format::Table,
            max_rows: None,
            timing: false,
            color: false,
            width: Width::Unlimited,
            max_row_lines: None,
            timeout: None,
            footer_always: false,
            vi: false,
            keep_going: false,
            interactive: false,
        }
    }
}

/// Whether the shell goes on after an input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// Read the next input.
    Continue,
    /// Leave the shell (`:quit`).
    Quit,
}

/// What processing one input came to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Go on or quit.
    pub control: Control,
    /// 0 when all went well; else the exit status a script ends with:
    /// 2 for a query that did not parse or plan (or a misused command),
    /// 1 for a failure while running.
    pub status: u8,
}

impl Outcome {
    /// All went well; go on.
    pub const OK: Outcome = Outcome { control: Control::Continue, status: 0 };

    /// Failed with `status`; go on.
    pub fn failed(status: u8) -> Outcome {
        Outcome { control: Control::Continue, status }
    }

    /// True when it failed.
    pub fn is_failure(&self) -> bool {
        self.status != 0
    }
}

/// One shell: a database and what the user set.
pub struct Session {
    pub(crate) db: Db,
    pub(crate) params: Params,
    pub(crate) settings: Settings,
    /// Set by Ctrl-C (from a signal handler) to stop the running query.
    pub(crate) cancel: Arc<AtomicBool>,
    /// How deep `:read` files are nested (a file that reads itself stops).
    pub(crate) read_depth: usize,
}

impl Session {
    /// A session over `db` with `settings`.
    pub fn new(db: Db, settings: Settings) -> Session {
        Session { db, params: Params::new(), settings, cancel: Arc::new(AtomicBool::new(false)), read_depth: 0 }
    }

    /// The database.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// The current settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The current settings, to change.
    pub fn settings_mut(&mut self) -> &mut Settings {
        &mut self.settings
    }

    /// The parameters set with `:param`.
    pub fn params(&self) -> &Params {
        &self.params
    }

    /// The flag that cancels the running query or ingest when set; the
    /// shell's Ctrl-C handler sets it.
    pub fn cancel_flag(&self) -> Arc<AtomicBool> {
        self.cancel.clone()
    }

    /// The palette for this session's output.
    pub(crate) fn palette(&self) -> Palette {
        Palette::new(self.settings.color)
    }

    /// Runs one input: a meta-command (`:help`) or one or more statements
    /// (each may end with `;`). Results go to `out`, problems to `err`.
    /// Statements after a failed one are skipped unless `keep_going`.
    ///
    /// The cancel flag is cleared first: a Ctrl-C before this input does not
    /// cancel it.
    pub fn process_line(&mut self, input: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
        self.cancel.store(false, Ordering::Relaxed);
        let trimmed = input.trim();
        if trimmed.starts_with(':') {
            return meta::run(self, trimmed, out, err);
        }
        let mut buffer = InputBuffer::new();
        let mut items = buffer.push(input);
        items.extend(buffer.finish());
        self.run_items(items, out, err)
    }

    /// Runs items in order, stopping after a failure unless `keep_going`.
    /// The outcome is the first failure's (or the quit).
    pub(crate) fn run_items(&mut self, items: Vec<Item>, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
        let mut first_failure: Option<Outcome> = None;
        for item in items {
            if self.cancel.load(Ordering::Relaxed) {
                // Ctrl-C stops the rest of a pasted script too.
                return first_failure.unwrap_or(Outcome::failed(1));
            }
            let outcome = match item {
                Item::Meta(line) => meta::run(self, &line, out, err),
                Item::Statement(text) => self.run_statement(&text, out, err),
            };
            if outcome.control == Control::Quit {
                return Outcome { control: Control::Quit, status: first_failure.map_or(0, |f| f.status) };
            }
            if outcome.is_failure() {
                first_failure.get_or_insert(outcome);
                if !self.settings.keep_going {
                    break;
                }
            }
        }
        first_failure.unwrap_or(Outcome::OK)
    }

    /// The width tables get now.
    pub(crate) fn table_width(&self) -> Option<u16> {
        match self.settings.width {
            Width::Unlimited => None,
            Width::Fixed(w) => Some(w),
            Width::Terminal => terminal_width(),
        }
    }

    /// Runs one query statement and prints its result.
    pub fn run_statement(&mut self, text: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
        let palette = self.palette();
        let started = Instant::now();
        let options =
            QueryOptions { timeout: self.settings.timeout, cancel: Some(self.cancel.clone()), ..QueryOptions::default() };
        let result = match self.db.query_with(text, &self.params, options) {
            Ok(result) => result,
            Err(e) => return report_error(&e, palette, err, 2),
        };
        let write_options = WriteOptions {
            width: if matches!(self.settings.format, Format::Table | Format::Plain) { self.table_width() } else { None },
            max_rows: self.settings.max_rows,
            max_row_lines: self.settings.max_row_lines,
        };
        // A table is built whole before it is printed; streaming formats go
        // straight out, so a failure midway leaves the rows before it.
        let mut buffer = Vec::new();
        let streaming = matches!(self.settings.format, Format::Jsonl | Format::Csv | Format::Tsv);
        let written = if streaming {
            format::write_with(result, self.settings.format, &write_options, out)
        } else {
            format::write_with(result, self.settings.format, &write_options, &mut buffer)
        };
        let written = match written {
            Ok(w) => w,
            Err(e) => {
                let cancelled = matches!(&e, Error::Query(q) if q.kind == crate::QueryErrorKind::Cancelled);
                if cancelled && self.settings.interactive {
                    // The terminal echoed `^C` where the cursor was.
                    let _ = writeln!(err);
                }
                return report_error(&e, palette, err, 1);
            }
        };
        if out.write_all(&buffer).is_err() {
            return Outcome::failed(1);
        }
        let elapsed = started.elapsed();
        let human = matches!(self.settings.format, Format::Table | Format::Plain);
        if human || self.settings.footer_always {
            let mut footer = format!("{} row{}", written.rows, if written.rows == 1 { "" } else { "s" });
            if written.truncated {
                footer = format!("{footer} shown; more not shown (`:limit 0` shows all)");
            }
            if self.settings.timing {
                footer.push_str(&format!(" ({})", describe_duration(elapsed)));
            }
            // In machine formats the footer goes to stderr, so that stdout parses.
            let target: &mut dyn Write = if human { out } else { err };
            let _ = writeln!(target, "{}", palette.dim(&footer));
        }
        Outcome::OK
    }

    /// Runs the statements and meta-commands of a script text in order,
    /// as a file given to `:read` or `--file` would be.
    pub fn run_script(&mut self, text: &str, out: &mut dyn Write, err: &mut dyn Write) -> Outcome {
        let mut buffer = InputBuffer::new();
        let mut items = buffer.push(text);
        items.extend(buffer.finish());
        self.run_items(items, out, err)
    }

    /// Replaces the database (`:open`): the old one closes when dropped.
    pub(crate) fn set_db(&mut self, db: Db) {
        self.db = db;
    }

    /// The path the database was opened from.
    pub fn db_path(&self) -> PathBuf {
        self.db.path().to_path_buf()
    }
}

/// Prints an error: a query error with its caret rendering, anything else
/// on one line. Returns a failure with `status` (a query that ran and then
/// failed is 1 whatever `status` says).
pub(crate) fn report_error(e: &Error, palette: Palette, err: &mut dyn Write, status: u8) -> Outcome {
    match e {
        Error::Query(q) => {
            let status = match q.kind {
                crate::QueryErrorKind::Syntax | crate::QueryErrorKind::Semantic | crate::QueryErrorKind::Unsupported => {
                    status
                }
                _ => 1,
            };
            let _ = write!(err, "{}", paint_error(&q.render(), palette));
            Outcome::failed(status)
        }
        other => {
            let _ = writeln!(err, "{}", palette.error(&format!("error: {other}")));
            Outcome::failed(1)
        }
    }
}

/// `12.3 ms`, `1.52 s`.
pub(crate) fn describe_duration(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 1000.0 {
        format!("{ms:.1} ms")
    } else {
        format!("{:.2} s", ms / 1000.0)
    }
}

/// The terminal's width: `COLUMNS` when set, else the size of the
/// terminal on stdout, else none.
pub(crate) fn terminal_width() -> Option<u16> {
    if let Some(columns) = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<u16>().ok()) {
        return Some(columns.max(20));
    }
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| w.0.max(20))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::extract::{ArticleFacts, Fact, SourcedFact};
    use crate::Span;

    /// A database with two articles' facts: a district branch with its
    /// chairman Қуат Байғоджаев, an oblast branch above it, and Ерлан Сәтбаев.
    pub(crate) fn test_db() -> Db {
        let db = Db::open_in_memory().unwrap();
        let articles = [
            (
                "a.txt",
                "Бөрлі аудандық филиалы\n",
                "person\tҚуат Байғоджаев\nalias\tҚуат Байғоджаев\tҚ.Байғоджаев\nbranch\tAMANAT/district/Бөрлі\n\
                 branch\tAMANAT/oblast/Батыс Қазақстан\nparent\tAMANAT/district/Бөрлі\tAMANAT/oblast/Батыс Қазақстан\n\
                 holds\tҚуат Байғоджаев\tchairman\tAMANAT/district/Бөрлі\tcurrent\n",
            ),
            (
                "b.txt",
                "Облыстық филиал\n",
                "person\tЕрлан Сәтбаев\nholds\tЕрлан Сәтбаев\tchairman\tAMANAT/oblast/Батыс Қазақстан\tcurrent\n\
                 person\tБайжан Бекқалиев\n",
            ),
        ];
        for (source, text, facts) in articles {
            let facts = ArticleFacts {
                title: text.trim().to_string(),
                facts: facts
                    .lines()
                    .filter_map(Fact::parse_line)
                    .map(|f| SourcedFact { fact: f.unwrap(), span: Span::new(0, text.len()) })
                    .collect(),
            };
            db.ingest_facts(text, source, facts).unwrap();
        }
        db
    }

    /// Runs `input` in a script-mode session, returning (stdout, stderr, outcome).
    pub(crate) fn run(session: &mut Session, input: &str) -> (String, String, Outcome) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let outcome = session.process_line(input, &mut out, &mut err);
        (String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap(), outcome)
    }

    pub(crate) fn session() -> Session {
        Session::new(test_db(), Settings::script())
    }

    #[test]
    fn a_statement_prints_a_table_and_its_row_count() {
        let mut s = session();
        let (out, err, outcome) =
            run(&mut s, "MATCH (p:Person)-[:HOLDS]->(:Office)-[:OF]->(b:Branch) RETURN p.name, b.key ORDER BY p.name;");
        assert_eq!(outcome, Outcome::OK, "{err}");
        assert_eq!(
            out,
            "┌─────────────────┬───────────────────────────────┐\n\
             │ p.name          ┆ b.key                         │\n\
             ╞═════════════════╪═══════════════════════════════╡\n\
             │ Ерлан Сәтбаев   ┆ AMANAT/oblast/Батыс Қазақстан │\n\
             │ Қуат Байғоджаев ┆ AMANAT/district/Бөрлі         │\n\
             └─────────────────┴───────────────────────────────┘\n\
             2 rows\n"
        );
    }

    #[test]
    fn nodes_print_readably() {
        let mut s = session();
        let (out, _, _) = run(&mut s, "MATCH (p:Person {name: 'Ерлан Сәтбаев'}) RETURN p");
        assert!(out.contains("(:Person {name: \"Ерлан Сәтбаев\"})"), "{out}");
    }

    #[test]
    fn a_syntax_error_shows_the_caret_and_fails_with_2() {
        let mut s = session();
        let (out, err, outcome) = run(&mut s, "MATCH (n) RETRN n");
        assert_eq!(out, "");
        assert_eq!(outcome, Outcome::failed(2));
        assert!(err.contains("1 | MATCH (n) RETRN n\n  |           ^^^^^\n"), "{err}");
    }

    #[test]
    fn several_statements_run_in_order_and_stop_at_a_failure() {
        let mut s = session();
        let (out, _, outcome) = run(&mut s, "RETURN 1 AS a; RETURN x; RETURN 2 AS b");
        assert!(out.contains("│ 1 │") && !out.contains("│ 2 │"), "{out}");
        assert_eq!(outcome, Outcome::failed(2));
        s.settings.keep_going = true;
        let (out, _, outcome) = run(&mut s, "RETURN 1 AS a; RETURN x; RETURN 2 AS b");
        assert!(out.contains("│ 1 │") && out.contains("│ 2 │"), "{out}");
        assert_eq!(outcome, Outcome::failed(2));
    }

    #[test]
    fn the_row_limit_cuts_and_says_so() {
        let mut s = session();
        s.settings.max_rows = Some(2);
        let (out, _, _) = run(&mut s, "MATCH (n) RETURN id(n) AS id ORDER BY id");
        assert!(out.ends_with("2 rows shown; more not shown (`:limit 0` shows all)\n"), "{out}");
    }

    #[test]
    fn a_cancelled_flag_stops_the_query() {
        let s = session();
        let flag = s.cancel_flag();
        // Set from "another thread" after the statement started: here the
        // query is run directly with the flag already set.
        flag.store(true, Ordering::Relaxed);
        let options = QueryOptions { cancel: Some(flag), ..QueryOptions::default() };
        let result = s.db.query_with("MATCH (a), (b) RETURN a, b", &Params::new(), options).unwrap().collect_rows();
        assert!(matches!(result, Err(Error::Query(e)) if e.kind == crate::QueryErrorKind::Cancelled));
    }

    #[test]
    fn wide_and_cyrillic_values_fit_the_width() {
        use unicode_width::UnicodeWidthStr;
        let mut s = session();
        s.settings.width = Width::Fixed(40);
        let (out, _, _) = run(&mut s, "RETURN 'Қуат Байғоджаев Қуат Байғоджаев 漢字漢字漢字漢字漢字漢字 Қуат Байғоджаев' AS long, 1 AS n");
        for line in out.lines() {
            assert!(line.width() <= 40, "{line:?} is {} wide\n{out}", line.width());
        }
        let widths: Vec<usize> = out.lines().filter(|l| l.starts_with('│')).map(|l| l.width()).collect();
        assert!(widths.windows(2).all(|w| w[0] == w[1]), "ragged table:\n{out}");
        s.settings.max_row_lines = Some(1);
        let (out, _, _) = run(&mut s, "RETURN 'Қуат Байғоджаев Қуат Байғоджаев 漢字漢字漢字漢字漢字漢字 Қуат Байғоджаев' AS long");
        assert!(out.contains('…'), "{out}");
    }

    #[test]
    fn odd_input_gives_errors_not_panics() {
        let mut s = session();
        for line in [
            "", ";", ";;", ":", "::", ": help", ":\u{3000}", ":param", ":param x", ":param =", ":export", ":export dot",
            ":export dot \"unclosed", ":read", ":read /nonexistent/x", ":open", ":facts", ":limit -1", ":timeout -3",
            ":timeout NaN", ":format", ":set color maybe", "\"", "MATCH (", "RETURN 'a", "/* open", "RETURN 1 /* x */;",
            "MATCH (p:Person) RETURN p.name ~ 'х'", "RETURN 9223372036854775807 + 1", "RETURN [1][99]",
        ] {
            let _ = run(&mut s, line);
        }
    }

    #[test]
    fn formats_print_as_named() {
        let mut s = session();
        let q = "RETURN 'Қуат | Б' AS name, 2 AS n";
        for (format, expected) in [
            ("json", "[\n  {\n    \"n\": 2,\n    \"name\": \"Қуат | Б\"\n  }\n]\n"),
            ("jsonl", "{\"n\":2,\"name\":\"Қуат | Б\"}\n"),
            ("csv", "name,n\nҚуат | Б,2\n"),
            ("tsv", "name\tn\nҚуат | Б\t2\n"),
            ("markdown", "| name      | n |\n|-----------|---|\n| Қуат \\| Б | 2 |\n"),
            ("plain", "name       n\nҚуат | Б   2\n1 row\n"),
        ] {
            run(&mut s, &format!(":format {format}"));
            let (out, err, outcome) = run(&mut s, q);
            assert_eq!(outcome, Outcome::OK, "{format}: {err}");
            assert_eq!(out, expected, "{format}");
        }
    }
}
