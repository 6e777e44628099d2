//! An emulator of the Open Telekom Cloud Data Ingestion Service (DIS) v2 API, for testing
//! DIS clients without a cloud account: in memory, or durable in a data directory.
//!
//! * [`Server`] starts the emulator on a local port and hands back a [`Handle`]; the
//!   `dis-local` binary runs it as a long-lived process (`dis-local --help`);
//! * [`engine`] holds the state and the semantics of every operation, independent of HTTP;
//!   [`engine::store`] keeps it on disk ([`ServerBuilder::data_dir`], `--data-dir`) and
//!   [`engine::limits`] throttles like the service ([`ServerBuilder::enforce_limits`],
//!   `--enforce-limits`);
//! * the HTTP layer serves all 29 method+path pairs of the project's OpenAPI spec, with
//!   request and response bodies in the generated [`otc_dis::types`];
//! * [`faults`] injects seeded, opt-in faults (server errors, throttling, connections
//!   closed without an answer, delays, cut bodies, …) and logs the fate of every request,
//!   for tests that must prove a client loses and duplicates nothing.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> std::io::Result<()> {
//! let dis = dis_local::Server::builder().project_id("p1").start().await?;
//! println!("DIS endpoint: {}", dis.endpoint()); // http://127.0.0.1:PORT/v2/p1
//! dis.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! The engine alone:
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream};
//! let mut engine = Engine::new(Default::default());
//! engine.create_stream(CreateStream::new("orders", 1)).unwrap();
//! ```
//!
//! # Differences from DIS
//!
//! The emulator follows the DIS reference where it says something; where it is silent or
//! where a cloud service cannot be emulated, these are the choices made:
//!
//! * **Placement**: records without `partition_id`, `explicit_hash_key` and `partition_key`
//!   go round robin over the writable partitions (DIS and its SDKs pick at random;
//!   [`engine::Routing::Random`] does that too). Keys are hashed as the Java SDK does.
//! * **Scaling**: no frequency limits; scaling up reactivates `DELETED` partitions (with
//!   their data) before adding new ones; a target equal to the current count is DIS.4200;
//!   hash ranges are re-split evenly over the writable partitions after every change. The
//!   history (`update_partition_counts`) has `result_code` 0 and no `result_msg` (typed
//!   Integer by the reference and decoded as one by the generated SDKs).
//! * **Storage**: in memory unless a data directory is given; then every change is synced
//!   before the answer (see [`engine::store`]); monitoring data is not stored.
//! * **Offsets**: `sequence_number_range` is `[earliest : latest]` with `latest` the
//!   sequence number of the next record (an empty partition shows `[0 : 0]`); records
//!   expire after `data_duration` hours counted from their arrival.
//! * **Cursors**: the emulator's own format; `AT_SEQUENCE_NUMBER` may point at the tail
//!   (`latest`), `AFTER_SEQUENCE_NUMBER n` needs `n + 1 <= latest`. GetRecords counts
//!   decoded data bytes against `max_fetch_bytes` (default 4 MiB) and returns at most
//!   `limit` records (default 1000, at most 10000).
//! * **Limits**: decoded data over 1 MiB in one record is that record's DIS.4200; over
//!   5 MiB in one request, or `data` that is not base64, rejects the request (DIS.4200);
//!   bodies over 12 MiB are 413. **Throttling** is off by default (DIS.4303/4305 occur
//!   only when a [fault plan](faults) injects them); with `--enforce-limits`
//!   ([`ServerBuilder::enforce_limits`]) each partition has the service's write and read
//!   rates as token buckets, with request rates the reference does not give chosen by the
//!   emulator ([`engine::limits`]). DIS.4309 (IP blacklist) never occurs. Quotas: 50 COMMON / 10 ADVANCED ACTIVE partitions per project (configurable); no
//!   stream or app count quota.
//! * **Checkpoints**: a missing checkpoint reads as `"-1"`; deleting when nothing matches
//!   is DIS.4375; a commit may name any sequence number up to `latest`; DeleteCheckpoint
//!   without `checkpoint_type` means `LAST_READ`.
//! * **Consumer state** answers `partition_id` as `shardId-…` and `sequence_number` as a
//!   string (the reference's table), not as the integers of its example.
//! * **Dump tasks**: OBS only; nothing is written anywhere; new tasks start `RUNNING`;
//!   progress is simulated (see [`engine::dump`]); agency and bucket are not checked.
//! * **Tags**: the filter semantics of the cloud's tag service (see [`engine::tags`]);
//!   `matches` is a substring match; an unknown stream id is DIS.4603.
//! * **Metrics**: `start_time` < `end_time`, both 10-digit epoch seconds (13-digit
//!   milliseconds are DIS.4203, like an empty window); data point timestamps are epoch
//!   seconds; the period is chosen from the range (60 s to 1 h); latencies are the engine's
//!   own (about 0 ms).
//! * **Errors**: every error, including 401 (`APIGW.0301`), 404 (`APIGW.0101`) and 405
//!   (`DIS.4200`), has the DIS body `{"errorCode","message"}` (the real gateway answers its
//!   own errors as `{"error_code","error_msg"}`); a wrong project id is 400 DIS.4117;
//!   unparsable JSON is DIS.4300, JSON of the wrong shape or out of the spec's limits is
//!   DIS.4200 with the field's path first in the message (`records[1].data: …`), an empty
//!   body DIS.4202; `Content-Type` is not required; a tag batch needs at least one tag.
//!   Project ids may be 1 to 64 letters, digits, `-` and `_` (real ones: 32 hex digits).
//! * **Serving**: `/health/live` and `/health/ready` exist outside `/v2/`; slow or idle
//!   connections are closed and bodies capped in time and memory ([`ServeLimits`]): 408 for
//!   a body that does not arrive, 429 `APIGW.0308` when bodies hold too much memory.
//! * **Protobuf records**: PutRecords and GetRecords speak DIS's protobuf data plane when the
//!   request's `Content-Type` is `application/x-protobuf` (with or without `charset`), as the
//!   Huawei SDKs send it with `body.serialize.type=protobuf` / `bodySerializeType`: the
//!   messages and field numbers of their `message.proto`, raw bytes for `data`, answers
//!   `application/x-protobuf`. `GetRecordsResult` carries `millisBehindLatest` as field 15
//!   (commented out in the SDKs' files; their parsers skip it). The checks are those of JSON;
//!   bytes that are not the message are DIS.4300, and every error stays the JSON body.
//! * **Responses** always carry their top-level arrays (`"records": []`), as DIS does,
//!   although the generated types omit empty arrays; streams are always `RUNNING`.
//! * **AK/SK**: signatures are verified with `otc_dis::signing` (the `Credential=` form,
//!   its `V11` variant and the gateway's `Access=` form), but `X-Sdk-Date` is not compared
//!   with the clock, so old signed requests stay valid (the real gateway refuses them).

#![deny(missing_docs)]

pub mod engine;
pub mod faults;
mod http;
mod serve;
mod server;

pub use http::{Auth, BODY_LIMIT};
pub use server::{
    DEFAULT_PROJECT_ID, Handle, ServeLimits, Server, ServerBuilder, check_project_id,
};
