//! The published Python DIS clients against an in-process emulator.
//!
//! Runs `interop/python/roundtrip.py` (otcextensions with a token, huaweicloud-sdk-python-dis
//! and huaweicloudsdkdis with AK/SK signatures: create stream, list, describe, put records,
//! cursor, get records with the same bytes back, apps, checkpoints, consumer state, dump
//! tasks, delete) against a [`dis_local::Server`] started by this test.
//!
//! It needs a Python with the pinned clients of `interop/python/requirements.txt`: the
//! virtual environment `target/python-venv` that `interop/python/run.sh` creates (or
//! `$DIS_PY_VENV`), else `python3` from `PATH`. A plain `cargo test` reports the test as
//! ignored, with that reason; it runs when the build saw `DIS_PY_CLIENTS_REQUIRED=1`
//! (`.ci/run` sets it after `run.sh` has built the environment; see `dis-local/build.rs`)
//! or with `cargo test -p dis-local --test emulator python_clients -- --ignored`. Once it runs, a
//! missing environment fails it.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const PROJECT_ID: &str = "5f3d0c1e2b4a49c8a7e6d5c4b3a29180";
const ACCESS_KEY: &str = "PYCLIENTSAK0123456789";
const SECRET_KEY: &str = "pyClientsSecretKey0123456789abcdefghijkl";
const TOKEN: &str = "python-clients-token-0123456789";
/// Upper bound for the whole script; a normal run takes a few seconds.
const SCRIPT_TIMEOUT: Duration = Duration::from_secs(240);

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("dis-local lives inside the workspace")
        .to_path_buf()
}

/// The first Python that can import all three clients, or why there is none.
fn python_with_clients(root: &Path) -> Result<PathBuf, String> {
    let mut candidates = Vec::new();
    if let Some(venv) = std::env::var_os("DIS_PY_VENV") {
        candidates.push(PathBuf::from(venv).join("bin").join("python"));
    }
    candidates.push(
        root.join("target")
            .join("python-venv")
            .join("bin")
            .join("python"),
    );
    candidates.push(PathBuf::from("python3"));
    let mut reasons = Vec::new();
    for python in candidates {
        let probe = Command::new(&python)
            .args([
                "-c",
                "import otcextensions, dis_sdk_python, huaweicloudsdkdis",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output();
        match probe {
            Ok(out) if out.status.success() => return Ok(python),
            Ok(out) => {
                let err = String::from_utf8_lossy(&out.stderr);
                let last = err.lines().last().unwrap_or("import failed");
                reasons.push(format!("{}: {last}", python.display()));
            }
            Err(e) => reasons.push(format!("{}: {e}", python.display())),
        }
    }
    Err(reasons.join("; "))
}

/// Runs `command` to completion (killing it after `timeout`), returning status and output.
fn run_with_timeout(mut command: Command, timeout: Duration) -> (Option<i32>, String) {
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the Python round trip");
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for the Python round trip") {
            break status.code();
        }
        if started.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    (status, format!("{out}{err}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    not(dis_py_clients),
    ignore = "needs the Python DIS clients: run interop/python/run.sh, then DIS_PY_CLIENTS_REQUIRED=1 cargo test"
)]
async fn published_python_clients_round_trip() {
    let root = workspace_root();
    let python = python_with_clients(&root).unwrap_or_else(|why| {
        panic!(
            "no Python has otcextensions, huaweicloud-sdk-python-dis and huaweicloudsdkdis \
             ({why}); run interop/python/run.sh to create target/python-venv"
        )
    });

    let handle = dis_local::Server::builder()
        .project_id(PROJECT_ID)
        .credentials(ACCESS_KEY, SECRET_KEY)
        .token(TOKEN)
        .bind("127.0.0.1:0")
        .start()
        .await
        .expect("start the emulator");
    let base_url = handle.base_url();

    let mut command = Command::new(&python);
    command
        .arg(root.join("interop").join("python").join("roundtrip.py"))
        .args(["--endpoint", &base_url, "--project-id", PROJECT_ID])
        .args(["--ak", ACCESS_KEY, "--sk", SECRET_KEY, "--token", TOKEN]);
    let (status, output) =
        tokio::task::spawn_blocking(move || run_with_timeout(command, SCRIPT_TIMEOUT))
            .await
            .expect("the round trip thread");
    handle.shutdown().await;

    eprintln!("{output}");
    match status {
        Some(0) => {}
        Some(code) => panic!(
            "the Python clients' round trip against {base_url} failed (exit {code}); FAIL lines:\n{}",
            output
                .lines()
                .filter(|l| l.starts_with("FAIL"))
                .collect::<Vec<_>>()
                .join("\n")
        ),
        None => panic!(
            "the Python clients' round trip did not finish within {SCRIPT_TIMEOUT:?} (or was killed by a signal)"
        ),
    }
}
