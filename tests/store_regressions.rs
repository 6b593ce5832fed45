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
