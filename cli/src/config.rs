//! Configuration exactly as the library resolves it, with the global flags on top.

use otc_dis::config::ConfigBuilder;
use otc_dis::{Client, Config};
use serde_json::Value;

use crate::args::Global;
use crate::errors::CliResult;
use crate::output::{Printer, Row};
use crate::views::Fields;

/// The library's builder (environment, clouds.yaml, secure.yaml) with the flags set on it.
fn builder(global: &Global) -> ConfigBuilder {
    let mut builder = Config::builder();
    if let Some(cloud) = &global.os_cloud {
        builder = builder.cloud(cloud);
    }
    if let Some(region) = &global.os_region_name {
        builder = builder.region(region);
    }
    if let Some(project) = &global.os_project_id {
        builder = builder.project_id(project);
    }
    if let Some(endpoint) = &global.endpoint {
        builder = builder.endpoint(endpoint);
    }
    if let Some(token) = &global.token {
        builder = builder.token(token);
    }
    builder
}

/// A client for the resolved configuration (logs in to IAM for password credentials).
pub async fn connect(global: &Global) -> CliResult<Client> {
    let config = builder(global).build().map_err(otc_dis::Error::from)?;
    Ok(Client::connect(config).await?)
}

/// `dis config show`: what was resolved, without logging in and without secrets.
pub fn show(global: &Global, printer: &Printer) -> CliResult {
    let config = builder(global).build().map_err(otc_dis::Error::from)?;
    let endpoint = match (config.endpoint(), config.region(), config.project_id()) {
        (Some(endpoint), _, _) => endpoint.to_owned(),
        (None, Some(region), Some(project)) => format!(
            "https://dis.{region}.otc.t-systems.com/v2/{project} (unless the IAM catalog names another)"
        ),
        (None, ..) => "(from the IAM catalog at login)".to_owned(),
    };
    let row = Row::new()
        .with("cloud", config.cloud().map(str::to_owned))
        .with("region", config.region().map(str::to_owned))
        .with("project_id", config.project_id().map(str::to_owned))
        .with("endpoint", endpoint)
        .with("auth", config.credentials().kind())
        .with("looked_in", Value::from(config.looked_in().to_vec()));
    printer.show(&Fields {
        row,
        columns: &[
            "cloud",
            "region",
            "project_id",
            "endpoint",
            "auth",
            "looked_in",
        ],
    })
}
