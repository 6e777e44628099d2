//! The ergonomic DIS client: one value that every resource module extends.

mod connect;
pub(crate) mod pipeline;

pub use pipeline::Pipeline;

use crate::config::RecordEncoding;
use crate::error::ConfigError;
use crate::raw;

/// A DIS client bound to one endpoint and project.
///
/// Cheap to clone: clones share the HTTP connection pool, the credentials and the request
/// buffers kept between uploads.
///
/// ```
/// let client = otc_dis::Client::with_endpoint("http://127.0.0.1:9", "my-project").unwrap();
/// assert_eq!(client.project_id(), "my-project");
/// ```
#[derive(Clone, Debug)]
pub struct Client {
    raw: raw::Client,
    /// What `raw` sends through, for the settings it holds.
    pipeline: Pipeline,
    project_id: String,
    record_encoding: RecordEncoding,
    /// Request-body buffers of finished uploads, for the next ones (shared by clones).
    spare_buffers: SpareBuffers,
}

/// Buffers kept between uploads; `Debug` shows how many, never their bytes.
#[derive(Clone, Default)]
struct SpareBuffers(std::sync::Arc<std::sync::Mutex<Vec<Vec<u8>>>>);

impl std::fmt::Debug for SpareBuffers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kept = self.0.lock().map_or(0, |spare| spare.len());
        write!(f, "{kept} kept")
    }
}

impl Client {
    /// A client for `endpoint` that sends requests without credentials, as the local
    /// emulator accepts. `endpoint` is the service root (`http://127.0.0.1:8080`) or the
    /// full DIS endpoint ending in `/v2/{project_id}` of the same project; anything else
    /// is refused with [`Error::Config`](crate::Error::Config).
    ///
    /// ```
    /// use progenitor_client::ClientInfo;
    /// let client = otc_dis::Client::with_endpoint("http://127.0.0.1:9/v2/p1", "p1").unwrap();
    /// assert_eq!(client.raw().baseurl(), "http://127.0.0.1:9");
    /// assert!(otc_dis::Client::with_endpoint("127.0.0.1:9", "p1").is_err());
    /// ```
    pub fn with_endpoint(endpoint: &str, project_id: &str) -> crate::Result<Self> {
        let endpoint = endpoint.trim();
        let origin = "the endpoint of Client::with_endpoint";
        crate::config::check_endpoint(origin, endpoint)
            .and_then(|_| {
                crate::config::check_endpoint_project(
                    origin,
                    endpoint,
                    project_id,
                    "the project_id of Client::with_endpoint",
                )
            })
            .map_err(ConfigError::new)?;
        let http = crate::http::http_client(&crate::http::Timeouts::default())?;
        Ok(Self::from_parts(
            &service_root(endpoint, project_id),
            http,
            Pipeline::default(),
            project_id,
        ))
    }

    /// A client for the service root `base_url`, sending with `http` through `pipeline`.
    pub(crate) fn from_parts(
        base_url: &str,
        http: reqwest::Client,
        pipeline: Pipeline,
        project_id: &str,
    ) -> Self {
        Self {
            raw: raw::Client::new_with_client(base_url, http, pipeline.clone().into()),
            pipeline,
            project_id: project_id.to_owned(),
            record_encoding: RecordEncoding::default(),
            spare_buffers: Default::default(),
        }
    }

    /// An empty buffer for a request body, with the capacity of an earlier one if there
    /// is one to spare.
    pub(crate) fn take_buffer(&self) -> Vec<u8> {
        self.spare_buffers
            .0
            .lock()
            .map(|mut spare| spare.pop())
            .unwrap_or_default()
            .unwrap_or_default()
    }

    /// Keeps `buffer` for a later request body: at most [`SPARE_BUFFERS`] of them, none
    /// above [`SPARE_BUFFER_MAX`] bytes, so that a client holds little memory when idle.
    pub(crate) fn give_buffer(&self, mut buffer: Vec<u8>) {
        if buffer.capacity() > SPARE_BUFFER_MAX {
            return;
        }
        buffer.clear();
        if let Ok(mut spare) = self.spare_buffers.0.lock()
            && spare.len() < SPARE_BUFFERS
        {
            spare.push(buffer);
        }
    }

    /// The same client, sending and receiving records in `encoding` (see
    /// [`RecordEncoding`]; [`Client::connect`] takes it from the configuration).
    ///
    /// ```
    /// use otc_dis::{Client, RecordEncoding};
    /// let client = Client::with_endpoint("http://127.0.0.1:9", "p1")
    ///     .unwrap()
    ///     .with_record_encoding(RecordEncoding::Protobuf);
    /// assert_eq!(client.record_encoding(), RecordEncoding::Protobuf);
    /// ```
    pub fn with_record_encoding(mut self, encoding: RecordEncoding) -> Self {
        self.record_encoding = encoding;
        self
    }

    /// How this client sends and receives records.
    pub fn record_encoding(&self) -> RecordEncoding {
        self.record_encoding
    }

    /// The generated bindings, for operations or fields this layer does not cover.
    ///
    /// ```
    /// let client = otc_dis::Client::with_endpoint("http://127.0.0.1:9", "p1").unwrap();
    /// let _builder = client.raw().list_streams().project_id(client.project_id());
    /// ```
    pub fn raw(&self) -> &raw::Client {
        &self.raw
    }

    /// The pipeline every request of this client goes through.
    pub(crate) fn pipeline(&self) -> &Pipeline {
        &self.pipeline
    }

    /// The project every request is sent for.
    ///
    /// ```
    /// let client = otc_dis::Client::with_endpoint("http://127.0.0.1:9", "p1").unwrap();
    /// assert_eq!(client.project_id(), "p1");
    /// ```
    pub fn project_id(&self) -> &str {
        &self.project_id
    }
}

/// Request-body buffers a client keeps between uploads (one per upload running at once is
/// enough for the common cases: a loop, or a producer with a few requests in flight).
const SPARE_BUFFERS: usize = 4;

/// The largest buffer kept: a full PutRecords of 5 MiB of data in base64 JSON, and some.
const SPARE_BUFFER_MAX: usize = 8 << 20;

/// The URL the generated paths (`/v2/{project_id}/...`) are appended to.
pub(crate) fn service_root(endpoint: &str, project_id: &str) -> String {
    let trimmed = endpoint.trim_end_matches('/');
    let suffix = format!("/v2/{project_id}");
    trimmed
        .strip_suffix(&suffix)
        .unwrap_or(trimmed)
        .trim_end_matches('/')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::service_root;

    #[test]
    fn spare_buffers_are_reused_bounded_and_never_shown() {
        let client = super::Client::with_endpoint("http://127.0.0.1:9", "p1").unwrap();
        let mut buffer = client.take_buffer();
        buffer.extend_from_slice(b"record bytes");
        let capacity = buffer.capacity();
        client.clone().give_buffer(buffer);
        assert!(!format!("{client:?}").contains("record bytes"));
        let again = client.take_buffer();
        assert!(again.is_empty());
        assert_eq!(again.capacity(), capacity);
        client.give_buffer(Vec::with_capacity(super::SPARE_BUFFER_MAX + 1));
        assert_eq!(client.take_buffer().capacity(), 0);
        for _ in 0..super::SPARE_BUFFERS + 2 {
            client.give_buffer(Vec::with_capacity(16));
        }
        assert!(format!("{client:?}").contains(&format!("{} kept", super::SPARE_BUFFERS)));
    }

    #[test]
    fn service_root_strips_the_project_suffix_and_slashes() {
        assert_eq!(
            service_root("https://dis.eu-de.otc.t-systems.com/v2/abc/", "abc"),
            "https://dis.eu-de.otc.t-systems.com"
        );
        assert_eq!(
            service_root("http://127.0.0.1:8080/", "abc"),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            service_root("http://h/prefix/v2/abc", "abc"),
            "http://h/prefix"
        );
    }
}
