//! The one request pipeline every generated operation goes through.

/// State shared by every request of a client: credentials, retry policy, tracing.
#[derive(Debug, Clone, Default)]
pub struct Pipeline {}
