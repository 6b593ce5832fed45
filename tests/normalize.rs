//! Name normalisation against the table of declined Kazakh names
//! (tests/data/normalize/declined_names.tsv): the library function and the
//! `shezhire normalize` command must both recover the nominative.

use std::io::Write;
use std::process::{Command, Stdio};

fn table() -> Vec<(String, String, String)> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/normalize/declined_names.tsv"))
        .expect("the declined-names table");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f[0].to_string(), f[1].to_string(), f.get(2).unwrap_or(&"").to_string())
        })
        .collect()
}

#[test]
fn the_library_recovers_nominatives() {
    let rows = table();
    assert!(rows.len() >= 300, "the table has {} rows", rows.len());
    let wrong: Vec<String> = rows
        .iter()
        .filter_map(|(declined, nominative, case)| {
            let got = shezhire::extract::normalize_name(declined);
            (got != *nominative).then(|| format!("{declined} ({case}) → {got}, expected {nominative}"))
        })
        .collect();
    let accuracy = 1.0 - wrong.len() as f64 / rows.len() as f64;
    eprintln!("accuracy {accuracy:.4} over {} rows", rows.len());
    for w in &wrong {
        eprintln!("  {w}");
    }
    assert!(accuracy >= 0.98, "accuracy {accuracy:.4}: {} wrong", wrong.len());
}

#[test]
fn the_command_reads_stdin_and_prints_one_name_a_line() {
    let rows = table();
    let input: String = rows.iter().map(|(d, _, _)| format!("{d}\n")).collect();
    let mut child = Command::new(env!("CARGO_BIN_EXE_shezhire"))
        .arg("normalize")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("run shezhire normalize");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let lines: Vec<&str> = std::str::from_utf8(&out.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), rows.len());
    let right = rows.iter().zip(&lines).filter(|((_, n, _), got)| n == *got).count();
    assert!(right as f64 / rows.len() as f64 >= 0.98, "{right} of {} right", rows.len());
}
