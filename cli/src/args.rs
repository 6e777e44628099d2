//! The command tree: global flags and one subcommand per noun and verb.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::errors::EXIT_CODES_HELP;

/// `dis`: streams, apps, checkpoints, records and dump tasks of DIS v2.
#[derive(Debug, Parser)]
#[command(
    name = "dis",
    version,
    about = "Command-line tool for the Data Ingestion Service (DIS) v2 of Open Telekom Cloud",
    after_help = EXIT_CODES_HELP,
    propagate_version = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Args)]
#[command(next_help_heading = "Global options")]
pub struct Global {
    /// Cloud of clouds.yaml to use (default: $OS_CLOUD)
    #[arg(long, global = true, value_name = "CLOUD")]
    pub os_cloud: Option<String>,
    /// Region (default: $OS_REGION_NAME, then the cloud's)
    #[arg(long, global = true, value_name = "REGION")]
    pub os_region_name: Option<String>,
    /// Project id (default: $OS_PROJECT_ID, then the cloud's, then the token's)
    #[arg(long, global = true, value_name = "ID")]
    pub os_project_id: Option<String>,
    /// DIS endpoint, e.g. http://127.0.0.1:8080/v2/PROJECT (default: $DIS_ENDPOINT, then
    /// clouds.yaml, then the catalog)
    #[arg(long, global = true, value_name = "URL")]
    pub endpoint: Option<String>,
    /// A fixed token (default: $OS_TOKEN); never printed
    #[arg(long, global = true, value_name = "TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Output format
    #[arg(short, long, global = true, env = "DIS_OUTPUT", value_enum, default_value_t = Format::Table)]
    pub output: Format,
    /// Only these columns, by their API names (repeatable)
    #[arg(short = 'c', long = "column", global = true, value_name = "COLUMN")]
    pub columns: Vec<String>,
    /// More log lines on stderr (-v info, -vv debug)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,
    /// Log every request and answer on stderr, without secrets (same as -vv)
    #[arg(long, global = true)]
    pub debug: bool,
}

/// How results are printed on stdout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Fixed columns, local times, decoded payloads
    Table,
    /// Every column of the table
    Wide,
    /// JSON with the API's field names and raw values
    Json,
    /// YAML with the API's field names and raw values
    Yaml,
    /// One JSON object per line
    Ndjson,
    /// Tab-separated values without a header
    Value,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Streams: list, show, create, scale, delete, metrics, tags
    #[command(subcommand)]
    Stream(StreamCmd),
    /// Partitions of a stream
    #[command(subcommand)]
    Partition(PartitionCmd),
    /// Consumer apps and their lag
    #[command(subcommand)]
    App(AppCmd),
    /// Checkpoints of an app on a stream
    #[command(subcommand)]
    Checkpoint(CheckpointCmd),
    /// Records: put, tail, CSV template
    #[command(subcommand)]
    Record(RecordCmd),
    /// Partition cursors and single reads
    #[command(subcommand)]
    Cursor(CursorCmd),
    /// Dump (transfer) tasks to OBS
    #[command(subcommand)]
    Dump(DumpCmd),
    /// Send a raw request to the DIS API (path relative to /v2/{project_id})
    Api(ApiArgs),
    /// The resolved configuration
    #[command(subcommand)]
    Config(ConfigCmd),
    /// Shell completions: `source <(dis completion bash)`
    Completion {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Every command with its flags, as text (reviewed as a golden file)
    Docs,
}

#[derive(Debug, Subcommand)]
pub enum StreamCmd {
    /// List streams (all pages)
    List(ListArgs),
    /// Show a stream with all its partitions
    Show {
        /// Stream name
        stream: String,
    },
    /// Create a stream
    Create(StreamCreate),
    /// Change the number of partitions
    #[command(alias = "update-partition")]
    Scale {
        /// Stream name
        stream: String,
        /// Target partition count
        #[arg(short = 'n', long = "partitions", alias = "partition-count")]
        partitions: u32,
        /// Wait until the stream is RUNNING with that many writable partitions
        #[arg(long)]
        wait: bool,
    },
    /// Delete streams
    Delete {
        /// Stream names
        #[arg(required = true)]
        streams: Vec<String>,
        /// Succeed when a stream does not exist
        #[arg(long)]
        ignore_missing: bool,
    },
    /// Metrics of a stream, or of one partition with -p
    Metrics(MetricsArgs),
    /// Tags of streams
    #[command(subcommand)]
    Tag(TagCmd),
    /// Streams carrying the given tags
    Find {
        /// KEY=VALUE (repeatable; all must match)
        #[arg(long = "tag", value_name = "KEY=VALUE", required = true)]
        tags: Vec<String>,
        /// Print only the number of matching streams
        #[arg(long)]
        count: bool,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Stop after this many items in total
    #[arg(long)]
    pub limit: Option<usize>,
    /// Items per request
    #[arg(long)]
    pub page_size: Option<u32>,
    /// Start after this name
    #[arg(long, value_name = "NAME", aliases = ["start-stream-name", "start-app-name"])]
    pub start_after: Option<String>,
}

#[derive(Debug, Args)]
pub struct StreamCreate {
    /// Stream name
    pub stream: String,
    /// Number of partitions
    #[arg(short = 'n', long = "partitions", alias = "partition-count")]
    pub partitions: u32,
    /// Stream type
    #[arg(long = "type", alias = "stream-type", value_enum)]
    pub stream_type: Option<StreamKind>,
    /// Data type
    #[arg(long, value_enum)]
    pub data_type: Option<DataKind>,
    /// Retention in hours (24 to 72)
    #[arg(long, alias = "data-duration", value_name = "HOURS")]
    pub retention: Option<u32>,
    /// Compression of dumped data
    #[arg(long, alias = "compression-format", value_enum)]
    pub compression: Option<Compression>,
    /// Enable autoscaling between MIN and MAX partitions
    #[arg(long, value_name = "MIN:MAX")]
    pub autoscale: Option<String>,
    /// KEY=VALUE (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
    /// Succeed when the stream exists already
    #[arg(long)]
    pub if_not_exists: bool,
    /// Wait until the stream is RUNNING
    #[arg(long)]
    pub wait: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StreamKind {
    Common,
    Advanced,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum DataKind {
    Blob,
    Json,
    Csv,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Compression {
    Snappy,
    Gzip,
    Zip,
}

#[derive(Debug, Args)]
pub struct MetricsArgs {
    /// Stream name
    pub stream: String,
    /// One partition's metrics instead of the stream's
    #[arg(short, long)]
    pub partition: Option<String>,
    /// Metric labels, e.g. total_put_records_per_stream (repeatable)
    #[arg(long = "label", required = true)]
    pub labels: Vec<String>,
    /// Start of the window, as a duration before now (30m, 1h, 2d)
    #[arg(long, default_value = "1h")]
    pub since: String,
}

#[derive(Debug, Subcommand)]
pub enum TagCmd {
    /// Tags of one stream, or every key and its values across streams
    List {
        /// A stream; without it, every tag key and its values across streams
        stream: Option<String>,
    },
    /// Add tags to a stream
    Add {
        /// Stream name
        stream: String,
        /// KEY=VALUE
        #[arg(required = true, value_name = "KEY=VALUE")]
        tags: Vec<String>,
    },
    /// Remove tags from a stream
    Remove {
        /// Stream name
        stream: String,
        /// Tag keys
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum PartitionCmd {
    /// Partitions of a stream with their sequence-number ranges
    List {
        /// Stream name
        stream: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum AppCmd {
    /// List apps
    List {
        /// Only apps that committed checkpoints on this stream
        #[arg(long, alias = "stream-name")]
        stream: Option<String>,
        #[command(flatten)]
        list: ListArgs,
    },
    /// Show an app
    Show {
        /// App name
        app: String,
    },
    /// Create an app
    Create {
        /// App name
        app: String,
        /// Succeed when the app exists already
        #[arg(long)]
        if_not_exists: bool,
    },
    /// Delete apps
    Delete {
        /// App names
        #[arg(required = true)]
        apps: Vec<String>,
        /// Succeed when an app does not exist
        #[arg(long)]
        ignore_missing: bool,
    },
    /// Per partition: checkpoint, earliest, latest and lag of an app on a stream
    Lag {
        /// App name
        app: String,
        /// Stream name
        stream: String,
        /// Only these partitions (repeatable)
        #[arg(short, long = "partition")]
        partitions: Vec<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CheckpointCmd {
    /// The checkpoint of an app on one partition
    Show {
        /// Stream name
        stream: String,
        /// App name
        app: String,
        #[arg(short, long, alias = "partition-id")]
        partition: String,
    },
    /// Commit a checkpoint
    #[command(alias = "create")]
    Commit {
        /// Stream name
        stream: String,
        /// App name
        app: String,
        #[arg(short, long, alias = "partition-id")]
        partition: String,
        /// Sequence number to commit
        #[arg(long, alias = "sequence-number")]
        seq: String,
        /// Free text kept with the checkpoint (up to 1000 characters)
        #[arg(long)]
        metadata: Option<String>,
    },
    /// Delete the checkpoint of one partition, or of all with --all-partitions
    Delete {
        /// Stream name
        stream: String,
        /// App name
        app: String,
        #[arg(
            short,
            long,
            alias = "partition-id",
            required_unless_present = "all_partitions"
        )]
        partition: Option<String>,
        /// Delete the checkpoints of every partition
        #[arg(long, conflicts_with = "partition")]
        all_partitions: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum RecordCmd {
    /// Put records from arguments, files, stdin lines or CSV
    #[command(alias = "upload")]
    Put(PutArgs),
    /// Read all partitions (or -p) and print records as they come
    Tail(TailArgs),
    /// Print the CSV header `record put --csv` reads and `record tail --csv` writes
    Template,
}

#[derive(Debug, Args)]
pub struct PutArgs {
    /// Stream name
    pub stream: String,
    /// Records as text; `-` (or nothing) reads stdin, one record per line
    pub data: Vec<String>,
    /// The otcextensions spelling of one DATA argument
    #[arg(long = "data", hide = true)]
    pub legacy_data: Option<String>,
    /// Files, each one record (with --lines, one record per line)
    #[arg(long = "file", value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Split files into records at the delimiter
    #[arg(long)]
    pub lines: bool,
    /// Record delimiter for stdin and --lines
    #[arg(long, default_value = "\n")]
    pub delimiter: String,
    /// Split each record into KEY<delimiter>DATA; the key becomes the partition key
    #[arg(long, value_name = "DELIMITER")]
    pub key_delimiter: Option<String>,
    /// CSV file with the header `data,partition_key,partition_id,explicit_hash_key`
    #[arg(long, value_name = "FILE", alias = "filename", conflicts_with_all = ["data", "files", "legacy_data"])]
    pub csv: Option<PathBuf>,
    /// Partition key of every record
    #[arg(long, alias = "partition-key")]
    pub key: Option<String>,
    /// Partition of every record
    #[arg(short, long, alias = "partition-id")]
    pub partition: Option<String>,
    /// Explicit hash key of every record
    #[arg(long, alias = "explicit-hash-key")]
    pub hash_key: Option<u64>,
    /// Requests in flight at once; above 1, records of a partition may land out of input order
    #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=64))]
    pub parallel: u16,
    /// Write records that still failed to this CSV file (same columns as --csv)
    #[arg(long, value_name = "FILE")]
    pub failed_out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TailArgs {
    /// Stream name
    pub stream: String,
    /// Only these partitions (repeatable)
    #[arg(short, long = "partition")]
    pub partitions: Vec<String>,
    /// Where to start: trim-horizon, latest, seq:N, after:N, time:MILLIS|RFC3339
    /// (default: the app's checkpoint with --app, else trim-horizon)
    #[arg(long)]
    pub from: Option<String>,
    /// Keep waiting for new records
    #[arg(short, long)]
    pub follow: bool,
    /// Exit at the end of every partition (the default without --follow)
    #[arg(short = 'e', long, conflicts_with = "follow")]
    pub exit_at_end: bool,
    /// Stop after this many records
    #[arg(short = 'n', long)]
    pub count: Option<u64>,
    /// Line per record: %s payload, %S size, %k key, %p partition, %o sequence number,
    /// %T timestamp (ms), %t local time, \n \t
    #[arg(long, default_value = "%s\\n")]
    pub format: String,
    /// Most bytes per read request (DIS's default when not set)
    #[arg(long, value_name = "BYTES")]
    pub max_bytes: Option<u32>,
    /// Read from this app's checkpoints
    #[arg(long)]
    pub app: Option<String>,
    /// Commit the app's checkpoints as records are printed
    #[arg(long, requires = "app")]
    pub commit: bool,
}

#[derive(Debug, Subcommand)]
pub enum CursorCmd {
    /// Get a cursor for a partition
    #[command(alias = "show")]
    Get {
        /// Stream name
        stream: String,
        #[arg(short, long, alias = "partition-id")]
        partition: String,
        /// trim-horizon, latest, seq:N, after:N, time:MILLIS|RFC3339
        #[arg(long, default_value = "trim-horizon")]
        from: String,
    },
    /// One read at a cursor; prints the records, and the next cursor on stderr
    #[command(alias = "download")]
    Read {
        /// A cursor from `dis cursor get` (valid 5 minutes)
        #[arg(required_unless_present = "partition_cursor")]
        cursor: Option<String>,
        /// The otcextensions spelling of CURSOR
        #[arg(long, hide = true)]
        partition_cursor: Option<String>,
        /// Most bytes to fetch
        #[arg(long, alias = "max-fetch-bytes")]
        max_bytes: Option<u32>,
    },
}

#[derive(Debug, Subcommand)]
pub enum DumpCmd {
    /// Dump tasks of a stream
    List {
        /// Stream name
        stream: String,
    },
    /// Show a dump task
    Show {
        /// Stream name
        stream: String,
        /// Dump task name
        task: String,
    },
    /// Create a dump task to OBS
    Create(DumpCreate),
    /// Delete dump tasks
    Delete {
        /// Stream name
        stream: String,
        /// Dump task names (start and stop also take ids)
        #[arg(required = true)]
        tasks: Vec<String>,
        /// Succeed when a task does not exist
        #[arg(long)]
        ignore_missing: bool,
    },
    /// Start dump tasks (names or ids)
    Start {
        /// Stream name
        stream: String,
        /// Dump task names (start and stop also take ids)
        #[arg(required = true)]
        tasks: Vec<String>,
    },
    /// Stop dump tasks (names or ids)
    #[command(alias = "pause")]
    Stop {
        /// Stream name
        stream: String,
        /// Dump task names (start and stop also take ids)
        #[arg(required = true)]
        tasks: Vec<String>,
    },
}

#[derive(Debug, Args)]
pub struct DumpCreate {
    /// Stream name
    pub stream: String,
    /// Dump task name
    pub task: String,
    /// OBS bucket (and path)
    #[arg(long, alias = "obs-bucket-path")]
    pub bucket: String,
    /// IAM agency DIS uses to write to OBS
    #[arg(long, alias = "agency-name")]
    pub agency: String,
    /// Seconds between dumps (30 to 900)
    #[arg(long, alias = "deliver-time-interval", default_value_t = 300)]
    pub interval: u32,
    /// Where a new task starts reading: latest or trim-horizon
    #[arg(long, alias = "consumer-strategy")]
    pub from: Option<String>,
    /// Prefix of the dumped files
    #[arg(long, alias = "file-prefix")]
    pub prefix: Option<String>,
    /// Time directories below the prefix: yyyy, yyyy/MM, yyyy/MM/dd, yyyy/MM/dd/HH or
    /// yyyy/MM/dd/HH/mm
    #[arg(long)]
    pub partition_format: Option<String>,
    /// Format of the dumped files: text, parquet or carbon
    #[arg(long, alias = "destination-file-type")]
    pub file_type: Option<String>,
    /// Between records in text files: `,` `;` `|` or `\n`
    #[arg(long, alias = "record-delimiter")]
    pub delimiter: Option<String>,
    /// The otcextensions flag; only OBS is supported
    #[arg(long, hide = true, value_parser = ["OBS"])]
    pub destination_type: Option<String>,
}

#[derive(Debug, Args)]
pub struct ApiArgs {
    /// HTTP method
    #[arg(short = 'X', long, default_value = "GET")]
    pub method: String,
    /// Path below /v2/{project_id}, e.g. /streams
    pub path: String,
    /// JSON body from a file, or `-` for stdin
    #[arg(long, value_name = "FILE")]
    pub input: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ConfigCmd {
    /// Cloud, region, project, endpoint and kind of credentials, secrets redacted
    Show,
}

/// Rewrites the otcextensions spellings (`data upload`, `stream update partition`,
/// `app consumption list`, `dump task …`, `data cursor show`, `data file template`) into
/// this tree, so that old scripts keep working without cluttering the help.
pub fn rewrite_legacy(mut args: Vec<String>) -> Vec<String> {
    let Some(at) = first_word(&args) else {
        return args;
    };
    let words: Vec<&str> = args[at..].iter().take(3).map(String::as_str).collect();
    let (take, replacement): (usize, &[&str]) = match words.as_slice() {
        ["stream", "update", "partition", ..] => (3, &["stream", "scale"]),
        ["data", "upload", ..] => (2, &["record", "put"]),
        ["data", "download", ..] => (2, &["cursor", "read"]),
        ["data", "cursor", "show", ..] => (3, &["cursor", "get"]),
        ["data", "file", "template", ..] => (3, &["record", "template"]),
        ["dump", "task", "pause", ..] => (3, &["dump", "stop"]),
        ["dump", "task", verb, ..] => {
            let verb = (*verb).to_owned();
            args.splice(at..at + 3, ["dump".to_owned(), verb]);
            return args;
        }
        ["app", "consumption", "list", ..] => {
            // `app consumption list STREAM APP` → `app lag APP STREAM`
            let rest: Vec<String> = args[at + 3..].to_vec();
            let positional: Vec<usize> = (0..rest.len())
                .filter(|i| !rest[*i].starts_with('-'))
                .take(2)
                .collect();
            let mut rest = rest;
            if let [a, b] = positional[..] {
                rest.swap(a, b);
            }
            args.truncate(at);
            args.extend(["app".to_owned(), "lag".to_owned()]);
            args.extend(rest);
            return args;
        }
        _ => return args,
    };
    args.splice(at..at + take, replacement.iter().map(|w| (*w).to_owned()));
    args
}

/// Index of the first word after the program name that is not a global flag or its value.
fn first_word(args: &[String]) -> Option<usize> {
    const WITH_VALUE: &[&str] = &[
        "--os-cloud",
        "--os-region-name",
        "--os-project-id",
        "--endpoint",
        "--token",
        "-o",
        "--output",
        "-c",
        "--column",
    ];
    let mut i = 1;
    while i < args.len() {
        let arg = args[i].as_str();
        if WITH_VALUE.contains(&arg) {
            i += 2;
        } else if arg.starts_with('-') {
            i += 1;
        } else {
            return Some(i);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_tree_is_consistent() {
        Cli::command().debug_assert();
    }

    fn rewritten(line: &str) -> String {
        rewrite_legacy(line.split(' ').map(str::to_owned).collect()).join(" ")
    }

    #[test]
    fn legacy_spellings_map_to_the_tree() {
        assert_eq!(
            rewritten("dis --os-cloud x stream update partition s --partition-count 3"),
            "dis --os-cloud x stream scale s --partition-count 3"
        );
        assert_eq!(
            rewritten("dis app consumption list s a -p 0"),
            "dis app lag a s -p 0"
        );
        assert_eq!(rewritten("dis dump task pause s t"), "dis dump stop s t");
        assert_eq!(rewritten("dis dump task list s"), "dis dump list s");
        assert_eq!(
            rewritten("dis data upload s --data x"),
            "dis record put s --data x"
        );
        assert_eq!(rewritten("dis stream list"), "dis stream list");
    }
}
