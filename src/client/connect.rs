//! Building a ready client from a [`Config`]: log in, find the project and the endpoint.

use std::sync::Arc;

use super::Pipeline;
use crate::auth::iam::{self, TokenSource};
use crate::auth::{Authenticator, Credentials};
use crate::client::service_root;
use crate::config::{Config, check_endpoint_project, project_from_endpoint};
use crate::error::ConfigError;
use crate::http::{self, Settings};
use crate::{Client, Result};

/// The DIS endpoint when neither the catalog nor an override gives one.
fn default_endpoint(region: &str, project_id: &str) -> String {
    format!("https://dis.{region}.otc.t-systems.com/v2/{project_id}")
}

impl Client {
    /// A client for `config`.
    ///
    /// With a password, this logs in to IAM at once (so wrong credentials fail here, as
    /// [`Error::Auth`](crate::Error::Auth)) and takes the project id and the DIS endpoint
    /// from the token (catalog type `disv2`). With a fixed token and an IAM URL but no
    /// project, the token is looked up at IAM for the same. The endpoint is, in order: the
    /// configured override, the catalog's, `https://dis.{region}.otc.t-systems.com/v2/{project_id}`.
    ///
    /// ```no_run
    /// # async fn run() -> otc_dis::Result<()> {
    /// use otc_dis::{config::Config, Client};
    /// let client = Client::connect(Config::from_cloud("otc")?).await?;
    /// println!("project {}", client.project_id());
    /// # Ok(()) }
    /// ```
    pub async fn connect(config: Config) -> Result<Client> {
        let settings = Settings {
            retry: config.retry().clone(),
            timeouts: config.timeouts().clone(),
        };
        let http = http::http_client(&settings.timeouts)?;
        let mut region = config.region().map(str::to_owned);
        let mut project_id = config.project_id().map(str::to_owned);
        let mut endpoint = config.endpoint().map(str::to_owned);
        let looked_in = config.looked_in().to_vec();

        let auth = match config.credentials() {
            Credentials::Anonymous => Authenticator::Anonymous,
            Credentials::Token(token) => {
                let needs_lookup = project_id.is_none() || (endpoint.is_none() && region.is_none());
                if let (true, Some(auth_url)) = (needs_lookup, token.auth_url()) {
                    let issued =
                        iam::inspect(&http, auth_url, token.token(), region.as_deref(), &settings)
                            .await?;
                    adopt(&mut project_id, &mut endpoint, &mut region, issued);
                }
                Authenticator::Token(token.token().clone())
            }
            Credentials::Password(password) => {
                let source = TokenSource::new(password.clone(), region.clone());
                let issued = source.prime(&http, &settings).await?;
                adopt(&mut project_id, &mut endpoint, &mut region, issued);
                Authenticator::Iam(Arc::new(source))
            }
            Credentials::AkSk(key) => Authenticator::AkSk {
                key: key.clone(),
                region: region.clone().unwrap_or_default(),
            },
        };

        let project_id = project_id
            .or_else(|| endpoint.as_deref().and_then(project_from_endpoint))
            .ok_or_else(|| {
                ConfigError::new("the project id is unknown: IAM's token named no project and none is configured")
                    .with_missing(vec!["project id: set OS_PROJECT_ID or auth.project_id".into()])
                    .with_looked_in(looked_in.clone())
            })?;
        let endpoint = match (endpoint, &region) {
            (Some(endpoint), _) => endpoint,
            (None, Some(region)) => default_endpoint(region, &project_id),
            (None, None) => {
                return Err(ConfigError::new(
                    "no DIS endpoint: the token catalog has no disv2 endpoint and no region is configured for the default one",
                )
                .with_missing(vec![
                    "region: set OS_REGION_NAME or region_name".into(),
                    "or the endpoint: set DIS_ENDPOINT, OS_DISV2_ENDPOINT_OVERRIDE or disv2_endpoint_override".into(),
                ])
                .with_looked_in(looked_in)
                .into());
            }
        };
        check_endpoint_project(
            "the DIS endpoint",
            &endpoint,
            &project_id,
            "the project of the IAM token or the configuration",
        )
        .map_err(|problem| ConfigError::new(problem).with_looked_in(looked_in.clone()))?;
        tracing::debug!(
            endpoint = %endpoint,
            project_id = %project_id,
            credentials = config.credentials().kind(),
            "DIS client configured"
        );
        let pipeline = Pipeline::new(auth, settings);
        let root = service_root(&endpoint, &project_id);
        Ok(Client::from_parts(&root, http, pipeline, &project_id)
            .with_record_encoding(config.record_encoding()))
    }

    /// A client configured by [`Config::from_env`]: the environment, and the cloud named by
    /// `OS_CLOUD` in clouds.yaml / secure.yaml.
    ///
    /// ```no_run
    /// # async fn run() -> otc_dis::Result<()> {
    /// let client = otc_dis::Client::from_env().await?;
    /// # let _ = client; Ok(()) }
    /// ```
    pub async fn from_env() -> Result<Client> {
        Self::connect(Config::from_env()?).await
    }
}

/// Takes what the token says where the configuration is silent; the token's project wins
/// (it is the project the token is valid for).
fn adopt(
    project_id: &mut Option<String>,
    endpoint: &mut Option<String>,
    region: &mut Option<String>,
    issued: iam::IssuedToken,
) {
    if issued.project_id.is_some() {
        *project_id = issued.project_id;
    }
    if endpoint.is_none() {
        *endpoint = issued.endpoint;
    }
    if region.is_none() {
        *region = issued.endpoint_region;
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn default_endpoint_has_region_and_project() {
        assert_eq!(
            super::default_endpoint("eu-de", "p1"),
            "https://dis.eu-de.otc.t-systems.com/v2/p1"
        );
    }
}
