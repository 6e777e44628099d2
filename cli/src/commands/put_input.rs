//! What `record put` sends: arguments, files, CSV (read and checked before anything is
//! sent), and stdin (read as it arrives, so `tail -f app.log | dis record put s` works).

use std::collections::VecDeque;
use std::io::BufRead;
use std::path::Path;

use bytes::Bytes;
use otc_dis::RecordToPut;
use tokio::sync::mpsc;

use crate::args::PutArgs;
use crate::errors::{CliResult, Failure};
use crate::output::status;

/// The CSV columns `record put --csv` reads and `--failed-out` writes.
pub const CSV_HEADER: [&str; 4] = ["data", "partition_key", "partition_id", "explicit_hash_key"];

/// A record and where it came from, for messages ("line 3 of stdin").
pub struct Input {
    pub origin: String,
    pub record: RecordToPut,
}

/// The records to send, in input order.
pub struct Feed {
    ready: VecDeque<Input>,
    stdin: Option<mpsc::Receiver<CliResult<Input>>>,
}

impl Feed {
    /// Reads and checks arguments, files and CSV; starts reading stdin when it is an input.
    pub fn open(args: &PutArgs) -> CliResult<Feed> {
        let shaping = Shaping::of(args);
        let before_sending =
            |problem: String| Failure::Usage(format!("{problem}; nothing was sent"));
        let mut ready = Vec::new();
        let mut stdin = false;
        if let Some(path) = &args.csv {
            ready = read_csv(path).map_err(before_sending)?;
        } else {
            let mut data: Vec<&str> = args.data.iter().map(String::as_str).collect();
            data.extend(args.legacy_data.as_deref());
            stdin = (data.is_empty() && args.files.is_empty()) || data.contains(&"-");
            for (n, text) in data.iter().enumerate().filter(|(_, t)| **t != "-") {
                ready.push(plain(
                    format!("argument {}", n + 1),
                    text.as_bytes().to_vec(),
                ));
            }
            for path in &args.files {
                let content = std::fs::read(path)
                    .map_err(|e| Failure::Io(format!("reading {}", path.display()), e))?;
                let origin = path.display().to_string();
                if args.lines {
                    let mut line = 0;
                    split(content.as_slice(), &shaping.delimiter, |piece| {
                        line += 1;
                        ready.push(plain(format!("line {line} of {origin}"), piece));
                        true
                    })
                    .map_err(|e| Failure::Io(format!("reading {origin}"), e))?;
                } else {
                    ready.push(plain(origin, content));
                }
            }
        }
        let ready = ready
            .into_iter()
            .map(|input| shaping.shape(input).map_err(before_sending))
            .collect::<CliResult<VecDeque<_>>>()?;
        let stdin = stdin.then(|| {
            let (tx, rx) = mpsc::channel(1024);
            std::thread::spawn(move || read_stdin(&shaping, &tx));
            rx
        });
        Ok(Feed { ready, stdin })
    }

    /// The bytes to send, when known in advance (not with stdin).
    pub fn total_bytes(&self) -> Option<u64> {
        self.stdin
            .is_none()
            .then(|| self.ready.iter().map(|i| i.record.data.len() as u64).sum())
    }

    pub async fn next(&mut self) -> Option<CliResult<Input>> {
        if let Some(input) = self.ready.pop_front() {
            return Some(Ok(input));
        }
        self.stdin.as_mut()?.recv().await
    }

    /// What was read but not sent, after an interruption.
    pub fn rest(&mut self) -> Vec<Input> {
        let mut rest: Vec<Input> = self.ready.drain(..).collect();
        if let Some(stdin) = &mut self.stdin {
            while let Ok(Ok(input)) = stdin.try_recv() {
                rest.push(input);
            }
        }
        rest
    }
}

/// Reads stdin record by record into `tx`; stops at the first bad record (sent as the error).
fn read_stdin(shaping: &Shaping, tx: &mpsc::Sender<CliResult<Input>>) {
    let mut line = 0;
    let read = split(std::io::stdin().lock(), &shaping.delimiter, |piece| {
        line += 1;
        let shaped = shaping
            .shape(plain(format!("line {line} of stdin"), piece))
            .map_err(|problem| {
                Failure::Usage(format!("{problem}; the records before it were sent"))
            });
        let go_on = shaped.is_ok();
        tx.blocking_send(shaped).is_ok() && go_on
    });
    if let Err(error) = read {
        let _ = tx.blocking_send(Err(Failure::Io("reading stdin".into(), error)));
    }
}

/// Calls `emit` with each record up to `delimiter` (the empty piece after a final delimiter
/// is not a record) until it returns false.
fn split(
    mut reader: impl BufRead,
    delimiter: &[u8],
    mut emit: impl FnMut(Vec<u8>) -> bool,
) -> std::io::Result<()> {
    let last = *delimiter.last().unwrap_or(&b'\n');
    let mut piece = Vec::new();
    loop {
        if reader.read_until(last, &mut piece)? == 0 {
            if !piece.is_empty() {
                emit(piece);
            }
            return Ok(());
        }
        if piece.ends_with(delimiter) {
            piece.truncate(piece.len() - delimiter.len());
            if !emit(std::mem::take(&mut piece)) {
                return Ok(());
            }
        }
    }
}

fn plain(origin: String, data: Vec<u8>) -> Input {
    Input {
        origin,
        record: RecordToPut::new(data),
    }
}

/// The flags that apply to every record, and the checks before sending.
struct Shaping {
    delimiter: Vec<u8>,
    key_delimiter: Option<Vec<u8>>,
    key: Option<String>,
    partition: Option<String>,
    hash_key: Option<u64>,
}

impl Shaping {
    fn of(args: &PutArgs) -> Self {
        Shaping {
            delimiter: unescape(&args.delimiter),
            key_delimiter: args.key_delimiter.as_deref().map(unescape),
            key: args.key.clone(),
            partition: args.partition.clone(),
            hash_key: args.hash_key,
        }
    }

    /// Splits off the key, applies --key/-p/--hash-key, and checks the size.
    fn shape(&self, mut input: Input) -> Result<Input, String> {
        let origin = &input.origin;
        let record = &mut input.record;
        if let Some(delimiter) = &self.key_delimiter {
            let Some(at) = find(&record.data, delimiter) else {
                return Err(format!("{origin}: no key delimiter in the record"));
            };
            let key = String::from_utf8_lossy(&record.data[..at]).into_owned();
            record.data = Bytes::copy_from_slice(&record.data[at + delimiter.len()..]);
            record.partition_key = Some(key);
        }
        if record.partition_key.is_none() {
            record.partition_key = self.key.clone();
        }
        if record.partition_id.is_none() {
            record.partition_id = self.partition.clone();
        }
        if record.explicit_hash_key.is_none() {
            record.explicit_hash_key = self.hash_key;
        }
        let size = record.data.len();
        if size > otc_dis::limits::RECORD_MAX_BYTES {
            return Err(format!(
                "{origin}: a record of {size} bytes is over DIS's limit of {} bytes",
                otc_dis::limits::RECORD_MAX_BYTES
            ));
        }
        Ok(input)
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// `\n`, `\t`, `\r` and `\\` as typed on a command line.
fn unescape(text: &str) -> Vec<u8> {
    text.replace("\\n", "\n")
        .replace("\\t", "\t")
        .replace("\\r", "\r")
        .replace("\\\\", "\\")
        .into_bytes()
}

fn read_csv(path: &Path) -> Result<Vec<Input>, String> {
    let name = path.display();
    let file = std::fs::File::open(path).map_err(|e| format!("reading {name}: {e}"))?;
    let mut reader = csv::ReaderBuilder::new().from_reader(std::io::BufReader::new(file));
    let at_line = |line: u64, problem: String| format!("{name} line {line}: {problem}");
    let header = reader
        .headers()
        .map_err(|e| at_line(1, e.to_string()))?
        .clone();
    let column = |name: &str| header.iter().position(|h| h.trim() == name);
    let Some(data_at) = column("data") else {
        return Err(at_line(
            1,
            format!(
                "the header must name a `data` column ({})",
                CSV_HEADER.join(",")
            ),
        ));
    };
    if let Some(unknown) = header.iter().find(|h| !CSV_HEADER.contains(&h.trim())) {
        return Err(at_line(1, format!("unknown column `{unknown}`")));
    }
    let (key_at, partition_at, hash_at) = (
        column("partition_key"),
        column("partition_id"),
        column("explicit_hash_key"),
    );
    let mut inputs = Vec::new();
    for row in reader.records() {
        let row = row.map_err(|e| at_line(e.position().map_or(0, |p| p.line()), e.to_string()))?;
        let line = row.position().map_or(0, |p| p.line());
        let field = |at: Option<usize>| {
            at.and_then(|i| row.get(i))
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let mut record = RecordToPut::new(row.get(data_at).unwrap_or_default().to_owned());
        record.partition_key = field(key_at);
        record.partition_id = field(partition_at);
        if let Some(hash) = field(hash_at) {
            record.explicit_hash_key = Some(hash.parse().map_err(|_| {
                at_line(
                    line,
                    format!("explicit_hash_key `{hash}` is not a whole number"),
                )
            })?);
        }
        inputs.push(Input {
            origin: format!("{name} line {line}"),
            record,
        });
    }
    Ok(inputs)
}

/// Writes records in the CSV `--csv` reads, so that they can be sent again.
pub fn write_csv(path: &Path, records: &[(String, String, RecordToPut)]) -> CliResult {
    let io_error = |e: csv::Error| Failure::Io(format!("writing {}", path.display()), e.into());
    let mut writer = csv::Writer::from_path(path).map_err(io_error)?;
    writer.write_record(CSV_HEADER).map_err(io_error)?;
    for (origin, _, record) in records {
        let data = match std::str::from_utf8(&record.data) {
            Ok(text) => text.to_owned(),
            Err(_) => {
                status(format!(
                    "warning: {origin} is not UTF-8 text; --failed-out holds it with invalid bytes replaced"
                ));
                String::from_utf8_lossy(&record.data).into_owned()
            }
        };
        writer
            .write_record([
                data,
                record.partition_key.clone().unwrap_or_default(),
                record.partition_id.clone().unwrap_or_default(),
                record
                    .explicit_hash_key
                    .map(|h| h.to_string())
                    .unwrap_or_default(),
            ])
            .map_err(io_error)?;
    }
    writer
        .flush()
        .map_err(|e| Failure::Io(format!("writing {}", path.display()), e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(text: &str, delimiter: &str) -> Vec<String> {
        let mut out = Vec::new();
        split(text.as_bytes(), delimiter.as_bytes(), |p| {
            out.push(String::from_utf8(p).unwrap());
            true
        })
        .unwrap();
        out
    }

    #[test]
    fn records_split_at_the_delimiter() {
        assert_eq!(pieces("a\nb\n", "\n"), ["a", "b"]);
        assert_eq!(pieces("a\n\nb", "\n"), ["a", "", "b"]);
        assert_eq!(pieces("a||b|c||", "||"), ["a", "b|c"]);
        assert_eq!(pieces("", "\n"), Vec::<String>::new());
    }
}
