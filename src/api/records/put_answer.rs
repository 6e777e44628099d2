//! Reading a PutRecords answer: one reader for every caller and both encodings, each
//! entry checked once ([`Entry`]) and handed to the caller's `read` as it is found, so that
//! uploads keep `String`s and the producer a shared partition id and a number without an
//! entry allocated in between.
//!
//! The JSON answer DIS sends (compact, strings without escapes) is read by a byte scanner;
//! anything else it gives up on (escapes, unknown keys, malformed text) is read by serde,
//! which decides what the answer means and says what is wrong with it. The scanner is a
//! fast path, not a second definition: a test holds it to serde's reading of every shape.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::protobuf;
use super::wire::{Lenient, Text, unreadable};
use crate::api::validate;
use crate::config::RecordEncoding;
use crate::{Error, Result};

/// Reads the entries of a PutRecords answer of `expected` records, in answer order,
/// turning each into what the caller keeps with `read`.
///
/// `read` may see an entry twice (when the JSON fast path gives up after it) and must not
/// count on being called once per entry.
pub(super) fn read<T>(
    encoding: RecordEncoding,
    body: &[u8],
    expected: usize,
    mut read: impl FnMut(Entry<'_>) -> T,
) -> Result<Vec<T>> {
    match encoding {
        RecordEncoding::Json => match scan_json(body, expected, &mut read) {
            Some(entries) => entries,
            None => json_with_serde(body, expected, read),
        },
        RecordEncoding::Protobuf => protobuf_answer(body, expected, read),
    }
}

/// The JSON answer read by a byte scanner: whitespace anywhere, keys in any order, the
/// known keys only, strings without escapes, integers. `None` when the answer is anything
/// else; an entry that is no valid result ends the reading with its error, as in serde's.
fn scan_json<T>(
    body: &[u8],
    expected: usize,
    read: &mut impl FnMut(Entry<'_>) -> T,
) -> Option<Result<Vec<T>>> {
    // JSON is UTF-8: checked once here, every string below is a slice of it.
    let text = std::str::from_utf8(body).ok()?;
    let mut scan = Scan { text, at: 0 };
    let mut entries = None;
    scan.expect(b'{')?;
    if !scan.next_is(b'}') {
        loop {
            match scan.key(&["failed_record_count", "records"])? {
                0 => {
                    scan.integer()?;
                }
                _ if entries.is_none() => match scan_entries(&mut scan, expected, read)? {
                    Ok(read) => entries = Some(read),
                    Err(problem) => return Some(Err(problem)),
                },
                _ => return None,
            }
            if !scan.next_is(b',') {
                scan.expect(b'}')?;
                break;
            }
        }
    }
    scan.at_end()?;
    Some(Ok(entries.unwrap_or_default()))
}

/// The `records` array of [`scan_json`].
fn scan_entries<T>(
    scan: &mut Scan<'_>,
    expected: usize,
    read: &mut impl FnMut(Entry<'_>) -> T,
) -> Option<Result<Vec<T>>> {
    let mut entries = Vec::with_capacity(expected);
    scan.expect(b'[')?;
    if scan.next_is(b']') {
        return Some(Ok(entries));
    }
    loop {
        match scan_entry(scan)? {
            Ok(entry) => entries.push(read(entry)),
            Err(problem) => return Some(Err(problem)),
        }
        if !scan.next_is(b',') {
            scan.expect(b']')?;
            return Some(Ok(entries));
        }
    }
}

/// One object of the `records` array.
fn scan_entry<'a>(scan: &mut Scan<'a>) -> Option<Result<Entry<'a>>> {
    if let Some(entry) = scan.compact_stored() {
        return Some(Ok(entry));
    }
    let (mut partition_id, mut sequence_number, mut code, mut message) = (None, None, None, None);
    // Serde refuses a key given twice; leave such an answer to it.
    let mut seen = [false; 4];
    scan.expect(b'{')?;
    if !scan.next_is(b'}') {
        loop {
            let slot = scan.key(&[
                "partition_id",
                "sequence_number",
                "error_code",
                "error_message",
            ])?;
            if std::mem::replace(&mut seen[slot], true) {
                return None;
            }
            match slot {
                0 => partition_id = scan.optional_text()?,
                1 => sequence_number = scan.sequence_text()?,
                2 => code = scan.optional_text()?,
                _ => message = scan.optional_text()?,
            }
            if !scan.next_is(b',') {
                scan.expect(b'}')?;
                break;
            }
        }
    }
    Some(Entry::new(
        partition_id.map(Cow::Borrowed),
        sequence_number,
        code.map(Cow::Borrowed),
        message.map(Cow::Borrowed),
    ))
}

/// The text between two quotes when it is the whole string: no escapes, no control
/// characters.
fn plain(text: &str) -> Option<&str> {
    // One pass without branches: strings end at predictable places, this test does not.
    let odd = text
        .bytes()
        .fold(false, |odd, b| odd | (b == b'\\') | (b < 0x20));
    (!odd).then_some(text)
}

/// A position in a JSON text; each step is `None` where the text is not what it expects.
struct Scan<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Scan<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.text.as_bytes()
    }

    /// The next byte after whitespace, not consumed.
    fn peek(&mut self) -> Option<u8> {
        let bytes = self.bytes();
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = bytes.get(self.at) {
            self.at += 1;
        }
        bytes.get(self.at).copied()
    }

    /// Consumes `byte` if it comes next.
    fn next_is(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        self.at += usize::from(found);
        found
    }

    fn expect(&mut self, byte: u8) -> Option<()> {
        self.next_is(byte).then_some(())
    }

    fn at_end(&mut self) -> Option<()> {
        self.peek().is_none().then_some(())
    }

    /// A string without escapes or control characters.
    fn raw_string(&mut self) -> Option<&'a str> {
        self.expect(b'"')?;
        let start = self.at;
        let length = memchr::memchr(b'"', &self.bytes()[start..])?;
        self.at += length + 1;
        plain(self.text.get(start..start + length)?)
    }

    /// A key that is one of `known` (its index), and its colon.
    fn key(&mut self, known: &[&str]) -> Option<usize> {
        self.expect(b'"')?;
        let rest = &self.bytes()[self.at..];
        let index = known.iter().position(|key| {
            rest.len() > key.len() && rest.starts_with(key.as_bytes()) && rest[key.len()] == b'"'
        })?;
        self.at += known[index].len() + 1;
        self.expect(b':')?;
        Some(index)
    }

    /// The entry DIS writes for a stored record, exactly: most entries of most answers,
    /// read in a few comparisons. `None`, with nothing consumed, for anything else.
    fn compact_stored(&mut self) -> Option<Entry<'a>> {
        const BEFORE_ID: &[u8; 17] = br#"{"partition_id":""#;
        const BEFORE_NUMBER: &[u8; 21] = br#"","sequence_number":""#;
        self.peek()?;
        let start = self.at;
        let id_at = start + BEFORE_ID.len();
        let rest = self.bytes().get(start..)?;
        if rest.get(..BEFORE_ID.len())? != BEFORE_ID {
            return None;
        }
        let id_end = id_at + memchr::memchr(b'"', &rest[BEFORE_ID.len()..])?;
        let number_at = id_end + BEFORE_NUMBER.len();
        if self.bytes().get(id_end..number_at)? != BEFORE_NUMBER {
            return None;
        }
        let number_end = number_at + memchr::memchr(b'"', &self.bytes()[number_at..])?;
        if self.bytes().get(number_end + 1) != Some(&b'}') {
            return None;
        }
        let partition_id = plain(self.text.get(id_at..id_end)?)?;
        let number = self.text.get(number_at..number_end)?;
        let value = validate::parse_sequence_number(number)?;
        self.at = number_end + 2;
        Some(Entry::Stored {
            partition_id: Cow::Borrowed(partition_id),
            sequence_number: SequenceNumber {
                text: SequenceText::Text(Cow::Borrowed(number)),
                value,
            },
        })
    }

    /// A string or `null`.
    fn optional_text(&mut self) -> Option<Option<&'a str>> {
        if self.peek() == Some(b'n') {
            return self.null();
        }
        self.raw_string().map(Some)
    }

    /// A sequence number: a string, an integer, or `null`.
    fn sequence_text(&mut self) -> Option<Option<SequenceText<'a>>> {
        match self.peek()? {
            b'n' => self.null(),
            b'"' => self
                .optional_text()
                .map(|text| text.map(|text| SequenceText::Text(Cow::Borrowed(text)))),
            _ => self.integer().map(|n| Some(SequenceText::Number(n))),
        }
    }

    fn null<T>(&mut self) -> Option<Option<T>> {
        self.bytes()[self.at..].starts_with(b"null").then(|| {
            self.at += 4;
            None
        })
    }

    /// A JSON integer (no fraction, no exponent) within `i64::MIN..=u64::MAX`.
    fn integer(&mut self) -> Option<i128> {
        let negative = self.peek()? == b'-';
        self.at += usize::from(negative);
        let bytes = self.bytes();
        let digits = bytes[self.at..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let text = &bytes[self.at..self.at + digits];
        let leading_zero = digits > 1 && text[0] == b'0';
        let follows = bytes.get(self.at + digits);
        if digits == 0 || leading_zero || matches!(follows, Some(b'.' | b'e' | b'E')) {
            return None;
        }
        self.at += digits;
        let value = text.iter().try_fold(0i128, |n, &d| {
            n.checked_mul(10)?.checked_add(i128::from(d - b'0'))
        })?;
        let value = if negative { -value } else { value };
        // serde_json reads integers beyond these as floating point numbers.
        (i128::from(i64::MIN)..=i128::from(u64::MAX))
            .contains(&value)
            .then_some(value)
    }
}

/// One entry of a PutRecords answer, checked, its text borrowed from the answer.
#[derive(Debug)]
pub(super) enum Entry<'a> {
    /// Stored at this partition with this sequence number.
    Stored {
        partition_id: Cow<'a, str>,
        sequence_number: SequenceNumber<'a>,
    },
    /// Refused with this code and message.
    Refused {
        code: Cow<'a, str>,
        message: Cow<'a, str>,
    },
}

impl<'a> Entry<'a> {
    /// The entry an answer's fields describe: refused when it has an error code, else
    /// stored, which needs a partition and a valid sequence number.
    fn new(
        partition_id: Option<Cow<'a, str>>,
        sequence_number: Option<SequenceText<'a>>,
        error_code: Option<Cow<'a, str>>,
        error_message: Option<Cow<'a, str>>,
    ) -> Result<Self> {
        if let Some(code) = error_code.filter(|c| !c.is_empty()) {
            return Ok(Self::Refused {
                code,
                message: error_message.unwrap_or_default(),
            });
        }
        let (Some(partition_id), Some(text)) = (partition_id, sequence_number) else {
            return Err(Error::decode(
                Some(200),
                "a put_records result has neither an error code nor a partition and sequence number",
            ));
        };
        let value = match &text {
            SequenceText::Text(text) => validate::parse_sequence_number(text),
            SequenceText::Number(n) => u64::try_from(*n)
                .ok()
                .filter(|&n| n <= validate::SEQUENCE_NUMBER_MAX),
        };
        let Some(value) = value else {
            let shown = match text {
                SequenceText::Text(text) => format!("{text:?}"),
                SequenceText::Number(n) => n.to_string(),
            };
            return Err(Error::decode(
                Some(200),
                format!(
                    "a put_records result's sequence_number must be a decimal number 0..={}, DIS sent {shown}",
                    validate::SEQUENCE_NUMBER_MAX
                ),
            ));
        };
        Ok(Self::Stored {
            partition_id,
            sequence_number: SequenceNumber { text, value },
        })
    }
}

/// A checked sequence number of a PutRecords answer: its value, and its text as DIS sent it.
#[derive(Debug)]
pub(super) struct SequenceNumber<'a> {
    text: SequenceText<'a>,
    value: u64,
}

impl SequenceNumber<'_> {
    pub fn value(&self) -> u64 {
        self.value
    }

    /// The decimal text, as DIS sent it.
    pub fn into_string(self) -> String {
        match self.text {
            SequenceText::Text(text) => text.into_owned(),
            SequenceText::Number(n) => n.to_string(),
        }
    }
}

/// A sequence number as an answer holds it.
#[derive(Debug)]
enum SequenceText<'a> {
    Text(Cow<'a, str>),
    Number(i128),
}

/// Where the producer keeps a stored record: the partition id shared by the records it
/// holds, the sequence number as a number, no `String` per record.
#[derive(Debug, Clone)]
pub(crate) struct Placed {
    pub partition_id: Arc<str>,
    pub sequence_number: u64,
}

/// The partition ids of one answer, each allocated once and shared by its records.
#[derive(Default)]
pub(super) struct Partitions(Vec<Arc<str>>);

impl Partitions {
    /// A stream has few partitions and an answer names each many times: a scan of the
    /// ones seen beats hashing every entry.
    pub fn get(&mut self, id: &str) -> Arc<str> {
        if let Some(known) = self.0.iter().find(|known| ***known == *id) {
            return Arc::clone(known);
        }
        let new: Arc<str> = Arc::from(id);
        self.0.push(Arc::clone(&new));
        new
    }
}

/// One entry of a JSON PutRecords answer (the spec's `PutRecordsResultEntry`;
/// `sequence_number` may be a number).
#[derive(Deserialize)]
struct JsonPutResult<'a> {
    #[serde(borrow)]
    partition_id: Option<Text<'a>>,
    #[serde(borrow)]
    sequence_number: Option<Lenient<'a>>,
    #[serde(borrow)]
    error_code: Option<Text<'a>>,
    #[serde(borrow)]
    error_message: Option<Text<'a>>,
}

impl<'a> JsonPutResult<'a> {
    fn entry(self) -> Result<Entry<'a>> {
        Entry::new(
            self.partition_id.map(|Text(text)| text),
            self.sequence_number.map(|number| match number {
                Lenient::Text(text) => SequenceText::Text(text),
                Lenient::Number(n) => SequenceText::Number(n),
            }),
            self.error_code.map(|Text(text)| text),
            self.error_message.map(|Text(text)| text),
        )
    }
}

/// Reads a JSON PutRecords answer (the spec's `PutRecordsResponse`: `records` may be left
/// out), each entry handed to `read` as it is parsed.
fn json_with_serde<T>(
    body: &[u8],
    expected: usize,
    read: impl FnMut(Entry<'_>) -> T,
) -> Result<Vec<T>> {
    let mut reader = AnswerReader {
        entries: Vec::with_capacity(expected),
        read,
        problem: None,
    };
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let parsed = (&mut deserializer)
        .deserialize_map(&mut reader)
        .and_then(|()| deserializer.end());
    match (parsed, reader.problem) {
        (_, Some(problem)) => Err(problem),
        (Err(e), None) => Err(unreadable(body, e)),
        (Ok(()), None) => Ok(reader.entries),
    }
}

/// The state of one JSON answer's reading: the entries so far, and the first entry that
/// was not a valid result (which stops the reading).
struct AnswerReader<T, F> {
    entries: Vec<T>,
    read: F,
    problem: Option<Error>,
}

impl<'de, T, F: FnMut(Entry<'_>) -> T> Visitor<'de> for &mut AnswerReader<T, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a PutRecords answer")
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> std::result::Result<(), A::Error> {
        let mut seen = false;
        while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
            if key != "records" {
                map.next_value::<de::IgnoredAny>()?;
            } else if std::mem::replace(&mut seen, true) {
                return Err(de::Error::duplicate_field("records"));
            } else {
                map.next_value_seed(Records(&mut *self))?;
            }
        }
        Ok(())
    }
}

/// The `records` array of a JSON answer, read into its [`AnswerReader`].
struct Records<'r, T, F>(&'r mut AnswerReader<T, F>);

impl<'de, T, F: FnMut(Entry<'_>) -> T> de::DeserializeSeed<'de> for Records<'_, T, F> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(
        self,
        deserializer: D,
    ) -> std::result::Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, T, F: FnMut(Entry<'_>) -> T> Visitor<'de> for Records<'_, T, F> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of PutRecords results")
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<(), A::Error> {
        let reader = self.0;
        while let Some(result) = seq.next_element::<JsonPutResult<'de>>()? {
            match result.entry() {
                Ok(entry) => reader.entries.push((reader.read)(entry)),
                Err(problem) => {
                    reader.problem = Some(problem);
                    return Err(de::Error::custom("an invalid result"));
                }
            }
        }
        Ok(())
    }
}

/// Reads a protobuf PutRecords answer.
fn protobuf_answer<T>(
    body: &[u8],
    expected: usize,
    mut read: impl FnMut(Entry<'_>) -> T,
) -> Result<Vec<T>> {
    let mut entries = Vec::with_capacity(expected);
    protobuf::read_put_records_result(body, |fields| {
        let entry = Entry::new(
            fields.shard_id.map(Cow::Borrowed),
            fields
                .sequence_number
                .map(|text| SequenceText::Text(Cow::Borrowed(text))),
            fields.error_code.map(Cow::Borrowed),
            fields.error_message.map(Cow::Borrowed),
        )?;
        entries.push(read(entry));
        Ok(())
    })?;
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a reading gives, as text: one line per entry, or the error.
    fn shown(read: Result<Vec<String>>) -> String {
        match read {
            Ok(entries) => entries.join("; "),
            Err(err) => format!("error: {err}"),
        }
    }

    fn show(entry: Entry<'_>) -> String {
        match entry {
            Entry::Stored {
                partition_id,
                sequence_number,
            } => format!(
                "{partition_id} #{} ({})",
                sequence_number.value(),
                sequence_number.into_string()
            ),
            Entry::Refused { code, message } => format!("refused {code} {message:?}"),
        }
    }

    #[test]
    fn the_json_scanner_reads_every_answer_as_serde_does_or_leaves_it_to_serde() {
        // (case, answer, read by the scanner, what the answer says: its entries, or a part of
        // the error)
        let cases: &[(&str, &str, bool, &str)] = &[
            (
                "DIS's compact answer",
                r#"{"failed_record_count":0,"records":[{"partition_id":"shardId-0000000000","sequence_number":"0"},{"partition_id":"shardId-0000000001","sequence_number":"9223372036854775807"}]}"#,
                true,
                "shardId-0000000000 #0 (0); shardId-0000000001 #9223372036854775807 (9223372036854775807)",
            ),
            (
                "spaced, keys in another order",
                "{ \"records\" : [ { \"sequence_number\" : \"5\" ,\n\t\"partition_id\" : \"p\" } ] , \"failed_record_count\" : 0 }\r\n",
                true,
                "p #5 (5)",
            ),
            (
                "a refused record beside a stored one",
                r#"{"failed_record_count":1,"records":[{"error_code":"DIS.4303","error_message":"Exceeded traffic control limit."},{"partition_id":"shardId-0000000000","sequence_number":"3"}]}"#,
                true,
                r#"refused DIS.4303 "Exceeded traffic control limit."; shardId-0000000000 #3 (3)"#,
            ),
            (
                "nulls, an empty error code, a number",
                r#"{"records":[{"partition_id":null,"sequence_number":null,"error_code":"DIS.4303","error_message":null},{"partition_id":"p","sequence_number":42,"error_code":""}]}"#,
                true,
                r#"refused DIS.4303 ""; p #42 (42)"#,
            ),
            (
                "leading zeros in a string",
                r#"{"records":[{"partition_id":"p","sequence_number":"007"}]}"#,
                true,
                "p #7 (007)",
            ),
            ("no records key", r#"{"failed_record_count":0}"#, true, ""),
            ("no records", r#"{"records":[]}"#, true, ""),
            (
                "a record without partition",
                r#"{"records":[{"sequence_number":"1"}]}"#,
                true,
                "error: a put_records result has neither an error code nor a partition and sequence number",
            ),
            (
                "a sequence number out of range",
                r#"{"records":[{"partition_id":"p","sequence_number":"9223372036854775808"}]}"#,
                true,
                "error: a put_records result's sequence_number must be a decimal number 0..=9223372036854775807, DIS sent \"9223372036854775808\"",
            ),
            (
                "a negative sequence number",
                r#"{"records":[{"partition_id":"p","sequence_number":-1}]}"#,
                true,
                "error: a put_records result's sequence_number must be a decimal number 0..=9223372036854775807, DIS sent -1",
            ),
            (
                "escapes",
                r#"{"records":[{"partition_id":"shard\u0049d-\"0\"","sequence_number":"1"}]}"#,
                false,
                r#"shardId-"0" #1 (1)"#,
            ),
            (
                "an unknown key in the answer",
                r#"{"records":[],"extra":{"a":[1,"]"]}}"#,
                false,
                "",
            ),
            (
                "an unknown key in a record",
                r#"{"records":[{"partition_id":"p","sequence_number":"1","extra":true}]}"#,
                false,
                "p #1 (1)",
            ),
            (
                "a count that is not an integer",
                r#"{"failed_record_count":0.0,"records":[]}"#,
                false,
                "",
            ),
            (
                "a key given twice",
                r#"{"records":[{"partition_id":"p","partition_id":"q","sequence_number":"1"}]}"#,
                false,
                "error: duplicate field `partition_id`",
            ),
            (
                "records given twice",
                r#"{"records":[],"records":[]}"#,
                false,
                "error: duplicate field `records`",
            ),
            (
                "a sequence number beyond u64",
                r#"{"records":[{"partition_id":"p","sequence_number":18446744073709551616}]}"#,
                false,
                "error: invalid type: floating point",
            ),
            (
                "a fraction",
                r#"{"records":[{"partition_id":"p","sequence_number":1.5}]}"#,
                false,
                "error: invalid type: floating point",
            ),
            (
                "a leading zero in a number",
                r#"{"records":[{"partition_id":"p","sequence_number":01}]}"#,
                false,
                "error: invalid number",
            ),
            (
                "a control character in a string",
                "{\"records\":[{\"partition_id\":\"p\tq\",\"sequence_number\":\"1\"}]}",
                false,
                "error: control character",
            ),
            (
                "trailing text",
                r#"{"records":[]} x"#,
                false,
                "error: trailing characters",
            ),
            (
                "cut off",
                r#"{"records":[{"partition_id":"p""#,
                false,
                "error: EOF while parsing",
            ),
            (
                "not an object",
                "[]",
                false,
                "error: invalid type: sequence",
            ),
            (
                "records not a list",
                r#"{"records":null}"#,
                false,
                "error: invalid type: null",
            ),
        ];
        for &(case, body, scanned, says) in cases {
            let by_serde = shown(json_with_serde(body.as_bytes(), 2, show));
            let as_expected = match says.strip_prefix("error: ") {
                Some(problem) => by_serde.starts_with("error: ") && by_serde.contains(problem),
                None => by_serde == says,
            };
            assert!(
                as_expected,
                "{case}: serde read {by_serde:?}, expected {says:?}"
            );
            let by_scanner = scan_json(body.as_bytes(), 2, &mut show).map(shown);
            assert_eq!(by_scanner.is_some(), scanned, "{case}: {by_scanner:?}");
            if let Some(by_scanner) = by_scanner {
                assert_eq!(by_scanner, by_serde, "{case}");
            }
            assert_eq!(
                shown(read(RecordEncoding::Json, body.as_bytes(), 2, show)),
                by_serde,
                "{case}"
            );
        }
    }

    #[test]
    fn the_protobuf_answer_is_read_in_place_as_its_message_decodes() {
        use prost::Message as _;
        let entry = |shard: Option<&str>, number: Option<&str>, code: Option<&str>| {
            protobuf::PutRecordsResultEntry {
                shard_id: shard.map(str::to_owned),
                sequence_number: number.map(str::to_owned),
                error_code: code.map(str::to_owned),
                error_message: code.map(|_| "Exceeded traffic control limit.".to_owned()),
            }
        };
        let message = protobuf::PutRecordsResult {
            failed_record_count: Some(1),
            records: vec![
                entry(Some("shardId-0000000000"), Some("12"), None),
                entry(None, None, Some("DIS.4303")),
            ],
        };
        let mut body = message.encode_to_vec();
        // An unknown varint field (tag 99) at the end and inside a second copy of an entry.
        body.extend_from_slice(&[0x98, 0x06, 0x07]);
        let read_entries = |body: &[u8]| shown(read(RecordEncoding::Protobuf, body, 2, show));
        assert_eq!(
            read_entries(&body),
            r#"shardId-0000000000 #12 (12); refused DIS.4303 "Exceeded traffic control limit.""#
        );
        // The last value of a field wins, as when the message is decoded.
        let mut twice = entry(Some("a"), Some("1"), None).encode_to_vec();
        twice.extend(entry(Some("b"), Some("2"), None).encode_to_vec());
        let mut body = vec![0xb2, 0x01, twice.len() as u8];
        body.extend_from_slice(&twice);
        let decoded = protobuf::PutRecordsResult::decode(&body[..]).unwrap();
        assert_eq!(decoded.records[0].shard_id.as_deref(), Some("b"));
        assert_eq!(read_entries(&body), "b #2 (2)");

        let problems: &[(&str, &[u8], &str)] = &[
            (
                "cut off",
                &[0xb2, 0x01, 0x05, 0xba, 0x01],
                "longer than the rest of the message",
            ),
            (
                "a string that is not UTF-8",
                &[0xb2, 0x01, 0x04, 0xba, 0x01, 0x01, 0xff],
                "field 23 is a string that is not UTF-8",
            ),
            (
                "an entry as a varint",
                &[0xb0, 0x01, 0x01],
                "field 22 has wire type Varint",
            ),
            (
                "an entry without partition",
                &[0xb2, 0x01, 0x04, 0xc2, 0x01, 0x01, b'1'],
                "neither an error code nor a partition",
            ),
        ];
        for &(case, body, says) in problems {
            let read = read_entries(body);
            assert!(
                read.starts_with("error: ") && read.contains(says),
                "{case}: {read}"
            );
        }
    }
}
