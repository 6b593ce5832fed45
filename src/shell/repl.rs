//! The interactive loop: a rustyline editor with the shell's helper
//! (completion, history hints, highlighting), a history file, the prompt
//! and continuation prompt, and Ctrl-C: while a line is read rustyline
//! reports it and the input is dropped; while a query runs a signal
//! handler sets the session's cancel flag and the query stops.
//! Everything it reads goes to [`Session::process_line`]'s machinery.

use super::complete::{self, Vocabulary};
use super::highlight::{highlight, Palette};
use super::input::{InputBuffer, Item};
use super::schema::sample_property_names;
use super::session::{Control, Session};
use crate::Db;
use rustyline::completion::{Completer, Pair};
use rustyline::config::Configurer;
use rustyline::error::ReadlineError;
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::HistoryHinter;
use rustyline::history::FileHistory;
use rustyline::{ColorMode, CompletionType, Config, EditMode, Editor, Helper, Hinter, Validator};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

/// The prompt, and the one shown while a statement continues (same width).
pub(crate) const PROMPT: &str = "shezhire> ";
pub(crate) const CONTINUATION: &str = "     ...> ";

/// rustyline's helper: completion from the database, hints from history,
/// highlighting. Refreshed from the session after each input.
#[derive(Helper, Hinter, Validator)]
pub(crate) struct ShellHelper {
    #[rustyline(Hinter)]
    hinter: HistoryHinter,
    db: Option<Db>,
    properties: BTreeSet<String>,
    params: Vec<String>,
    palette: Palette,
    /// A statement is being continued (a leading `:` is then a label).
    pending: bool,
    /// The cursor for bracket matching; none at the final refresh.
    cursor: std::cell::Cell<Option<usize>>,
}

impl ShellHelper {
    fn new(palette: Palette) -> ShellHelper {
        ShellHelper {
            hinter: HistoryHinter::new(),
            db: None,
            properties: BTreeSet::new(),
            params: Vec::new(),
            palette,
            pending: false,
            cursor: std::cell::Cell::new(None),
        }
    }

    /// Takes what completion needs from the session.
    fn refresh(&mut self, session: &Session, properties_too: bool) {
        if properties_too || self.db.as_ref().map_or(true, |db| db.path() != session.db().path()) {
            self.properties = sample_property_names(session.db());
        }
        self.db = Some(session.db().clone());
        self.params = session.params().keys().cloned().collect();
        self.palette = Palette::new(session.settings().color);
    }
}

impl Completer for ShellHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let vocab = Vocabulary { db: self.db.as_ref(), properties: &self.properties, params: self.params.clone() };
        let (start, candidates) = complete::complete(line, pos, self.pending, &vocab);
        Ok((start, candidates.into_iter().map(|c| Pair { display: c.display, replacement: c.replacement }).collect()))
    }
}

impl Highlighter for ShellHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.palette.enabled {
            return Cow::Borrowed(line);
        }
        Cow::Owned(highlight(line, self.cursor.get(), self.palette))
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, default: bool) -> Cow<'b, str> {
        if default && self.palette.enabled {
            Cow::Owned(self.palette.prompt(prompt))
        } else {
            Cow::Borrowed(prompt)
        }
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(self.palette.dim(hint))
    }

    fn highlight_char(&self, _line: &str, pos: usize, kind: CmdKind) -> bool {
        // Re-highlight on every change; at the final refresh, without the
        // matching bracket.
        self.cursor.set(if kind == CmdKind::ForcedRefresh { None } else { Some(pos) });
        self.palette.enabled
    }
}

/// The cancel flag Ctrl-C sets while no line is being read. One handler per
/// process (the ctrlc crate allows one); it sets whichever flag the running
/// session put here.
fn install_interrupt_handler(flag: Arc<AtomicBool>) {
    static CURRENT: OnceLock<Mutex<Arc<AtomicBool>>> = OnceLock::new();
    let mut installed = true;
    let slot = CURRENT.get_or_init(|| {
        installed = false;
        Mutex::new(flag.clone())
    });
    if let Ok(mut current) = slot.lock() {
        *current = flag;
    }
    if !installed {
        let result = ctrlc::set_handler(|| {
            if let Some(slot) = CURRENT.get() {
                if let Ok(current) = slot.lock() {
                    current.store(true, Ordering::Relaxed);
                }
            }
        });
        if let Err(e) = result {
            eprintln!("note: Ctrl-C will not cancel queries: {e}");
        }
    }
}

/// The default history file: `<data dir>/shezhire/history`.
pub(crate) fn default_history_path() -> Option<PathBuf> {
    dirs::data_dir().map(|d| d.join("shezhire").join("history"))
}

/// Runs the interactive shell until `:quit` or Ctrl-D. `history` is the
/// history file (none: no history kept).
pub(crate) fn run(mut session: Session, history: Option<PathBuf>, banner: bool) -> ExitCode {
    let palette = Palette::new(session.settings().color);
    let config = Config::builder()
        .history_ignore_space(true)
        .auto_add_history(false)
        .completion_type(CompletionType::List)
        .edit_mode(if session.settings().vi { EditMode::Vi } else { EditMode::Emacs })
        .color_mode(if palette.enabled { ColorMode::Enabled } else { ColorMode::Disabled })
        .bracketed_paste(true)
        .build();
    let mut editor: Editor<ShellHelper, FileHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("error: cannot start the line editor: {e}");
            return ExitCode::from(2);
        }
    };
    let mut helper = ShellHelper::new(palette);
    helper.refresh(&session, true);
    editor.set_helper(Some(helper));
    if let Some(path) = &history {
        load_history(&mut editor, path);
    }
    install_interrupt_handler(session.cancel_flag());
    if banner {
        print_banner(&session, history.as_deref());
    }
    let mut buffer = InputBuffer::new();
    let mut vi = session.settings().vi;
    loop {
        let pending = buffer.is_pending();
        if let Some(h) = editor.helper_mut() {
            h.pending = pending;
        }
        let prompt = if pending { CONTINUATION } else { PROMPT };
        match editor.readline(prompt) {
            Ok(line) => {
                // From here on, Ctrl-C (a signal now that the line is read)
                // cancels what this line runs, the rest of a paste included.
                session.cancel_flag().store(false, Ordering::Relaxed);
                let items = buffer.push(&line);
                let mut quit = false;
                for item in items {
                    let entry = match &item {
                        Item::Meta(text) => text.clone(),
                        Item::Statement(text) => format!("{text};"),
                    };
                    // `:quit` is not worth recalling: Up should give the last real input.
                    let quits = matches!(&item, Item::Meta(text) if is_quit(text));
                    if !quits {
                        let _ = editor.add_history_entry(entry);
                    }
                    let is_meta = matches!(item, Item::Meta(_));
                    let outcome = {
                        let stdout = std::io::stdout();
                        let stderr = std::io::stderr();
                        let (mut out, mut err) = (stdout.lock(), stderr.lock());
                        let outcome = session.run_items(vec![item], &mut out, &mut err);
                        let _ = out.flush();
                        outcome
                    };
                    if let Some(h) = editor.helper_mut() {
                        h.refresh(&session, is_meta);
                    }
                    if session.settings().vi != vi {
                        vi = session.settings().vi;
                        editor.set_edit_mode(if vi { EditMode::Vi } else { EditMode::Emacs });
                    }
                    if let Some(path) = &history {
                        save_history(&mut editor, path);
                    }
                    if outcome.control == Control::Quit {
                        quit = true;
                        break;
                    }
                    if session.cancel_flag().load(Ordering::Relaxed) {
                        break;
                    }
                }
                if quit {
                    break;
                }
            }
            Err(ReadlineError::Interrupted) => {
                // Ctrl-C while typing: forget the input, stay.
                if buffer.is_pending() {
                    eprintln!("{}", palette.dim("(input cancelled)"));
                }
                buffer.clear();
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("error: reading input: {e}");
                break;
            }
        }
    }
    if let Some(path) = &history {
        save_history(&mut editor, path);
    }
    ExitCode::SUCCESS
}

/// True for `:quit` and its aliases.
fn is_quit(meta_line: &str) -> bool {
    let name = meta_line.trim().trim_start_matches(':').split_whitespace().next().unwrap_or("");
    super::meta::find_command(name).is_some_and(|c| c.name == "quit")
}

fn load_history(editor: &mut Editor<ShellHelper, FileHistory>, path: &Path) {
    if path.exists() {
        if let Err(e) = editor.load_history(path) {
            eprintln!("note: cannot read the history file {}: {e}", path.display());
        }
    }
}

/// Appends the new entries to the history file (creating its directory).
fn save_history(editor: &mut Editor<ShellHelper, FileHistory>, path: &Path) {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let _ = std::fs::create_dir_all(parent);
    }
    let _ = editor.append_history(path);
}

fn print_banner(session: &Session, history: Option<&Path>) {
    let palette = Palette::new(session.settings().color);
    let counts = session
        .db()
        .stats()
        .map(|s| format!(" ({} nodes, {} relationships)", s.node_total(), s.relationship_total()))
        .unwrap_or_default();
    eprintln!(
        "{} {} on {}{counts}",
        palette.bold("shezhire"),
        env!("CARGO_PKG_VERSION"),
        session.db().path().display()
    );
    let keep = match history {
        Some(path) => format!("history in {}", path.display()),
        None => "no history kept".to_string(),
    };
    eprintln!(
        "{}",
        palette.dim(&format!("End statements with `;`. `:help` for help, Tab to complete, Ctrl-D to leave; {keep}."))
    );
}
