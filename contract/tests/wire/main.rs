//! The contract tests of the client: one test binary, one module per area (linking each
//! area separately cost a copy of the whole dependency tree per file).

mod apps;
mod auth_iam;
mod auth_signing;
mod bindings;
mod checkpoints;
mod config;
mod dump_tasks;
mod listings;
mod metrics;
mod no_secrets;
mod records;
mod records_csv;
mod records_csv_download;
mod records_download;
mod records_protobuf;
mod spec_contract;
mod spec_wire;
mod streams;
mod strict_answers;
mod tags;
mod transport_retry;
mod typed_mocks;
