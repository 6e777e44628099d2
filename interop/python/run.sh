#!/usr/bin/env bash
# Round trip of the published Python DIS clients (otcextensions, huaweicloud-sdk-python-dis,
# huaweicloudsdkdis) against the dis-local emulator binary.
#
# 1. creates the virtual environment target/python-venv (DIS_PY_VENV overrides) if missing and
#    installs the pinned interop/python/requirements.txt into it (again only when that file
#    changed);
# 2. builds dis-local (or uses DIS_LOCAL_BIN) and starts it on a free loopback port with an
#    AK/SK pair and a token;
# 3. runs interop/python/roundtrip.py for all three clients, huaweicloud-sdk-python-dis also in
#    its protobuf mode (extra arguments are passed on,
#    e.g. `--client dis-sdk -v`);
# 4. stops the emulator. Exits with the script's status: 0 only if every step passed.
#
# `run.sh --throughput` measures instead of checking: a release dis-local, the upload rate of
# each Python client (throughput.py), then the client's own benchmark (`cargo bench --bench
# throughput`, uploads) against the same emulator.
set -euo pipefail

THROUGHPUT=""
if [ "${1:-}" = "--throughput" ]; then
    THROUGHPUT=1
    shift
fi

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
HERE="$ROOT/interop/python"
VENV="${DIS_PY_VENV:-$ROOT/target/python-venv}"
REQ="$HERE/requirements.txt"
PY="${PYTHON:-python3}"

PROJECT_ID="${DIS_PROJECT_ID:-0123456789abcdef0123456789abcdef}"
AK="${DIS_AK:-INTEROPAK0123456789}"
SK="${DIS_SK:-interopSecretKey0123456789abcdefghijklmn}"
TOKEN="${DIS_TOKEN:-interop-token-0123456789}"

started=$(date +%s)

# --- 1. virtual environment with the pinned clients --------------------------------------
if [ ! -x "$VENV/bin/python" ]; then
    echo "== creating $VENV"
    "$PY" -m venv "$VENV"
fi
want="$(sha256sum "$REQ" | cut -d' ' -f1)"
if [ "$(cat "$VENV/.requirements.sha256" 2>/dev/null || true)" != "$want" ]; then
    echo "== installing the pinned Python clients into $VENV"
    "$VENV/bin/python" -m pip install --disable-pip-version-check --no-input -q -r "$REQ"
    echo "$want" >"$VENV/.requirements.sha256"
fi

# --- 2. the emulator -------------------------------------------------------------------
if [ -n "${DIS_LOCAL_BIN:-}" ]; then
    BIN="$DIS_LOCAL_BIN"
else
    echo "== building dis-local"
    BIN="$(cd "$ROOT" && cargo build ${THROUGHPUT:+--release} -p dis-local --bin dis-local --message-format=json-render-diagnostics \
        | "$VENV/bin/python" -c '
import json, sys
exe = [m["executable"] for m in map(json.loads, sys.stdin)
       if m.get("reason") == "compiler-artifact" and m.get("executable") and m["target"]["name"] == "dis-local"]
print(exe[-1] if exe else "")')"
fi
[ -x "$BIN" ] || { echo "dis-local binary not found (got '$BIN')" >&2; exit 1; }

LOG="$(mktemp "${TMPDIR:-/tmp}/dis-local-interop.XXXXXX")"
"$BIN" --listen 127.0.0.1:0 --project-id "$PROJECT_ID" \
    --access-key "$AK" --secret-key "$SK" --token "$TOKEN" >"$LOG" 2>&1 &
EMU_PID=$!
stop_emulator() {
    if kill -0 "$EMU_PID" 2>/dev/null; then
        kill "$EMU_PID" 2>/dev/null || true
        wait "$EMU_PID" 2>/dev/null || true
    fi
    rm -f "$LOG"
}
trap stop_emulator EXIT

URL=""
for _ in $(seq 1 300); do
    URL="$(grep -o 'http://127\.0\.0\.1:[0-9]\+' "$LOG" | head -n1 || true)"
    [ -n "$URL" ] && break
    kill -0 "$EMU_PID" 2>/dev/null || break
    sleep 0.1
done
if [ -z "$URL" ]; then
    echo "dis-local did not report its address; its output:" >&2
    cat "$LOG" >&2
    exit 1
fi
echo "== dis-local listening on $URL"

# --- 3. the round trip (or the throughput) -----------------------------------------------
rc=0
if [ -n "$THROUGHPUT" ]; then
    "$VENV/bin/python" "$HERE/throughput.py" --endpoint "$URL" --project-id "$PROJECT_ID" \
        --ak "$AK" --sk "$SK" --token "$TOKEN" "$@" || rc=$?
    (cd "$ROOT" && BENCH_ENDPOINT="$URL/v2/$PROJECT_ID" BENCH_PROJECT_ID="$PROJECT_ID" \
        BENCH_TOKEN="$TOKEN" BENCH_ONLY=upload cargo bench --bench throughput) || rc=$?
    exit "$rc"
fi
timeout 240 "$VENV/bin/python" "$HERE/roundtrip.py" --endpoint "$URL" --project-id "$PROJECT_ID" \
    --ak "$AK" --sk "$SK" --token "$TOKEN" "$@" || rc=$?

if [ "$rc" -ne 0 ]; then
    echo "== dis-local output (last 40 lines):"
    tail -n 40 "$LOG" || true
fi
echo "== python client round trip finished in $(( $(date +%s) - started )) s (exit $rc)"
exit "$rc"
