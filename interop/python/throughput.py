"""Upload rate of the published Python DIS clients against one endpoint (dis-local).

Each client uploads records of 1 KiB in PutRecords calls of 500 to its own stream of one
partition, call after call, for DIS_BENCH_SECONDS (default 8) seconds, and every call's
answer is checked for failed records. Prints one line per client with its records/s.
Takes the options of roundtrip.py (endpoint, project id, AK/SK, token, --client).

    interop/python/run.sh --throughput      # builds a release dis-local, runs this and the
                                            # client's own benchmark against it
"""

import logging
import os
import sys
import time
import warnings

import roundtrip
from roundtrip import b64, unique

RECORD_BYTES = 1024
BATCH = 500
TEXT = "x" * RECORD_BYTES


def otcextensions_upload(cfg):
    dis = roundtrip.otcextensions_proxy(cfg)
    stream = unique("tp-otcx")
    dis.create_stream(name=stream, partition_count=1, stream_type="COMMON", data_type="BLOB")
    # Valid base64 is sent as it is: the record is the 1 KiB payload.
    records = [{"data": b64(TEXT.encode())} for _ in range(BATCH)]

    def upload():
        answer = dis.upload_data(stream, records=records)
        failed = getattr(answer, "failed_record_count", 0) or 0
        roundtrip.check(failed == 0, "failed_record_count %r" % failed)

    return upload


def dis_sdk_upload(cfg, **options):
    from dis_sdk_python import disclient

    cli = disclient(endpoint=cfg.endpoint, ak=cfg.ak, sk=cfg.sk, projectid=cfg.project_id, region=cfg.region, **options)
    stream = unique("tp-dissdk")
    r = cli.createStream(stream, 1, "BLOB", "COMMON")
    roundtrip.check(r.statusCode == 201, "create stream: status %s" % r.statusCode)
    # The SDK base64-encodes text itself.
    records = [{"data": TEXT} for _ in range(BATCH)]

    def upload():
        r = cli.putRecords(stream, records)
        roundtrip.check(r.failedRecordCount == 0, "failed_record_count %r" % r.failedRecordCount)

    return upload


def huaweicloudsdkdis_upload(cfg):
    from huaweicloudsdkcore.auth.credentials import BasicCredentials
    from huaweicloudsdkdis.v2 import DisClient
    from huaweicloudsdkdis.v2 import model as m

    client = (
        DisClient.new_builder()
        .with_credentials(BasicCredentials(cfg.ak, cfg.sk, cfg.project_id))
        .with_endpoint(cfg.endpoint)
        .build()
    )
    stream = unique("tp-hwsdk")
    client.create_stream(
        m.CreateStreamRequest(
            body=m.CreateStreamReq(stream_name=stream, partition_count=1, stream_type="COMMON", data_type="BLOB")
        )
    )
    entries = [m.PutRecordsRequestEntry(data=b64(TEXT.encode())) for _ in range(BATCH)]
    request = m.SendRecordsRequest(body=m.PutRecordsRequest(stream_name=stream, records=entries))

    def upload():
        r = client.send_records(request)
        roundtrip.check(not r.failed_record_count, "failed_record_count %r" % r.failed_record_count)

    return upload


UPLOADERS = {
    "otcextensions": otcextensions_upload,
    "dis-sdk": dis_sdk_upload,
    "dis-sdk-protobuf": lambda cfg: dis_sdk_upload(cfg, bodySerializeType="protobuf"),
    "huaweicloudsdkdis": huaweicloudsdkdis_upload,
}


def rate(upload, seconds):
    """Records/s of calling `upload` for `seconds` (at least one call)."""
    calls, started = 0, time.perf_counter()
    while True:
        upload()
        calls += 1
        elapsed = time.perf_counter() - started
        if elapsed >= seconds:
            return calls * BATCH / elapsed, calls * BATCH


def main():
    cfg = roundtrip.parse_args(sys.argv[1:])
    seconds = float(os.environ.get("DIS_BENCH_SECONDS", "8"))
    warnings.simplefilter("ignore")
    # huaweicloud-sdk-python-dis logs a line per call at INFO.
    logging.disable(logging.INFO)
    print("%d-byte records, %d per call, %.0f s per client, one partition" % (RECORD_BYTES, BATCH, seconds))
    failed = 0
    for name in cfg.clients:
        try:
            per_second, records = rate(UPLOADERS[name](cfg), seconds)
            print("%-20s %10.0f records/s (%d records)" % (name, per_second, records), flush=True)
        except Exception as exc:  # noqa: BLE001 - a client that fails is reported, the others run
            failed += 1
            print("%-20s FAIL %s: %s" % (name, type(exc).__name__, exc), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
