//! The one error path: what failed, a hint what to do, and a distinct exit code.

use std::io::{self, Write};

use otc_dis::Error;

/// Exit codes, as `dis --help` lists them.
pub mod exit {
    pub const OK: u8 = 0;
    pub const PARTIAL: u8 = 1;
    pub const USAGE: u8 = 2;
    pub const CONFIG: u8 = 3;
    pub const NOT_FOUND: u8 = 4;
    pub const SERVICE: u8 = 5;
    pub const TRANSPORT: u8 = 6;
    pub const INTERRUPTED: u8 = 130;
}

/// The exit codes in `dis --help`.
pub const EXIT_CODES_HELP: &str = "\
Exit codes:
  0    success
  1    partial failure: some records or items failed (details on stderr, --failed-out)
  2    usage: bad arguments or input (nothing was sent)
  3    configuration or credentials (no cloud, 401/403, DIS.4116)
  4    not found (DIS.4301/4302/4332/4354/4603/4604, 404)
  5    other service error, after retries
  6    transport: DNS, TLS, connection, timeout
  130  interrupted (Ctrl-C)

Environment: OS_CLOUD, OS_* (as the openstack CLI), DIS_ENDPOINT, DIS_OUTPUT";

/// Why a command did not succeed.
#[derive(Debug)]
pub enum Failure {
    /// An error of the client library (service, transport, configuration, validation).
    Dis(Error),
    /// Bad arguments or input, found before anything was sent.
    Usage(String),
    /// Something the user named does not exist (found out by the tool, not by DIS).
    NotFound(String),
    /// Some items failed, others succeeded; details were printed already.
    Partial(String),
    /// Ctrl-C.
    Interrupted(String),
    /// stdout was closed by its reader: not an error for a pipe like `| head`.
    BrokenPipe,
    /// A local file could not be read or written.
    Io(String, io::Error),
}

pub type CliResult<T = ()> = Result<T, Failure>;

impl From<Error> for Failure {
    fn from(error: Error) -> Self {
        Failure::Dis(error)
    }
}

impl From<io::Error> for Failure {
    fn from(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::BrokenPipe {
            Failure::BrokenPipe
        } else {
            Failure::Io("writing the output".into(), error)
        }
    }
}

impl Failure {
    /// The process exit code.
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Dis(error) => dis_exit_code(error),
            Failure::Usage(_) => exit::USAGE,
            Failure::NotFound(_) => exit::NOT_FOUND,
            Failure::Partial(_) => exit::PARTIAL,
            Failure::Interrupted(_) => exit::INTERRUPTED,
            Failure::BrokenPipe => exit::OK,
            Failure::Io(..) => exit::USAGE,
        }
    }

    /// Prints the error and its hint on stderr; with `json`, also `{"error":{…}}` on stdout.
    pub fn report(&self, json: bool) {
        let (line, hint) = match self {
            Failure::BrokenPipe => return,
            Failure::Dis(error) => (describe(error), hint(error)),
            Failure::Usage(text) | Failure::NotFound(text) => (text.clone(), None),
            Failure::Partial(text) => (text.clone(), None),
            Failure::Interrupted(text) => (format!("interrupted: {text}"), None),
            Failure::Io(context, error) => (format!("{context}: {error}"), None),
        };
        let mut stderr = io::stderr().lock();
        let _ = writeln!(stderr, "error: {line}");
        if let Some(hint) = hint {
            let _ = writeln!(stderr, "hint: {hint}");
        }
        if json {
            let api = match self {
                Failure::Dis(error) => error.api(),
                _ => None,
            };
            let body = serde_json::json!({"error": {
                "code": api.and_then(|a| a.code.clone()),
                "message": line,
                "status": api.map(|a| a.status),
                "request_id": api.and_then(|a| a.request_id.clone()),
                "exit_code": self.exit_code(),
            }});
            let _ = writeln!(io::stdout(), "{body}");
        }
    }
}

fn dis_exit_code(error: &Error) -> u8 {
    match error {
        Error::NotFound(_) => exit::NOT_FOUND,
        Error::Auth(_) | Error::Config(_) => exit::CONFIG,
        Error::Validation(_) | Error::Io { .. } => exit::USAGE,
        Error::Transport { .. } => exit::TRANSPORT,
        _ => exit::SERVICE,
    }
}

/// One line: the DIS code, the message, the HTTP status and the request id.
fn describe(error: &Error) -> String {
    match error.api() {
        Some(api) => {
            let mut line = match &api.code {
                Some(code) => format!("{code}: "),
                None => String::new(),
            };
            line.push_str(if api.message.is_empty() {
                "(no message)"
            } else {
                &api.message
            });
            line.push_str(&format!(" (HTTP {}", api.status));
            if let Some(id) = &api.request_id {
                line.push_str(&format!(", request-id {id}"));
            }
            line.push(')');
            line
        }
        None => error.to_string(),
    }
}

/// What to do next, by DIS code first, then by kind of error.
fn hint(error: &Error) -> Option<String> {
    let by_code = match error.code().unwrap_or_default() {
        "DIS.4301" => "`dis stream list` lists the streams that exist",
        "DIS.4302" => "`dis partition list STREAM` lists the partitions of a stream",
        "DIS.4332" => "`dis app list` lists the apps that exist",
        "DIS.4354" => "`dis dump list STREAM` lists the dump tasks of a stream",
        "DIS.4307" | "DIS.4330" | "DIS.4355" => {
            "it exists already; `--if-not-exists` makes creating it succeed"
        }
        "DIS.4217" | "DIS.4225" | "DIS.4226" => {
            "cursors live 5 minutes; `dis record tail` renews them, or start again with `--from after:SEQ`"
        }
        "DIS.4224" => {
            "the position is outside the retained records; `--from trim-horizon` starts at the oldest"
        }
        "DIS.4303" | "DIS.4305" | "DIS.4309" => {
            "a COMMON partition takes 1 MB/s or 1000 records/s; `dis stream scale STREAM -n N` adds partitions"
        }
        "DIS.4308" | "DIS.4329" | "DIS.4357" | "DIS.4601" => {
            "a quota is reached; delete what is unused or ask for a higher quota"
        }
        "DIS.4116" => "the account lacks permission for DIS, or is in arrears",
        _ => "",
    };
    if !by_code.is_empty() {
        return Some(by_code.to_owned());
    }
    match error {
        Error::Auth(api) if api.status == 401 => Some(
            "the token expired or is wrong; with AK/SK check the clock (X-Sdk-Date), the region and the project".into(),
        ),
        Error::Auth(_) => Some("the credentials lack permission for this operation".into()),
        Error::Config(_) => Some(
            "`dis config show` prints what was found; set OS_CLOUD or --os-cloud, or DIS_ENDPOINT for dis-local"
                .into(),
        ),
        Error::NotFound(_) => Some("`dis stream list` and `dis app list` show what exists".into()),
        Error::Transport { .. } => {
            Some("check the endpoint (`dis config show`) and the network".into())
        }
        Error::Throttled(_) => Some("DIS throttled the request; try again later".into()),
        _ => None,
    }
}
