//! Where the client's request pipeline plugs into the generated operations.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};

/// The future of [`Transport::execute`].
pub type SendFuture<'a> =
    Pin<Box<dyn Future<Output = reqwest::Result<reqwest::Response>> + Send + 'a>>;

/// How requests of the generated [`Client`](crate::Client) are completed and sent:
/// `otc-dis`'s pipeline implements it (credentials, signing, retries, tracing).
pub trait Transport: fmt::Debug + Send + Sync {
    /// Checks and completes a request before it is first sent; an error stops it unsent.
    fn prepare(&self, request: &mut reqwest::Request) -> Result<(), String>;

    /// Sends a request of operation `operation` with `http`, in as many attempts as the
    /// transport decides on.
    fn execute<'a>(
        &'a self,
        http: &'a reqwest::Client,
        request: reqwest::Request,
        operation: &'static str,
    ) -> SendFuture<'a>;
}

/// The generated [`Client`](crate::Client)'s hooks: the [`Transport`] every operation goes
/// through. Cheap to clone.
///
/// ```no_run
/// use otc_dis_raw::{Hooks, SendFuture, Transport};
///
/// #[derive(Debug)]
/// struct Plain;
///
/// impl Transport for Plain {
///     fn prepare(&self, _: &mut reqwest::Request) -> Result<(), String> {
///         Ok(())
///     }
///
///     fn execute<'a>(&'a self, http: &'a reqwest::Client, request: reqwest::Request, _: &'static str) -> SendFuture<'a> {
///         Box::pin(http.execute(request))
///     }
/// }
///
/// let client = otc_dis_raw::Client::new("http://127.0.0.1:9", Hooks::new(Plain));
/// # let _ = client;
/// ```
#[derive(Clone)]
pub struct Hooks(Arc<dyn Transport>);

impl Hooks {
    /// Hooks that send through `transport`.
    pub fn new(transport: impl Transport + 'static) -> Self {
        Self(Arc::new(transport))
    }
}

impl fmt::Debug for Hooks {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl ClientHooks<Hooks> for crate::Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        _info: &OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        self.inner()
            .0
            .prepare(request)
            .map_err(progenitor_client::Error::Custom)
    }

    async fn exec(
        &self,
        request: reqwest::Request,
        info: &OperationInfo,
    ) -> reqwest::Result<reqwest::Response> {
        self.inner()
            .0
            .execute(self.client(), request, info.operation_id)
            .await
    }
}
