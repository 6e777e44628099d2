//! Where the client finds its endpoint, project and credentials.

/// The client could not be configured: something is missing or malformed.
///
/// ```
/// let err = otc_dis::config::ConfigError::new("no project id");
/// assert_eq!(err.to_string(), "configuration error: no project id");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("configuration error: {message}")]
pub struct ConfigError {
    message: String,
}

impl ConfigError {
    /// An error with the given explanation.
    ///
    /// ```
    /// let err = otc_dis::config::ConfigError::new("OS_AUTH_URL is not set");
    /// assert!(err.to_string().contains("OS_AUTH_URL"));
    /// ```
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}
