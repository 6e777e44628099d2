//! Throughput of the client's record path against the in-process emulator, beside the
//! limits a client could reach on the same server, in JSON and in protobuf.
//!
//! ```text
//! cargo bench --bench throughput            # defaults: 50 000 records of 1 KiB, 3 rounds
//! BENCH_RECORDS=200000 BENCH_ROUNDS=5 cargo bench --bench throughput
//! ```
//!
//! Each round runs every variant once, each right beside its limit, so that the machine's
//! load and the state of the heap touch a pair alike: request by request, a request of the
//! client and one of the limit (an upload, a page of a download), which goes first
//! alternating. The medians over the rounds are printed, and as "of limit" the median of
//! each round's ratio of the variant to its limit.
//! `BENCH_ONLY=upload|download` runs one half.
//!
//! * uploads, batches of 500 records of 1 KiB, one partition: `upload_data(..).send()`, and
//!   a loop that re-sends one pre-built request body with reqwest (what no client encoding
//!   records can beat on this server: the limit);
//! * downloads of the same records: `download_data_from(.., TrimHorizon)`, and a loop that
//!   fetches the pages with reqwest, reads only the next cursor and the record count, and
//!   drops them (the limit);
//! * beside them, in JSON: a loop that encodes every batch with serde (the generated types,
//!   base64 per record) before sending it, measured with the uploads; and `download_csv`
//!   into a sink, run right after each download pair (a CSV download has no page-sized
//!   steps to alternate) and measured against that round's limit;
//! * bytes on the wire per record: request body for uploads, answer body for downloads,
//!   HTTP headers not counted;
//! * the peak of live heap while the client downloads beside its limit (client, limit and
//!   emulator together), and while it downloads to CSV.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use base64::Engine as _;
use bytes::Bytes;
use futures::TryStreamExt;
use otc_dis::{Client, CursorPosition, RecordEncoding, RecordToPut, protobuf, types};
use prost::Message as _;

mod support;

use support::{Counting, LIVE, PEAK, env_or};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const BATCH: usize = 500;
const RECORD_BYTES: usize = 1024;
const MAX_FETCH_BYTES: u32 = 1 << 20;
/// The stream the downloads read.
const DOWN: &str = "bench-down";

type Error = Box<dyn std::error::Error>;

/// A measured run: seconds, and body bytes on the wire.
#[derive(Clone, Copy, Default)]
struct Run {
    seconds: f64,
    wire_bytes: usize,
}

#[tokio::main]
async fn main() -> Result<(), Error> {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let total = env_or("BENCH_RECORDS", 50_000).div_ceil(BATCH) * BATCH;
    let rounds = env_or("BENCH_ROUNDS", 3).max(1);
    let server = Server::from_env().await?;
    let json = server.client().await?;
    let proto = json.clone().with_record_encoding(RecordEncoding::Protobuf);
    let http = server.http()?;
    let records_url = format!("{}/records", server.endpoint);
    let payload = Bytes::from(vec![b'x'; RECORD_BYTES]);

    let names = [
        "upload_data, JSON",
        "re-send one pre-built body, JSON (limit)",
        "upload_data, protobuf",
        "re-send one pre-built body, protobuf (limit)",
        "download_data_from, JSON",
        "fetch and discard pages, JSON (limit)",
        "download_data_from, protobuf",
        "fetch and discard pages, protobuf (limit)",
        "encode each batch with serde and send, JSON",
        "download_csv into a sink, JSON",
    ];
    // The limit each variant is measured against, and the order of the table.
    let limit_of = [
        Some(1),
        None,
        Some(3),
        None,
        Some(5),
        None,
        Some(7),
        None,
        Some(1),
        Some(5),
    ];
    let table = [0, 1, 8, 2, 3, 4, 5, 9, 6, 7];
    let mut runs: Vec<Vec<Run>> = vec![Vec::new(); names.len()];
    let (mut peak, mut csv_peak) = (0usize, 0usize);
    // `BENCH_ONLY=upload|download` runs one half alone (to profile it).
    let only = std::env::var("BENCH_ONLY").ok();
    let (uploads, downloads) = (
        only.as_deref() != Some("download"),
        only.as_deref() != Some("upload"),
    );
    let pairs = [(0, 1), (2, 3), (4, 5), (6, 7)]
        .into_iter()
        .filter(|&(client, _)| if client < 4 { uploads } else { downloads });
    let pairs: Vec<(usize, usize)> = pairs.collect();
    if downloads {
        json.create_stream(DOWN, 1).send().await?;
        for _ in 0..total / BATCH {
            json.upload_data(DOWN)
                .records((0..BATCH).map(|_| RecordToPut::new(payload.clone())))
                .send()
                .await?;
        }
    }
    for _ in 0..rounds {
        for &(client, limit) in &pairs {
            if client < 4 {
                let measured = upload_beside_limit(
                    if client == 0 { &json } else { &proto },
                    &http,
                    &records_url,
                    &payload,
                    total,
                )
                .await?;
                for (run, index) in measured.into_iter().zip([client, limit, 8]) {
                    runs[index].push(run);
                }
                continue;
            }
            let baseline = LIVE.load(Ordering::Relaxed);
            PEAK.store(baseline, Ordering::Relaxed);
            let (ours, theirs) = download_beside_limit(
                if client == 4 { &json } else { &proto },
                &http,
                &records_url,
                total,
            )
            .await?;
            let page_bytes = theirs.wire_bytes;
            runs[client].push(ours);
            runs[limit].push(theirs);
            if client == 4 {
                peak = peak.max(PEAK.load(Ordering::Relaxed).saturating_sub(baseline));
                // A CSV download has no page-sized steps to alternate: it runs right after
                // the pair, against the same round's limit.
                PEAK.store(LIVE.load(Ordering::Relaxed), Ordering::Relaxed);
                let csv = download_csv(&json, total).await?;
                runs[9].push(Run {
                    wire_bytes: page_bytes,
                    ..csv
                });
                csv_peak = csv_peak.max(PEAK.load(Ordering::Relaxed).saturating_sub(baseline));
            }
        }
    }

    let medians: Vec<Option<Run>> = runs.iter().map(|r| median(r)).collect();
    let rate = |run: Run| total as f64 / run.seconds;
    println!(
        "{total} records of {RECORD_BYTES} B per variant, upload batches of {BATCH}, one partition, \
         medians of {rounds} rounds; \"of limit\" is the median of each round's ratio to the limit run beside it"
    );
    println!(
        "{:<46} {:>14} {:>10} {:>16}",
        "variant", "records/s", "of limit", "wire bytes/record"
    );
    for index in table {
        let (name, Some(run)) = (names[index], medians[index]) else {
            continue;
        };
        let limit = limit_of[index]
            .map(|limit| format!("{:.2}", median_ratio(&runs[index], &runs[limit])))
            .unwrap_or_default();
        let wire = run.wire_bytes;
        println!(
            "{name:<46} {:>14.0} {limit:>10} {:>16.1}",
            rate(run),
            wire as f64 / total as f64
        );
    }
    if downloads {
        let mib = |bytes: usize| bytes as f64 / (1024.0 * 1024.0);
        println!(
            "peak live heap above baseline for {:.1} MiB of records (JSON): download_data_from {:.1} MiB, download_csv {:.1} MiB",
            mib(total * RECORD_BYTES),
            mib(peak),
            mib(csv_peak)
        );
    }
    if downloads {
        json.delete_stream(DOWN, false).await?;
    }
    if let Some(dis) = server.in_process {
        dis.shutdown().await;
    }
    Ok(())
}

/// The median over the rounds of a variant's rate as a part of its limit's in the same
/// round (the two ran one right after the other).
fn median_ratio(variant: &[Run], limit: &[Run]) -> f64 {
    let mut ratios: Vec<f64> = variant
        .iter()
        .zip(limit)
        .map(|(run, limit)| limit.seconds / run.seconds)
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios[ratios.len() / 2]
}

/// The median run, if the variant ran.
fn median(runs: &[Run]) -> Option<Run> {
    let mut sorted = runs.to_vec();
    sorted.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
    sorted.get(sorted.len() / 2).copied()
}

/// The emulator measured against: in this process, or the one `BENCH_ENDPOINT` names
/// (`http://HOST:PORT/v2/PROJECT`, with `BENCH_PROJECT_ID` and `BENCH_TOKEN`), as
/// `interop/python/run.sh --throughput` starts it beside the Python clients.
struct Server {
    endpoint: String,
    project_id: String,
    token: Option<String>,
    in_process: Option<dis_local::Handle>,
}

impl Server {
    async fn from_env() -> Result<Self, Error> {
        if let Ok(endpoint) = std::env::var("BENCH_ENDPOINT") {
            return Ok(Self {
                endpoint,
                project_id: std::env::var("BENCH_PROJECT_ID")?,
                token: std::env::var("BENCH_TOKEN").ok(),
                in_process: None,
            });
        }
        let dis = dis_local::Server::builder()
            .project_id("bench")
            .start()
            .await?;
        Ok(Self {
            endpoint: dis.endpoint(),
            project_id: dis.project_id().to_owned(),
            token: None,
            in_process: Some(dis),
        })
    }

    async fn client(&self) -> Result<Client, Error> {
        let Some(token) = &self.token else {
            return Ok(Client::with_endpoint(&self.endpoint, &self.project_id)?);
        };
        let config = otc_dis::config::Config::builder()
            .ignore_environment()
            .ignore_files()
            .endpoint(&self.endpoint)
            .project_id(&self.project_id)
            .token(token.as_str())
            .build()?;
        Ok(Client::connect(config).await?)
    }

    /// The reqwest client of the limits, sending the token when there is one.
    fn http(&self) -> Result<reqwest::Client, Error> {
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(token) = &self.token {
            headers.insert("x-auth-token", token.parse()?);
        }
        Ok(reqwest::Client::builder()
            .default_headers(headers)
            .build()?)
    }
}

/// Uploads `total` records with `client`, and as many by re-sending a pre-built body with
/// reqwest (the limit) and, in JSON, by encoding every batch with serde before sending it:
/// one request of each after the other, which goes first rotating, each to its own stream,
/// so that the machine's ups and downs touch all alike. Returns the runs in that order.
async fn upload_beside_limit(
    client: &Client,
    http: &reqwest::Client,
    url: &str,
    payload: &Bytes,
    total: usize,
) -> Result<Vec<Run>, Error> {
    let encoding = client.record_encoding();
    let turns = if encoding == RecordEncoding::Json {
        3
    } else {
        2
    };
    let streams: Vec<String> = ["up", "pre", "serde"][..turns]
        .iter()
        .map(|kind| format!("bench-{kind}-{encoding:?}"))
        .collect();
    for stream in &streams {
        client.create_stream(stream, 1).send().await?;
    }
    let prebuilt = request_body(encoding, &streams[1], payload);
    let batches = total / BATCH;
    let mut times = vec![Duration::ZERO; turns];
    for batch in 0..batches {
        for turn in (0..turns).map(|t| (t + batch) % turns) {
            let started = Instant::now();
            if turn == 0 {
                let outcome = client
                    .upload_data(&streams[0])
                    .records((0..BATCH).map(|_| RecordToPut::new(payload.clone())))
                    .send()
                    .await?;
                assert_eq!(outcome.failed_record_count, 0);
            } else {
                let body = match turn {
                    1 => prebuilt.clone(),
                    _ => request_body(encoding, &streams[2], payload),
                };
                let response = http
                    .post(url)
                    .header("content-type", content_type(encoding))
                    .body(body)
                    .send()
                    .await?;
                assert_eq!(response.status(), 200);
                response.bytes().await?;
            }
            times[turn] += started.elapsed();
        }
    }
    for stream in &streams {
        client.delete_stream(stream, false).await?;
    }
    // Every body is the pre-built one's size (the same JSON value, the same message).
    let wire_bytes = prebuilt.len() * batches;
    Ok(times
        .into_iter()
        .map(|time| Run {
            seconds: time.as_secs_f64(),
            wire_bytes,
        })
        .collect())
}

/// One PutRecords body of `BATCH` records, built with the generated JSON types (each
/// record's data base64-encoded on its own) or the protobuf messages, not with the
/// client's own encoder.
fn request_body(encoding: RecordEncoding, stream: &str, payload: &Bytes) -> Bytes {
    match encoding {
        RecordEncoding::Protobuf => protobuf::PutRecordsRequest {
            stream_name: Some(stream.to_owned()),
            records: (0..BATCH)
                .map(|_| protobuf::PutRecordsRequestEntry {
                    data: Some(payload.clone()),
                    ..Default::default()
                })
                .collect(),
            stream_id: None,
        }
        .encode_to_vec()
        .into(),
        _ => {
            let entry = || types::PutRecordsRequestEntry {
                data: base64::engine::general_purpose::STANDARD.encode(payload),
                explicit_hash_key: None,
                partition_id: None,
                partition_key: None,
                timestamp: None,
            };
            let body = types::PutRecordsRequest {
                records: (0..BATCH).map(|_| entry()).collect(),
                stream_id: None,
                stream_name: stream.try_into().expect("a valid stream name"),
            };
            serde_json::to_vec(&body).expect("serialisable").into()
        }
    }
}

fn content_type(encoding: RecordEncoding) -> &'static str {
    match encoding {
        RecordEncoding::Protobuf => protobuf::CONTENT_TYPE,
        _ => "application/json",
    }
}

/// Downloads the `total` records of stream `down` with `client` and fetches its pages as
/// often with reqwest, discarding them: a page of each after the other (which goes first
/// alternating). Returns the two runs; both read the same pages.
async fn download_beside_limit(
    client: &Client,
    http: &reqwest::Client,
    url: &str,
    total: usize,
) -> Result<(Run, Run), Error> {
    let encoding = client.record_encoding();
    let mut records = client
        .download_data_from(DOWN, "0", CursorPosition::TrimHorizon)
        .max_fetch_bytes(MAX_FETCH_BYTES);
    let mut cursor = client
        .get_data_cursor(DOWN, "0", CursorPosition::TrimHorizon)
        .await?
        .as_str()
        .to_owned();
    let (mut client_time, mut limit_time) = (Duration::ZERO, Duration::ZERO);
    let (mut client_read, mut limit_read, mut wire_bytes) = (0, 0, 0);
    for page in 0.. {
        if client_read == total && limit_read == total {
            break;
        }
        for client_first in [page % 2 == 0, page % 2 == 1] {
            let started = Instant::now();
            if client_first && client_read < total {
                client_read += download_page(&mut records).await?;
                client_time += started.elapsed();
            } else if !client_first && limit_read < total {
                let (next, count, bytes) = fetch_page(http, url, encoding, &cursor).await?;
                limit_time += started.elapsed();
                (cursor, limit_read, wire_bytes) = (next, limit_read + count, wire_bytes + bytes);
            }
        }
    }
    assert_eq!((client_read, limit_read), (total, total));
    let run = |time: Duration| Run {
        seconds: time.as_secs_f64(),
        wire_bytes,
    };
    Ok((run(client_time), run(limit_time)))
}

/// Downloads the `total` records of stream `down` as CSV into a sink.
async fn download_csv(client: &Client, total: usize) -> Result<Run, Error> {
    let started = Instant::now();
    let cursor = client
        .get_data_cursor(DOWN, "0", CursorPosition::TrimHorizon)
        .await?;
    let summary = client
        .download_csv(cursor, tokio::io::sink())
        .max_fetch_bytes(MAX_FETCH_BYTES)
        .send()
        .await?;
    assert_eq!(summary.records_written, total as u64);
    Ok(Run {
        seconds: started.elapsed().as_secs_f64(),
        wire_bytes: 0,
    })
}

/// Reads one page of `records`: its first record, which fetches it, and the rest.
async fn download_page(records: &mut otc_dis::Records) -> Result<usize, Error> {
    let first = records
        .try_next()
        .await?
        .expect("the stream holds more records");
    assert_eq!(first.data.len(), RECORD_BYTES);
    let rest = records.buffered_len();
    for _ in 0..rest {
        let record = records.try_next().await?.expect("a fetched record");
        assert_eq!(record.data.len(), RECORD_BYTES);
    }
    Ok(1 + rest)
}

/// What the discarding loop reads of a JSON page.
#[derive(serde::Deserialize)]
struct JsonSkim {
    records: Vec<serde::de::IgnoredAny>,
    next_partition_cursor: String,
}

/// What the discarding loop reads of a protobuf page: the records stay undecoded slices.
#[derive(Default)]
struct ProtoSkim {
    next_shard_iterator: Option<String>,
    records: Vec<Bytes>,
}

impl prost::Message for ProtoSkim {
    fn encode_raw(&self, _: &mut impl prost::bytes::BufMut) {
        unreachable!("the benchmark only decodes pages")
    }

    fn merge_field(
        &mut self,
        tag: u32,
        wire_type: prost::encoding::WireType,
        buf: &mut impl prost::bytes::Buf,
        ctx: prost::encoding::DecodeContext,
    ) -> Result<(), prost::DecodeError> {
        use prost::encoding::{bytes, skip_field, string};
        match tag {
            14 => string::merge(
                wire_type,
                self.next_shard_iterator.get_or_insert_default(),
                buf,
                ctx,
            ),
            16 => bytes::merge_repeated(wire_type, &mut self.records, buf, ctx),
            _ => skip_field(wire_type, tag, buf, ctx),
        }
    }

    fn encoded_len(&self) -> usize {
        unreachable!("the benchmark only decodes pages")
    }

    fn clear(&mut self) {
        *self = Self::default();
    }
}

/// Fetches the page `cursor` points at and reads only its next cursor and its record count;
/// returns those and the answer's size.
async fn fetch_page(
    http: &reqwest::Client,
    url: &str,
    encoding: RecordEncoding,
    cursor: &str,
) -> Result<(String, usize, usize), Error> {
    let mut request = http
        .get(url)
        .query(&[("max_fetch_bytes", MAX_FETCH_BYTES.to_string())])
        .query(&[("partition-cursor", cursor)]);
    if encoding == RecordEncoding::Protobuf {
        request = request.header("content-type", content_type(encoding));
    }
    let body = request.send().await?.error_for_status()?.bytes().await?;
    let size = body.len();
    let (next, count) = match encoding {
        RecordEncoding::Protobuf => {
            let page = ProtoSkim::decode(body)?;
            (
                page.next_shard_iterator.unwrap_or_default(),
                page.records.len(),
            )
        }
        _ => {
            let page: JsonSkim = serde_json::from_slice(&body)?;
            (page.next_partition_cursor, page.records.len())
        }
    };
    assert!(count > 0, "the stream holds more records");
    Ok((next, count, size))
}
