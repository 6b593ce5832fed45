//! Builds a database from articles and their gold facts (no extraction):
//! `cargo run --example gold_db -- TEXTS_DIR GOLD_DIR DB_DIR`. Used to draw
//! docs/seeds-graph.svg from the seeds before the extractor reads them.

#[path = "../tests/common/gold.rs"]
mod gold;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [texts, gold_dir, db_path] = args.as_slice() else {
        eprintln!("usage: gold_db TEXTS_DIR GOLD_DIR DB_DIR");
        std::process::exit(2);
    };
    let db = match shezhire::Db::open(db_path) {
        Ok(db) => db,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let n = gold::ingest_dir(&db, texts.as_ref(), gold_dir.as_ref());
    if let Err(e) = db.flush() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
    eprintln!("ingested {n} articles with their gold facts into {db_path}");
}
