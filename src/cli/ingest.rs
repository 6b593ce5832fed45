//! `shezhire ingest`: files, directories and stdin in, a progress bar while
//! it runs, a summary after. A bad file is reported by name and skipped; the
//! others still go in; the exit status says whether any failed.

use crate::{ArticleSource, Db, Error};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Progress is drawn from this many files on.
const PROGRESS_FROM: usize = 20;

enum Input {
    File(PathBuf),
    Stdin,
}

impl Input {
    fn name(&self) -> String {
        match self {
            Input::File(p) => p.display().to_string(),
            Input::Stdin => "<stdin>".to_string(),
        }
    }
}

/// Expands directories into their `*.txt` files (sorted, recursively).
fn collect(paths: &[PathBuf], out: &mut Vec<Input>, failures: &mut Vec<String>) {
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
                    children.sort();
                    let (dirs, files): (Vec<PathBuf>, Vec<PathBuf>) = children.into_iter().partition(|p| p.is_dir());
                    out.extend(files.into_iter().filter(|p| p.extension().is_some_and(|e| e == "txt")).map(Input::File));
                    collect(&dirs, out, failures);
                }
                Err(e) => failures.push(format!("{}: {e}", path.display())),
            }
        } else {
            out.push(Input::File(path.clone()));
        }
    }
}

pub(super) fn run(db: &Db, paths: &[PathBuf], quiet: bool) -> Result<ExitCode, Error> {
    let started = Instant::now();
    let mut inputs = Vec::new();
    let mut failures = Vec::new();
    collect(paths, &mut inputs, &mut failures);
    let bar = if !quiet && inputs.len() >= PROGRESS_FROM {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let (mut new, mut unchanged, mut nodes, mut edges) = (0u64, 0u64, 0u64, 0u64);
    let mut sources = Vec::with_capacity(inputs.len());
    for input in &inputs {
        match input {
            Input::File(path) => sources.push(ArticleSource::File(path.clone())),
            Input::Stdin => match read_stdin() {
                Ok(bytes) => sources.push(ArticleSource::Bytes { name: "<stdin>".into(), bytes }),
                Err(e) => {
                    eprintln!("error: {e}");
                    failures.push(input.name());
                }
            },
        }
    }
    let mut fatal = None;
    db.ingest_many(&sources, |source, result| {
        match result {
            Ok(report) if report.new => {
                new += 1;
                nodes += report.nodes_added;
                edges += report.edges_added;
            }
            Ok(_) => unchanged += 1,
            Err(e @ (Error::BadInput { .. } | Error::Io { .. })) => {
                bar.suspend(|| eprintln!("error: {e}"));
                failures.push(source.name());
            }
            // A storage failure stops the run: later articles are not written.
            Err(e) => {
                fatal.get_or_insert(e);
            }
        }
        bar.inc(1);
        bar.set_message(short_source_name(source));
    });
    bar.finish_and_clear();
    if let Some(e) = fatal {
        return Err(e);
    }
    db.flush()?;
    eprintln!(
        "{} inputs: {new} new, {unchanged} unchanged, {} failed; {nodes} nodes and {edges} relationships added in {:.2?}",
        inputs.len(),
        failures.len(),
        started.elapsed()
    );
    Ok(if failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn short_source_name(source: &ArticleSource) -> String {
    match source {
        ArticleSource::File(p) => p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        ArticleSource::Bytes { name, .. } => name.clone(),
    }
}

fn read_stdin() -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::new();
    std::io::stdin().read_to_end(&mut bytes).map_err(|e| Error::io(Path::new("<stdin>"), e))?;
    Ok(bytes)
}
