//! DIS's protobuf data plane: the PutRecords and GetRecords messages, as the Huawei SDKs
//! define them (proto2, field numbers of their `message.proto` / `record.proto`), encoded
//! and decoded with `prost`'s field codecs, so that no `protoc` is needed to build.
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
use prost::bytes::Buf;
use prost::encoding::{DecodeContext, WireType};

use super::download::Record;
use super::upload::{RecordToPut, StreamTarget};
use super::wire::{Page, unreadable};
use crate::Result;

/// The media type of protobuf record requests and answers, as the Java and Go SDKs send it.
pub const CONTENT_TYPE: &str = "application/x-protobuf; charset=utf-8";

/// Defines a proto2 message of `optional` scalar fields and `repeated` message fields, each
/// with its label, codec and tag, and implements [`prost::Message`] for it as
/// `#[derive(prost::Message)]` would: fields are written in the order listed (by tag),
/// unknown fields are skipped. Written out rather than derived
/// because the derive macro's build (a second `syn`, `itertools`, `anyhow`) was about
/// 8 CPU-seconds of a clean build of the client, for seven small messages.
macro_rules! proto2_message {
    (
        $(#[$meta:meta])*
        $message:ident {
            $($(#[doc = $doc:literal])* $field:ident: $ty:ty = $label:ident $codec:ident $tag:literal,)*
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, PartialEq, Default, Debug)]
        pub struct $message {
            $($(#[doc = $doc])* pub $field: $ty,)*
        }

        impl Message for $message {
            fn encode_raw(&self, buf: &mut impl prost::bytes::BufMut) {
                $(proto2_message!(@encode $label $codec $tag, &self.$field, buf);)*
            }

            fn merge_field(
                &mut self,
                tag: u32,
                wire_type: WireType,
                buf: &mut impl Buf,
                ctx: DecodeContext,
            ) -> std::result::Result<(), prost::DecodeError> {
                match tag {
                    $($tag => proto2_message!(@merge $label $codec, wire_type, &mut self.$field, buf, ctx)
                        .map_err(|mut error| {
                            error.push(stringify!($message), stringify!($field));
                            error
                        }),)*
                    _ => prost::encoding::skip_field(wire_type, tag, buf, ctx),
                }
            }

            fn encoded_len(&self) -> usize {
                0 $(+ proto2_message!(@len $label $codec $tag, &self.$field))*
            }

            fn clear(&mut self) {
                *self = Self::default();
            }
        }
    };
    (@encode optional $codec:ident $tag:literal, $value:expr, $buf:ident) => {
        if let Some(value) = $value {
            prost::encoding::$codec::encode($tag, value, $buf);
        }
    };
    (@encode repeated $codec:ident $tag:literal, $values:expr, $buf:ident) => {
        prost::encoding::$codec::encode_repeated($tag, $values, $buf)
    };
    (@merge optional $codec:ident, $wire:ident, $value:expr, $buf:ident, $ctx:ident) => {
        prost::encoding::$codec::merge($wire, $value.get_or_insert_with(Default::default), $buf, $ctx)
    };
    (@merge repeated $codec:ident, $wire:ident, $values:expr, $buf:ident, $ctx:ident) => {
        prost::encoding::$codec::merge_repeated($wire, $values, $buf, $ctx)
    };
    (@len optional $codec:ident $tag:literal, $value:expr) => {
        $value.as_ref().map_or(0, |value| prost::encoding::$codec::encoded_len($tag, value))
    };
    (@len repeated $codec:ident $tag:literal, $values:expr) => {
        prost::encoding::$codec::encoded_len_repeated($tag, $values)
    };
}

proto2_message! {
    /// `PutRecordsRequest`.
    PutRecordsRequest {
        /// Field 1 `streamName`.
        stream_name: Option<String> = optional string 1,
        /// Field 2 `records`.
        records: Vec<PutRecordsRequestEntry> = repeated message 2,
        /// Field 30 `streamId`.
        stream_id: Option<String> = optional string 30,
    }
}

proto2_message! {
    /// `PutRecordsRequestEntry` (its `extendedInfo`, field 7, is not used by this client).
    PutRecordsRequestEntry {
        /// Field 3 `data`: the raw bytes.
        data: Option<Bytes> = optional bytes 3,
        /// Field 4 `explicitHashKey`, decimal.
        explicit_hash_key: Option<String> = optional string 4,
        /// Field 5 `partitionKey`.
        partition_key: Option<String> = optional string 5,
        /// Field 6 `partitionId`.
        partition_id: Option<String> = optional string 6,
        /// Field 29 `timestamp`, epoch milliseconds.
        timestamp: Option<i64> = optional int64 29,
    }
}

proto2_message! {
    /// `PutRecordsResult`.
    PutRecordsResult {
        /// Field 21 `failedRecordCount`.
        failed_record_count: Option<i32> = optional int32 21,
        /// Field 22 `records`.
        records: Vec<PutRecordsResultEntry> = repeated message 22,
    }
}

proto2_message! {
    /// `PutRecordsResultEntry`; `shardId` is the partition id.
    PutRecordsResultEntry {
        /// Field 23 `shardId`: the partition id.
        shard_id: Option<String> = optional string 23,
        /// Field 24 `sequenceNumber`.
        sequence_number: Option<String> = optional string 24,
        /// Field 25 `errorCode`, set when the record was refused.
        error_code: Option<String> = optional string 25,
        /// Field 26 `errorMessage`.
        error_message: Option<String> = optional string 26,
    }
}

proto2_message! {
    /// `GetRecordsResult`, with the `millisBehindLatest` the SDKs leave out as field 15.
    GetRecordsResult {
        /// Field 14 `nextShardIterator`: the next partition cursor.
        next_shard_iterator: Option<String> = optional string 14,
        /// Field 15 `millisBehindLatest` (commented out in the SDKs' files; dis-local sends it).
        millis_behind_latest: Option<i64> = optional int64 15,
        /// Field 16 `records`.
        records: Vec<ProtoRecord> = repeated message 16,
    }
}

proto2_message! {
    /// `Record` of a `GetRecordsResult`.
    ProtoRecord {
        /// Field 17 `partitionKey`.
        partition_key: Option<String> = optional string 17,
        /// Field 18 `sequenceNumber`.
        sequence_number: Option<String> = optional string 18,
        /// Field 19 `data`: the raw bytes (a slice of the answer, not a copy, when the
        /// answer is decoded from `Bytes`).
        data: Option<Bytes> = optional bytes 19,
        /// Field 27 `timestamp`, epoch milliseconds.
        timestamp: Option<i64> = optional int64 27,
        /// Field 28 `timestampType`.
        timestamp_type: Option<String> = optional string 28,
    }
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

/// The fields of one `PutRecordsResultEntry`, borrowed from the answer.
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct ResultEntryFields<'a> {
    pub shard_id: Option<&'a str>,
    pub sequence_number: Option<&'a str>,
    pub error_code: Option<&'a str>,
    pub error_message: Option<&'a str>,
}

/// Reads the entries of a `PutRecordsResult` in place, handing each to `each` in order with
/// its strings borrowed from `body`: what decoding the message would give (unknown fields
/// skipped, the last value of a field kept), without a `String` per field.
pub(super) fn read_put_records_result<'a>(
    body: &'a [u8],
    mut each: impl FnMut(ResultEntryFields<'a>) -> Result<()>,
) -> Result<()> {
    let mut buf = body;
    while !buf.is_empty() {
        let entry = next_field(&mut buf, &[22]).map_err(|e| unreadable(body, e))?;
        if let Some((_, entry)) = entry {
            each(result_entry(entry).map_err(|e| unreadable(body, e))?)?;
        }
    }
    Ok(())
}

fn result_entry(mut buf: &[u8]) -> std::result::Result<ResultEntryFields<'_>, String> {
    let mut fields = ResultEntryFields::default();
    while !buf.is_empty() {
        let Some((tag, bytes)) = next_field(&mut buf, &[23, 24, 25, 26])? else {
            continue;
        };
        let text = std::str::from_utf8(bytes).map_err(|_| {
            format!("PutRecordsResultEntry field {tag} is a string that is not UTF-8")
        })?;
        *match tag {
            23 => &mut fields.shard_id,
            24 => &mut fields.sequence_number,
            25 => &mut fields.error_code,
            _ => &mut fields.error_message,
        } = Some(text);
    }
    Ok(fields)
}

/// The next field of a message: its tag and bytes when it is one of the length-delimited
/// fields `wanted`, else skipped (`None`).
fn next_field<'a>(
    buf: &mut &'a [u8],
    wanted: &[u32],
) -> std::result::Result<Option<(u32, &'a [u8])>, String> {
    let (tag, wire_type) = prost::encoding::decode_key(buf).map_err(|e| e.to_string())?;
    if !wanted.contains(&tag) {
        prost::encoding::skip_field(wire_type, tag, buf, DecodeContext::default())
            .map_err(|e| e.to_string())?;
        return Ok(None);
    }
    if wire_type != WireType::LengthDelimited {
        return Err(format!(
            "field {tag} has wire type {wire_type:?}, expected LengthDelimited"
        ));
    }
    let length = prost::encoding::decode_varint(buf).map_err(|e| e.to_string())?;
    let length = usize::try_from(length)
        .ok()
        .filter(|&length| length <= buf.len())
        .ok_or_else(|| format!("field {tag} is longer than the rest of the message"))?;
    let (bytes, rest) = buf.split_at(length);
    *buf = rest;
    Ok(Some((tag, bytes)))
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
        wire.data.unwrap_or_default(),
        sequence_number,
        wire.partition_key,
        wire.timestamp,
        wire.timestamp_type,
    );
    Ok((record, number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_written_by_tag_with_proto2_presence() {
        let entry = PutRecordsRequestEntry {
            data: Some(Bytes::from_static(b"hi")),
            partition_key: Some("k".into()),
            timestamp: Some(1),
            ..Default::default()
        };
        // Field 3 (bytes), field 5 (string), field 29 (varint, a two-byte key); absent
        // optional fields are not written at all.
        let expected = [0x1a, 2, b'h', b'i', 0x2a, 1, b'k', 0xe8, 0x01, 1];
        assert_eq!(entry.encode_to_vec(), expected);
        assert_eq!(entry.encoded_len(), expected.len());
        assert_eq!(
            PutRecordsRequestEntry::decode(&expected[..]).unwrap(),
            entry
        );
    }

    #[test]
    fn unknown_fields_are_skipped_and_repeated_messages_kept_in_order() {
        let result = PutRecordsResult {
            failed_record_count: Some(1),
            records: vec![
                PutRecordsResultEntry {
                    shard_id: Some("shardId-0000000000".into()),
                    sequence_number: Some("7".into()),
                    ..Default::default()
                },
                PutRecordsResultEntry {
                    error_code: Some("DIS.4303".into()),
                    ..Default::default()
                },
            ],
        };
        let mut body = result.encode_to_vec();
        // Field 99, a string no version of this client knows.
        body.extend_from_slice(&[0x9a, 0x06, 3, b'n', b'e', b'w']);
        assert_eq!(PutRecordsResult::decode(&body[..]).unwrap(), result);
    }

    #[test]
    fn a_field_of_the_wrong_wire_type_is_an_error_naming_it() {
        // Field 21 (failedRecordCount) sent as a string.
        let error = PutRecordsResult::decode(&[0xaa, 0x01, 1, b'x'][..]).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("PutRecordsResult.failed_record_count"),
            "{error}"
        );
    }
}
