//! The shell: `shezhire shell`, `shezhire demo` and `shezhire query`.
//!
//! [`Session::process_line`] takes one statement or meta-command and writes
//! what it prints; it knows nothing of terminals, so it is unit-tested
//! directly. Around it: `input` splits typed or pasted text into statements
//! and meta-commands, `meta` holds the meta-command table and help topics,
//! `complete` and `highlight` serve the line editor, `schema` answers
//! `:schema` and `:stats`, and `repl` is the rustyline loop. Scripts
//! (`--file`, a pipe on stdin, `-c`) run through the same session without
//! prompts or colours.

mod complete;
mod highlight;
mod input;
mod meta;
mod repl;
pub(crate) mod schema;
mod session;

pub use complete::{complete, Candidate, Vocabulary};
pub use highlight::{color_wanted, highlight, paint_error, Palette};
pub use input::{InputBuffer, Item};
pub use session::{Control, Outcome, Session, Settings, Width};

use crate::query::format::Format;
use crate::Db;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// How `shezhire shell` was asked to run.
#[derive(Clone, Debug, Default)]
pub struct ShellOptions {
    /// Run this file's statements and leave (`--file`).
    pub file: Option<PathBuf>,
    /// Run this one statement or meta-command and leave (`-c`).
    pub command: Option<String>,
    /// The history file (`--history`); the user's data directory when none.
    pub history: Option<PathBuf>,
    /// Keep no history (`--no-history`).
    pub no_history: bool,
    /// Edit with Vi keys (`--vi`).
    pub vi: bool,
    /// In scripts, go on after a failed statement (`--keep-going`).
    pub keep_going: bool,
    /// Show at most this many rows of a result (0: all).
    pub limit: Option<u64>,
    /// The output format.
    pub format: Option<Format>,
    /// Never colour.
    pub no_color: bool,
    /// Give up on queries after this long.
    pub timeout: Option<Duration>,
}

impl ShellOptions {
    /// Applies the options that both modes share to `settings`.
    fn apply(&self, settings: &mut Settings) {
        if let Some(format) = self.format {
            settings.format = format;
        }
        if let Some(limit) = self.limit {
            settings.max_rows = (limit > 0).then_some(limit);
        }
        settings.timeout = self.timeout;
        settings.vi = self.vi;
        if self.keep_going {
            settings.keep_going = true;
        }
    }

    /// The history file to use, if any.
    fn history_path(&self) -> Option<PathBuf> {
        if self.no_history {
            None
        } else {
            self.history.clone().or_else(repl::default_history_path)
        }
    }
}

/// Settings for a script or a one-off command.
fn script_settings(options: &ShellOptions) -> Settings {
    let mut settings = Settings::script();
    // Tables fit the terminal when one shows them.
    if std::io::stdout().is_terminal() {
        settings.width = Width::Terminal;
    }
    options.apply(&mut settings);
    settings
}

/// Runs the shell over `db`: a command (`-c`), a file, a script on stdin,
/// or, on a terminal, the interactive prompt.
pub fn main(db: Db, options: &ShellOptions) -> ExitCode {
    if let Some(command) = &options.command {
        let mut session = Session::new(db, script_settings(options));
        return run_with_stdio(|out, err| session.process_line(command, out, err));
    }
    if let Some(file) = &options.file {
        let text = match std::fs::read(file) {
            Ok(bytes) => match crate::db::decode_text(&bytes, u64::MAX) {
                Ok(text) => text.to_string(),
                Err(problem) => {
                    eprintln!("error: {}: {problem}", file.display());
                    return ExitCode::from(2);
                }
            },
            Err(e) => {
                eprintln!("error: {}: {e}", file.display());
                return ExitCode::from(2);
            }
        };
        let mut session = Session::new(db, script_settings(options));
        return run_with_stdio(|out, err| session.run_script(&text, out, err));
    }
    if !std::io::stdin().is_terminal() {
        let mut bytes = Vec::new();
        if let Err(e) = std::io::stdin().read_to_end(&mut bytes) {
            eprintln!("error: reading standard input: {e}");
            return ExitCode::from(2);
        }
        let text = match crate::db::decode_text(&bytes, u64::MAX) {
            Ok(text) => text.to_string(),
            Err(problem) => {
                eprintln!("error: <stdin>: {problem}");
                return ExitCode::from(2);
            }
        };
        let mut session = Session::new(db, script_settings(options));
        return run_with_stdio(|out, err| session.run_script(&text, out, err));
    }
    interactive(db, options, true)
}

/// The interactive prompt over `db`.
pub(crate) fn interactive(db: Db, options: &ShellOptions, banner: bool) -> ExitCode {
    let color = !options.no_color && color_wanted(std::io::stdout().is_terminal());
    let mut settings = Settings::interactive(color);
    options.apply(&mut settings);
    repl::run(Session::new(db, settings), options.history_path(), banner)
}

/// Runs `f` with buffered stdout and stderr, and turns its outcome into an
/// exit status.
fn run_with_stdio(f: impl FnOnce(&mut dyn Write, &mut dyn Write) -> Outcome) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let outcome = f(&mut out, &mut err);
    let _ = out.flush();
    ExitCode::from(outcome.status)
}

/// `shezhire query`: one statement in the given format, with parameters
/// and a time limit; exit status 2 when it does not parse or plan, 1 when
/// it fails while running. `shezhire shell -c` runs through the same
/// session code.
pub fn run_query(db: Db, query: &str, format: Format, params: crate::Params, timeout: Option<Duration>) -> ExitCode {
    let options = ShellOptions { format: Some(format), timeout, ..ShellOptions::default() };
    let mut session = Session::new(db, script_settings(&options));
    session.params = params;
    run_with_stdio(|out, err| session.run_statement(query, out, err))
}

/// `shezhire demo` after ingesting: on a terminal, the shell; else the
/// example queries, printed with their results.
pub fn demo(db: Db, options: &ShellOptions) -> ExitCode {
    if std::io::stdin().is_terminal() {
        eprintln!("Try the examples of `:help`, or `:help keys`. Some queries to start with:");
        for (title, query) in meta::DEMO_QUERIES {
            eprintln!("  // {title}\n  {}", query.replace('\n', "\n  "));
        }
        return interactive(db, options, true);
    }
    let mut settings = script_settings(options);
    settings.color = !options.no_color && color_wanted(std::io::stdout().is_terminal());
    let mut session = Session::new(db, settings);
    run_with_stdio(|out, err| meta::run_examples(&mut session, out, err))
}
