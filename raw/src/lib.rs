//! The DIS v2 operations and types that progenitor generates from `spec/dis-v2.yaml`
//! (checked in as `generated/dis.rs`). Use them through the `otc-dis` client, which
//! re-exports them as `otc_dis::raw` and `otc_dis::types` and sends every request through
//! its pipeline (authentication, signing, retries, tracing), plugged in as [`Hooks`].
//!
//! They are a crate of their own so that they build beside the client's other dependencies
//! instead of after them, and not again when only the client changes.

#![deny(missing_docs)]

// Lets the generated code name the handwritten types below by one path, here and in the
// contract tests' generated mocks.
extern crate self as otc_dis_raw;

mod error_body;
mod hooks;

pub use error_body::ErrorBody;
pub use hooks::{Hooks, SendFuture, Transport};

#[allow(clippy::all, missing_docs, unused_imports, rustdoc::all)]
mod generated {
    include!("../generated/dis.rs");
}

pub use generated::*;
