//! Bad input through the command line. `shezhire ingest DIR` with a good
//! article beside a non-UTF-8 file, an empty file, a binary (PNG) file and
//! an oversized one exits 1, names every bad file with its reason (line and
//! column for the bad UTF-8), stores the good article and nothing of the bad
//! ones. Ingesting `../shared/seeds` a second time adds nothing and leaves
//! `stats` identical; `facts --all --out DIR` writes one `<stem>.facts` per
//! article with that article's facts; missing paths and unknown articles
//! give errors that name them.

mod common;

use common::{shared, shezhire, show};
use shezhire::Db;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The count on the `stats` row that starts with `row`.
fn stat(stats: &str, row: &str) -> u64 {
    let line = stats.lines().find(|l| l.contains(row)).unwrap_or_else(|| panic!("no `{row}` row in\n{stats}"));
    line.split_whitespace().filter_map(|w| w.parse().ok()).next_back().unwrap_or_else(|| panic!("no count in `{line}`"))
}

const GOOD: &str = "Бөрлі аудандық филиалында жиын өтті\n\nПартия филиалының кезекті конференциясы өтті.\n";

#[test]
fn bad_files_are_named_and_skipped_and_the_good_one_goes_in() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles");
    std::fs::create_dir(&input).unwrap();
    std::fs::write(input.join("good.txt"), GOOD).unwrap();
    // Lines 1 and 2 are fine; line 3 has a 0xFF after two letters.
    let mut bad = "Тақырып\nекінші жол\n".as_bytes().to_vec();
    bad.extend_from_slice(b"ab\xff cd\n");
    let bad_offset = "Тақырып\nекінші жол\nab".len();
    std::fs::write(input.join("bad_utf8.txt"), &bad).unwrap();
    std::fs::write(input.join("empty.txt"), b"").unwrap();
    std::fs::write(input.join("image.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").unwrap();
    let big = format!("Үлкен мақала\n{}", "сөз ".repeat(300));
    std::fs::write(input.join("big.txt"), &big).unwrap();
    std::fs::write(input.join("notes.md"), "not an article: directories give only *.txt").unwrap();

    let db = dir.path().join("db");
    let out = shezhire(&db, &["ingest", "--max-size", "1000", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    let err = stderr(&out);
    let named = |file: &str, reason: &str| {
        let path = input.join(file).display().to_string();
        assert!(
            err.lines().any(|l| l.contains(&path) && l.contains(reason)),
            "expected a line naming {path} with `{reason}` in\n{err}"
        );
    };
    named("bad_utf8.txt", &format!("not UTF-8 text: invalid byte at line 3, column 3 (byte offset {bad_offset})"));
    named("empty.txt", "empty");
    named("image.txt", "binary data");
    named("big.txt", &format!("too large: {} bytes, the limit is 1000 bytes", big.len()));
    assert!(!err.contains("good.txt") && !err.contains("notes.md"), "{err}");
    assert!(err.contains("5 inputs: 1 new, 0 unchanged, 4 failed"), "{err}");

    let stats = shezhire(&db, &["stats"]);
    assert!(stats.status.success(), "{}", show(&stats));
    assert_eq!(stat(&stdout(&stats), "(:Article)"), 1, "{}", stdout(&stats));

    // Nothing of the bad files is stored: the graph is what the good
    // article alone makes.
    let alone = dir.path().join("alone");
    let out = shezhire(&alone, &["ingest", input.join("good.txt").to_str().unwrap()]);
    assert!(out.status.success(), "{}", show(&out));
    let alone_stats = shezhire(&alone, &["stats"]);
    let counts = |s: &str| s.lines().filter(|l| !l.contains("bytes on disk")).map(str::to_string).collect::<Vec<_>>();
    assert_eq!(counts(&stdout(&stats)), counts(&stdout(&alone_stats)));
    let opened = Db::open(&db).unwrap();
    let articles = opened.articles().unwrap();
    assert_eq!(articles.len(), 1);
    assert_eq!(articles[0].source, input.join("good.txt").display().to_string());
    assert_eq!(opened.article_text(&articles[0].id).unwrap(), GOOD);
    assert!(opened.check().unwrap().is_ok());
    drop(opened);
    let check = shezhire(&db, &["check"]);
    assert!(check.status.success(), "{}", show(&check));

    // The same directory with the default limit: the big file goes in too.
    let out = shezhire(&db, &["ingest", input.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", show(&out));
    assert!(stderr(&out).contains("5 inputs: 1 new, 1 unchanged, 3 failed"), "{}", show(&out));
}

fn seed_stems() -> BTreeSet<String> {
    let stems: BTreeSet<String> = std::fs::read_dir(shared().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    assert!(!stems.is_empty(), "no seeds in ../shared/seeds");
    stems
}

fn facts_files(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect()
}

#[test]
fn ingesting_the_seeds_twice_changes_nothing_and_facts_all_writes_one_file_each() {
    let stems = seed_stems();
    let n = stems.len();
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    let seeds = shared().join("seeds");

    let first = shezhire(&db, &["ingest", seeds.to_str().unwrap()]);
    assert!(first.status.success(), "{}", show(&first));
    assert!(stderr(&first).contains(&format!("{n} inputs: {n} new, 0 unchanged, 0 failed")), "{}", show(&first));
    let stats_first = shezhire(&db, &["stats"]);
    assert_eq!(stat(&stdout(&stats_first), "(:Article)"), n as u64);

    let second = shezhire(&db, &["ingest", seeds.to_str().unwrap()]);
    assert!(second.status.success(), "{}", show(&second));
    assert!(
        stderr(&second)
            .contains(&format!("{n} inputs: 0 new, {n} unchanged, 0 failed; 0 nodes and 0 relationships added")),
        "{}",
        show(&second)
    );
    let stats_second = shezhire(&db, &["stats"]);
    assert_eq!(stdout(&stats_first), stdout(&stats_second), "stats changed on re-ingest");

    let out_dir = dir.path().join("facts");
    let out = shezhire(&db, &["facts", "--all", "--out", out_dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", show(&out));
    assert!(stderr(&out).contains(&format!("wrote {n} facts files")), "{}", show(&out));
    let want: BTreeSet<String> = stems.iter().map(|s| format!("{s}.facts")).collect();
    assert_eq!(facts_files(&out_dir), want);
    // Each file is what `facts` prints for that article (by path and by stem).
    for stem in &stems {
        let by_path = shezhire(&db, &["facts", seeds.join(format!("{stem}.txt")).to_str().unwrap()]);
        let by_stem = shezhire(&db, &["facts", stem]);
        assert!(by_path.status.success() && by_stem.status.success(), "{}{}", show(&by_path), show(&by_stem));
        let written = std::fs::read_to_string(out_dir.join(format!("{stem}.facts"))).unwrap();
        assert_eq!(written, stdout(&by_path), "{stem}");
        assert_eq!(written, stdout(&by_stem), "{stem}");
    }
}

#[test]
fn facts_all_writes_each_articles_stored_facts() {
    // A graph with facts in it (today's extractor finds none): the seeds with
    // their gold facts, stored through the library.
    let dir = tempfile::tempdir().unwrap();
    let db_path = dir.path().join("db");
    let mut expected = BTreeMap::new();
    {
        let db = Db::open(&db_path).unwrap();
        for stem in seed_stems() {
            let text = std::fs::read_to_string(shared().join(format!("seeds/{stem}.txt"))).unwrap();
            let gold = shared().join(format!("gold/{stem}.facts"));
            let facts = common::parse_facts(&std::fs::read_to_string(&gold).unwrap(), &gold.display().to_string());
            let article = common::Gold { stem: stem.clone(), text: text.clone(), facts }.article_facts();
            assert!(!article.facts.is_empty(), "{stem}: no gold facts");
            expected.insert(format!("{stem}.facts"), article.to_facts_text());
            db.ingest_facts(&text, &format!("seeds/{stem}.txt"), article).unwrap();
        }
    }
    let out_dir = dir.path().join("nested/out");
    let out = shezhire(&db_path, &["facts", "--all", "--out", out_dir.to_str().unwrap()]);
    assert!(out.status.success(), "{}", show(&out));
    assert_eq!(facts_files(&out_dir), expected.keys().cloned().collect());
    for (file, text) in &expected {
        assert_eq!(&std::fs::read_to_string(out_dir.join(file)).unwrap(), text, "{file}");
    }
}

#[test]
fn missing_paths_and_unknown_articles_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("db");
    for missing in ["no/such/article.txt", "no/such/directory"] {
        let path = dir.path().join(missing);
        let out = shezhire(&db, &["ingest", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{}", show(&out));
        let err = stderr(&out);
        assert!(
            err.lines().any(|l| l.starts_with("error: ")
                && l.contains(&path.display().to_string())
                && l.contains("No such file")),
            "{missing}: {err}"
        );
        assert!(err.contains("1 inputs: 0 new, 0 unchanged, 1 failed"), "{err}");
    }

    let out = shezhire(&db, &["facts", "nosuch"]);
    assert_eq!(out.status.code(), Some(2), "{}", show(&out));
    assert_eq!(stderr(&out).trim(), "error: no article `nosuch`");

    // A --db that is a file, or a directory of other things, is not opened.
    let file = dir.path().join("file.db");
    std::fs::write(&file, "x").unwrap();
    let out = shezhire(&file, &["stats"]);
    assert_eq!(out.status.code(), Some(2), "{}", show(&out));
    assert!(
        stderr(&out).contains(&format!("{} is not a shezhire database: it is a file", file.display())),
        "{}",
        show(&out)
    );
    let other = dir.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(other.join("photo.jpg"), "x").unwrap();
    let out = shezhire(&other, &["ingest", "-"]);
    assert_eq!(out.status.code(), Some(2), "{}", show(&out));
    assert!(stderr(&out).contains("is not a shezhire database: the directory is not empty"), "{}", show(&out));
    assert_eq!(facts_files(&other), ["photo.jpg".to_string()].into_iter().collect(), "nothing was written into it");
}

#[test]
fn facts_all_keeps_articles_that_share_a_file_name_apart() {
    let work = tempfile::tempdir().unwrap();
    let db = work.path().join("db");
    for (dir, text) in [("a", "Бірінші мақала.\n\nҚуат Байғоджаев сөз сөйледі."), ("b", "Екінші мақала.\n\nАсхат Нұрғалиев сөйледі.")] {
        std::fs::create_dir_all(work.path().join(dir)).unwrap();
        std::fs::write(work.path().join(dir).join("same.txt"), text).unwrap();
    }
    let a = work.path().join("a/same.txt");
    let b = work.path().join("b/same.txt");
    let out = shezhire(&db, &["ingest", a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let facts = work.path().join("facts");
    let out = shezhire(&db, &["facts", "--all", "--out", facts.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let files = facts_files(&facts);
    assert_eq!(files.len(), 2, "{files:?}");
    assert!(files.contains("same.facts"), "{files:?}");
    assert!(stderr(&out).contains("another article is also named same"), "{}", stderr(&out));
}

/// Output cut short by the reader (`shezhire extract … | head -1`) ends the
/// process quietly: no panic message on a closed pipe.
#[cfg(unix)]
#[test]
fn a_closed_output_pipe_is_no_panic() {
    use std::io::Read;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    // Enough sentences that the trace outgrows the pipe's buffer.
    let text = GOOD.to_string() + &"Жиында аудандық филиал төрағасы Ерлан Сейтов баяндама жасады.\n".repeat(3000);
    std::fs::write(&article, text).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_shezhire"))
        .args(["--db", dir.path().join("db").to_str().unwrap(), "extract", "--trace", article.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child.stderr.as_mut().unwrap().read_to_string(&mut err).unwrap();
    child.wait().unwrap();
    assert!(!err.contains("panicked"), "stderr after the pipe closed:\n{err}");
}
