//! DIS's protobuf data plane: the PutRecords and GetRecords messages, as the Huawei SDKs
//! define them (proto2, field numbers of their `message.proto` / `record.proto`), derived
//! with `prost` so that no `protoc` is needed to build.
//!
//! A request says `Content-Type: application/x-protobuf; charset=utf-8` (also on the GET)
//! and its answer is then one of these messages; `data` travels as raw bytes, without
//! base64. Error answers stay DIS's JSON error body. The messages' names on the wire differ
//! from JSON's: `shardId` is `partition_id`, `nextShardIterator` `next_partition_cursor`.
//!
//! The SDKs' `GetRecordsResult` has no `millisBehindLatest` (its field 15 is commented
//! out); it is read here as field 15 when an answer carries it (dis-local does), because
//! without it a download cannot tell that it has caught up (see
//! [`Records`](crate::Records)).

use bytes::Bytes;
use prost::Message;

use super::download::Record;
use super::upload::{RecordToPut, StreamTarget};
use super::wire::{Page, PutResultEntry, unreadable};
use crate::Result;

/// The media type of protobuf record requests and answers, as the Java and Go SDKs send it.
pub const CONTENT_TYPE: &str = "application/x-protobuf; charset=utf-8";

/// `PutRecordsRequest`.
#[derive(Clone, PartialEq, Message)]
pub struct PutRecordsRequest {
    /// Field 1 `streamName`.
    #[prost(string, optional, tag = "1")]
    pub stream_name: Option<String>,
    /// Field 2 `records`.
    #[prost(message, repeated, tag = "2")]
    pub records: Vec<PutRecordsRequestEntry>,
    /// Field 30 `streamId`.
    #[prost(string, optional, tag = "30")]
    pub stream_id: Option<String>,
}

/// `PutRecordsRequestEntry` (its `extendedInfo`, field 7, is not used by this client).
#[derive(Clone, PartialEq, Message)]
pub struct PutRecordsRequestEntry {
    /// Field 3 `data`: the raw bytes.
    #[prost(bytes = "bytes", optional, tag = "3")]
    pub data: Option<Bytes>,
    /// Field 4 `explicitHashKey`, decimal.
    #[prost(string, optional, tag = "4")]
    pub explicit_hash_key: Option<String>,
    /// Field 5 `partitionKey`.
    #[prost(string, optional, tag = "5")]
    pub partition_key: Option<String>,
    /// Field 6 `partitionId`.
    #[prost(string, optional, tag = "6")]
    pub partition_id: Option<String>,
    /// Field 29 `timestamp`, epoch milliseconds.
    #[prost(int64, optional, tag = "29")]
    pub timestamp: Option<i64>,
}

/// `PutRecordsResult`.
#[derive(Clone, PartialEq, Message)]
pub struct PutRecordsResult {
    /// Field 21 `failedRecordCount`.
    #[prost(int32, optional, tag = "21")]
    pub failed_record_count: Option<i32>,
    /// Field 22 `records`.
    #[prost(message, repeated, tag = "22")]
    pub records: Vec<PutRecordsResultEntry>,
}

/// `PutRecordsResultEntry`; `shardId` is the partition id.
#[derive(Clone, PartialEq, Message)]
pub struct PutRecordsResultEntry {
    /// Field 23 `shardId`: the partition id.
    #[prost(string, optional, tag = "23")]
    pub shard_id: Option<String>,
    /// Field 24 `sequenceNumber`.
    #[prost(string, optional, tag = "24")]
    pub sequence_number: Option<String>,
    /// Field 25 `errorCode`, set when the record was refused.
    #[prost(string, optional, tag = "25")]
    pub error_code: Option<String>,
    /// Field 26 `errorMessage`.
    #[prost(string, optional, tag = "26")]
    pub error_message: Option<String>,
}

/// `GetRecordsResult`, with the `millisBehindLatest` the SDKs leave out as field 15.
#[derive(Clone, PartialEq, Message)]
pub struct GetRecordsResult {
    /// Field 14 `nextShardIterator`: the next partition cursor.
    #[prost(string, optional, tag = "14")]
    pub next_shard_iterator: Option<String>,
    /// Field 15 `millisBehindLatest` (commented out in the SDKs' files; dis-local sends it).
    #[prost(int64, optional, tag = "15")]
    pub millis_behind_latest: Option<i64>,
    /// Field 16 `records`.
    #[prost(message, repeated, tag = "16")]
    pub records: Vec<ProtoRecord>,
}

/// `Record` of a `GetRecordsResult`.
#[derive(Clone, PartialEq, Message)]
pub struct ProtoRecord {
    /// Field 17 `partitionKey`.
    #[prost(string, optional, tag = "17")]
    pub partition_key: Option<String>,
    /// Field 18 `sequenceNumber`.
    #[prost(string, optional, tag = "18")]
    pub sequence_number: Option<String>,
    /// Field 19 `data`: the raw bytes.
    #[prost(bytes = "vec", optional, tag = "19")]
    pub data: Option<Vec<u8>>,
    /// Field 27 `timestamp`, epoch milliseconds.
    #[prost(int64, optional, tag = "27")]
    pub timestamp: Option<i64>,
    /// Field 28 `timestampType`.
    #[prost(string, optional, tag = "28")]
    pub timestamp_type: Option<String>,
}

/// Writes the PutRecords message for `records`.
pub(super) fn put_records(target: &StreamTarget, records: &[RecordToPut], out: &mut Vec<u8>) {
    let message = PutRecordsRequest {
        stream_name: Some(target.name.clone()),
        records: records
            .iter()
            .map(|r| PutRecordsRequestEntry {
                data: Some(r.data.clone()),
                explicit_hash_key: r.explicit_hash_key.map(|k| k.to_string()),
                partition_key: r.partition_key.clone(),
                partition_id: r.partition_id.clone(),
                timestamp: r.timestamp,
            })
            .collect(),
        stream_id: target.id.clone(),
    };
    out.reserve(message.encoded_len());
    message
        .encode(out)
        .expect("a Vec grows to hold any message");
}

/// The entries of a PutRecords answer, as the JSON answer's would be.
pub(super) fn put_records_result(body: &[u8]) -> Result<Vec<PutResultEntry>> {
    let result = PutRecordsResult::decode(body).map_err(|e| unreadable(body, e))?;
    Ok(result
        .records
        .into_iter()
        .map(|entry| PutResultEntry {
            partition_id: entry.shard_id,
            sequence_number: entry.sequence_number,
            error_code: entry.error_code,
            error_message: entry.error_message,
        })
        .collect())
}

/// Decodes a GetRecords answer; the checks are those of the JSON answer.
pub(super) fn get_records_result(body: Bytes) -> Result<Page> {
    let result = GetRecordsResult::decode(body.clone()).map_err(|e| unreadable(&body, e))?;
    let next_partition_cursor = result.next_shard_iterator.ok_or_else(|| {
        unreadable(
            &body,
            "missing field nextShardIterator (next_partition_cursor)",
        )
    })?;
    let mut records = Vec::with_capacity(result.records.len());
    for (index, wire) in result.records.into_iter().enumerate() {
        let decoded = record(index, wire);
        let failed = decoded.is_err();
        records.push(decoded);
        if failed {
            break;
        }
    }
    Ok(Page {
        next_partition_cursor,
        millis_behind_latest: result.millis_behind_latest,
        records,
    })
}

fn record(index: usize, wire: ProtoRecord) -> Result<(Record, u64)> {
    let text = wire
        .sequence_number
        .ok_or_else(|| Record::missing_sequence_number(index))?;
    let (sequence_number, number) = Record::sequence_number(index, text)?;
    let record = Record::new(
        wire.data.unwrap_or_default().into(),
        sequence_number,
        wire.partition_key,
        wire.timestamp,
        wire.timestamp_type,
    );
    Ok((record, number))
}
