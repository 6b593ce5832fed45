//! `shezhire ingest` and the shell's `:ingest`: files, directories and stdin
//! in, a progress bar while it runs, a summary after. A bad file is reported
//! by name and skipped; the others still go in; the exit status says whether
//! any failed.

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

/// What one ingest run did.
#[derive(Clone, Debug, Default)]
pub(crate) struct IngestSummary {
    /// Files (and stdin) found.
    pub(crate) inputs: usize,
    /// Articles stored for the first time.
    pub(crate) new: u64,
    /// Articles already in the database.
    pub(crate) unchanged: u64,
    /// The names of the inputs that failed.
    pub(crate) failures: Vec<String>,
    /// Nodes and relationships added.
    pub(crate) nodes: u64,
    pub(crate) edges: u64,
    pub(crate) elapsed: std::time::Duration,
    /// Stopped early by the cancel flag (Ctrl-C in the shell).
    pub(crate) interrupted: bool,
}

impl IngestSummary {
    /// One line for people; with `timing`, how long it took.
    pub(crate) fn describe(&self, timing: bool) -> String {
        let mut line = format!(
            "{} inputs: {} new, {} unchanged, {} failed; {} nodes and {} relationships added",
            self.inputs,
            self.new,
            self.unchanged,
            self.failures.len(),
            self.nodes,
            self.edges
        );
        if timing {
            line.push_str(&format!(" in {:.2?}", self.elapsed));
        }
        if self.interrupted {
            line.push_str(" (interrupted: the rest was not read)");
        }
        line
    }
}

pub(super) fn run(db: &Db, paths: &[PathBuf], quiet: bool) -> Result<ExitCode, Error> {
    let progress_from = if quiet { usize::MAX } else { PROGRESS_FROM };
    let summary = ingest_paths(db, paths, progress_from, None, &mut |line| eprintln!("{line}"))?;
    eprintln!("{}", summary.describe(true));
    Ok(if summary.failures.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

/// Ingests `paths` (files, directories of `*.txt`, `-` for stdin), drawing a
/// progress bar on stderr from `progress_from` inputs on. Each bad input is
/// told to `report` as an `error: ...` line and skipped; a database error
/// stops the run. Checked between inputs, `cancel` stops it early.
pub(crate) fn ingest_paths(
    db: &Db,
    paths: &[PathBuf],
    progress_from: usize,
    cancel: Option<&std::sync::atomic::AtomicBool>,
    report: &mut dyn FnMut(&str),
) -> Result<IngestSummary, Error> {
    let started = Instant::now();
    let mut inputs = Vec::new();
    let mut failures = Vec::new();
    collect(paths, &mut inputs, &mut failures);
    for failure in &failures {
        report(&format!("error: {failure}"));
    }
    let bar = if inputs.len() >= progress_from {
        let bar = indicatif::ProgressBar::new(inputs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} articles {elapsed} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut summary = IngestSummary { inputs: inputs.len(), ..IngestSummary::default() };
    let mut sources = Vec::with_capacity(inputs.len());
    for input in &inputs {
        match input {
            Input::File(path) => sources.push(ArticleSource::File(path.clone())),
            Input::Stdin => match read_stdin() {
                Ok(bytes) => sources.push(ArticleSource::Bytes { name: "<stdin>".into(), bytes }),
                Err(e) => {
                    report(&format!("error: {e}"));
                    failures.push(input.name());
                }
            },
        }
    }
    let mut fatal = None;
    let mut done = 0;
    db.ingest_many(&sources, cancel, |source, result| {
        done += 1;
        match result {
            Ok(r) if r.new => {
                summary.new += 1;
                summary.nodes += r.nodes_added;
                summary.edges += r.edges_added;
            }
            Ok(_) => summary.unchanged += 1,
            Err(e @ (Error::BadInput { .. } | Error::Io { .. })) => {
                bar.suspend(|| report(&format!("error: {e}")));
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
    if let Some(e) = fatal {
        bar.finish_and_clear();
        return Err(e);
    }
    summary.interrupted = done < sources.len();
    bar.finish_and_clear();
    db.flush()?;
    summary.failures = failures;
    summary.elapsed = started.elapsed();
    Ok(summary)
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
