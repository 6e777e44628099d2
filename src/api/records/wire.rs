//! The wire of PutRecords and GetRecords, written and read here rather than by the generated
//! bindings, because records are the hot path:
//!
//! * a PutRecords body is encoded in one pass into one buffer, base64 written straight into
//!   the JSON string (no `String` per record, no JSON value tree), and the buffer is reused
//!   by the next request of the same upload;
//! * a GetRecords answer is parsed with the payloads borrowed from the answer's bytes and
//!   base64-decoded once, into the record's own buffer.
//!
//! Both still go through the client's one pipeline (`ClientHooks::pre` and `exec`), so
//! authentication, signing, retries, timeouts and error answers are those of every other
//! operation. The JSON is the same value the generated types would send (the same keys in
//! the same order); the protobuf form, chosen with [`RecordEncoding`], is in
//! [`protobuf`](super::protobuf).

use std::borrow::Cow;
use std::fmt;
use std::io::Write as _;

use base64::Engine as _;
use bytes::Bytes;
use progenitor_client::{ClientHooks as _, ClientInfo as _, OperationInfo, encode_path};
use reqwest::header::{ACCEPT, CONTENT_TYPE, HeaderValue};
use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::download::Record;
use super::put_answer::{self, Entry};
use super::upload::{RecordToPut, StreamTarget};
use super::{BASE64, protobuf};
use crate::config::RecordEncoding;
use crate::error::{ErrorBody, Service};
use crate::{Client, Error, Result};

const JSON: &str = "application/json";

/// What a record request carries, as headers: JSON, or protobuf as the Huawei SDKs send it.
fn media_type(encoding: RecordEncoding) -> HeaderValue {
    match encoding {
        RecordEncoding::Json => HeaderValue::from_static(JSON),
        RecordEncoding::Protobuf => HeaderValue::from_static(protobuf::CONTENT_TYPE),
    }
}

/// Sends a request built here through the client's pipeline and returns the body of its
/// 200 answer; any other answer becomes the error the generated bindings would give.
async fn call(
    client: &Client,
    operation: &'static str,
    mut request: reqwest::Request,
) -> Result<Bytes> {
    let raw = client.raw();
    let info = OperationInfo {
        operation_id: operation,
    };
    if let Err(err) = raw.pre::<ErrorBody>(&mut request, &info).await {
        return Err(Error::from_raw(err).await);
    }
    let response = raw
        .exec(request, &info)
        .await
        .map_err(|e| Error::transport(Service::Dis, e))?;
    if response.status() != reqwest::StatusCode::OK {
        return Err(Error::from_unexpected(response).await);
    }
    response
        .bytes()
        .await
        .map_err(|e| Error::transport(Service::Dis, e))
}

fn records_url(client: &Client) -> String {
    format!(
        "{}/v2/{}/records",
        client.raw().baseurl(),
        encode_path(client.project_id())
    )
}

/// The buffer a PutRecords body is encoded into, kept for the next request of an upload
/// and, when the upload is done, by the client for the next upload ([`BodyBuffer::finish`]).
#[derive(Debug, Default)]
pub(crate) struct BodyBuffer(Vec<u8>);

impl BodyBuffer {
    /// A buffer of the client's spares, or a new one.
    pub(crate) fn of(client: &Client) -> Self {
        Self(client.take_buffer())
    }

    /// Hands the buffer back to the client for its next upload.
    pub(crate) fn finish(self, client: &Client) {
        client.give_buffer(self.0);
    }
}

/// Sends one PutRecords request for `records` in the client's encoding and reads its
/// answer: `read` turns each entry, in request order, into what the caller keeps.
///
/// One reader serves every caller: uploads keep `String`s, the producer a shared partition
/// id and a number. The JSON answer is read in one pass, entries borrowed from its bytes
/// and handed to `read` as they are parsed, so no entry is allocated in between.
pub(super) async fn put_records<T>(
    client: &Client,
    target: &StreamTarget,
    records: &[RecordToPut],
    buffer: &mut BodyBuffer,
    read: impl FnMut(Entry<'_>) -> T,
) -> Result<Vec<T>> {
    let answer = put_records_answer(client, target, records, buffer).await?;
    let entries = put_answer::read(client.record_encoding(), &answer, records.len(), read)?;
    if entries.len() != records.len() {
        return Err(Error::decode(
            Some(200),
            format!(
                "put_records answered {} results for {} records",
                entries.len(),
                records.len()
            ),
        ));
    }
    Ok(entries)
}

/// Encodes and sends one PutRecords request; the body of its answer.
async fn put_records_answer(
    client: &Client,
    target: &StreamTarget,
    records: &[RecordToPut],
    buffer: &mut BodyBuffer,
) -> Result<Bytes> {
    let encoding = client.record_encoding();
    let mut out = std::mem::take(&mut buffer.0);
    out.clear();
    match encoding {
        RecordEncoding::Json => put_records_json(target, records, &mut out),
        RecordEncoding::Protobuf => protobuf::put_records(target, records, &mut out),
    }
    let body = Bytes::from(out);
    let request = client
        .raw()
        .client()
        .post(records_url(client))
        .header(ACCEPT, media_type(encoding))
        .header(CONTENT_TYPE, media_type(encoding))
        .body(body.clone())
        .build()
        .map_err(|e| Error::transport(Service::Dis, e))?;
    let answer = call(client, "put_records", request).await;
    // Every copy of the body is gone once the call is over: take the allocation back.
    if let Ok(unique) = body.try_into_mut() {
        buffer.0 = unique.into();
    }
    answer
}

/// The error for an answer that is not the message it should be.
pub(super) fn unreadable(body: &[u8], problem: impl fmt::Display) -> Error {
    Error::decode(
        None,
        format!("{problem}; body: {}", String::from_utf8_lossy(body)),
    )
}

/// Writes the PutRecords JSON body: the value the generated `PutRecordsRequest` serialises
/// to, key for key, with each record's base64 encoded straight into the buffer.
pub(super) fn put_records_json(target: &StreamTarget, records: &[RecordToPut], out: &mut Vec<u8>) {
    let base64_len: usize = records
        .iter()
        .map(|r| r.data.len().div_ceil(3) * 4 + 128)
        .sum();
    out.reserve(base64_len + target.name.len() + 64);
    out.extend_from_slice(b"{\"records\":[");
    for (index, record) in records.iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        out.extend_from_slice(b"{\"data\":\"");
        base64_simd::STANDARD.encode_append(&record.data, out);
        out.push(b'"');
        if let Some(key) = record.explicit_hash_key {
            write!(out, ",\"explicit_hash_key\":\"{key}\"").expect("writing to a Vec");
        }
        if let Some(id) = &record.partition_id {
            out.extend_from_slice(b",\"partition_id\":");
            json_string(out, id);
        }
        if let Some(key) = &record.partition_key {
            out.extend_from_slice(b",\"partition_key\":");
            json_string(out, key);
        }
        if let Some(timestamp) = record.timestamp {
            write!(out, ",\"timestamp\":{timestamp}").expect("writing to a Vec");
        }
        out.push(b'}');
    }
    out.push(b']');
    if let Some(id) = &target.id {
        out.extend_from_slice(b",\"stream_id\":");
        json_string(out, id);
    }
    out.extend_from_slice(b",\"stream_name\":");
    json_string(out, &target.name);
    out.push(b'}');
}

fn json_string(out: &mut Vec<u8>, text: &str) {
    serde_json::to_writer(out, text).expect("writing a string to a Vec cannot fail");
}

/// One GetRecords page, decoded: the records in page order, up to and including the first
/// that could not be decoded (an `Err`, which ends the page).
#[derive(Debug)]
pub(super) struct Page {
    pub next_partition_cursor: String,
    pub millis_behind_latest: Option<i64>,
    pub records: Vec<Result<(Record, u64)>>,
}

/// Fetches and decodes the page `cursor` points at.
pub(super) async fn get_records(
    client: &Client,
    cursor: &str,
    max_fetch_bytes: Option<u32>,
) -> Result<Page> {
    let encoding = client.record_encoding();
    let mut request = client
        .raw()
        .client()
        .get(records_url(client))
        .header(ACCEPT, media_type(encoding));
    if encoding == RecordEncoding::Protobuf {
        // The Huawei SDKs ask for a protobuf answer by the request's Content-Type, also on
        // this GET without a body.
        request = request.header(CONTENT_TYPE, media_type(encoding));
    }
    if let Some(max) = max_fetch_bytes {
        request = request.query(&[("max_fetch_bytes", max)]);
    }
    let request = request
        .query(&[("partition-cursor", cursor)])
        .build()
        .map_err(|e| Error::transport(Service::Dis, e))?;
    let body = call(client, "get_records", request).await?;
    match encoding {
        RecordEncoding::Json => json_page(&body),
        RecordEncoding::Protobuf => protobuf::get_records_result(body),
    }
}

/// A GetRecords answer in JSON, its payloads borrowed from `body` until decoded.
#[derive(Deserialize)]
struct JsonPage<'a> {
    #[serde(borrow)]
    records: Vec<JsonRecord<'a>>,
    next_partition_cursor: String,
    millis_behind_latest: Option<i64>,
}

#[derive(Deserialize)]
struct JsonRecord<'a> {
    #[serde(borrow)]
    data: Option<Text<'a>>,
    #[serde(borrow)]
    sequence_number: Option<Lenient<'a>>,
    partition_key: Option<String>,
    timestamp: Option<i64>,
    timestamp_type: Option<String>,
}

fn json_page(body: &[u8]) -> Result<Page> {
    let page: JsonPage<'_> = serde_json::from_slice(body).map_err(|e| unreadable(body, e))?;
    // The payloads of a page are decoded into one buffer that its records share: one
    // allocation per page instead of one per record.
    let decoded_len = page
        .records
        .iter()
        .map(|r| r.data.as_ref().map_or(0, |Text(text)| text.len() / 4 * 3))
        .sum();
    let mut data = Vec::with_capacity(decoded_len);
    let mut decoded = Vec::with_capacity(page.records.len());
    for (index, wire) in page.records.into_iter().enumerate() {
        let start = data.len();
        let record = json_record(index, wire, &mut data).map(|fields| (fields, start..data.len()));
        let failed = record.is_err();
        decoded.push(record);
        if failed {
            break;
        }
    }
    let data = Bytes::from(data);
    let records = decoded
        .into_iter()
        .map(|record| {
            record.map(|(fields, range)| {
                let record = Record::new(
                    data.slice(range),
                    fields.sequence_number,
                    fields.partition_key,
                    fields.timestamp,
                    fields.timestamp_type,
                );
                (record, fields.number)
            })
        })
        .collect();
    Ok(Page {
        next_partition_cursor: page.next_partition_cursor,
        millis_behind_latest: page.millis_behind_latest,
        records,
    })
}

/// What a JSON record carries besides its payload.
struct RecordFields {
    sequence_number: String,
    /// The sequence number's value.
    number: u64,
    partition_key: Option<String>,
    timestamp: Option<i64>,
    timestamp_type: Option<String>,
}

/// Checks record `index` of a page and appends its decoded payload to `data`.
fn json_record(index: usize, wire: JsonRecord<'_>, data: &mut Vec<u8>) -> Result<RecordFields> {
    let (sequence_number, number) = match wire.sequence_number {
        None => return Err(Record::missing_sequence_number(index)),
        Some(Lenient::Text(text)) => Record::sequence_number(index, text.into_owned())?,
        Some(Lenient::Number(n)) => Record::sequence_number(index, n.to_string())?,
    };
    if let Some(Text(text)) = wire.data {
        decode_base64(text.as_bytes(), data).map_err(|e| {
            Error::decode(
                Some(200),
                format!("data of record {sequence_number} is not base64: {e}"),
            )
        })?;
    }
    Ok(RecordFields {
        sequence_number,
        number,
        partition_key: wire.partition_key,
        timestamp: wire.timestamp,
        timestamp_type: wire.timestamp_type,
    })
}

/// Appends the decoded record data to `out`: SIMD for the canonical padded form DIS
/// sends, else the lenient decoder (padding optional), whose error then says what is wrong.
/// On an error `out` is as it was.
fn decode_base64(text: &[u8], out: &mut Vec<u8>) -> std::result::Result<(), base64::DecodeError> {
    let start = out.len();
    if base64_simd::STANDARD.decode_append(text, out).is_ok() {
        return Ok(());
    }
    out.truncate(start);
    BASE64
        .decode_vec(text, out)
        .inspect_err(|_| out.truncate(start))
}

/// A JSON string, borrowed from the answer unless it holds escapes.
pub(super) struct Text<'a>(pub Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_str(TextVisitor)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> std::result::Result<Self::Value, E> {
        Ok(Text(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Self::Value, E> {
        Ok(Text(Cow::Owned(v.to_owned())))
    }
}

/// A value the reference types as a string that DIS may send as a number (the spec's
/// `LenientString`), without the buffering of an untagged enum.
pub(super) enum Lenient<'a> {
    Text(Cow<'a, str>),
    Number(i128),
}

impl<'de: 'a, 'a> Deserialize<'de> for Lenient<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        deserializer.deserialize_any(LenientVisitor)
    }
}

struct LenientVisitor;

impl<'de> Visitor<'de> for LenientVisitor {
    type Value = Lenient<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string or an integer")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> std::result::Result<Self::Value, E> {
        Ok(Lenient::Text(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<Self::Value, E> {
        Ok(Lenient::Text(Cow::Owned(v.to_owned())))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> std::result::Result<Self::Value, E> {
        Ok(Lenient::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> std::result::Result<Self::Value, E> {
        Ok(Lenient::Number(v.into()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types;

    /// The body the generated types serialise to, as the client sent it before.
    fn generated(target: &StreamTarget, records: &[RecordToPut]) -> Vec<u8> {
        let body = types::PutRecordsRequest {
            records: records
                .iter()
                .map(|r| types::PutRecordsRequestEntry {
                    data: BASE64.encode(&r.data),
                    explicit_hash_key: r.explicit_hash_key.map(|k| k.to_string()),
                    partition_id: r.partition_id.clone(),
                    partition_key: r.partition_key.clone(),
                    timestamp: r.timestamp,
                })
                .collect(),
            stream_id: target.id.clone(),
            stream_name: target.name.as_str().try_into().unwrap(),
        };
        serde_json::to_vec(&body).unwrap()
    }

    #[test]
    fn the_one_pass_json_body_is_byte_for_byte_the_generated_one() {
        let records = [
            RecordToPut::new(Vec::new()),
            RecordToPut::new(vec![0u8, 1, 2]),
            RecordToPut::keyed("k\"ey\\ \u{7} é", (0..=255u8).collect::<Vec<_>>())
                .with_timestamp(1_700_000_000_000),
            RecordToPut::for_partition("shardId-0000000001", "x")
                .with_explicit_hash_key(i64::MAX as u64)
                .with_partition_key("both"),
        ];
        let mut target = StreamTarget::new("orders");
        for id in [None, Some("sid-\"1\"".to_owned())] {
            target.id = id;
            for take in 1..=records.len() {
                let mut out = Vec::new();
                put_records_json(&target, &records[..take], &mut out);
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    String::from_utf8(generated(&target, &records[..take])).unwrap()
                );
            }
        }
    }

    #[test]
    fn record_data_decodes_with_and_without_padding_and_refuses_other_text() {
        let mut out = b"page:".to_vec();
        decode_base64(b"YWI=", &mut out).unwrap();
        decode_base64(b"YWI", &mut out).unwrap();
        decode_base64(b"", &mut out).unwrap();
        assert_eq!(out, b"page:abab");
        assert!(decode_base64(b"YW*=", &mut out).is_err());
        assert_eq!(
            out, b"page:abab",
            "a failed decode leaves the buffer as it was"
        );
    }

    #[test]
    fn the_records_of_a_page_share_one_buffer_and_keep_their_own_bytes() {
        let body = br#"{"next_partition_cursor":"c2","millis_behind_latest":0,"records":[
            {"data":"YWJj","sequence_number":"7","partition_key":"k","timestamp":1,"timestamp_type":"CreateTime"},
            {"sequence_number":8},
            {"data":"ZGU=","sequence_number":"9"}]}"#;
        let page = json_page(body).unwrap();
        let records: Vec<(Record, u64)> = page.records.into_iter().map(Result::unwrap).collect();
        let data: Vec<&[u8]> = records.iter().map(|(r, _)| &r.data[..]).collect();
        assert_eq!(data, [&b"abc"[..], b"", b"de"]);
        assert_eq!(
            records.iter().map(|(_, n)| *n).collect::<Vec<_>>(),
            [7, 8, 9]
        );
        assert_eq!(records[0].0.partition_key.as_deref(), Some("k"));
        assert_eq!(page.next_partition_cursor, "c2");
        // One allocation behind both payloads.
        let (first, last) = (records[0].0.data.as_ptr(), records[2].0.data.as_ptr());
        assert_eq!(first as usize + 3, last as usize);
    }

    #[test]
    fn a_record_that_is_not_base64_ends_the_page_with_its_error() {
        let body = br#"{"next_partition_cursor":"c","records":[
            {"data":"YWJj","sequence_number":"1"},
            {"data":"**","sequence_number":"2"},
            {"data":"YWJj","sequence_number":"3"}]}"#;
        let page = json_page(body).unwrap();
        assert_eq!(page.records.len(), 2);
        assert_eq!(page.records[0].as_ref().unwrap().0.data, &b"abc"[..]);
        let error = page.records[1].as_ref().unwrap_err().to_string();
        assert!(error.contains("data of record 2 is not base64"), "{error}");
    }
}
