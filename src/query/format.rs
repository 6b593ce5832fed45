//! Printing query results: a table (comfy-table), JSON, JSON lines, CSV and
//! TSV. Shared by `shezhire query` and the shell. JSON lines, CSV and TSV
//! stream row by row; a table and a JSON array wait for the last row.

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
}

impl Format {
    /// Every format's name.
    pub const NAMES: &'static [&'static str] = &["table", "json", "jsonl", "csv", "tsv"];

    /// The format with this name.
    pub fn parse(name: &str) -> Option<Format> {
        match name.to_ascii_lowercase().as_str() {
            "table" => Some(Format::Table),
            "json" => Some(Format::Json),
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "tsv" => Some(Format::Tsv),
            _ => None,
        }
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

/// Writes a result to `out` in `format`; `width` limits a table's width
/// (`None`: as wide as the content). Returns the number of rows.
pub fn write(result: QueryResult, format: Format, width: Option<u16>, out: &mut dyn Write) -> Result<u64> {
    let columns = result.columns().to_vec();
    let mut count = 0u64;
    match format {
        Format::Table => {
            let mut table = comfy_table::Table::new();
            table.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
            if let Some(w) = width {
                table.set_width(w);
                table.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
            }
            table.set_header(columns.clone());
            for row in result {
                table.add_row(row?.iter().map(Value::to_cell).collect::<Vec<_>>());
                count += 1;
            }
            writeln!(out, "{table}").map_err(io)?;
            writeln!(out, "{count} row{}", if count == 1 { "" } else { "s" }).map_err(io)?;
        }
        Format::Json => {
            let mut rows = Vec::new();
            for row in result {
                rows.push(row_object(&columns, &row?));
                count += 1;
            }
            let text = serde_json::to_string_pretty(&rows).map_err(|e| Error::Unsupported(e.to_string()))?;
            writeln!(out, "{text}").map_err(io)?;
        }
        Format::Jsonl => {
            for row in result {
                writeln!(out, "{}", row_object(&columns, &row?)).map_err(io)?;
                count += 1;
            }
        }
        Format::Csv | Format::Tsv => {
            let mut writer = csv::WriterBuilder::new()
                .delimiter(if format == Format::Csv { b',' } else { b'\t' })
                .from_writer(&mut *out);
            let csv_err = |e: csv::Error| Error::Unsupported(format!("writing CSV: {e}"));
            writer.write_record(&columns).map_err(csv_err)?;
            for row in result {
                writer.write_record(row?.iter().map(Value::to_cell)).map_err(csv_err)?;
                count += 1;
            }
            writer.flush().map_err(io)?;
        }
    }
    Ok(count)
}

/// A result as text in `format` (see [`write`]).
pub fn render(result: QueryResult, format: Format, width: Option<u16>) -> Result<String> {
    let mut buf = Vec::new();
    write(result, format, width, &mut buf)?;
    Ok(String::from_utf8_lossy(&buf).into_owned())
}
