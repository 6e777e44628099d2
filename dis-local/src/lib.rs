//! An in-memory emulator of the Open Telekom Cloud Data Ingestion Service (DIS) v2 API.
//!
//! The [`engine`] holds the whole DIS state in memory and implements the semantics of
//! every operation, independent of HTTP.
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream};
//! let mut engine = Engine::new(Default::default());
//! engine.create_stream(CreateStream::new("orders", 1)).unwrap();
//! ```

pub mod engine;
