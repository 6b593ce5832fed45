//! A small tool built on the library: opens a database, ingests a file, and
//! looks a person up by any form of their name.
//!
//! `cargo run --example embed -- DB_PATH ARTICLE.txt NAME`

use shezhire::{Db, Direction, RelType};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [db_path, article, name] = args.as_slice() else {
        eprintln!("usage: embed DB_PATH ARTICLE.txt NAME");
        return ExitCode::from(2);
    };
    match run(db_path, article, name) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(db_path: &str, article: &str, name: &str) -> Result<(), shezhire::Error> {
    let db = Db::open(db_path)?;
    let report = db.ingest_file(article)?;
    println!(
        "{} {} ({} nodes, {} relationships added)",
        if report.new { "ingested" } else { "already had" },
        report.article_id,
        report.nodes_added,
        report.edges_added
    );
    for person in db.find_person(name)? {
        println!("{}", person.display_name());
        for (holds, office) in db.neighbours(person.id, Direction::Outgoing, Some(RelType::Holds))? {
            let status = holds.str_prop("status").unwrap_or("?");
            println!("  {} ({status})", office.display_name());
        }
    }
    Ok(())
}
