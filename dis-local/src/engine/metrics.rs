//! Monitoring data computed from the traffic the engine has seen.
//!
//! Counters are kept per stream and per partition in one-minute buckets for eight days.
//! A query over `[start_time, end_time]` (epoch **seconds**, at most 7 days) answers one
//! data point per period, the period being the smallest of 60, 300, 1200 and 3600 seconds
//! that gives at most 1440 points; each data point's `timestamp` is the period's start in
//! epoch seconds, and every period of the range has a point (0 when nothing happened).
//! Counts and bytes are sums over the period; `total_*_req_latency` is the average
//! latency in ms of the requests in the period (the engine's own processing time, so
//! usually 0); `traffic_control_*` counts the requests and records refused by the
//! [throughput limits](super::limits) (always 0 when they are not enforced).
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream, metrics::MetricsQuery};
//! let mut e = Engine::new(Default::default());
//! e.create_stream(CreateStream::new("s", 1)).unwrap();
//! let q = MetricsQuery { label: Some("total_put_records_per_stream".into()), label_list: None, start_time: 0, end_time: 120 };
//! assert_eq!(e.stream_metrics("s", &q).unwrap().metrics.unwrap().data_points.len(), 3);
//! ```

use std::collections::BTreeMap;

use super::{DisError, DisResult, Engine};

const BUCKET_SECS: i64 = 60;
const KEEP_SECS: i64 = 8 * 86_400;
const MAX_RANGE_SECS: i64 = 7 * 86_400;
const PERIODS: [i64; 4] = [60, 300, 1200, 3600];
const MAX_POINTS: i64 = 1440;
/// The reference asks for 10-digit timestamps; 13 digits are milliseconds.
const MAX_EPOCH_SECONDS: i64 = 9_999_999_999;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Counters {
    pub put_bytes: i64,
    pub put_records: i64,
    pub get_bytes: i64,
    pub get_records: i64,
    pub put_requests: i64,
    pub get_requests: i64,
    pub put_latency_ms: i64,
    pub get_latency_ms: i64,
    /// Requests and records refused by the throughput limits.
    pub traffic_control_put: i64,
    pub traffic_control_get: i64,
}

impl Counters {
    fn merge(&mut self, o: &Counters) {
        self.put_bytes += o.put_bytes;
        self.put_records += o.put_records;
        self.get_bytes += o.get_bytes;
        self.get_records += o.get_records;
        self.put_requests += o.put_requests;
        self.get_requests += o.get_requests;
        self.put_latency_ms += o.put_latency_ms;
        self.get_latency_ms += o.get_latency_ms;
        self.traffic_control_put += o.traffic_control_put;
        self.traffic_control_get += o.traffic_control_get;
    }
}

/// Per-minute counters of one stream or partition.
#[derive(Debug, Clone, Default)]
pub(crate) struct Series {
    buckets: BTreeMap<i64, Counters>,
}

impl Series {
    pub fn add(&mut self, now_ms: i64, f: impl FnOnce(&mut Counters)) {
        let sec = now_ms.div_euclid(1000);
        let bucket = sec - sec.rem_euclid(BUCKET_SECS);
        f(self.buckets.entry(bucket).or_default());
        while let Some((&first, _)) = self.buckets.first_key_value() {
            if first >= bucket - KEEP_SECS {
                break;
            }
            self.buckets.pop_first();
        }
    }

    fn sum(&self, from: i64, to_exclusive: i64) -> Counters {
        let mut c = Counters::default();
        for (_, b) in self.buckets.range(from..to_exclusive) {
            c.merge(b);
        }
        c
    }
}

/// A monitoring label. Stream labels end in `_per_stream` or `_latency` or are
/// `traffic_control_*`; partition labels end in `_per_partition`.
///
/// ```
/// use dis_local::engine::metrics::Label;
/// assert_eq!(Label::parse_stream("total_put_bytes_per_stream").unwrap(), Label::PutBytes);
/// assert_eq!(Label::parse_partition("total_put_bytes_per_stream").unwrap_err().code, "DIS.4209");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    /// Bytes written.
    PutBytes,
    /// Bytes read.
    GetBytes,
    /// Records written.
    PutRecords,
    /// Records read.
    GetRecords,
    /// Average PutRecords latency (ms), stream only.
    PutLatency,
    /// Average GetRecords latency (ms), stream only.
    GetLatency,
    /// Successful PutRecords requests, stream only.
    PutRequests,
    /// Successful GetRecords requests, stream only.
    GetRequests,
    /// Throttled PutRecords requests (always 0), stream only.
    TrafficControlPut,
    /// Throttled GetRecords requests (always 0), stream only.
    TrafficControlGet,
}

impl Label {
    /// Parses a stream label (DIS.4209 otherwise). Accepts the reference's two spellings
    /// `traffic_control_*` and `traffic_controll_*`.
    ///
    /// ```
    /// use dis_local::engine::metrics::Label;
    /// assert_eq!(Label::parse_stream("traffic_controll_get").unwrap(), Label::TrafficControlGet);
    /// ```
    pub fn parse_stream(s: &str) -> DisResult<Self> {
        Ok(match s {
            "total_put_bytes_per_stream" => Self::PutBytes,
            "total_get_bytes_per_stream" => Self::GetBytes,
            "total_put_records_per_stream" => Self::PutRecords,
            "total_get_records_per_stream" => Self::GetRecords,
            "total_put_req_latency" => Self::PutLatency,
            "total_get_req_latency" => Self::GetLatency,
            "total_put_req_suc_per_stream" => Self::PutRequests,
            "total_get_req_suc_per_stream" => Self::GetRequests,
            "traffic_control_put" | "traffic_controll_put" => Self::TrafficControlPut,
            "traffic_control_get" | "traffic_controll_get" => Self::TrafficControlGet,
            _ => return Err(DisError::invalid_label(s)),
        })
    }

    /// Parses a partition label (DIS.4209 otherwise).
    ///
    /// ```
    /// use dis_local::engine::metrics::Label;
    /// assert_eq!(Label::parse_partition("total_get_records_per_partition").unwrap(), Label::GetRecords);
    /// ```
    pub fn parse_partition(s: &str) -> DisResult<Self> {
        Ok(match s {
            "total_put_bytes_per_partition" => Self::PutBytes,
            "total_get_bytes_per_partition" => Self::GetBytes,
            "total_put_records_per_partition" => Self::PutRecords,
            "total_get_records_per_partition" => Self::GetRecords,
            _ => return Err(DisError::invalid_label(s)),
        })
    }

    fn value(self, c: &Counters) -> i64 {
        let avg = |sum: i64, n: i64| if n == 0 { 0 } else { sum / n };
        match self {
            Self::PutBytes => c.put_bytes,
            Self::GetBytes => c.get_bytes,
            Self::PutRecords => c.put_records,
            Self::GetRecords => c.get_records,
            Self::PutLatency => avg(c.put_latency_ms, c.put_requests),
            Self::GetLatency => avg(c.get_latency_ms, c.get_requests),
            Self::PutRequests => c.put_requests,
            Self::GetRequests => c.get_requests,
            Self::TrafficControlPut => c.traffic_control_put,
            Self::TrafficControlGet => c.traffic_control_get,
        }
    }
}

/// Query of a metrics operation; `label_list` (comma-separated) wins over `label`.
///
/// ```
/// let q = dis_local::engine::metrics::MetricsQuery { label: Some("total_put_bytes_per_stream".into()), label_list: None, start_time: 0, end_time: 60 };
/// assert_eq!(q.end_time, 60);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricsQuery {
    /// One label.
    pub label: Option<String>,
    /// Comma-separated labels.
    pub label_list: Option<String>,
    /// Start, epoch seconds.
    pub start_time: i64,
    /// End, epoch seconds.
    pub end_time: i64,
}

/// One label's data points `(timestamp seconds, value)`.
///
/// ```
/// let m = dis_local::engine::metrics::MetricSeries { label: "x".into(), data_points: vec![(0, 1)] };
/// assert_eq!(m.data_points[0].1, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricSeries {
    /// The label as requested.
    pub label: String,
    /// `(period start in epoch seconds, value)`.
    pub data_points: Vec<(i64, i64)>,
}

/// The answer: `metrics` holds the first (or only) label; `metrics_list` is filled when
/// the query used `label_list`.
///
/// ```
/// let a = dis_local::engine::metrics::MetricsAnswer { metrics: None, metrics_list: None };
/// assert!(a.metrics.is_none());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricsAnswer {
    /// First label's series.
    pub metrics: Option<MetricSeries>,
    /// All series when `label_list` was used.
    pub metrics_list: Option<Vec<MetricSeries>>,
}

fn answer(
    series: &Series,
    q: &MetricsQuery,
    parse: fn(&str) -> DisResult<Label>,
) -> DisResult<MetricsAnswer> {
    let (names, listed): (Vec<&str>, bool) = match (&q.label_list, &q.label) {
        (Some(list), _) if !list.trim().is_empty() => (
            list.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect(),
            true,
        ),
        (_, Some(l)) if !l.is_empty() => (vec![l.as_str()], false),
        _ => return Err(DisError::invalid_request("label or label_list is required")),
    };
    let labels = names
        .iter()
        .map(|n| parse(n))
        .collect::<DisResult<Vec<_>>>()?;
    for (name, t) in [("start_time", q.start_time), ("end_time", q.end_time)] {
        if !(0..=MAX_EPOCH_SECONDS).contains(&t) {
            return Err(DisError::invalid_period(format!(
                "{name} must be a 10-digit timestamp in epoch seconds, got {t}{}",
                if t > MAX_EPOCH_SECONDS {
                    " (milliseconds?)"
                } else {
                    ""
                }
            )));
        }
    }
    if q.end_time <= q.start_time {
        return Err(DisError::invalid_period(format!(
            "end_time ({}) must be after start_time ({})",
            q.end_time, q.start_time
        )));
    }
    if q.end_time - q.start_time > MAX_RANGE_SECS {
        return Err(DisError::period_too_long());
    }
    let span = q.end_time - q.start_time;
    let period = PERIODS
        .into_iter()
        .find(|p| span / p < MAX_POINTS)
        .unwrap_or(3600);
    let first = q.start_time - q.start_time.rem_euclid(period);
    let buckets: Vec<(i64, Counters)> = (0..)
        .map(|i| first + i * period)
        .take_while(|t| *t <= q.end_time)
        .map(|t| (t, series.sum(t, t + period)))
        .collect();
    let all: Vec<MetricSeries> = names
        .iter()
        .zip(labels)
        .map(|(name, label)| MetricSeries {
            label: (*name).to_owned(),
            data_points: buckets.iter().map(|(t, c)| (*t, label.value(c))).collect(),
        })
        .collect();
    Ok(MetricsAnswer {
        metrics: all.first().cloned(),
        metrics_list: listed.then_some(all),
    })
}

impl Engine {
    /// ShowStreamMetrics. Errors: DIS.4301, DIS.4209 unknown label, DIS.4200 no label,
    /// DIS.4203 end before start or negative, DIS.4204 longer than 7 days.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, records::*, metrics::MetricsQuery};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// e.put_records(PutRecords::new("s", vec![PutRecord::new(vec![0; 10])])).unwrap();
    /// let now = e.now_ms() / 1000;
    /// let q = MetricsQuery { label: Some("total_put_bytes_per_stream".into()), label_list: None, start_time: now - 60, end_time: now };
    /// let m = e.stream_metrics("s", &q).unwrap().metrics.unwrap();
    /// assert_eq!(m.data_points.iter().map(|p| p.1).sum::<i64>(), 10);
    /// ```
    pub fn stream_metrics(&self, stream_name: &str, q: &MetricsQuery) -> DisResult<MetricsAnswer> {
        answer(&self.stream(stream_name)?.metrics, q, Label::parse_stream)
    }

    /// ShowPartitionMetrics; also DIS.4201 / DIS.4302 for the partition.
    ///
    /// ```
    /// use dis_local::engine::{Engine, streams::CreateStream, metrics::MetricsQuery};
    /// let mut e = Engine::new(Default::default());
    /// e.create_stream(CreateStream::new("s", 1)).unwrap();
    /// let q = MetricsQuery { label: Some("total_put_bytes_per_partition".into()), label_list: None, start_time: 0, end_time: 60 };
    /// assert_eq!(e.partition_metrics("s", "3", &q).unwrap_err().code, "DIS.4302");
    /// ```
    pub fn partition_metrics(
        &self,
        stream_name: &str,
        partition_id: &str,
        q: &MetricsQuery,
    ) -> DisResult<MetricsAnswer> {
        let stream = self.stream(stream_name)?;
        let index = stream.partition_index(partition_id)?;
        answer(
            &stream.partitions[index as usize].metrics,
            q,
            Label::parse_partition,
        )
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::engine::cursors::{CursorType, GetCursor};
    use crate::engine::records::{PutRecord, PutRecords};
    use crate::engine::streams::CreateStream;
    use crate::engine::testutil::{T0, engine};

    fn q(label: &str, start: i64, end: i64) -> MetricsQuery {
        MetricsQuery {
            label: Some(label.into()),
            label_list: None,
            start_time: start,
            end_time: end,
        }
    }

    #[test]
    fn traffic_shows_up_in_buckets() {
        let (mut e, clock) = engine();
        let t0 = T0 / 1000;
        e.create_stream(CreateStream::new("s", 2)).unwrap();
        let to = |p: &str, n: usize| PutRecord {
            partition_id: Some(p.into()),
            ..PutRecord::new(vec![0; n])
        };
        e.put_records(PutRecords::new("s", vec![to("0", 10), to("1", 5)]))
            .unwrap();
        clock.advance(Duration::from_secs(120));
        e.put_records(PutRecords::new("s", vec![to("0", 7)]))
            .unwrap();
        let c = e
            .get_cursor(&GetCursor {
                cursor_type: Some(CursorType::TrimHorizon),
                ..GetCursor::new("s", "0")
            })
            .unwrap();
        e.get_records(&c, None, None).unwrap();

        let start = t0 - 600;
        let end = t0 + 600;
        let m = e
            .stream_metrics("s", &q("total_put_bytes_per_stream", start, end))
            .unwrap();
        let pts = m.metrics.unwrap().data_points;
        assert_eq!(pts.len(), 21);
        assert!(pts.windows(2).all(|w| w[1].0 - w[0].0 == 60));
        assert_eq!(pts.iter().map(|p| p.1).sum::<i64>(), 22);
        let bucket = |t: i64| t - t.rem_euclid(60);
        assert_eq!(pts.iter().find(|p| p.0 == bucket(t0)).unwrap().1, 15);
        assert_eq!(pts.iter().find(|p| p.0 == bucket(t0 + 120)).unwrap().1, 7);

        let sum = |label: &str| -> i64 {
            e.stream_metrics("s", &q(label, start, end))
                .unwrap()
                .metrics
                .unwrap()
                .data_points
                .iter()
                .map(|p| p.1)
                .sum()
        };
        assert_eq!(sum("total_put_records_per_stream"), 3);
        assert_eq!(sum("total_get_records_per_stream"), 2);
        assert_eq!(sum("total_get_bytes_per_stream"), 17);
        assert_eq!(sum("total_put_req_suc_per_stream"), 2);
        assert_eq!(sum("total_get_req_suc_per_stream"), 1);
        assert_eq!(sum("traffic_control_put"), 0);

        let list = MetricsQuery {
            label: None,
            label_list: Some(
                "total_put_bytes_per_partition,total_get_records_per_partition".into(),
            ),
            start_time: start,
            end_time: end,
        };
        let a = e
            .partition_metrics("s", "shardId-0000000001", &list)
            .unwrap();
        let l = a.metrics_list.unwrap();
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].data_points.iter().map(|p| p.1).sum::<i64>(), 5);
        assert_eq!(l[1].data_points.iter().map(|p| p.1).sum::<i64>(), 0);
        assert_eq!(a.metrics.unwrap().label, "total_put_bytes_per_partition");
    }

    #[test]
    fn period_and_label_errors() {
        let (mut e, _) = engine();
        e.create_stream(CreateStream::new("s", 1)).unwrap();
        let code = |q: MetricsQuery| e.stream_metrics("s", &q).unwrap_err().code;
        assert_eq!(code(q("total_put_bytes_per_stream", 100, 50)), "DIS.4203");
        assert_eq!(code(q("total_put_bytes_per_stream", -5, 50)), "DIS.4203");
        assert_eq!(
            code(q("total_put_bytes_per_stream", 0, 7 * 86_400 + 1)),
            "DIS.4204"
        );
        assert_eq!(code(q("total_put_bytes_per_partition", 0, 60)), "DIS.4209");
        assert_eq!(
            code(MetricsQuery {
                label: None,
                label_list: None,
                start_time: 0,
                end_time: 60
            }),
            "DIS.4200"
        );
        let list = MetricsQuery {
            label: Some("bogus".into()),
            label_list: Some("total_put_bytes_per_stream".into()),
            start_time: 0,
            end_time: 60,
        };
        assert!(e.stream_metrics("s", &list).is_ok());
        assert_eq!(
            e.stream_metrics("x", &q("total_put_bytes_per_stream", 0, 60))
                .unwrap_err()
                .code,
            "DIS.4301"
        );
        let week = e
            .stream_metrics("s", &q("total_put_bytes_per_stream", 0, 7 * 86_400))
            .unwrap();
        let n = week.metrics.unwrap().data_points.len();
        assert!(n <= 1441 && n > 100, "{n}");
    }
}
