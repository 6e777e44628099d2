//! Tells `tests/emulator/python_clients.rs` whether the Python DIS clients are said to be installed:
//! `DIS_PY_CLIENTS_REQUIRED=1` (set by `.ci/run` after `interop/python/run.sh`) enables the
//! cfg `dis_py_clients`; without it the round trip is an ignored test that says why.

fn main() {
    println!("cargo::rerun-if-env-changed=DIS_PY_CLIENTS_REQUIRED");
    println!("cargo::rustc-check-cfg=cfg(dis_py_clients)");
    if std::env::var_os("DIS_PY_CLIENTS_REQUIRED").is_some_and(|v| v == "1") {
        println!("cargo::rustc-cfg=dis_py_clients");
    }
}
