//! Shrunk failures of the model test (`store_model.rs`), kept as fixed
//! operation sequences. Each is a bug the model test found; the one-line
//! comment says what was wrong. They run the same harness: the store on
//! disk and in memory against the model after every step.

mod common;
mod model;

use model::{Harness, Op};
use shezhire::extract::Role;
use shezhire::Fact;

fn both(ops: &[Op]) {
    for mut h in [Harness::on_disk(), Harness::in_memory()] {
        for op in ops {
            if let Err(e) = h.step(op) {
                panic!("{e}");
            }
        }
    }
}

fn person(name: &str) -> Fact {
    Fact::Person { name: name.into() }
}

fn alias(name: &str, alias: &str) -> Fact {
    Fact::Alias { name: name.into(), alias: alias.into() }
}

/// 1. Postmortem: a person created earlier in the same article was not yet in the name index, so a second spelling of the same name form in that article made a second person.
#[test]
fn r01_same_name_form_twice_in_one_article_is_one_person() {
    both(&[Op::Ingest(vec![
        Fact::Elected {
            name: "ҚУАТ БАЙҒОДЖАЕВ".into(), role: Role::Chairman, org: "AMANAT/central".into()
        },
        person("Қуат Байғоджаев"),
    ])]);
}

/// 2. Postmortem: aliases added to a person earlier in the same article were not yet indexed, so a later mention by that alias (an initial form) did not find the person.
#[test]
fn r02_an_alias_given_earlier_in_the_article_identifies_the_person() {
    both(&[Op::Ingest(vec![alias("Қайрат Байғоджаев", "Қ.Байғоджаев"), alias("Қ.Байғоджаев", "Қуат Байғоджаев")])]);
}

/// 3. Postmortem: sled lets go of its file lock a moment after its `Db` drops (its background threads still hold the file, spacejam/sled#1289), so dropping the last `Db` and opening the directory again failed now and then with "locked by another process".
#[test]
fn r03_reopen_right_after_drop_is_never_locked() {
    // Several databases at once, each reopened right after its drop, with
    // enough data per article that sled writes its buffers in the background.
    let gold = common::repo_gold();
    std::thread::scope(|s| {
        for t in 0..4 {
            let gold = &gold;
            s.spawn(move || {
                let dir = tempfile::tempdir().unwrap();
                let path = dir.path().join("db");
                for i in 0..40 {
                    let db = shezhire::Db::open(&path).unwrap_or_else(|e| panic!("thread {t}, cycle {i}: {e}"));
                    let (text, facts) = common::gold_copy(gold, t * 1000 + i, 3);
                    db.ingest_facts(&text, "x.txt", facts).unwrap();
                    drop(db);
                }
            });
        }
    });
}

/// 4. Postmortem: sled 0.34.7 writes a snapshot at every open as `snap.<lsn>.generating` and renames it when whole, but reads the highest-named `snap.*` file, `.generating` included; a process killed while opening left a half snapshot that made the database unreadable ("Read corrupted data at file offset None").
#[test]
fn r04_a_snapshot_cut_off_by_a_kill_during_open_does_not_make_the_database_unreadable() {
    let gold = common::repo_gold();
    for cut in ["empty", "half", "all but the checksum"] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("db");
        let db = shezhire::Db::open(&path).unwrap();
        for k in 0..3 {
            let (text, facts) = common::gold_copy(&gold, k, 3);
            db.ingest_facts(&text, &format!("a{k}.txt"), facts).unwrap();
        }
        let before = db.stats().unwrap();
        drop(db);
        // The reopen recovers the log and writes sled's first snapshot.
        drop(shezhire::Db::open(&path).unwrap());
        // The whole snapshot sled left, and a newer one cut off as a kill
        // during the next open's snapshot write leaves it.
        let snapshot = std::fs::read_dir(&path)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("snap."))
            .max()
            .expect("sled wrote a snapshot");
        let whole = std::fs::read(&snapshot).unwrap();
        let lsn = u64::from_str_radix(snapshot.file_name().unwrap().to_str().unwrap().trim_start_matches("snap."), 16).unwrap();
        let kept = match cut {
            "empty" => 0,
            "half" => whole.len() / 2,
            _ => whole.len() - 4,
        };
        let torn = path.join(format!("snap.{:016X}.generating", lsn + 4096));
        std::fs::write(&torn, &whole[..kept]).unwrap();

        let db = shezhire::Db::open(&path).unwrap_or_else(|e| panic!("{cut} snapshot: {e}"));
        assert!(db.check().unwrap().is_ok(), "{cut} snapshot: check fails");
        assert_eq!(db.articles().unwrap().len(), 3, "{cut} snapshot");
        assert_eq!(db.stats().unwrap().nodes, before.nodes, "{cut} snapshot");
        assert!(!torn.exists(), "{cut} snapshot: the torn snapshot is still there");
    }
}
