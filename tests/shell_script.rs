//! The shell without a terminal: `shezhire shell --file SCRIPT` and
//! `shezhire shell < SCRIPT` run each `tests/data/shell/NAME.cypher` in
//! order without prompts or colours; stdout, stderr and the exit status
//! must be exactly `NAME.out`, `NAME.err` and `NAME.status` (extra
//! arguments, one a line, in `NAME.args`). `SHEZHIRE_BLESS=1 cargo test
//! --test shell_script` rewrites the expected files from what the binary
//! prints. Also: `shell -c` prints what `query` prints, and `demo` without
//! a terminal runs its example queries.

mod shell_common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn data() -> PathBuf {
    shell_common::root().join("tests/data/shell")
}

fn shezhire(cwd: &Path, db: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_shezhire"))
        .current_dir(cwd)
        .arg("--db")
        .arg(db)
        .args(args)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .env_remove("SHEZHIRE_DB")
        .env_remove("SHEZHIRE_HISTORY")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run shezhire");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or_default()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Compares `actual` with the file, or writes the file when blessing.
fn check(path: &Path, actual: &str, failures: &mut Vec<String>) {
    if std::env::var_os("SHEZHIRE_BLESS").is_some() {
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    if expected != actual {
        failures.push(format!(
            "{} differs (SHEZHIRE_BLESS=1 rewrites it)\n--- expected\n{expected}--- actual\n{actual}",
            path.display()
        ));
    }
}

#[test]
fn scripts_print_exactly_the_expected_output() {
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(data())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "cypher"))
        .collect();
    scripts.sort();
    assert!(scripts.len() >= 5, "the scripts of tests/data/shell are missing");
    let mut failures = Vec::new();
    for script in scripts {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        shell_common::make_db(&db);
        let extra: Vec<String> = std::fs::read_to_string(script.with_extension("args"))
            .map(|a| a.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect())
            .unwrap_or_default();
        let mut args = vec!["shell", "--file", script.to_str().unwrap()];
        args.extend(extra.iter().map(String::as_str));
        let out = shezhire(dir.path(), &db, &args, None);
        check(&script.with_extension("out"), &text(&out.stdout), &mut failures);
        check(&script.with_extension("err"), &text(&out.stderr), &mut failures);
        check(&script.with_extension("status"), &format!("{}\n", out.status.code().unwrap_or(-1)), &mut failures);

        // The same script on stdin prints the same.
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("db");
        shell_common::make_db(&db);
        let mut args = vec!["shell"];
        args.extend(extra.iter().map(String::as_str));
        let piped = shezhire(dir.path(), &db, &args, Some(&std::fs::read(&script).unwrap()));
        if (piped.stdout != out.stdout || piped.stderr != out.stderr || piped.status.code() != out.status.code())
            && std::env::var_os("SHEZHIRE_BLESS").is_none()
        {
            failures.push(format!(
                "{}: on stdin it printed otherwise than with --file\n--- stdout\n{}--- stderr\n{}",
                script.display(),
                text(&piped.stdout),
                text(&piped.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn shell_c_prints_what_query_prints() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    shell_common::make_db(&db);
    let q = "MATCH (p:Person)-[:HOLDS]->(o:Office {role: 'chairman'}) RETURN p.name AS name, o.key AS office ORDER BY name LIMIT 3";
    for format in ["table", "json", "csv", "markdown"] {
        let via_shell = shezhire(dir.path(), &db, &["shell", "--format", format, "-c", q], None);
        let via_query = shezhire(dir.path(), &db, &["query", "--format", format, q], None);
        assert!(via_shell.status.success(), "{}", text(&via_shell.stderr));
        assert_eq!(text(&via_shell.stdout), text(&via_query.stdout), "{format}");
    }
    // A meta-command works with -c too; an error exits 2 like query's.
    let out = shezhire(dir.path(), &db, &["shell", "-c", ":help match"], None);
    assert!(text(&out.stdout).starts_with("MATCH"), "{}", text(&out.stdout));
    let out = shezhire(dir.path(), &db, &["shell", "-c", "MATCH (n) RETRN n"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("  |           ^^^^^\n"), "{}", text(&out.stderr));
    // --limit cuts a result in scripts.
    let out = shezhire(dir.path(), &db, &["shell", "--limit", "1", "-c", "MATCH (b:Branch) RETURN b.key ORDER BY b.key"], None);
    assert!(text(&out.stdout).ends_with("1 row shown; more not shown (`:limit 0` shows all)\n"), "{}", text(&out.stdout));
}

#[test]
fn demo_without_a_terminal_runs_the_example_queries() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let out = shezhire(&shell_common::root(), &db, &["demo"], None);
    assert!(out.status.success(), "{}\n{}", text(&out.stdout), text(&out.stderr));
    let stdout = text(&out.stdout);
    for part in ["// The chairman of a branch", "// The offices one person held", "// The branch tree", "p.name ~ \"Satbaev\""] {
        assert!(stdout.contains(part), "`{part}` missing from\n{stdout}");
    }
    assert!(stdout.contains("AMANAT/district/Бөрлі"), "{stdout}");
    assert!(stdout.contains("Ерлан Сәтбаев"), "the ~ example finds him:\n{stdout}");
    assert!(!stdout.contains('\x1b'), "no colour without a terminal:\n{stdout}");
}
