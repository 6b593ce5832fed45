//! One process at a time: while one `shezhire` holds a database (here an
//! `ingest -` waiting on a stdin that stays open), another `shezhire` on the
//! same directory fails at once with exit status 2 and "database D is locked
//! by another process", and so does `Db::open` in this process; when the
//! holder finishes, its work is there and the database opens again. Within
//! one process a second `Db::open` of an open directory is `Error::Locked`
//! too, clones share one open database, and dropping the last clone frees it.

mod common;

use common::{shezhire, show};
use shezhire::{Db, Error, Label};
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Waits until `child` has the database's files open (sled takes its lock
/// right after opening `DIR/db`), failing if it exits first.
fn wait_until_open(child: &mut Child, db: &Path) {
    let deadline = Instant::now() + Duration::from_secs(20);
    let wanted = db.join("db");
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            panic!("the holder exited before it opened the database: {status}");
        }
        if holds_file(child.id(), &wanted) {
            // The lock is taken right after the open; leave it a moment.
            std::thread::sleep(Duration::from_millis(100));
            return;
        }
        assert!(Instant::now() < deadline, "the holder did not open {} in 20 s", wanted.display());
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(target_os = "linux")]
fn holds_file(pid: u32, file: &Path) -> bool {
    let want = file.canonicalize().ok();
    std::fs::read_dir(format!("/proc/{pid}/fd"))
        .map(|fds| fds.filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok()).any(|p| Some(p) == want))
        .unwrap_or(false)
}

#[cfg(not(target_os = "linux"))]
fn holds_file(_pid: u32, file: &Path) -> bool {
    std::thread::sleep(Duration::from_secs(1));
    file.exists()
}

#[test]
fn a_second_process_is_refused_while_the_first_holds_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("locked.db");
    let mut holder = Command::new(env!("CARGO_BIN_EXE_shezhire"))
        .arg("--db")
        .arg(&db)
        .args(["ingest", "-"])
        .env_remove("SHEZHIRE_DB")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = holder.stdin.take().unwrap();
    stdin.write_all("Кеңес отырысы\n\nПартия филиалының Саяси кеңесінің отырысы өтті.\n".as_bytes()).unwrap();
    wait_until_open(&mut holder, &db);

    let message = format!("database {} is locked by another process", db.display());
    for args in [&["stats"][..], &["check"], &["facts", "--all", "--out", "/nonexistent"], &["ingest", "-"]] {
        let started = Instant::now();
        let out = shezhire(&db, args);
        assert_eq!(out.status.code(), Some(2), "{args:?} while locked: {}", show(&out));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(&message), "{args:?}: expected `{message}` in {}", show(&out));
        assert!(out.stdout.is_empty(), "{args:?} printed on stdout while locked: {}", show(&out));
        assert!(started.elapsed() < Duration::from_secs(10), "{args:?} waited for the lock instead of failing");
    }
    match Db::open(&db) {
        Err(Error::Locked { path }) => assert_eq!(path, db),
        Err(other) => panic!("expected Error::Locked in this process, got {other}"),
        Ok(_) => panic!("this process opened a database another process holds"),
    }
    assert!(holder.try_wait().unwrap().is_none(), "the holder must still be running");

    // The holder finishes its work; then the database is free and has it.
    drop(stdin);
    let out = holder.wait_with_output().unwrap();
    assert!(out.status.success(), "holder: {}", show(&out));
    assert!(String::from_utf8_lossy(&out.stderr).contains("1 inputs: 1 new"), "holder: {}", show(&out));
    let out = shezhire(&db, &["stats"]);
    assert!(out.status.success(), "stats after the holder left: {}", show(&out));
    let opened = Db::open(&db).unwrap();
    assert_eq!(opened.stats().unwrap().nodes[&Label::Article], 1);
    assert!(opened.check().unwrap().is_ok());
}

#[test]
fn a_second_open_in_one_process_is_locked_until_the_last_clone_drops() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("db");
    let first = Db::open(&path).unwrap();
    let clone = first.clone();
    let err = match Db::open(&path) {
        Err(e) => e,
        Ok(_) => panic!("opened one database twice in one process"),
    };
    assert!(matches!(&err, Error::Locked { path: p } if *p == path), "{err:?}");
    assert_eq!(
        err.to_string(),
        format!("database {} is locked by another process (close the other shezhire first)", path.display())
    );

    // Clones share the one open database.
    let (text, facts) =
        common::article_from_facts("Бір мақала", &[shezhire::Fact::Person { name: "Дина Өтешева".into() }]);
    assert!(clone.ingest_facts(&text, "one.txt", facts).unwrap().new);
    assert_eq!(first.articles().unwrap().len(), 1);

    // One clone left still holds it.
    drop(first);
    assert!(matches!(Db::open(&path), Err(Error::Locked { .. })), "dropping one clone released the lock");
    drop(clone);
    let again = Db::open(&path).expect("the last clone dropped: the database opens");
    assert_eq!(again.articles().unwrap().len(), 1);
    assert_eq!(again.stats().unwrap().nodes[&Label::Person], 1);
}
