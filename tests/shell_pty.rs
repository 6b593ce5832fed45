//! The interactive shell driven in a pseudo-terminal (expectrl), as a
//! person would use it: start; complete a partial name with Tab (Cyrillic
//! and Latin letters); run a multi-line query and see the table; hit a
//! syntax error and see the caret; Ctrl-C drops the input being typed and
//! cancels a running query, and the session goes on; the history is
//! recalled after a restart (`--history` in a temporary directory); Ctrl-D
//! on an empty line quits with status 0.
//!
//! Timeouts are generous and the terminal wide: these run in CI on a small
//! machine. `NO_COLOR` keeps escape sequences out of what is matched. Ctrl-D
//! is sent only after a prompt has been seen: between two readline calls the
//! terminal is not in raw mode, and the line discipline would eat it.

mod shell_common;

use expectrl::process::unix::WaitStatus;
use expectrl::{Eof, Expect, Session};
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// The shell over `db` in a 200×50 pseudo-terminal, waiting at its first prompt.
fn start(db: &Path, extra: &[&str]) -> expectrl::session::OsSession {
    start_with(db, extra, true)
}

fn start_with(db: &Path, extra: &[&str], no_color: bool) -> expectrl::session::OsSession {
    let mut command = Command::new(env!("CARGO_BIN_EXE_shezhire"));
    command
        .arg("--db")
        .arg(db)
        .arg("shell")
        .args(extra)
        .env("TERM", "xterm")
        .env_remove("COLUMNS")
        .env_remove("SHEZHIRE_DB")
        .env_remove("SHEZHIRE_HISTORY");
    if no_color {
        command.env("NO_COLOR", "1");
    } else {
        command.env_remove("NO_COLOR");
    }
    let mut session = Session::spawn(command).expect("spawn the shell in a pty");
    session.get_process_mut().set_window_size(200, 50).expect("set the window size");
    session.set_expect_timeout(Some(Duration::from_secs(60)));
    session.expect("shezhire> ").expect("the first prompt");
    session
}

/// Types `text` and Enter (a carriage return, as a terminal sends it).
fn enter(session: &mut expectrl::session::OsSession, text: &str) {
    session.send(format!("{text}\r")).unwrap();
}

fn test_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    shell_common::make_db(&db);
    (dir, db)
}

#[test]
fn a_session_completes_runs_fails_cancels_and_quits() {
    let (_dir, db) = test_db();
    let mut p = start(&db, &["--no-history"]);

    // Tab completes a partial Cyrillic surname from the database...
    p.send("MATCH (p:Person) WHERE p.name ~ \"Байғ").unwrap();
    p.send("\t").unwrap();
    p.expect("Байғоджаев").expect("Tab completes Байғ to Байғоджаев");
    // ...and the statement goes on on a second line, behind the continuation prompt.
    enter(&mut p, "\"");
    p.expect("...> ").expect("the continuation prompt");
    enter(&mut p, "RETURN p.name AS name;");
    p.expect("│ Қуат Байғоджаев │").expect("the result table");
    p.expect("1 row").expect("the row count");
    p.expect("shezhire> ").unwrap();

    // Latin letters offer the Kazakh name.
    p.send("MATCH (p:Person {name: \"Ерлан satb").unwrap();
    p.send("\t").unwrap();
    p.expect("Сәтбаев").expect("Tab offers Сәтбаев for Latin satb");
    enter(&mut p, "\"}) RETURN p.name AS who;");
    p.expect("│ Ерлан Сәтбаев │").unwrap();
    p.expect("shezhire> ").unwrap();

    // A syntax error shows the caret, and the session goes on.
    enter(&mut p, "MATCH (n) RETRN n;");
    p.expect("syntax error at line 1, column 11").unwrap();
    p.expect("1 | MATCH (n) RETRN n").unwrap();
    p.expect("  |           ^^^^^").expect("the caret under RETRN");
    p.expect("did you mean `RETURN`?").unwrap();
    p.expect("shezhire> ").unwrap();

    // Ctrl-C drops the statement being typed without leaving.
    enter(&mut p, "MATCH (p:Person");
    p.expect("...> ").unwrap();
    p.send("\x03").unwrap();
    p.expect("(input cancelled)").unwrap();
    p.expect("shezhire> ").unwrap();
    enter(&mut p, "RETURN 40 + 2 AS answer;");
    p.expect("│ 42     │").expect("a statement after Ctrl-C runs alone");
    p.expect("shezhire> ").unwrap();

    // Ctrl-C cancels a running query (billions of rows) without leaving.
    enter(&mut p, "MATCH (a), (b), (c), (d), (e) RETURN count(*) AS n;");
    std::thread::sleep(Duration::from_millis(800));
    p.send("\x03").unwrap();
    p.expect("cancelled: the query was cancelled").expect("Ctrl-C cancels the query");
    p.expect("shezhire> ").unwrap();
    enter(&mut p, "RETURN 'still here' AS s;");
    p.expect("│ still here │").unwrap();
    p.expect("shezhire> ").unwrap();

    // An unknown meta-command suggests the nearest one.
    enter(&mut p, ":shema");
    p.expect("did you mean `:schema`?").unwrap();
    p.expect("shezhire> ").unwrap();

    // Ctrl-D on an empty line quits, with status 0.
    p.send("\x04").unwrap();
    p.expect(Eof).expect("the shell leaves on Ctrl-D");
    let status = p.get_process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
}

#[test]
fn history_is_recalled_after_a_restart() {
    let (dir, db) = test_db();
    let history = dir.path().join("state").join("history");
    let history_arg = history.to_str().unwrap();

    let mut p = start(&db, &["--history", history_arg]);
    enter(&mut p, "MATCH (b:Branch {level: 'district'})");
    p.expect("...> ").unwrap();
    enter(&mut p, "RETURN b.key AS district ORDER BY district;");
    p.expect("│ AMANAT/district/Бөрлі ").unwrap();
    p.expect("shezhire> ").unwrap();
    enter(&mut p, ":quit");
    p.expect(Eof).unwrap();
    let saved = std::fs::read_to_string(&history).expect("the history file was written");
    assert!(saved.contains("RETURN b.key AS district ORDER BY district;"), "{saved}");

    let mut p = start(&db, &["--history", history_arg]);
    // Up arrow recalls the last statement, both lines of it; Enter runs it.
    p.send("\x1b[A").unwrap();
    p.expect("ORDER BY district;").expect("the statement from the last session");
    p.send("\r").unwrap();
    p.expect("│ AMANAT/district/Бөрлі ").expect("the recalled statement runs");
    p.expect("2 rows").unwrap();
    p.expect("shezhire> ").unwrap();
    // Ctrl-R searches the history.
    p.send("\x12district").unwrap();
    p.expect("reverse-i-search").expect("reverse search");
    // Ctrl-G leaves the search and redraws the empty line under the prompt;
    // Ctrl-D then quits from inside the same readline call. (Ctrl-C here would
    // end that call, and a Ctrl-D typed before the next one puts the terminal
    // back in raw mode is eaten by the line discipline: a race of the test,
    // not of a person at the keyboard.)
    p.send("\x07").unwrap();
    p.expect("shezhire> ").expect("the prompt after the search");
    p.send("\x04").unwrap();
    p.expect(Eof).expect("Ctrl-D on the empty line quits");
}

#[test]
fn a_terminal_without_no_color_gets_highlighting() {
    let (_dir, db) = test_db();
    let mut p = start_with(&db, &["--no-history"], false);
    p.send("MATCH (p:Person").unwrap();
    // The keyword bold blue, the variable cyan, the label magenta, as typed.
    p.expect("\x1b[1;34mMATCH\x1b[0m").expect("MATCH highlighted");
    p.expect("\x1b[35mPerson").expect("the label highlighted");
    p.send(") RETURN count(*) AS n;\r").unwrap();
    p.expect("│ 27 │").unwrap();
    p.expect("\x1b[2m1 row").expect("the footer dim");
    p.expect("shezhire> ").unwrap();
    p.send("\x04").unwrap();
    p.expect(Eof).unwrap();
}

#[test]
fn vi_keys_with_dash_dash_vi() {
    let (_dir, db) = test_db();
    let mut p = start(&db, &["--no-history", "--vi"]);
    enter(&mut p, "RETURN 5 AS five;");
    p.expect("│ 5    │").unwrap();
    p.expect("shezhire> ").unwrap();
    // Esc leaves insert mode; `k` fetches the previous entry; Enter runs it.
    p.send("\x1b").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    p.send("k").unwrap();
    p.expect("RETURN 5 AS five;").expect("vi `k` recalls the statement");
    p.send("\r").unwrap();
    p.expect("│ 5    │").expect("and it runs again");
    p.expect("shezhire> ").unwrap();
    // `:set emacs` switches back: Ctrl-A goes to the start of the line.
    enter(&mut p, ":set emacs");
    p.expect("shezhire> ").unwrap();
    p.send("AS six;\x01RETURN 6 \r").unwrap();
    p.expect("│ 6   │").expect("Emacs Ctrl-A after :set emacs");
    p.expect("shezhire> ").unwrap();
    p.send("\x04").unwrap();
    p.expect(Eof).unwrap();
}
