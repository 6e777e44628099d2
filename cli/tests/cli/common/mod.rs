//! Runs the real `dis` binary against an in-process dis-local, hermetically: no OS_*
//! variable, HOME and XDG_CONFIG_HOME in a temporary directory, which is also the working
//! directory (so no clouds.yaml is found).

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

pub struct Env {
    pub runtime: tokio::runtime::Runtime,
    pub dis: Option<dis_local::Handle>,
    pub home: tempfile::TempDir,
    pub endpoint: String,
}

/// An emulator for project `proj` and a home directory for the binary.
pub fn start() -> Env {
    start_with(dis_local::Server::builder())
}

pub fn start_with(builder: dis_local::ServerBuilder) -> Env {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let dis = runtime
        .block_on(builder.project_id("proj").start())
        .unwrap();
    let endpoint = dis.endpoint();
    Env {
        runtime,
        dis: Some(dis),
        home: tempfile::tempdir().unwrap(),
        endpoint,
    }
}

/// What a run left.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "exit {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

impl Env {
    /// `dis ARGS` with DIS_ENDPOINT pointing at the emulator.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_dis"));
        command
            .args(args)
            .env_clear()
            .env("HOME", self.home.path())
            .env("XDG_CONFIG_HOME", self.home.path())
            .env("DIS_ENDPOINT", &self.endpoint)
            .current_dir(self.home.path())
            .stdin(Stdio::null());
        command
    }

    pub fn run(&self, args: &[&str]) -> Run {
        finish(self.command(args).output().unwrap())
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // A command may stop reading early (a bad record); what it read is what counts.
        let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
        finish(child.wait_with_output().unwrap())
    }

    /// Runs and asserts exit 0.
    pub fn ok(&self, args: &[&str]) -> Run {
        let run = self.run(args);
        assert_eq!(run.code, 0, "dis {args:?}: {run:?}");
        run
    }

    pub fn spawn(&self, args: &[&str]) -> Child {
        self.command(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        if let Some(dis) = self.dis.take() {
            self.runtime.block_on(dis.shutdown());
        }
    }
}

pub fn finish(output: Output) -> Run {
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// Lines of `text`, sorted (records of several partitions come in any order).
pub fn sorted_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines.sort();
    lines
}
