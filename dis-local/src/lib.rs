//! An in-memory emulator of the Open Telekom Cloud Data Ingestion Service (DIS) v2 API,
//! for testing DIS clients without a cloud account.
//!
//! * [`Server`] starts the emulator on a local port and hands back a [`Handle`];
//! * [`engine`] holds the state and the semantics of every operation, independent of HTTP;
//! * the HTTP layer serves all 29 method+path pairs of the project's OpenAPI spec, with
//!   request and response bodies in the generated [`otc_dis::types`].
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> std::io::Result<()> {
//! let dis = dis_local::Server::builder().project_id("p1").start().await?;
//! println!("DIS endpoint: {}", dis.endpoint()); // http://127.0.0.1:PORT/v2/p1
//! dis.shutdown().await;
//! # Ok(())
//! # }
//! ```
//!
//! The engine alone:
//!
//! ```
//! use dis_local::engine::{Engine, streams::CreateStream};
//! let mut engine = Engine::new(Default::default());
//! engine.create_stream(CreateStream::new("orders", 1)).unwrap();
//! ```

#![deny(missing_docs)]

pub mod engine;
mod http;
mod server;

pub use http::{Auth, BODY_LIMIT};
pub use server::{DEFAULT_PROJECT_ID, Handle, Server, ServerBuilder};
