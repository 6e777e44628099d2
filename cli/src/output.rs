//! The one output path: rows of API fields, printed as a table, JSON, YAML, NDJSON or TSV.
//!
//! Machine formats use the API's field names and raw values (epoch milliseconds, base64
//! payloads); tables show local RFC 3339 times and decoded payloads. Lists are written
//! item by item as they are fetched (tables, which need every width, at the end), and a
//! JSON array is closed even when a later page fails.

use std::io::{self, Write};

use base64::Engine as _;
use bytes::Bytes;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use futures::{Stream, StreamExt};
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::Value;

use crate::args::Format;
use crate::errors::{CliResult, Failure};
#[cfg(doc)]
use crate::views::Fields;

/// One field's value.
#[derive(Debug, Clone)]
pub enum Cell {
    /// A plain value, printed as is.
    Json(Value),
    /// Epoch milliseconds: raw in machine output, local time in tables.
    Time(Option<i64>),
    /// A payload: base64 in machine output, decoded (UTF-8, else `b64:…`) in tables.
    Data(Bytes),
}

impl<T: Into<Value>> From<T> for Cell {
    fn from(value: T) -> Self {
        Cell::Json(value.into())
    }
}

impl Cell {
    fn machine(&self) -> Value {
        match self {
            Cell::Json(value) => value.clone(),
            Cell::Time(ms) => ms.map_or(Value::Null, Value::from),
            Cell::Data(data) => Value::from(base64::engine::general_purpose::STANDARD.encode(data)),
        }
    }

    fn text(&self) -> String {
        match self {
            Cell::Json(Value::String(s)) => s.clone(),
            Cell::Json(Value::Null) => String::new(),
            Cell::Json(Value::Array(items)) if items.iter().all(Value::is_string) => items
                .iter()
                .filter_map(Value::as_str)
                .collect::<Vec<_>>()
                .join("\n"),
            Cell::Json(Value::Array(items)) if items.iter().all(is_tag) => items
                .iter()
                .map(|tag| {
                    format!(
                        "{}={}",
                        tag["key"].as_str().unwrap_or_default(),
                        tag["value"].as_str().unwrap_or_default()
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
            Cell::Json(value) => value.to_string(),
            Cell::Time(ms) => ms.map(local_time).unwrap_or_default(),
            Cell::Data(data) => payload_text(data),
        }
    }

    /// The value in TSV: machine values, strings unquoted.
    fn value(&self) -> String {
        match self.machine() {
            Value::String(s) => s,
            Value::Null => String::new(),
            other => other.to_string(),
        }
    }
}

/// `{"key": …, "value": …}`, as DIS lists tags.
fn is_tag(value: &Value) -> bool {
    value.get("key").is_some_and(Value::is_string)
        && value.get("value").is_some_and(Value::is_string)
}

/// Epoch milliseconds as RFC 3339 in the local time zone.
pub fn local_time(ms: i64) -> String {
    use chrono::TimeZone;
    match chrono::Local.timestamp_millis_opt(ms) {
        chrono::LocalResult::Single(t) => t.to_rfc3339_opts(chrono::SecondsFormat::Millis, false),
        _ => ms.to_string(),
    }
}

/// A payload for people: its text when it is UTF-8, else `b64:` and its base64.
pub fn payload_text(data: &[u8]) -> String {
    match std::str::from_utf8(data) {
        Ok(text) => text.to_owned(),
        Err(_) => format!(
            "b64:{}",
            base64::engine::general_purpose::STANDARD.encode(data)
        ),
    }
}

/// The fields of one item, in the API's order and with the API's names.
#[derive(Debug, Clone, Default)]
pub struct Row(pub Vec<(&'static str, Cell)>);

impl Row {
    pub fn new() -> Self {
        Row(Vec::new())
    }

    pub fn with(mut self, key: &'static str, cell: impl Into<Cell>) -> Self {
        self.0.push((key, cell.into()));
        self
    }

    fn select(&self, columns: &[String]) -> CliResult<Row> {
        columns
            .iter()
            .map(|wanted| {
                self.0
                    .iter()
                    .find(|(key, _)| key.eq_ignore_ascii_case(wanted))
                    .cloned()
                    .ok_or_else(|| {
                        let known: Vec<&str> = self.0.iter().map(|(key, _)| *key).collect();
                        Failure::Usage(format!(
                            "no column `{wanted}`; the columns are: {}",
                            known.join(", ")
                        ))
                    })
            })
            .collect::<CliResult<Vec<_>>>()
            .map(Row)
    }
}

impl Serialize for Row {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, cell) in &self.0 {
            map.serialize_entry(key, &cell.machine())?;
        }
        map.end()
    }
}

/// A resource the CLI prints: its fields and the columns its table shows by default.
pub trait View {
    /// The table's columns (API names); `-o wide` and machine formats show every field.
    const COLUMNS: &'static [&'static str];
    fn row(&self) -> Row;
    /// The table's columns of this item (fixed per type, except for built [`Fields`]).
    fn columns(&self) -> &'static [&'static str] {
        Self::COLUMNS
    }
}

/// Where results go, and how.
pub struct Printer {
    format: Format,
    columns: Vec<String>,
}

impl Printer {
    pub fn new(format: Format, columns: Vec<String>) -> Self {
        Printer { format, columns }
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// The fields of `row` this printer shows.
    fn shape(&self, row: &Row, defaults: &[&str]) -> CliResult<Row> {
        if !self.columns.is_empty() {
            return row.select(&self.columns);
        }
        if self.format == Format::Table {
            // A default column an item does not have (a record without partition) is left out.
            let defaults: Vec<String> = defaults
                .iter()
                .filter(|c| row.0.iter().any(|(key, _)| key == *c))
                .map(|c| (*c).to_owned())
                .collect();
            return row.select(&defaults);
        }
        Ok(row.clone())
    }

    /// One item (a `show`): a two-column table of fields and values, or one object.
    pub fn show<T: View>(&self, item: &T) -> CliResult {
        let row = self.shape(&item.row(), item.columns())?;
        let mut out = io::stdout().lock();
        match self.format {
            Format::Table | Format::Wide => {
                let mut table = table();
                table.set_header(["field", "value"]);
                for (key, cell) in &row.0 {
                    table.add_row([key.to_string(), cell.text()]);
                }
                writeln!(out, "{table}")?;
            }
            Format::Json => writeln!(out, "{}", to_json_pretty(&row))?,
            _ => self.write_item(&mut out, &row)?,
        }
        out.flush()?;
        Ok(())
    }

    /// A list, written as items arrive. Items fetched before an error are printed (a JSON
    /// array is closed), then the error is returned.
    pub async fn list<T: View, E: Into<Failure>>(
        &self,
        items: impl Stream<Item = Result<T, E>>,
    ) -> CliResult<u64> {
        let mut items = std::pin::pin!(items);
        let mut list = self.start_list(T::COLUMNS)?;
        let mut failure = None;
        while let Some(item) = items.next().await {
            match item {
                Ok(item) => list.item(&item)?,
                Err(error) => {
                    failure = Some(error.into());
                    break;
                }
            }
        }
        let count = list.finish()?;
        match failure {
            Some(failure) => Err(failure),
            None => Ok(count),
        }
    }

    /// A list written item by item by the caller; [`ListWriter::finish`] closes it.
    pub fn start_list(&self, columns: &'static [&'static str]) -> CliResult<ListWriter<'_>> {
        if self.format == Format::Json {
            let mut out = io::stdout().lock();
            write!(out, "[")?;
            out.flush()?;
        }
        Ok(ListWriter {
            printer: self,
            columns,
            rows: Vec::new(),
            count: 0,
        })
    }

    /// One item of a list in the streaming formats (also a `show` in them), flushed.
    fn write_item(&self, out: &mut impl Write, row: &Row) -> CliResult {
        match self.format {
            Format::Ndjson | Format::Json => {
                serde_json::to_writer(&mut *out, row).map_err(io::Error::other)?;
                writeln!(out)?;
            }
            Format::Yaml => {
                let text = serde_saphyr::to_string(&[row])
                    .map_err(|e| Failure::Io("writing YAML".into(), io::Error::other(e)))?;
                write!(out, "{text}")?;
            }
            Format::Value | Format::Table | Format::Wide => {
                let line: Vec<String> = row.0.iter().map(|(_, cell)| cell.value()).collect();
                writeln!(out, "{}", line.join("\t"))?;
            }
        }
        out.flush()?;
        Ok(())
    }
}

/// A list being written: streamed formats go out per item, tables at the end.
pub struct ListWriter<'a> {
    printer: &'a Printer,
    columns: &'static [&'static str],
    rows: Vec<Row>,
    count: u64,
}

impl ListWriter<'_> {
    /// Writes (or, for a table, keeps) one item, flushed.
    pub fn item<T: View>(&mut self, item: &T) -> CliResult {
        let printer = self.printer;
        let row = printer.shape(&item.row(), item.columns())?;
        match printer.format {
            Format::Table | Format::Wide => self.rows.push(row),
            Format::Json => {
                let mut out = io::stdout().lock();
                let sep = if self.count == 0 { "\n" } else { ",\n" };
                write!(out, "{sep}{}", indent(&to_json_pretty(&row)))?;
                out.flush()?;
            }
            _ => printer.write_item(&mut io::stdout().lock(), &row)?,
        }
        self.count += 1;
        Ok(())
    }

    /// Closes the JSON array or prints the table; returns the number of items.
    pub fn finish(self) -> CliResult<u64> {
        let printer = self.printer;
        let mut out = io::stdout().lock();
        match printer.format {
            Format::Json => writeln!(out, "{}]", if self.count == 0 { "" } else { "\n" })?,
            // An empty YAML stream would be `null`; an empty list is `[]`.
            Format::Yaml if self.count == 0 => writeln!(out, "[]")?,
            Format::Table | Format::Wide => {
                let header: Vec<String> = match self.rows.first() {
                    Some(row) => row.0.iter().map(|(key, _)| (*key).to_owned()).collect(),
                    None if !printer.columns.is_empty() => printer.columns.clone(),
                    None => self.columns.iter().map(|c| (*c).to_owned()).collect(),
                };
                let mut table = table();
                table.set_header(header);
                for row in &self.rows {
                    table.add_row(row.0.iter().map(|(_, cell)| cell.text()));
                }
                writeln!(out, "{table}")?;
            }
            _ => {}
        }
        out.flush()?;
        Ok(self.count)
    }
}

fn table() -> Table {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED);
    table
}

fn to_json_pretty(row: &Row) -> String {
    serde_json::to_string_pretty(row).expect("rows are plain JSON values")
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|line| format!("  {line}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `1 record`, `2 records`.
pub fn count(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// A status line on stderr (never on stdout, which carries results only).
pub fn status(text: impl std::fmt::Display) {
    let _ = writeln!(io::stderr(), "{text}");
}
