//! The emulator's tests: one test binary, one module per area (linking each area separately
//! cost a copy of the whole dependency tree per file). `e2e` stays its own target, as CI runs it
//! alone against a running `dis-local`.

mod common;

mod aksk;
mod binary;
mod client;
mod client_more;
mod client_renewal;
mod consumer;
mod delivery_under_faults;
mod durable;
mod faults;
mod fidelity;
mod http;
mod limits;
mod producer;
mod python_client_requests;
mod python_clients;
mod records_protobuf;
mod serve;
mod spec_routes;
