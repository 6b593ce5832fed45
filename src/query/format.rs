//! Printing query results: a table (comfy-table), JSON, JSON lines, CSV,
//! TSV, a Markdown table and plain aligned columns. Shared by `shezhire
//! query` and the shell. JSON lines, CSV and TSV stream row by row; the
//! tables and a JSON array wait for the last row (or the row limit).

use super::api::QueryResult;
use super::value::Value;
use crate::error::{Error, Result};
use std::io::Write;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    /// A table with a header, for people.
    #[default]
    Table,
    /// One JSON array of objects (column → value).
    Json,
    /// One JSON object a line.
    Jsonl,
    /// Comma-separated values with a header line.
    Csv,
    /// Tab-separated values with a header line.
    Tsv,
    /// A Markdown (GitHub) table, for pasting into documents.
    Markdown,
    /// Aligned columns without borders.
    Plain,
}

impl Format {
    /// Every format's name.
    pub const NAMES: &'static [&'static str] = &["table", "json", "jsonl", "csv", "tsv", "markdown", "plain"];

    /// The format with this name.
    pub fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "table" => Some(Format::Table),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "tsv" => Some(Format::Tsv),
            "markdown" | "md" => Some(Format::Markdown),
            "plain" => Some(Format::Plain),
            _ => None,
        }
    }
}

impl Format {
    /// The format's name (one of [`Format::NAMES`]).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Table => "table",
            Format::Json => "json",
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Tsv => "tsv",
            Format::Markdown => "markdown",
            Format::Plain => "plain",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> std::result::Result<Format, String> {
        Format::parse(s).ok_or_else(|| format!("unknown format `{s}` (the formats are {})", Format::NAMES.join(", ")))
    }
}

fn io(e: std::io::Error) -> Error {
    Error::io("<output>", e)
}

fn row_object(columns: &[String], row: &[Value]) -> serde_json::Value {
    serde_json::Value::Object(columns.iter().cloned().zip(row.iter().map(Value::to_json)).collect())
}

/// How [`write_with`] lays a result out.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WriteOptions {
    /// The widest a table (or plain columns) may be, in terminal columns;
    /// longer values wrap (`None`: as wide as the content).
    pub width: Option<u16>,
    /// Stop after this many rows (`None`: all of them).
    pub max_rows: Option<u64>,
    /// The most lines a wrapped table row may take; the rest is cut with `…`.
    pub max_row_lines: Option<usize>,
}

/// What [`write_with`] wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Written {
    /// Rows written.
    pub rows: u64,
    /// True when [`WriteOptions::max_rows`] stopped it before the last row.
    pub truncated: bool,
}

/// Writes a result to `out` in `format`; `width` limits a table's width
/// (`None`: as wide as the content). A table is followed by its row count.
/// Returns the number of rows.
pub fn write(result: QueryResult, format: Format, width: Option<u16>, out: &mut dyn Write) -> Result<u64> {
    let written = write_with(result, format, &WriteOptions { width, ..WriteOptions::default() }, out)?;
    if format == Format::Table {
        let count = written.rows;
        writeln!(out, "{count} row{}", if count == 1 { "" } else { "s" }).map_err(io)?;
    }
    Ok(written.rows)
}

/// Writes a result to `out` in `format` as `options` say, with no footer.
/// Rows are read only up to the limit, so a huge result costs only what
/// is shown.
pub fn write_with(result: QueryResult, format: Format, options: &WriteOptions, out: &mut dyn Write) -> Result<Written> {
    let columns = result.columns().to_vec();
    let mut written = Written::default();
    let limit = options.max_rows.unwrap_or(u64::MAX);
    let mut rows = result.peekable();
    // Pulls the next row unless the limit is reached (then notes that more exist).
    let mut next_row = |written: &mut Written| -> Option<Result<Vec<Value>>> {
        if written.rows >= limit {
            written.truncated = rows.peek().is_some();
            return None;
        }
        let row = rows.next()?;
        if row.is_ok() {
            written.rows += 1;
        }
        Some(row)
    };
    match format {
        Format::Table | Format::Plain => {
            let mut table = comfy_table::Table::new();
            table.load_style(if format == Format::Table { comfy_table::presets::UTF8_FULL_CONDENSED } else { PLAIN });
            table.set_truncation_indicator("…");
            if let Some(w) = options.width {
                table.set_width(w);
                table.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
            }
            table.set_header(columns.clone());
            while let Some(row) = next_row(&mut written) {
                let mut cells = comfy_table::Row::from(row?.iter().map(Value::to_cell).collect::<Vec<_>>());
                if let Some(lines) = options.max_row_lines {
                    cells.max_height(lines.max(1));
                }
                table.add_row(cells);
            }
            if format == Format::Plain {
                for line in table.lines() {
                    let line = line.strip_prefix(' ').unwrap_or(&line).trim_end().to_string();
                    writeln!(out, "{line}").map_err(io)?;
                }
            } else {
                writeln!(out, "{table}").map_err(io)?;
            }
        }
        Format::Markdown => {
            let mut table = comfy_table::Table::new();
            table.load_style(comfy_table::presets::ASCII_MARKDOWN);
            table.set_header(columns.iter().map(|c| markdown_cell(c)).collect::<Vec<_>>());
            while let Some(row) = next_row(&mut written) {
                table.add_row(row?.iter().map(|v| markdown_cell(&v.to_cell())).collect::<Vec<_>>());
            }
            writeln!(out, "{table}").map_err(io)?;
        }
        Format::Json => {
            let mut objects = Vec::new();
            while let Some(row) = next_row(&mut written) {
                objects.push(row_object(&columns, &row?));
            }
            let text = serde_json::to_string_pretty(&objects).map_err(|e| Error::Unsupported(e.to_string()))?;
            writeln!(out, "{text}").map_err(io)?;
        }
        Format::Jsonl => {
            while let Some(row) = next_row(&mut written) {
                writeln!(out, "{}", row_object(&columns, &row?)).map_err(io)?;
            }
        }
        Format::Csv | Format::Tsv => {
            let mut writer = csv::WriterBuilder::new()
                .delimiter(if format == Format::Csv { b',' } else { b'\t' })
                .from_writer(&mut *out);
            let csv_err = |e: csv::Error| Error::Unsupported(format!("writing CSV: {e}"));
            writer.write_record(&columns).map_err(csv_err)?;
            while let Some(row) = next_row(&mut written) {
                writer.write_record(row?.iter().map(Value::to_cell)).map_err(csv_err)?;
            }
            writer.flush().map_err(io)?;
        }
    }
    Ok(written)
}

/// Aligned columns, no lines: padding and a blank junction keep columns apart.
const PLAIN: comfy_table::TableStyle = comfy_table::TableStyle::new()
    .header_lines(comfy_table::ContentLineStyle::none().junction(' '))
    .content_lines(comfy_table::ContentLineStyle::none().junction(' '));

/// A cell of a Markdown table: one line, pipes escaped.
fn markdown_cell(text: &str) -> String {
    text.replace('\\', "\\\\").replace('|', "\\|").replace("\r\n", "<br>").replace('\n', "<br>")
}

/// A result as text in `format` (see [`write`]).
pub fn render(result: QueryResult, format: Format, width: Option<u16>) -> Result<String> {
    let mut buf = Vec::new();
    write(result, format, width, &mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}
