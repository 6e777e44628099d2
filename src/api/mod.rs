//! The resources of DIS, one module each, as methods of [`Client`](crate::Client), over
//! the shared listing and validation helpers.

pub(crate) mod apps;
pub(crate) mod checkpoints;
pub(crate) mod decode;
pub(crate) mod dump_tasks;
pub(crate) mod metrics;
pub(crate) mod pagination;
pub(crate) mod records;
pub(crate) mod streams;
pub(crate) mod tags;
pub(crate) mod validate;
