//! `dis cursor get|read`, and `--from` positions shared with `record tail`.

use futures::StreamExt;
use otc_dis::{Cursor, CursorPosition};

use super::Ctx;
use crate::args::CursorCmd;
use crate::errors::{CliResult, Failure};
use crate::output::{Row, status};
use crate::views::{Fields, RecordRow};

pub async fn run(ctx: &Ctx, cmd: CursorCmd) -> CliResult {
    let client = ctx.client().await?;
    match cmd {
        CursorCmd::Get {
            stream,
            partition,
            from,
        } => {
            let cursor = client
                .get_data_cursor(&stream, &partition, parse_position(&from)?)
                .await?;
            ctx.printer.show(&Fields {
                row: Row::new().with("partition_cursor", cursor.as_str()),
                columns: &["partition_cursor"],
            })?;
        }
        CursorCmd::Read {
            cursor,
            partition_cursor,
            max_bytes,
        } => {
            let cursor = Cursor::new(cursor.or(partition_cursor).unwrap_or_default());
            let mut records = client.download_data(cursor);
            if let Some(max) = max_bytes {
                records = records.max_fetch_bytes(max);
            }
            // One page: the first record fetches it, the rest of it is buffered.
            let mut page = Vec::new();
            if let Some(first) = records.next().await {
                page.push(first?);
                for _ in 0..records.buffered_len() {
                    match records.next().await {
                        Some(record) => page.push(record?),
                        None => break,
                    }
                }
            }
            let rows = page.iter().map(|record| {
                Ok::<_, Failure>(RecordRow {
                    partition_id: None,
                    record,
                })
            });
            ctx.printer.list(futures::stream::iter(rows)).await?;
            if let Some(next) = records.next_cursor() {
                status(format!("next cursor: {next}"));
            }
        }
    }
    Ok(())
}

/// `trim-horizon`, `latest`, `seq:N`, `after:N`, `time:MILLIS` or `time:RFC3339`.
pub fn parse_position(text: &str) -> CliResult<CursorPosition> {
    let bad = || {
        Failure::Usage(format!(
            "`{text}` is not a position: trim-horizon, latest, seq:N, after:N, time:MILLIS or time:RFC3339"
        ))
    };
    let number = |n: &str| n.parse::<u64>().map_err(|_| bad());
    Ok(match text.split_once(':') {
        None if text == "trim-horizon" => CursorPosition::TrimHorizon,
        None if text == "latest" => CursorPosition::Latest,
        Some(("seq", n)) => CursorPosition::at_sequence_number(number(n)?),
        Some(("after", n)) => CursorPosition::after_sequence_number(number(n)?),
        Some(("time", t)) => CursorPosition::AtTimestamp(match t.parse::<i64>() {
            Ok(ms) => ms,
            Err(_) => chrono::DateTime::parse_from_rfc3339(t)
                .map_err(|_| bad())?
                .timestamp_millis(),
        }),
        _ => return Err(bad()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_parse() {
        assert_eq!(
            parse_position("trim-horizon").unwrap(),
            CursorPosition::TrimHorizon
        );
        assert_eq!(parse_position("latest").unwrap(), CursorPosition::Latest);
        assert_eq!(
            parse_position("seq:7").unwrap(),
            CursorPosition::AtSequenceNumber("7".into())
        );
        assert_eq!(
            parse_position("after:7").unwrap(),
            CursorPosition::AfterSequenceNumber("7".into())
        );
        assert_eq!(
            parse_position("time:1970-01-01T00:00:01Z").unwrap(),
            CursorPosition::AtTimestamp(1000)
        );
        assert!(parse_position("seq:x").is_err());
        assert!(parse_position("oldest").is_err());
    }
}
