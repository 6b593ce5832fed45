//! The command line: argument parsing (clap) and one function per command.
//! Commands print results on stdout and problems on stderr; the exit status
//! is 0 when all went well, 1 when some input failed, 2 on a usage or
//! database error.

mod export;
pub(crate) mod ingest;

use crate::{Db, Error};
use clap::{Args, Parser, Subcommand};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "shezhire", version, about = "A knowledge graph of Kazakh party news: people, branches, offices, events")]
struct Cli {
    /// The database directory.
    #[arg(long, global = true, env = "SHEZHIRE_DB", default_value = "shezhire.db")]
    db: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Ingest articles: files, directories (their *.txt files), or `-` for stdin.
    Ingest {
        /// What to ingest.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The largest article accepted, in bytes.
        #[arg(long, default_value_t = crate::DEFAULT_MAX_ARTICLE_BYTES)]
        max_size: u64,
        /// No progress bar.
        #[arg(long, short)]
        quiet: bool,
    },
    /// Print the facts of one article (a path, an article id or a file stem).
    Facts {
        /// The article.
        #[arg(required_unless_present = "all")]
        article: Option<String>,
        /// Write `<stem>.facts` for every article into --out.
        #[arg(long, requires = "out")]
        all: bool,
        /// The directory for --all.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Extract the facts of article files without storing them.
    Extract {
        /// Article files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Print each fact with the sentence it was read from.
        #[arg(long)]
        why: bool,
        /// Print how the text was read (sentences, names, places, events).
        #[arg(long)]
        trace: bool,
    },
    /// Read Kazakh person names (one a line, any case ending) and print their nominative forms.
    Normalize,
    /// Counts by label and relationship type, and the size on disk.
    Stats,
    /// Verify that records, indexes and adjacency agree and every article is whole.
    Check,
    /// Ingest the bundled sample articles and open the shell (without a
    /// terminal: print a few example queries and their results).
    Demo {
        #[command(flatten)]
        editor: EditorArgs,
    },
    /// The interactive shell; with a script on stdin, --file or -c, runs it.
    Shell {
        #[command(flatten)]
        editor: EditorArgs,
        /// Run the statements and commands of a file, then leave.
        #[arg(long, value_name = "FILE", conflicts_with = "command")]
        file: Option<PathBuf>,
        /// Run one statement (or :command), then leave.
        #[arg(short = 'c', long = "command", value_name = "QUERY")]
        command: Option<String>,
        /// In a script, go on after a failed statement (the exit status still says it failed).
        #[arg(long)]
        keep_going: bool,
        /// Give up on a query after this many seconds.
        #[arg(long, value_name = "SECS")]
        timeout: Option<f64>,
    },
    /// Run one query (EXPLAIN in front prints its plan).
    Query {
        /// The query.
        query: String,
        /// Output format: table, json, jsonl, csv, tsv, markdown or plain.
        #[arg(long, short, default_value = "table")]
        format: crate::OutputFormat,
        /// A parameter, `name=value`; the value is read as JSON when it is
        /// JSON (`3`, `true`, `"x"`, `[1,2]`), else as a string. Repeatable.
        #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
        params: Vec<String>,
        /// Give up after this many seconds.
        #[arg(long, value_name = "SECS")]
        timeout: Option<f64>,
    },
    /// Export a subgraph or the whole graph: dot, json, jsonl, graphml, or csv for neo4j-admin.
    Export(export::ExportArgs),
    /// Import a graph written by `export json` (or `export jsonl`) into an empty database.
    Import(export::ImportArgs),
    /// Generate a synthetic graph for benchmarks: graph.jsonl (for `import jsonl`),
    /// CSV files for other databases, and random query parameters.
    Gen {
        /// How many people (the scale: about 1.4 nodes and 8 relationships per person).
        #[arg(long, default_value_t = 10_000)]
        people: u64,
        /// The random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The output directory.
        #[arg(long, short)]
        out: PathBuf,
    },
    /// Time the benchmark queries Q1–Q7 on --db through the library API (bench/run.sh).
    #[command(hide = true)]
    BenchQueries {
        /// The params.json written by `gen`.
        #[arg(long)]
        params: PathBuf,
        /// Timed runs of Q1–Q4 (Q5 and Q6 run a tenth, Q7 a third).
        #[arg(long, default_value_t = 1000)]
        runs: usize,
        /// Untimed runs before the timed ones.
        #[arg(long, default_value_t = 50)]
        warmup: usize,
        /// Record the rows of this many first runs per query.
        #[arg(long, default_value_t = 0)]
        answers: usize,
        /// Run only these queries (Q1,Q3,...).
        #[arg(long, value_delimiter = ',')]
        only: Vec<String>,
        /// After the open and first query are timed, hold this many MiB of
        /// the graph in memory (`Db::prewarm`) before the runs; 0: none.
        #[arg(long, default_value_t = 512)]
        prewarm_mib: u64,
        /// Where the JSON report goes.
        #[arg(long, short)]
        out: PathBuf,
    },
}

/// How the shell edits and prints, shared by `shell` and `demo`.
#[derive(Args, Debug, Default)]
struct EditorArgs {
    /// The history file [default: shezhire/history in the user's data directory].
    #[arg(long, value_name = "PATH", env = "SHEZHIRE_HISTORY")]
    history: Option<PathBuf>,
    /// Keep no history.
    #[arg(long)]
    no_history: bool,
    /// Edit with Vi keys (Emacs keys by default; `:set vi` in the shell).
    #[arg(long)]
    vi: bool,
    /// Show at most this many rows of a result; 0 shows all [default: 1000 on a terminal, all in scripts].
    #[arg(long, value_name = "N")]
    limit: Option<u64>,
    /// Output format: table, json, jsonl, csv, tsv, markdown or plain.
    #[arg(long, short)]
    format: Option<crate::OutputFormat>,
    /// Never colour (as does a non-empty NO_COLOR).
    #[arg(long)]
    no_color: bool,
}

impl EditorArgs {
    fn options(&self) -> crate::shell::ShellOptions {
        crate::shell::ShellOptions {
            history: self.history.clone(),
            no_history: self.no_history,
            vi: self.vi,
            limit: self.limit,
            format: self.format,
            no_color: self.no_color,
            ..crate::shell::ShellOptions::default()
        }
    }
}

/// Runs the command line.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    match cli.command {
        Command::Ingest { paths, max_size, quiet } => {
            let db = Db::open(&cli.db)?;
            db.set_max_article_bytes(max_size);
            ingest::run(&db, &paths, quiet)
        }
        Command::Facts { article, all, out } => {
            let db = Db::open(&cli.db)?;
            if all {
                let out = out.expect("clap requires --out with --all");
                facts_all(&db, &out)
            } else {
                let article = article.expect("clap requires an article without --all");
                let name = article_name(&db, &article)?;
                print!("{}", db.facts(&name)?.to_facts_text());
                Ok(ExitCode::SUCCESS)
            }
        }
        Command::Extract { files, why, trace } => extract_files(&files, why, trace),
        Command::Normalize => normalize(),
        Command::Stats => {
            let db = Db::open(&cli.db)?;
            print_stats(&db)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Check => {
            let db = Db::open(&cli.db)?;
            let report = db.check()?;
            println!("{} nodes, {} relationships, {} articles checked", report.nodes, report.edges, report.articles);
            for p in &report.problems {
                println!("problem: {p}");
            }
            Ok(if report.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Demo { editor } => demo(&cli.db, &editor.options()),
        Command::Export(args) => export::run_export(&cli.db, &args),
        Command::Import(args) => export::run_import(&cli.db, &args),
        Command::Query { query, format, params, timeout } => run_query(&cli.db, &query, format, &params, timeout),
        Command::Gen { people, seed, out } => {
            let started = std::time::Instant::now();
            let report = crate::bench::gen::generate(&crate::bench::gen::GenOptions { people, seed, out: out.clone() })?;
            eprintln!(
                "wrote {} nodes and {} relationships to {} in {:.1} s",
                report.node_total(),
                report.relationship_total(),
                out.display(),
                started.elapsed().as_secs_f64()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::BenchQueries { params, runs, warmup, answers, only, prewarm_mib, out } => {
            let options =
                crate::bench::queries::BenchOptions { db: cli.db.clone(), params, runs, warmup, answers, only, prewarm_mib };
            let report = crate::bench::queries::run(&options)?;
            let bytes = serde_json::to_vec(&report).map_err(|e| Error::io(&out, e.into()))?;
            std::fs::write(&out, bytes).map_err(|e| Error::io(&out, e))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Shell { editor, file, command, keep_going, timeout } => {
            let Some(timeout) = parse_timeout(timeout) else { return Ok(ExitCode::from(2)) };
            let options = crate::shell::ShellOptions { file, command, keep_going, timeout, ..editor.options() };
            let db = Db::open(&cli.db)?;
            Ok(crate::shell::main(db, &options))
        }
    }
}

/// `shezhire query`: errors in the query print with a caret and exit 2;
/// a failure while rows stream exits 1. Runs through the shell's session,
/// as `shezhire shell -c` does.
fn run_query(db_path: &std::path::Path, query: &str, format: crate::OutputFormat, params: &[String], timeout: Option<f64>) -> Result<ExitCode, Error> {
    let mut parsed = crate::Params::new();
    for p in params {
        let Some((name, value)) = p.split_once('=') else {
            eprintln!("error: --param takes NAME=VALUE, not `{p}`");
            return Ok(ExitCode::from(2));
        };
        parsed.insert(name.trim().trim_start_matches('$').to_string(), crate::query::param_value(value));
    }
    let Some(timeout) = parse_timeout(timeout) else { return Ok(ExitCode::from(2)) };
    let db = Db::open(db_path)?;
    Ok(crate::shell::run_query(db, query, format, parsed, timeout))
}

/// `--timeout SECS` as a duration; `None` (after saying why) when it is not
/// a positive number.
fn parse_timeout(timeout: Option<f64>) -> Option<Option<std::time::Duration>> {
    match timeout {
        Some(t) if t.is_finite() && t > 0.0 => Some(Some(std::time::Duration::from_secs_f64(t.min(1e9)))),
        Some(t) => {
            eprintln!("error: --timeout takes a positive number of seconds, not {t}");
            None
        }
        None => Some(None),
    }
}

/// A path to an article file names the article by content; anything else is
/// an id or a stem.
pub(crate) fn article_name(db: &Db, article: &str) -> Result<String, Error> {
    let path = std::path::Path::new(article);
    if path.is_file() {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = crate::db::decode_text(&bytes, u64::MAX)
            .map_err(|problem| Error::BadInput { source_name: article.to_string(), problem })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let hash = blake3::hash(text.as_bytes());
        return Ok(crate::store::write::hex(hash.as_bytes())[..16].to_string());
    }
    let _ = db;
    Ok(article.to_string())
}

fn facts_all(db: &Db, out: &std::path::Path) -> Result<ExitCode, Error> {
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let mut written = 0;
    let mut used = std::collections::HashSet::new();
    for article in db.articles()? {
        let facts = db.article_facts(&article)?;
        // Two sources with one file name (a/x.txt, b/x.txt) must not overwrite each other.
        let mut stem = article.stem();
        if !used.insert(stem.clone()) {
            stem = format!("{stem}-{}", article.id);
            eprintln!("note: another article is also named {}; writing {stem}.facts", article.stem());
            used.insert(stem.clone());
        }
        let path = out.join(format!("{stem}.facts"));
        std::fs::write(&path, facts.to_facts_text()).map_err(|e| Error::io(&path, e))?;
        written += 1;
    }
    eprintln!("wrote {written} facts files to {}", out.display());
    Ok(ExitCode::SUCCESS)
}

fn extract_files(files: &[PathBuf], why: bool, trace: bool) -> Result<ExitCode, Error> {
    let mut failed = false;
    for path in files {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        let text = match crate::db::decode_text(&bytes, crate::DEFAULT_MAX_ARTICLE_BYTES) {
            Ok(text) => text,
            Err(problem) => {
                eprintln!("error: {}: {problem}", path.display());
                failed = true;
                continue;
            }
        };
        if files.len() > 1 {
            println!("# {}", path.display());
        }
        if trace {
            println!("{}", crate::extract::trace(text));
        }
        let facts = crate::extract::extract(text);
        if why {
            let mut sorted = facts.facts.clone();
            sorted.sort_by(|a, b| a.fact.to_string().cmp(&b.fact.to_string()));
            for f in sorted {
                println!("{}
    ← {}", f.fact, f.span.slice(text).unwrap_or("").trim());
            }
        } else {
            print!("{}", facts.to_facts_text());
        }
    }
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn normalize() -> Result<ExitCode, Error> {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for (i, line) in stdin.lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| Error::io("<stdin>", e))?;
        let text = String::from_utf8(line).map_err(|e| Error::BadInput {
            source_name: "<stdin>".into(),
            problem: crate::InputProblem::NotUtf8 { line: i + 1, column: 1, offset: e.utf8_error().valid_up_to() },
        })?;
        let text = text.trim_end_matches('\r');
        writeln!(out, "{}", crate::extract::normalize_name(text)).map_err(|e| Error::io("<stdout>", e))?;
    }
    out.flush().map_err(|e| Error::io("<stdout>", e))?;
    Ok(ExitCode::SUCCESS)
}

fn print_stats(db: &Db) -> Result<(), Error> {
    println!("{}", crate::shell::schema::stats_table(db)?);
    Ok(())
}

/// The bundled sample articles: `./examples/articles` when run from a
/// checkout, else the directory this binary was built from.
fn sample_articles() -> Option<PathBuf> {
    [PathBuf::from("examples/articles"), PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/articles")]
        .into_iter()
        .find(|p| p.is_dir())
}

fn demo(db_path: &std::path::Path, options: &crate::shell::ShellOptions) -> Result<ExitCode, Error> {
    let Some(dir) = sample_articles() else {
        return Err(Error::Unsupported("the sample articles (examples/articles) are not here".into()));
    };
    let db = Db::open(db_path)?;
    eprintln!("ingesting the sample articles from {} into {}", dir.display(), db_path.display());
    let ingested = ingest::run(&db, &[dir], true)?;
    print_stats(&db)?;
    let shell = crate::shell::demo(db, options);
    Ok(if ingested != ExitCode::SUCCESS { ingested } else { shell })
}
