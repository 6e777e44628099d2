//! The real binary against in-process dis-local: round trip, exit codes, error texts,
//! machine output, pipes, secrets.

use crate::common;

use std::io::{BufRead, BufReader};

use common::{Env, sorted_lines, start};

#[test]
fn round_trip_create_put_tail_commit_lag_delete() {
    let env = start();
    env.ok(&["stream", "create", "orders", "-n", "2", "--wait"]);
    env.ok(&["app", "create", "billing"]);

    let put = env.run_with_stdin(&["record", "put", "orders", "-"], "a\nb\nc\n");
    assert_eq!(put.code, 0, "{put:?}");
    assert_eq!(put.stdout, "");
    assert!(
        put.stderr.contains("put 3 records: 3 written, 0 failed"),
        "{put:?}"
    );

    let tail = env.ok(&["record", "tail", "orders", "-e"]);
    assert_eq!(sorted_lines(&tail.stdout), ["a", "b", "c"]);
    assert!(
        tail.stderr.starts_with(
            "% 3 records; to resume:\n%   dis record tail orders -p shardId-000000000"
        ),
        "{tail:?}"
    );

    // Tail for the app, committing: then the app has no lag, and a second tail for it
    // starts after what was committed.
    let first = env.ok(&["record", "tail", "orders", "--app", "billing", "--commit"]);
    assert_eq!(sorted_lines(&first.stdout), ["a", "b", "c"]);
    let lag = env.ok(&["app", "lag", "billing", "orders", "-o", "json"]);
    let lag: serde_json::Value = serde_json::from_str(&lag.stdout).unwrap();
    let lag = lag.as_array().unwrap();
    assert_eq!(lag.len(), 2);
    for partition in lag {
        assert_eq!(partition["lag"], 0, "{partition}");
    }
    let again = env.ok(&["record", "tail", "orders", "--app", "billing"]);
    assert_eq!(again.stdout, "");

    env.ok(&["stream", "delete", "orders"]);
    env.ok(&["app", "delete", "billing"]);
    let list = env.ok(&["stream", "list", "-o", "json"]);
    assert_eq!(list.stdout.trim(), "[]");
    let list = env.ok(&["stream", "list", "-o", "yaml"]);
    assert_eq!(list.stdout, "[]\n");
}

#[test]
fn usage_errors_exit_2() {
    let env = start();
    let run = env.run(&["stream", "create", "s"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(run.stderr.contains("--partitions"), "{run:?}");
    let run = env.run(&["record", "tail", "s", "--from", "oldest"]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.starts_with("error: `oldest` is not a position"),
        "{run:?}"
    );
}

#[test]
fn missing_configuration_exits_3_with_a_hint() {
    let env = start();
    let run = finish_without_endpoint(&env, &["stream", "list"]);
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.starts_with("error: "), "{run:?}");
    assert!(run.stderr.contains("hint: `dis config show`"), "{run:?}");
}

fn finish_without_endpoint(env: &Env, args: &[&str]) -> common::Run {
    common::finish(
        env.command(args)
            .env_remove("DIS_ENDPOINT")
            .output()
            .unwrap(),
    )
}

#[test]
fn a_missing_stream_exits_4_with_code_status_and_hint() {
    let env = start();
    let run = env.run(&["stream", "show", "nope"]);
    assert_eq!(run.code, 4, "{run:?}");
    let lines: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{run:?}");
    assert!(lines[0].starts_with("error: DIS.4301: "), "{run:?}");
    assert!(lines[0].contains("(HTTP 400"), "{run:?}");
    assert_eq!(
        lines[1],
        "hint: `dis stream list` lists the streams that exist"
    );
    assert_eq!(run.stdout, "");

    // With -o json the error is also a JSON object on stdout.
    let run = env.run(&["stream", "show", "nope", "-o", "json"]);
    assert_eq!(run.code, 4);
    let error: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(error["error"]["code"], "DIS.4301");
    assert_eq!(error["error"]["status"], 400);

    // --ignore-missing makes deleting what is not there a success.
    env.ok(&["stream", "delete", "nope", "--ignore-missing"]);
}

#[test]
fn a_service_error_exits_5() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    let run = env.run(&["stream", "create", "s", "-n", "1"]);
    assert_eq!(run.code, 5, "{run:?}");
    assert!(
        run.stderr
            .contains("hint: it exists already; `--if-not-exists`"),
        "{run:?}"
    );
    env.ok(&["stream", "create", "s", "-n", "1", "--if-not-exists"]);
}

#[test]
fn an_unreachable_endpoint_exits_6() {
    let env = start();
    // A port nobody listens on: bind one, learn it, close it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let run = common::finish(
        env.command(&["stream", "list"])
            .env("DIS_ENDPOINT", format!("http://127.0.0.1:{port}/v2/proj"))
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 6, "{run:?}");
    assert!(run.stderr.contains("could not reach DIS"), "{run:?}");
}

#[test]
fn a_partly_failed_put_exits_1_and_writes_the_failed_records() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    let failed = env.home.path().join("failed.csv");
    let failed_arg = failed.to_str().unwrap();
    // Partition 7 does not exist: its record is refused, the other one is written.
    let input = env.home.path().join("in.csv");
    std::fs::write(&input, "data,partition_id\nok,0\nlost,7\n").unwrap();
    let run = env.run(&[
        "record",
        "put",
        "s",
        "--csv",
        input.to_str().unwrap(),
        "--failed-out",
        failed_arg,
    ]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(
        run.stderr.contains("2 records: 1 written, 1 failed"),
        "{run:?}"
    );
    assert!(run.stderr.contains("in.csv line 3"), "{run:?}");
    assert_eq!(
        std::fs::read_to_string(&failed).unwrap(),
        "data,partition_key,partition_id,explicit_hash_key\nlost,,7,\n"
    );
    let tail = env.ok(&["record", "tail", "s"]);
    assert_eq!(tail.stdout, "ok\n");
}

#[test]
fn a_bad_csv_row_names_its_line_and_sends_nothing() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    let input = env.home.path().join("in.csv");
    std::fs::write(&input, "data,explicit_hash_key\na,1\nb,x\nc,3\n").unwrap();
    let run = env.run(&["record", "put", "s", "--csv", input.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.contains(
            "in.csv line 3: explicit_hash_key `x` is not a whole number; nothing was sent"
        ),
        "{run:?}"
    );
    let partitions = env.ok(&[
        "partition",
        "list",
        "s",
        "-o",
        "value",
        "-c",
        "latest_sequence_number",
    ]);
    assert_eq!(partitions.stdout, "0\n");
}

#[test]
fn interrupting_a_tail_exits_130_and_says_where_to_resume() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    env.run_with_stdin(&["record", "put", "s"], "x\n");
    let mut child = env.spawn(&["record", "tail", "s", "-f"]);
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "x\n");
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let run = common::finish(child.wait_with_output().unwrap());
    assert_eq!(run.code, 130, "{run:?}");
    assert!(
        run.stderr.ends_with(
            "% 1 record; to resume:\n%   dis record tail s -p shardId-0000000000 --from after:0\nerror: interrupted: tail stopped\n"
        ),
        "{run:?}"
    );
}

#[test]
fn debug_logs_requests_without_the_token() {
    let secret = "s3cr3t-t0ken-value";
    let env = common::start_with(dis_local::Server::builder().token(secret));
    let run = common::finish(
        env.command(&["--debug", "stream", "list"])
            .env("OS_TOKEN", secret)
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stderr.contains("DIS answered"), "{run:?}");
    assert!(
        run.stderr.contains("list_streams") || run.stderr.contains("listStreams"),
        "{run:?}"
    );
    assert!(!run.stderr.contains(secret), "{run:?}");
    let config = common::finish(
        env.command(&["config", "show", "-o", "json"])
            .env("OS_TOKEN", secret)
            .output()
            .unwrap(),
    );
    assert_eq!(config.code, 0, "{config:?}");
    assert!(!config.stdout.contains(secret), "{config:?}");
    let shown: serde_json::Value = serde_json::from_str(&config.stdout).unwrap();
    assert_eq!(shown["auth"], "token");
    assert_eq!(shown["project_id"], "proj");
}

#[test]
fn json_keeps_the_api_names_and_value_prints_one_column() {
    let env = start();
    env.ok(&["stream", "create", "a", "-n", "1", "--tag", "team=x"]);
    env.ok(&["stream", "create", "b", "-n", "3"]);
    let run = env.ok(&["stream", "list", "-o", "json"]);
    let list: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["stream_name"], "a");
    assert_eq!(list[1]["partition_count"], 3);
    assert!(list[0]["create_time"].is_i64());
    assert_eq!(
        list[0]["tags"],
        serde_json::json!([{"key": "team", "value": "x"}])
    );
    let table = env.ok(&["stream", "show", "a", "-c", "tags"]);
    assert!(table.stdout.contains("team=x"), "{table:?}");
    let names = env.ok(&["stream", "list", "-o", "value", "-c", "stream_name"]);
    assert_eq!(names.stdout, "a\nb\n");
    let ndjson = env.ok(&[
        "stream",
        "list",
        "-o",
        "ndjson",
        "-c",
        "stream_name",
        "--limit",
        "1",
    ]);
    assert_eq!(ndjson.stdout, "{\"stream_name\":\"a\"}\n");
    let yaml = env.ok(&[
        "stream",
        "show",
        "b",
        "-o",
        "yaml",
        "-c",
        "stream_name",
        "-c",
        "writable_partition_count",
    ]);
    assert_eq!(
        yaml.stdout,
        "- stream_name: b\n  writable_partition_count: 3\n"
    );
    let bad = env.run(&["stream", "list", "-c", "nope"]);
    assert_eq!(bad.code, 2, "{bad:?}");
    assert!(bad.stderr.contains("no column `nope`"), "{bad:?}");
}

#[test]
fn no_progress_bar_when_stderr_is_not_a_terminal() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    let input: String = (0..500).map(|i| format!("record {i}\n")).collect();
    let run = env.run_with_stdin(&["record", "put", "s"], &input);
    assert_eq!(run.code, 0, "{run:?}");
    assert_eq!(run.stderr.lines().count(), 1, "{run:?}");
    assert!(
        run.stderr
            .starts_with("put 500 records: 500 written, 0 failed"),
        "{run:?}"
    );
    assert!(
        !run.stderr.contains('\r') && !run.stderr.contains("\x1b["),
        "{run:?}"
    );
}

#[test]
fn a_closed_stdout_ends_quietly() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    let input: String = (0..3000).map(|i| format!("record {i}\n")).collect();
    env.run_with_stdin(&["record", "put", "s"], &input);
    let mut child = env.spawn(&["record", "tail", "s"]);
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    assert_eq!(line, "record 0\n");
    drop(stdout);
    let run = common::finish(child.wait_with_output().unwrap());
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stderr.contains("panicked"), "{run:?}");
}

#[test]
fn legacy_spellings_still_work() {
    let env = start();
    env.ok(&["stream", "create", "s", "--partition-count", "1"]);
    env.ok(&["data", "upload", "s", "--data", "hello"]);
    env.ok(&[
        "stream",
        "update",
        "partition",
        "s",
        "--partition-count",
        "2",
    ]);
    let show = env.ok(&[
        "stream",
        "show",
        "s",
        "-o",
        "value",
        "-c",
        "writable_partition_count",
    ]);
    assert_eq!(show.stdout, "2\n");
    env.ok(&["stream", "scale", "s", "-n", "3", "--wait"]);
    let show = env.ok(&[
        "stream",
        "show",
        "s",
        "-o",
        "value",
        "-c",
        "writable_partition_count",
    ]);
    assert_eq!(show.stdout, "3\n");
    let cursor = env.ok(&[
        "data",
        "cursor",
        "show",
        "s",
        "--partition-id",
        "0",
        "--from",
        "trim-horizon",
        "-o",
        "value",
    ]);
    let read = env.ok(&[
        "data",
        "download",
        "--partition-cursor",
        cursor.stdout.trim(),
        "-o",
        "value",
        "-c",
        "data",
    ]);
    assert_eq!(read.stdout, "aGVsbG8=\n");
    assert!(read.stderr.starts_with("next cursor: "), "{read:?}");
}

#[test]
fn tags_metrics_and_the_api_escape_hatch() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    env.ok(&["stream", "tag", "add", "s", "team=data", "env=dev"]);
    let tags = env.ok(&["stream", "tag", "list", "s", "-o", "value"]);
    assert_eq!(tags.stdout, "env\tdev\nteam\tdata\n");
    env.ok(&["stream", "tag", "remove", "s", "env"]);
    let tags = env.ok(&["stream", "tag", "list", "s", "-o", "value", "-c", "key"]);
    assert_eq!(tags.stdout, "team\n");
    let found = env.ok(&[
        "stream",
        "find",
        "--tag",
        "team=data",
        "-o",
        "value",
        "-c",
        "resource_name",
    ]);
    assert_eq!(found.stdout, "s\n");
    env.ok(&[
        "stream",
        "metrics",
        "s",
        "--label",
        "total_put_records_per_stream",
    ]);
    let raw = env.ok(&["api", "/streams"]);
    let raw: serde_json::Value = serde_json::from_str(&raw.stdout).unwrap();
    assert_eq!(raw["stream_names"][0], "s");
    let missing = env.run(&["api", "/streams/nope"]);
    assert_eq!(missing.code, 4, "{missing:?}");
}

#[test]
fn dump_tasks_start_and_stop_by_name() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    env.ok(&[
        "dump",
        "create",
        "s",
        "to-obs",
        "--bucket",
        "bucket/path",
        "--agency",
        "dis_agency",
        "--interval",
        "60",
        "--partition-format",
        "yyyy/MM/dd",
        "--delimiter",
        "\\n",
    ]);
    let list = env.ok(&["dump", "list", "s", "-o", "json"]);
    let list: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    assert_eq!(list[0]["task_name"], "to-obs");
    assert_eq!(list[0]["destination_type"], "OBS");
    env.ok(&["dump", "stop", "s", "to-obs"]);
    let state = env.ok(&["dump", "show", "s", "to-obs", "-o", "value", "-c", "state"]);
    assert_eq!(state.stdout, "PAUSED\n");
    env.ok(&["dump", "start", "s", "to-obs"]);
    let shown = env.ok(&["dump", "show", "s", "to-obs", "-o", "json"]);
    let shown: serde_json::Value = serde_json::from_str(&shown.stdout).unwrap();
    assert_eq!(
        shown["obs_destination_descriptor"]["obs_bucket_path"],
        "bucket/path"
    );
    assert_eq!(
        shown["obs_destination_descriptor"]["deliver_time_interval"],
        60
    );
    let missing = env.run(&["dump", "start", "s", "nope"]);
    assert_eq!(missing.code, 4, "{missing:?}");
    assert!(
        missing.stderr.contains("`dis dump list s` lists them"),
        "{missing:?}"
    );
    env.ok(&["dump", "delete", "s", "to-obs"]);
    let list = env.ok(&["dump", "list", "s", "-o", "value"]);
    assert_eq!(list.stdout, "");
}

#[test]
fn checkpoints_commit_show_delete_and_cursors() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "2"]);
    env.ok(&["app", "create", "a"]);
    env.run_with_stdin(&["record", "put", "s", "-p", "1"], "x\ny\nz\n");
    env.ok(&[
        "checkpoint",
        "commit",
        "s",
        "a",
        "-p",
        "1",
        "--seq",
        "2",
        "--metadata",
        "m",
    ]);
    let shown = env.ok(&["checkpoint", "show", "s", "a", "-p", "1", "-o", "json"]);
    let shown: serde_json::Value = serde_json::from_str(&shown.stdout).unwrap();
    assert_eq!(
        shown,
        serde_json::json!({"sequence_number": "2", "metadata": "m"})
    );
    // The checkpoint is the next record to read: tailing for the app starts there.
    let tail = env.ok(&[
        "record",
        "tail",
        "s",
        "--app",
        "a",
        "--format",
        "%p %o %s\\n",
    ]);
    assert_eq!(tail.stdout, "shardId-0000000001 2 z\n");
    let lag = env.ok(&[
        "app", "lag", "a", "s", "-p", "1", "-o", "value", "-c", "lag",
    ]);
    assert_eq!(lag.stdout, "1\n");
    let apps = env.ok(&[
        "app", "list", "--stream", "s", "-o", "value", "-c", "app_name",
    ]);
    assert_eq!(apps.stdout, "a\n");
    env.ok(&["checkpoint", "delete", "s", "a", "--all-partitions"]);
    let lag = env.ok(&[
        "app", "lag", "a", "s", "-p", "1", "-o", "value", "-c", "lag",
    ]);
    assert_eq!(lag.stdout, "3\n");
    let usage = env.run(&["checkpoint", "delete", "s", "a"]);
    assert_eq!(usage.code, 2, "{usage:?}");

    let cursor = env.ok(&[
        "cursor", "get", "s", "-p", "1", "--from", "after:0", "-o", "value",
    ]);
    let read = env.ok(&[
        "cursor",
        "read",
        cursor.stdout.trim(),
        "-o",
        "value",
        "-c",
        "sequence_number",
    ]);
    assert_eq!(read.stdout, "1\n2\n");
}

#[test]
fn a_terminated_follow_commits_what_it_printed() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    env.ok(&["app", "create", "a"]);
    env.run_with_stdin(&["record", "put", "s"], "x\ny\n");
    let mut child = env.spawn(&["record", "tail", "s", "-f", "--app", "a", "--commit"]);
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut lines = String::new();
    stdout.read_line(&mut lines).unwrap();
    stdout.read_line(&mut lines).unwrap();
    assert_eq!(lines, "x\ny\n");
    let killed = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let run = common::finish(child.wait_with_output().unwrap());
    assert_eq!(run.code, 130, "{run:?}");
    let lag = env.ok(&[
        "app",
        "lag",
        "a",
        "s",
        "-o",
        "value",
        "-c",
        "sequence_number",
        "-c",
        "lag",
    ]);
    assert_eq!(lag.stdout, "2\t0\n");
}

#[test]
fn a_limit_stops_fetching_pages() {
    // A plan without faults only logs the requests.
    let env = common::start_with(
        dis_local::Server::builder().faults(dis_local::faults::FaultPlan::new(0)),
    );
    for name in ["a", "b", "c", "d", "e"] {
        env.ok(&["stream", "create", name, "-n", "1"]);
    }
    let run = env.ok(&[
        "stream",
        "list",
        "--limit",
        "2",
        "-o",
        "value",
        "-c",
        "stream_name",
    ]);
    assert_eq!(run.stdout, "a\nb\n");
    let all = env.ok(&[
        "stream",
        "list",
        "--page-size",
        "2",
        "-o",
        "value",
        "-c",
        "stream_name",
    ]);
    assert_eq!(all.stdout, "a\nb\nc\nd\ne\n");
    let log = env.dis.as_ref().unwrap().fault_log();
    let lists: Vec<&str> = log
        .entries
        .iter()
        .filter(|e| e.operation == Some("list_streams"))
        .map(|e| e.path.as_str())
        .collect();
    // One page for --limit 2, three pages of two for the whole list.
    assert_eq!(lists.len(), 4, "{log:?}");
}

#[test]
fn config_show_reads_clouds_yaml_and_prints_no_secret() {
    let env = start();
    let dir = env.home.path().join("openstack");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("clouds.yaml"),
        "clouds:\n  otc:\n    region_name: eu-de\n    auth:\n      auth_url: https://iam.eu-de.otc.t-systems.com/v3\n      username: someone\n      password: hunter2-secret\n      user_domain_name: OTC-EU-DE-0001\n      project_id: 0123456789abcdef0123456789abcdef\n",
    )
    .unwrap();
    let run = common::finish(
        env.command(&["--os-cloud", "otc", "config", "show", "-o", "json"])
            .env_remove("DIS_ENDPOINT")
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stdout.contains("hunter2"), "{run:?}");
    let shown: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(shown["cloud"], "otc");
    assert_eq!(shown["region"], "eu-de");
    assert_eq!(shown["auth"], "password");
    assert_eq!(shown["project_id"], "0123456789abcdef0123456789abcdef");
    assert!(
        shown["endpoint"]
            .as_str()
            .unwrap()
            .starts_with("https://dis.eu-de.otc.t-systems.com/v2/0123456789abcdef0123456789abcdef"),
        "{run:?}"
    );
    // The region flag wins over the cloud's.
    let run = common::finish(
        env.command(&[
            "--os-cloud",
            "otc",
            "--os-region-name",
            "eu-nl",
            "config",
            "show",
            "-o",
            "value",
            "-c",
            "region",
        ])
        .env_remove("DIS_ENDPOINT")
        .output()
        .unwrap(),
    );
    assert_eq!(run.stdout, "eu-nl\n", "{run:?}");
}

#[test]
fn debug_shows_every_attempt_and_server_errors_exit_5() {
    use dis_local::faults::{Fault, FaultPlan};
    let plan = FaultPlan::new(1).probability_on("list_streams", Fault::ServerErrorBeforeApply, 1.0);
    let env = common::start_with(dis_local::Server::builder().faults(plan));
    let run = env.run(&["--debug", "stream", "list"]);
    assert_eq!(run.code, 5, "{run:?}");
    // Five attempts: four retries announced, then the final answer.
    assert_eq!(run.stderr.matches("retrying").count(), 4, "{run:?}");
    assert!(run.stderr.contains("attempts=5"), "{run:?}");
    assert!(run.stderr.contains("error: DIS.5000: "), "{run:?}");
    assert!(run.stderr.contains("(HTTP 500"), "{run:?}");
}

#[test]
fn a_refused_token_exits_3() {
    let env = common::start_with(dis_local::Server::builder().token("right"));
    let run = common::finish(
        env.command(&["stream", "list"])
            .env("OS_TOKEN", "wr0ng-t0ken-value")
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 3, "{run:?}");
    assert!(run.stderr.contains("(HTTP 401"), "{run:?}");
    assert!(
        run.stderr.contains("hint: the token expired or is wrong"),
        "{run:?}"
    );
    assert!(!run.stderr.contains("wr0ng-t0ken-value"), "{run:?}");
}

#[test]
fn stdin_is_sent_as_it_arrives() {
    use std::io::Write;
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    let mut put = env
        .command(&["record", "put", "s"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = put.stdin.take().unwrap();
    stdin.write_all(b"first\n").unwrap();
    stdin.flush().unwrap();
    // The first line is stored while stdin is still open (bounded wait, no timing asserted).
    let mut seen = String::new();
    for _ in 0..100 {
        seen = env.ok(&["record", "tail", "s"]).stdout;
        if !seen.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(seen, "first\n");
    stdin.write_all(b"second\n").unwrap();
    drop(stdin);
    let run = common::finish(put.wait_with_output().unwrap());
    assert_eq!(run.code, 0, "{run:?}");
    assert!(
        run.stderr.starts_with("put 2 records: 2 written"),
        "{run:?}"
    );
    assert_eq!(env.ok(&["record", "tail", "s"]).stdout, "first\nsecond\n");
}

#[test]
fn an_oversized_stdin_line_stops_the_put_and_names_its_line() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "1"]);
    let input = format!("small\n{}\nnever\n", "x".repeat(1024 * 1024 + 1));
    let run = env.run_with_stdin(&["record", "put", "s"], &input);
    assert_eq!(run.code, 2, "{run:?}");
    assert!(
        run.stderr.starts_with("put 1 record: 1 written, 0 failed"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains(
            "error: line 2 of stdin: a record of 1048577 bytes is over DIS's limit of 1048576 bytes; the records before it were sent"
        ),
        "{run:?}"
    );
    assert_eq!(env.ok(&["record", "tail", "s"]).stdout, "small\n");
}

#[test]
fn records_of_partitions_deleted_by_a_scale_down_are_read() {
    let env = start();
    env.ok(&["stream", "create", "s", "-n", "2"]);
    env.ok(&["app", "create", "a"]);
    env.run_with_stdin(&["record", "put", "s", "-p", "1"], "x\ny\n");
    env.ok(&["stream", "scale", "s", "-n", "1", "--wait"]);
    let status = env.ok(&["partition", "list", "s", "-o", "value", "-c", "status"]);
    assert_eq!(status.stdout, "ACTIVE\nDELETED\n");
    assert_eq!(env.ok(&["record", "tail", "s"]).stdout, "x\ny\n");
    assert_eq!(
        env.ok(&["record", "tail", "s", "--app", "a"]).stdout,
        "x\ny\n"
    );
}

#[test]
fn deleting_several_with_one_missing_is_a_partial_failure() {
    let env = start();
    env.ok(&["stream", "create", "a", "-n", "1"]);
    env.ok(&["stream", "create", "kept", "-n", "1"]);
    let run = env.run(&["stream", "delete", "a", "nope"]);
    assert_eq!(run.code, 1, "{run:?}");
    assert!(run.stderr.contains("deleted stream a"), "{run:?}");
    assert!(run.stderr.contains("error: DIS.4301: "), "{run:?}");
    assert!(run.stderr.ends_with("error: 1 of 2 failed\n"), "{run:?}");
    let legacy = |destination: &str| {
        env.run(&[
            "dump",
            "task",
            "create",
            "kept",
            "t",
            "--destination-type",
            destination,
            "--obs-bucket-path",
            "b",
            "--agency-name",
            "ag",
            "--deliver-time-interval",
            "60",
        ])
    };
    let refused = legacy("HDFS");
    assert_eq!(refused.code, 2, "{refused:?}");
    assert!(refused.stderr.contains("HDFS"), "{refused:?}");
    let created = legacy("OBS");
    assert_eq!(created.code, 0, "{created:?}");
}

#[test]
fn interrupting_a_put_delivers_what_is_in_flight_and_exits_130() {
    use dis_local::faults::{Fault, FaultPlan};
    // Every PutRecords is stored, then its answer held for 3 s: the put is in flight when
    // it is interrupted.
    let delay = std::time::Duration::from_secs(3);
    let plan = FaultPlan::new(1)
        .probability_on("put_records", Fault::DelayAfterApply(delay), 1.0)
        .delay(delay);
    let env = common::start_with(dis_local::Server::builder().faults(plan));
    env.ok(&["stream", "create", "s", "-n", "1"]);
    let child = env.spawn(&["record", "put", "s", "a", "b"]);
    let dis = env.dis.as_ref().unwrap();
    let mut in_flight = false;
    for _ in 0..200 {
        in_flight = dis
            .fault_log()
            .entries
            .iter()
            .any(|e| e.operation == Some("put_records"));
        if in_flight {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert!(in_flight, "the put never reached the emulator");
    let killed = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let run = common::finish(child.wait_with_output().unwrap());
    assert_eq!(run.code, 130, "{run:?}");
    assert!(
        run.stderr
            .starts_with("% interrupted: delivering what is queued"),
        "{run:?}"
    );
    assert!(
        run.stderr.contains("put 2 records: 2 written, 0 failed"),
        "{run:?}"
    );
    assert!(
        run.stderr
            .ends_with("error: interrupted: 2 of 2 records were written\n"),
        "{run:?}"
    );
    assert_eq!(env.ok(&["record", "tail", "s"]).stdout, "a\nb\n");
}
