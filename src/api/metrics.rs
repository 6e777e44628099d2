//! Monitoring data of streams and partitions.
//!
//! | method | DIS operation |
//! |---|---|
//! | [`Client::stream_metrics`] | `show_stream_metrics` (`GET /streams/{stream_name}/metrics`) |
//! | [`Client::partition_metrics`] | `show_partition_metrics` (`GET .../partitions/{partition_id}/metrics`) |
//!
//! The window is given as two [`SystemTime`]s rather than raw numbers: DIS wants epoch
//! *seconds* here while every other DIS timestamp is in milliseconds, and a `SystemTime`
//! cannot be passed in the wrong unit. Convert from chrono with `DateTime::into()`, or from
//! seconds with `UNIX_EPOCH + Duration::from_secs(s)`.

use std::{
    fmt::Display,
    time::{SystemTime, UNIX_EPOCH},
};

use crate::{
    Client, Result, ValidationError, api::validate, api::validate::METRICS_WINDOW_MAX, error, types,
};

/// Sets the window and the label (`label`) or labels (`label_list`) of a metrics query on
/// either generated request builder; the two builders are distinct types with the same
/// setters, so a macro serves both.
macro_rules! with_window_and_labels {
    ($request:expr, $query:expr) => {{
        let mut request = $request
            .start_time($query.start_time)
            .end_time($query.end_time);
        if let Some(label) = $query.label {
            request = request.label(label);
        }
        if let Some(list) = $query.label_list.clone() {
            request = request.label_list(list);
        }
        request
    }};
}

impl Client {
    /// Monitoring data of a stream for one label or several, between `start` and `end`
    /// (DIS operation `show_stream_metrics`). One label is sent as `label`, several as the
    /// comma-separated `label_list`. The window must be non-empty and at most 7 days;
    /// otherwise nothing is sent.
    ///
    /// ```no_run
    /// use std::time::{Duration, SystemTime};
    /// use otc_dis::types::StreamMetricLabel;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let end = SystemTime::now();
    /// let start = end - Duration::from_secs(3600);
    /// let series = client
    ///     .stream_metrics(
    ///         "clicks",
    ///         [StreamMetricLabel::TotalPutBytesPerStream, StreamMetricLabel::TotalGetBytesPerStream],
    ///         start,
    ///         end,
    ///     )
    ///     .await?;
    /// for s in &series {
    ///     println!("{}: {} points", s.label, s.points.len());
    /// }
    /// # Ok(()) }
    /// ```
    #[doc(alias = "show_stream_metrics")]
    pub async fn stream_metrics(
        &self,
        stream_name: &str,
        labels: impl Into<MetricLabels<types::StreamMetricLabel>>,
        start: SystemTime,
        end: SystemTime,
    ) -> Result<Vec<MetricSeries>> {
        validate::stream_name(stream_name)?;
        let query = MetricsQuery::new(labels.into(), start, end)?;
        let request = self
            .raw()
            .show_stream_metrics()
            .project_id(self.project_id())
            .stream_name(stream_name);
        let answer = error::body(with_window_and_labels!(request, query).send().await).await?;
        Ok(query.series(answer.metrics, answer.metrics_list))
    }

    /// Monitoring data of one partition (`3` or `shardId-0000000003`) for one label or
    /// several, between `start` and `end` (DIS operation `show_partition_metrics`). Labels
    /// and window work as in [`Client::stream_metrics`].
    ///
    /// ```no_run
    /// use std::time::{Duration, SystemTime};
    /// use otc_dis::types::PartitionMetricLabel;
    /// # async fn demo(client: otc_dis::Client) -> otc_dis::Result<()> {
    /// let end = SystemTime::now();
    /// let series = client
    ///     .partition_metrics(
    ///         "clicks",
    ///         "0",
    ///         PartitionMetricLabel::TotalPutRecordsPerPartition,
    ///         end - Duration::from_secs(600),
    ///         end,
    ///     )
    ///     .await?;
    /// # Ok(()) }
    /// ```
    #[doc(alias = "show_partition_metrics")]
    pub async fn partition_metrics(
        &self,
        stream_name: &str,
        partition_id: &str,
        labels: impl Into<MetricLabels<types::PartitionMetricLabel>>,
        start: SystemTime,
        end: SystemTime,
    ) -> Result<Vec<MetricSeries>> {
        validate::stream_name(stream_name)?;
        validate::partition_id(partition_id)?;
        let query = MetricsQuery::new(labels.into(), start, end)?;
        let request = self
            .raw()
            .show_partition_metrics()
            .project_id(self.project_id())
            .stream_name(stream_name)
            .partition_id(partition_id);
        let answer = error::body(with_window_and_labels!(request, query).send().await).await?;
        Ok(query.series(answer.metrics, answer.metrics_list))
    }
}

/// The metric labels of one query: a single label (sent as `label`) or several (sent as
/// the comma-separated `label_list`).
///
/// Built from one label, an array, a `Vec` or a slice:
///
/// ```
/// use otc_dis::{MetricLabels, types::StreamMetricLabel as L};
/// assert_eq!(MetricLabels::from(L::TotalPutBytesPerStream), MetricLabels::One(L::TotalPutBytesPerStream));
/// assert_eq!(
///     MetricLabels::from([L::TrafficControlPut, L::TrafficControlGet]),
///     MetricLabels::Several(vec![L::TrafficControlPut, L::TrafficControlGet])
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MetricLabels<L> {
    /// One label, sent as `label`.
    One(L),
    /// Any number of labels (at least one), sent as `label_list`.
    Several(Vec<L>),
}

macro_rules! metric_labels_from {
    ($label:ty) => {
        impl From<$label> for MetricLabels<$label> {
            fn from(label: $label) -> Self {
                Self::One(label)
            }
        }
        impl From<Vec<$label>> for MetricLabels<$label> {
            fn from(labels: Vec<$label>) -> Self {
                Self::Several(labels)
            }
        }
        impl From<&[$label]> for MetricLabels<$label> {
            fn from(labels: &[$label]) -> Self {
                Self::Several(labels.to_vec())
            }
        }
        impl<const N: usize> From<[$label; N]> for MetricLabels<$label> {
            fn from(labels: [$label; N]) -> Self {
                Self::Several(labels.to_vec())
            }
        }
    };
}
metric_labels_from!(types::StreamMetricLabel);
metric_labels_from!(types::PartitionMetricLabel);

/// One metric's time series.
///
/// ```
/// use otc_dis::{MetricPoint, MetricSeries, types::StreamMetricLabel};
/// let series = MetricSeries {
///     label: "total_put_bytes_per_stream".into(),
///     points: vec![MetricPoint { timestamp: 1_700_000_000_000, value: 42 }],
/// };
/// assert!(series.is(StreamMetricLabel::TotalPutBytesPerStream));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MetricSeries {
    /// The label as DIS names it (`total_put_bytes_per_stream`, ...).
    pub label: String,
    /// The samples, in the order DIS sent them.
    pub points: Vec<MetricPoint>,
}

impl MetricSeries {
    /// True when this series is for `label`.
    pub fn is(&self, label: impl Display) -> bool {
        self.label == label.to_string()
    }
}

/// One sample of a metric.
///
/// ```
/// let point = otc_dis::MetricPoint { timestamp: 1_700_000_000_000, value: 7 };
/// assert_eq!(point.value, 7);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct MetricPoint {
    /// Sample time exactly as DIS sends it; the reference does not state its unit.
    pub timestamp: i64,
    /// The metric's value at that time.
    pub value: i64,
}

/// A checked query: the label parameters and the window in epoch seconds.
struct MetricsQuery<L> {
    label: Option<L>,
    label_list: Option<String>,
    start_time: i64,
    end_time: i64,
}

impl<L: Display + Clone> MetricsQuery<L> {
    fn new(labels: MetricLabels<L>, start: SystemTime, end: SystemTime) -> Result<Self> {
        let (label, label_list) = match labels {
            MetricLabels::One(label) => (Some(label), None),
            MetricLabels::Several(labels) if labels.is_empty() => {
                return Err(ValidationError::new("label_list", "needs at least one label").into());
            }
            MetricLabels::Several(labels) => {
                let joined = labels
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(",");
                (None, Some(joined))
            }
        };
        let (start_time, end_time) = window(start, end)?;
        Ok(Self {
            label,
            label_list,
            start_time,
            end_time,
        })
    }

    /// The series of an answer. A `label_list` query is answered in `metrics_list`, a
    /// `label` query in `metrics`; a server may fill both (with `metrics` repeating the
    /// first series), so the list wins whenever it is there. A series without a label
    /// gets the single requested label.
    fn series(
        &self,
        single: Option<types::Metrics>,
        list: Vec<types::Metrics>,
    ) -> Vec<MetricSeries> {
        let requested = self.label.as_ref().map(ToString::to_string);
        let chosen = if list.is_empty() {
            single.into_iter().collect()
        } else {
            list
        };
        chosen
            .into_iter()
            .map(|metrics| MetricSeries {
                label: metrics
                    .label
                    .or_else(|| requested.clone())
                    .unwrap_or_default(),
                // A sample without time or value carries nothing to plot.
                points: metrics
                    .data_points
                    .into_iter()
                    .filter_map(|point| {
                        Some(MetricPoint {
                            timestamp: point.timestamp?,
                            value: point.value?,
                        })
                    })
                    .collect(),
            })
            .collect()
    }
}

/// The window in epoch seconds, checked: `end` after `start`, at most 7 days apart.
fn window(start: SystemTime, end: SystemTime) -> Result<(i64, i64), ValidationError> {
    let start_time = epoch_seconds("start_time", start)?;
    let end_time = epoch_seconds("end_time", end)?;
    if end_time <= start_time {
        return Err(ValidationError::new(
            "end_time",
            format!("must be after start_time ({start_time}), got {end_time} (epoch seconds)"),
        ));
    }
    let span = (end_time - start_time) as u64;
    if span > METRICS_WINDOW_MAX.as_secs() {
        return Err(ValidationError::new(
            "end_time",
            format!(
                "the window may span at most 7 days ({} s), got {span} s",
                METRICS_WINDOW_MAX.as_secs()
            ),
        ));
    }
    Ok((start_time, end_time))
}

fn epoch_seconds(field: &'static str, time: SystemTime) -> Result<i64, ValidationError> {
    time.duration_since(UNIX_EPOCH)
        .ok()
        .and_then(|since| i64::try_from(since.as_secs()).ok())
        .ok_or_else(|| ValidationError::new(field, "must not lie before 1970-01-01"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn window_is_sent_in_whole_seconds() {
        let start = at(1_700_000_000) + Duration::from_millis(999);
        assert_eq!(
            window(start, at(1_700_000_060)).unwrap(),
            (1_700_000_000, 1_700_000_060)
        );
    }

    #[test]
    fn window_must_be_forward_and_at_most_seven_days() {
        assert!(window(at(100), at(100)).is_err());
        assert!(window(at(200), at(100)).is_err());
        assert!(window(at(0) + Duration::from_secs(1), at(1 + 7 * 86_400)).is_ok());
        assert!(window(at(1), at(2 + 7 * 86_400)).is_err());
        assert!(window(UNIX_EPOCH - Duration::from_secs(1), at(5)).is_err());
    }
}
