#!/usr/bin/env python3
"""Round trip of the published, unmodified Python DIS clients against a DIS endpoint.

Three sections, one per client:

* ``otcextensions``     -- the DIS proxy of otcextensions (openstacksdk), token auth
                           (keystoneauth ``admin_token`` plugin + ``disv2_endpoint_override``).
* ``dis-sdk``           -- huaweicloud-sdk-python-dis (``dis_sdk_python.disclient``), AK/SK signed
                           with its default ``V11-HMAC-SHA256 Credential=...`` derived-key scheme
                           (plus one call with the plain ``SDK-HMAC-SHA256 Credential=...`` scheme).
* ``huaweicloudsdkdis`` -- the generated v2 SDK (``huaweicloudsdkdis.v2.DisClient`` on
                           huaweicloudsdkcore), AK/SK signed with ``SDK-HMAC-SHA256 Access=...``.

Each section creates a stream, lists and describes it, puts records (arbitrary bytes where the
client can carry them), gets a cursor, reads the records back and compares the bytes, creates,
lists and shows an app, commits and reads a checkpoint, reads the consumer state, creates,
lists, shows, stops, starts and deletes an OBS dump task (as far as the client has these
calls), then deletes the checkpoint and the app, scales the stream from 2 to 3 partitions and
shows it again (reading the scaling history where the client decodes it), and deletes the stream.

Every step prints one ``PASS``/``FAIL`` line; the script exits 1 when any step failed, 2 on a
usage error. Configuration comes from the command line or the environment:

    DIS_ENDPOINT    base URL without path, e.g. http://127.0.0.1:20004  (--endpoint)
    DIS_PROJECT_ID  project id used in /v2/{project_id}/...            (--project-id)
    DIS_AK, DIS_SK  access key / secret key for the AK/SK clients        (--ak, --sk)
    DIS_TOKEN       X-Auth-Token value for otcextensions                 (--token)
    DIS_REGION      region used in the signature scope (default eu-de)   (--region)

The clients are used only through their public API and configuration; nothing is patched.
"""

import argparse
import base64
import json
import os
import sys
import time
import traceback
import uuid
import warnings

CLIENTS = ("otcextensions", "dis-sdk", "huaweicloudsdkdis")

# Arbitrary bytes: every byte value, then a few that are not valid UTF-8 on their own.
BINARY = bytes(range(256)) + b"\xff\xfe\x00\xc3\x28\xa0\xa1"


class Failed(Exception):
    """A check of a step did not hold."""


def check(cond, message):
    if not cond:
        raise Failed(message)


class State(dict):
    """Results that later steps need; a missing one means an earlier step failed."""

    def __missing__(self, key):
        raise Failed("not run: needs %r from an earlier step, which failed" % key)


class Runner:
    """Runs named steps of one client section and prints one PASS/FAIL line per step."""

    def __init__(self, client, verbose=False):
        self.client = client
        self.verbose = verbose
        self.passed = 0
        self.failed = 0

    def step(self, name, fn, *args, **kwargs):
        started = time.monotonic()
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure of a client call is a FAIL line
            self.failed += 1
            detail = exc.args[0] if isinstance(exc, Failed) else "%s: %s" % (type(exc).__name__, exc)
            detail = " ".join(str(detail).split())
            if len(detail) > 600:
                detail = detail[:600] + "..."
            print("FAIL  %-18s %s -- %s" % (self.client, name, detail), flush=True)
            if self.verbose and not isinstance(exc, Failed):
                traceback.print_exc()
            return None
        self.passed += 1
        print("PASS  %-18s %s (%.0f ms)" % (self.client, name, (time.monotonic() - started) * 1000), flush=True)
        return result


def unique(prefix):
    return "%s-%s" % (prefix, uuid.uuid4().hex[:10])


def b64(data):
    return base64.b64encode(data).decode("ascii")


def obs_descriptor(task_name):
    return {
        "task_name": task_name,
        "agency_name": "dis_admin_agency",
        "deliver_time_interval": 300,
        "consumer_strategy": "TRIM_HORIZON",
        "file_prefix": "interop",
        "partition_format": "yyyy/MM/dd",
        "obs_bucket_path": "interop-bucket",
        "destination_file_type": "text",
        "record_delimiter": "\n",
    }


def shard(n):
    return "shardId-%010d" % n


# Records go to partition 1 of a two-partition stream. The consumer state is then read without
# relying on how a server treats `start_partition_id=0`, which the dis-sdk always sends.
PARTITION = shard(1)


# --------------------------------------------------------------------------------------------
# otcextensions (openstacksdk proxy `conn.dis`), token auth
# --------------------------------------------------------------------------------------------


def run_otcextensions(cfg, run):
    import openstack
    from otcextensions import sdk as otc_sdk

    stream = unique("py-otcx")
    app = unique("py-otcx-app")
    task = unique("py-otcx-task")
    text = b"otcextensions text record, encoded by the client!"
    state = State()

    def connect():
        conn = openstack.connect(
            auth_type="admin_token",
            auth={"endpoint": cfg.endpoint, "token": cfg.token},
            region_name=cfg.region,
            disv2_endpoint_override="%s/v2/%s" % (cfg.endpoint, cfg.project_id),
            load_yaml_config=False,
            load_envvars=False,
        )
        otc_sdk.register_single_service(conn, "dis", project_id=cfg.project_id)
        state["dis"] = conn.dis
        url = conn.dis.get_endpoint()
        check(url.rstrip("/") == "%s/v2/%s" % (cfg.endpoint, cfg.project_id), "proxy endpoint is %r" % url)

    run.step("connect (admin_token, disv2_endpoint_override)", connect)
    dis = state.get("dis")
    if dis is None:
        return

    def create_stream():
        dis.create_stream(name=stream, partition_count=2, stream_type="COMMON", data_type="BLOB")

    def list_streams():
        names = [s.name for s in dis.streams()]
        check(stream in names, "%s not in listed streams %s" % (stream, names))

    def describe_stream():
        s = dis.get_stream(stream)
        check(s.name == stream, "stream_name %r" % s.name)
        check(len(s.partitions or []) == 2, "partitions %r" % s.partitions)
        check(s.status == "RUNNING", "status %r" % s.status)
        check(s.stream_id, "no stream_id")

    def put_records():
        # `data` that is already valid base64 is sent as is (so arbitrary bytes are passed in
        # base64); other ASCII text is base64-encoded by the proxy itself.
        records = [
            {"data": b64(BINARY), "partition_id": PARTITION},
            {"data": text.decode("ascii"), "partition_id": PARTITION},
        ]
        dis.upload_data(stream, records=records)

    def get_cursor():
        cur = dis.get_data_cursor(stream, PARTITION, **{"cursor-type": "TRIM_HORIZON"})
        check(cur.partition_cursor, "no partition_cursor")
        state["cursor"] = cur.partition_cursor

    def get_records():
        # download_data issues one GetRecords call and drops next_partition_cursor.
        got = [base64.b64decode(r.data) for r in dis.download_data(state["cursor"])]
        check(got == [BINARY, text], "records read back differ: %r" % (got,))
        seqs = [r.sequence_number for r in dis.download_data(state["cursor"])]
        state["seq"] = str(seqs[-1])

    def create_app():
        dis.create_app(name=app)

    def list_apps():
        names = [a.name for a in dis.apps()]
        check(app in names, "%s not in listed apps %s" % (app, names))

    def get_app():
        a = dis.get_app(app)
        check(a.name == app, "app_name %r" % a.name)
        check(a.app_id, "no app_id")

    def commit_checkpoint():
        dis.create_checkpoint(
            app_name=app, stream_name=stream, partition_id=PARTITION, sequence_number=state["seq"], metadata="otcx-meta"
        )

    def get_checkpoint():
        cp = dis.get_checkpoint(stream, app, PARTITION)
        check(str(cp.sequence_number) == state["seq"], "sequence_number %r, want %r" % (cp.sequence_number, state["seq"]))
        check(cp.metadata == "otcx-meta", "metadata %r" % cp.metadata)

    def consumer_state():
        states = {pid_str(c.partition_id): c for c in dis.app_consumptions(stream, app)}
        check(PARTITION in states, "partition %s not in %s" % (PARTITION, sorted(states)))
        check(str(states[PARTITION].sequence_number) == state["seq"], "sequence_number %r" % states[PARTITION].sequence_number)

    def create_dump_task():
        dis.create_dump_task(stream, destination_type="OBS", obs_destination_descriptor=obs_descriptor(task))

    def list_dump_tasks():
        tasks = {t.task_name: t for t in dis.dump_tasks(stream)}
        check(task in tasks, "%s not in listed tasks %s" % (task, sorted(tasks)))
        check(tasks[task].task_id, "no task_id in the listing")
        state["task_id"] = tasks[task].task_id

    def get_dump_task(expect=None):
        t = dis.get_dump_task(stream, task)
        check(t.task_name == task, "task_name %r" % t.task_name)
        check(t.destination_type == "OBS", "destination_type %r" % t.destination_type)
        if expect:
            check(t.status in expect, "state %r, want one of %s" % (t.status, expect))

    def stop_dump_task():
        # The proxy expands `*task_id` with list(): pass ONE list of ids.
        dis.pause_dump_task(stream, [state["task_id"]])
        get_dump_task({"PAUSED"})

    def start_dump_task():
        dis.start_dump_task(stream, [state["task_id"]])
        get_dump_task({"RUNNING", "STARTING"})

    def delete_dump_task():
        dis.delete_dump_task(stream, task)
        names = [t.task_name for t in dis.dump_tasks(stream)]
        check(task not in names, "task still listed")

    def delete_checkpoint():
        dis.delete_checkpoint(stream, app, PARTITION)

    def delete_app():
        dis.delete_app(app)
        check(app not in [a.name for a in dis.apps()], "app still listed")

    def scale_then_show():
        dis.update_stream_partition(stream, 3)
        s = dis.get_stream(stream)
        check(len(s.partitions or []) == 3, "partitions after scaling to 3: %r" % s.partitions)

    def delete_stream():
        dis.delete_stream(stream)
        check(stream not in [s.name for s in dis.streams()], "stream still listed")

    run.step("create stream", create_stream)
    run.step("list streams", list_streams)
    run.step("describe stream", describe_stream)
    run.step("put records (binary + text)", put_records)
    run.step("get cursor (TRIM_HORIZON)", get_cursor)
    run.step("get records, same bytes back", get_records)
    run.step("create app", create_app)
    run.step("list apps", list_apps)
    run.step("get app", get_app)
    run.step("commit checkpoint", commit_checkpoint)
    run.step("get checkpoint", get_checkpoint)
    run.step("consumer state", consumer_state)
    run.step("create dump task", create_dump_task)
    run.step("list dump tasks", list_dump_tasks)
    run.step("get dump task", get_dump_task)
    run.step("stop dump task", stop_dump_task)
    run.step("start dump task", start_dump_task)
    run.step("delete dump task", delete_dump_task)
    run.step("delete checkpoint", delete_checkpoint)
    run.step("delete app", delete_app)
    run.step("scale to 3 partitions, then show the stream", scale_then_show)
    run.step("delete stream", delete_stream)


def pid_str(partition_id):
    """Partition ids may come back as `shardId-...`, `"1"` or 1."""
    s = str(partition_id)
    return s if s.startswith("shardId-") else shard(int(s))


# --------------------------------------------------------------------------------------------
# huaweicloud-sdk-python-dis (dis_sdk_python), AK/SK with the derived-key V11 signature
# --------------------------------------------------------------------------------------------


def run_dis_sdk(cfg, run):
    from dis_sdk_python import disclient

    stream = unique("py-dissdk")
    app = unique("py-dissdk-app")
    task = unique("py-dissdk-task")
    # The SDK sends base64(str(data).encode("utf-8")): it carries text, not raw bytes
    # (bytes would be sent as their repr). Control characters and non-ASCII text instead.
    texts = ["dis-sdk \x00\x01\x1f\x7f \u00e9\u00fc\u00df \u4e2d\u6587 \U0001f600 end", "second record"]
    state = State()

    # derivationKeySwitch=True is the SDK's default: "V11-HMAC-SHA256 Credential=..." signatures.
    cli = disclient(endpoint=cfg.endpoint, ak=cfg.ak, sk=cfg.sk, projectid=cfg.project_id, region=cfg.region)

    def create_stream():
        r = cli.createStream(stream, 2, "BLOB", "COMMON")
        check(r.statusCode == 201, "status %s" % r.statusCode)

    def list_streams():
        r = cli.listStream()
        check(stream in r.stream_names, "%s not in %s" % (stream, r.stream_names))

    def list_streams_plain_signature():
        plain = disclient(
            endpoint=cfg.endpoint, ak=cfg.ak, sk=cfg.sk, projectid=cfg.project_id, region=cfg.region,
            derivationKeySwitch=False,
        )
        r = plain.listStream()
        check(stream in r.stream_names, "%s not in %s" % (stream, r.stream_names))

    def describe_stream():
        r = cli.describeStream(stream)
        check(r.streamName == stream, "stream_name %r" % r.streamName)
        check(len(r.partitions) == 2, "partitions %r" % r.partitions)
        check(r.status == "RUNNING", "status %r" % r.status)

    def put_records():
        r = cli.putRecords(stream, [{"data": t, "partition_id": PARTITION} for t in texts])
        check(r.failedRecordCount == 0, "failed_record_count %r: %r" % (r.failedRecordCount, r.recordResult))
        check(len(r.recordResult) == len(texts), "records %r" % r.recordResult)
        for e in r.recordResult:
            check(pid_str(e.get("partition_id")) == PARTITION, "partition_id %r" % e.get("partition_id"))
        state["seqs"] = [str(e["sequence_number"]) for e in r.recordResult]

    def get_cursor():
        r = cli.getCursor(stream, PARTITION, "AT_SEQUENCE_NUMBER", startSeq=state["seqs"][0])
        check(r.cursor, "no partition_cursor")
        state["cursor"] = r.cursor

    def get_records():
        got, cursor = [], state["cursor"]
        for _ in range(5):
            r = cli.getRecords(cursor)
            got += r.recordResult
            cursor = r.nextPartitionCursor
            if len(got) >= len(texts) or not r.recordResult:
                break
        data = [g["data"] for g in got]
        check(data == texts, "records read back differ: %r" % (data,))
        check([str(g["sequence_number"]) for g in got] == state["seqs"], "sequence numbers %r" % got)

    def create_app():
        r = cli.createApp(app)
        check(r.statusCode == 201, "status %s" % r.statusCode)

    def list_apps():
        r = cli.listApp("")
        names = [a.get("app_name") for a in r.apps]
        check(app in names, "%s not in %s" % (app, names))

    def get_app():
        r = cli.describeApp(app)
        check(r.body.get("app_name") == app, "body %r" % r.body)

    def commit_checkpoint():
        r = cli.commitCheckpoint(stream, app, PARTITION, state["seqs"][-1], metaData="dis-sdk-meta")
        check(r.statusCode == 201, "status %s" % r.statusCode)

    def get_checkpoint():
        r = cli.getCheckpoint(stream, app, PARTITION)
        check(str(r.seqNumber) == state["seqs"][-1], "sequence_number %r" % r.seqNumber)
        # The SDK reads `metaData`; the service field is `metadata`.
        check(r.body.get("metadata") == "dis-sdk-meta", "body %r" % r.body)

    def consumer_state():
        r = cli.streamConsume(stream, app)
        states = {pid_str(s["partition_id"]): s for s in r.partition_consuming_states}
        check(PARTITION in states, "partition %s not in %r" % (PARTITION, r.body))
        check(str(states[PARTITION]["sequence_number"]) == state["seqs"][-1], "state %r" % states[PARTITION])

    def create_dump_task():
        d = obs_descriptor(task)
        del d["task_name"]
        r = cli.add_dump_task(stream, task, "OBS", d)
        check(r.statusCode == 201, "status %s" % r.statusCode)

    def list_dump_tasks():
        r = cli.list_dump_task(stream)
        names = [t.get("task_name") for t in r.tasks]
        check(task in names, "%s not in %s" % (task, names))

    def get_dump_task():
        r = cli.describe_dump_task(stream, task)
        check(r.taskName == task, "task_name %r" % r.taskName)
        check(r.body.get("destination_type") == "OBS", "body %r" % r.body)

    def delete_dump_task():
        r = cli.delete_dump_task(stream, task)
        check(r.statusCode == 204, "status %s" % r.statusCode)
        check(task not in [t.get("task_name") for t in cli.list_dump_task(stream).tasks], "task still listed")

    def delete_checkpoint():
        r = cli.deleteCheckpoint(stream, app)
        check(r.statusCode == 204, "status %s" % r.statusCode)

    def delete_app():
        r = cli.deleteApp(app)
        check(r.statusCode == 204, "status %s" % r.statusCode)

    def scale_then_show():
        r = cli.changepartitionQuantity(stream, 3)
        check(r.statusCode in (200, 204), "status %s" % r.statusCode)
        r = cli.describeStream(stream)
        check(r.statusCode == 200, "status %s" % r.statusCode)
        check(len(r.partitions) == 3, "partitions after scaling to 3: %r" % r.partitions)

    def delete_stream():
        r = cli.deleteStream(stream)
        check(r.statusCode == 204, "status %s" % r.statusCode)
        check(stream not in cli.listStream().stream_names, "stream still listed")

    run.step("create stream", create_stream)
    run.step("list streams", list_streams)
    run.step("list streams (SDK-HMAC-SHA256 signature)", list_streams_plain_signature)
    run.step("describe stream", describe_stream)
    run.step("put records (text incl. control chars, non-ASCII)", put_records)
    run.step("get cursor (AT_SEQUENCE_NUMBER)", get_cursor)
    run.step("get records, same bytes back", get_records)
    run.step("create app", create_app)
    run.step("list apps", list_apps)
    run.step("get app", get_app)
    run.step("commit checkpoint", commit_checkpoint)
    run.step("get checkpoint", get_checkpoint)
    run.step("consumer state", consumer_state)
    run.step("create dump task (POST /stream/{name}/transfer-tasks/)", create_dump_task)
    run.step("list dump tasks", list_dump_tasks)
    run.step("get dump task (GET /stream/{name}/transfer-tasks/{task})", get_dump_task)
    run.step("delete dump task", delete_dump_task)
    run.step("delete checkpoint", delete_checkpoint)
    run.step("delete app", delete_app)
    run.step("scale to 3 partitions, then show the stream", scale_then_show)
    run.step("delete stream", delete_stream)


# --------------------------------------------------------------------------------------------
# huaweicloudsdkdis (generated v2 SDK on huaweicloudsdkcore), AK/SK "SDK-HMAC-SHA256 Access="
# --------------------------------------------------------------------------------------------


def run_huaweicloudsdkdis(cfg, run):
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkcore.http.http_config import HttpConfig
    from huaweicloudsdkdis.v2 import DisClient
    from huaweicloudsdkdis.v2 import model as m

    stream = unique("py-hwsdk")
    app = unique("py-hwsdk-app")
    task = unique("py-hwsdk-task")
    payloads = [BINARY, b"huaweicloudsdkdis text"]
    state = State()

    config = HttpConfig.get_default_config()
    config.timeout = (10, 60)
    client = (
        DisClient.new_builder()
        .with_http_config(config)
        .with_credentials(BasicCredentials(cfg.ak, cfg.sk, cfg.project_id))
        .with_endpoint(cfg.endpoint)
        .build()
    )

    def create_stream():
        body = m.CreateStreamReq(stream_name=stream, partition_count=2, stream_type="COMMON", data_type="BLOB")
        r = client.create_stream(m.CreateStreamRequest(body=body))
        check(r.status_code == 201, "status %s" % r.status_code)

    def list_streams():
        r = client.list_streams(m.ListStreamsRequest(limit=100))
        names = [s.stream_name for s in (r.stream_info_list or [])]
        check(stream in names, "%s not in stream_info_list %s" % (stream, names))
        check(stream in (r.stream_names or []), "%s not in stream_names" % stream)

    def describe_stream():
        r = client.show_stream(m.ShowStreamRequest(stream_name=stream))
        check(r.stream_name == stream, "stream_name %r" % r.stream_name)
        check(len(r.partitions or []) == 2, "partitions %r" % r.partitions)
        check(r.status == "RUNNING", "status %r" % r.status)
        check(r.stream_id, "no stream_id")

    def put_records():
        entries = [m.PutRecordsRequestEntry(data=b64(p), partition_id=PARTITION) for p in payloads]
        r = client.send_records(m.SendRecordsRequest(body=m.PutRecordsRequest(stream_name=stream, records=entries)))
        check(r.failed_record_count == 0, "failed_record_count %r: %r" % (r.failed_record_count, r.records))
        check(len(r.records) == len(payloads), "records %r" % r.records)
        state["seqs"] = [str(e.sequence_number) for e in r.records]

    def get_cursor():
        r = client.show_cursor(
            m.ShowCursorRequest(
                stream_name=stream,
                partition_id=PARTITION,
                cursor_type="AT_SEQUENCE_NUMBER",
                starting_sequence_number=state["seqs"][0],
            )
        )
        check(r.partition_cursor, "no partition_cursor")
        state["cursor"] = r.partition_cursor

    def get_records():
        got, cursor = [], state["cursor"]
        for _ in range(5):
            r = client.consume_records(m.ConsumeRecordsRequest(partition_cursor=cursor))
            got += r.records or []
            cursor = r.next_partition_cursor
            if len(got) >= len(payloads) or not r.records:
                break
        data = [base64.b64decode(g.data) for g in got]
        check(data == payloads, "records read back differ: %r" % (data,))
        check([str(g.sequence_number) for g in got] == state["seqs"], "sequence numbers differ")

    def create_app():
        r = client.create_app(m.CreateAppRequest(body=m.CreateAppReq(app_name=app)))
        check(r.status_code == 201, "status %s" % r.status_code)

    def list_apps():
        r = client.list_app(m.ListAppRequest(limit=100))
        names = [a.app_name for a in (r.apps or [])]
        check(app in names, "%s not in %s" % (app, names))

    def get_app():
        r = client.show_app(m.ShowAppRequest(app_name=app))
        check(r.app_name == app, "app_name %r" % r.app_name)
        check(r.app_id, "no app_id")

    def commit_checkpoint():
        body = m.CommitCheckpointReq(
            app_name=app, checkpoint_type="LAST_READ", stream_name=stream, partition_id=PARTITION,
            sequence_number=state["seqs"][-1], metadata="hwsdk-meta",
        )
        r = client.commit_checkpoint(m.CommitCheckpointRequest(body=body))
        check(r.status_code == 201, "status %s" % r.status_code)

    def get_checkpoint():
        r = client.show_checkpoint(
            m.ShowCheckpointRequest(stream_name=stream, partition_id=PARTITION, app_name=app, checkpoint_type="LAST_READ")
        )
        check(str(r.sequence_number) == state["seqs"][-1], "sequence_number %r" % r.sequence_number)
        check(r.metadata == "hwsdk-meta", "metadata %r" % r.metadata)

    def consumer_state():
        r = client.show_consumer_state(
            m.ShowConsumerStateRequest(app_name=app, stream_name=stream, checkpoint_type="LAST_READ")
        )
        states = {pid_str(s.partition_id): s for s in (r.partition_consuming_states or [])}
        check(sorted(states) == [shard(0), PARTITION], "partitions %s" % sorted(states))
        check(str(states[PARTITION].sequence_number) == state["seqs"][-1], "state %r" % states[PARTITION])

    def create_dump_task():
        d = obs_descriptor(task)
        body = m.CreateTransferTaskReq(destination_type="OBS", obs_destination_descriptor=m.OBSDestinationDescriptorRequest(**d))
        r = client.create_obs_transfer_task(m.CreateObsTransferTaskRequest(stream_name=stream, body=body))
        check(r.status_code == 201, "status %s" % r.status_code)

    def list_dump_tasks():
        r = client.list_transfer_tasks(m.ListTransferTasksRequest(stream_name=stream))
        names = [t.task_name for t in (r.tasks or [])]
        check(task in names, "%s not in %s" % (task, names))
        # The generated TransferTask model has no task_id; the raw body does.
        raw = json.loads(r.raw_content)
        ids = [t.get("task_id") for t in raw.get("tasks", []) if t.get("task_name") == task]
        check(ids and ids[0], "no task_id in the raw listing %r" % raw)
        state["task_id"] = ids[0]

    def get_dump_task(expect=None):
        r = client.show_transfer_task(m.ShowTransferTaskRequest(stream_name=stream, task_name=task))
        check(r.task_name == task, "task_name %r" % r.task_name)
        check(r.destination_type == "OBS", "destination_type %r" % r.destination_type)
        if expect:
            check(r.state in expect, "state %r, want one of %s" % (r.state, expect))

    def stop_dump_task():
        body = m.BatchStopTransferTaskReq(action="stop", tasks=[m.BatchTransferTask(id=state["task_id"])])
        client.batch_stop_transfer_task(m.BatchStopTransferTaskRequest(stream_name=stream, body=body))
        get_dump_task({"PAUSED"})

    def start_dump_task():
        body = m.BatchStartTransferTaskReq(action="start", tasks=[m.BatchTransferTask(id=state["task_id"])])
        client.batch_start_transfer_task(m.BatchStartTransferTaskRequest(stream_name=stream, body=body))
        get_dump_task({"RUNNING", "STARTING"})

    def delete_dump_task():
        r = client.delete_transfer_task(m.DeleteTransferTaskRequest(stream_name=stream, task_name=task))
        check(r.status_code == 204, "status %s" % r.status_code)

    def delete_checkpoint():
        r = client.delete_checkpoint(
            m.DeleteCheckpointRequest(stream_name=stream, app_name=app, checkpoint_type="LAST_READ", partition_id=PARTITION)
        )
        check(r.status_code == 204, "status %s" % r.status_code)

    def delete_app():
        r = client.delete_app(m.DeleteAppRequest(app_name=app))
        check(r.status_code == 204, "status %s" % r.status_code)

    def scale_then_show():
        body = m.UpdatePartitionCountReq(stream_name=stream, target_partition_count=3)
        client.update_partition_count(m.UpdatePartitionCountRequest(stream_name=stream, body=body))
        # The SDK decodes update_partition_counts[].result_code/result_msg as integers.
        r = client.show_stream(m.ShowStreamRequest(stream_name=stream))
        check(len(r.partitions or []) == 3, "partitions after scaling to 3: %r" % r.partitions)
        history = r.update_partition_counts or []
        check(len(history) == 1, "update_partition_counts %r" % history)
        check(history[0].src_partition_count == 2 and history[0].target_partition_count == 3,
              "scaling record %r" % history[0])
        check(history[0].result_code == 0, "result_code %r" % history[0].result_code)

    def delete_stream():
        r = client.delete_stream(m.DeleteStreamRequest(stream_name=stream))
        check(r.status_code == 204, "status %s" % r.status_code)
        names = client.list_streams(m.ListStreamsRequest(limit=100)).stream_names or []
        check(stream not in names, "stream still listed")

    run.step("create stream", create_stream)
    run.step("list streams", list_streams)
    run.step("describe stream", describe_stream)
    run.step("put records (binary)", put_records)
    run.step("get cursor (AT_SEQUENCE_NUMBER)", get_cursor)
    run.step("get records, same bytes back", get_records)
    run.step("create app", create_app)
    run.step("list apps", list_apps)
    run.step("get app", get_app)
    run.step("commit checkpoint", commit_checkpoint)
    run.step("get checkpoint", get_checkpoint)
    run.step("consumer state", consumer_state)
    run.step("create dump task", create_dump_task)
    run.step("list dump tasks", list_dump_tasks)
    run.step("get dump task", get_dump_task)
    run.step("stop dump task", stop_dump_task)
    run.step("start dump task", start_dump_task)
    run.step("delete dump task", delete_dump_task)
    run.step("delete checkpoint", delete_checkpoint)
    run.step("delete app", delete_app)
    run.step("scale to 3 partitions, then show the stream", scale_then_show)
    run.step("delete stream", delete_stream)


SECTIONS = {
    "otcextensions": run_otcextensions,
    "dis-sdk": run_dis_sdk,
    "huaweicloudsdkdis": run_huaweicloudsdkdis,
}


def parse_args(argv):
    env = os.environ.get
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--endpoint", default=env("DIS_ENDPOINT"), help="base URL, e.g. http://127.0.0.1:20004")
    p.add_argument("--project-id", default=env("DIS_PROJECT_ID"))
    p.add_argument("--ak", default=env("DIS_AK"))
    p.add_argument("--sk", default=env("DIS_SK"))
    p.add_argument("--token", default=env("DIS_TOKEN"))
    p.add_argument("--region", default=env("DIS_REGION") or "eu-de")
    p.add_argument("--client", action="append", choices=CLIENTS, help="run only these sections (repeatable)")
    p.add_argument("-v", "--verbose", action="store_true", help="print tracebacks of failing client calls")
    cfg = p.parse_args(argv)
    missing = [n for n in ("endpoint", "project_id") if not getattr(cfg, n)]
    clients = cfg.client or list(CLIENTS)
    if "otcextensions" in clients and not cfg.token:
        missing.append("token")
    if {"dis-sdk", "huaweicloudsdkdis"} & set(clients) and not (cfg.ak and cfg.sk):
        missing.append("ak/sk")
    if missing:
        p.error("missing: %s (options or DIS_* environment variables)" % ", ".join(missing))
    cfg.endpoint = cfg.endpoint.rstrip("/")
    cfg.clients = clients
    return cfg


def main(argv=None):
    cfg = parse_args(sys.argv[1:] if argv is None else argv)
    warnings.simplefilter("ignore")
    total_passed = total_failed = 0
    for name in cfg.clients:
        run = Runner(name, cfg.verbose)
        print("== %s against %s (project %s)" % (name, cfg.endpoint, cfg.project_id), flush=True)
        try:
            SECTIONS[name](cfg, run)
        except Exception as exc:  # noqa: BLE001 - an import or setup failure fails the section
            run.failed += 1
            print("FAIL  %-18s setup -- %s: %s" % (name, type(exc).__name__, exc), flush=True)
            if cfg.verbose:
                traceback.print_exc()
        print("== %s: %d passed, %d failed" % (name, run.passed, run.failed), flush=True)
        total_passed += run.passed
        total_failed += run.failed
    print("python-clients: %d passed, %d failed" % (total_passed, total_failed), flush=True)
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
