//! `dis api`: a raw request through the client's pipeline (credentials, retries, logging).

use std::io::{Read, Write};

use otc_dis::{ApiError, Error, raw};
use progenitor_client::{ClientHooks, ClientInfo, OperationInfo};

use super::Ctx;
use crate::args::ApiArgs;
use crate::errors::{CliResult, Failure};

pub async fn run(ctx: &Ctx, args: ApiArgs) -> CliResult {
    let client = ctx.client().await?;
    let raw: &raw::Client = client.raw();
    let method = reqwest::Method::from_bytes(args.method.to_ascii_uppercase().as_bytes())
        .map_err(|_| Failure::Usage(format!("`{}` is not an HTTP method", args.method)))?;
    let path = args.path.trim_start_matches('/');
    let prefix = format!("v2/{}/", client.project_id());
    let path = path.strip_prefix(&prefix).unwrap_or(path);
    let url = format!("{}/{prefix}{path}", raw.baseurl());
    let mut builder = raw.client().request(method, url);
    if let Some(input) = &args.input {
        builder = builder.body(read_input(input)?);
    }
    let mut request = builder
        .build()
        .map_err(|e| Failure::Usage(format!("cannot build the request: {e}")))?;
    let info = OperationInfo {
        operation_id: "api",
    };
    ClientHooks::pre::<()>(&raw, &mut request, &info)
        .await
        .map_err(|e| Failure::Usage(e.to_string()))?;
    let response = ClientHooks::exec(&raw, request, &info)
        .await
        .map_err(|e| transport(&e))?;
    let status = response.status().as_u16();
    let body = response.bytes().await.map_err(|e| transport(&e))?;
    if status >= 400 {
        return Err(Error::from_api(ApiError::from_bytes(status, &body)).into());
    }
    let mut out = std::io::stdout().lock();
    match serde_json::from_slice::<serde_json::Value>(&body) {
        Ok(json) => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json).unwrap_or_default()
        )?,
        Err(_) => out.write_all(&body)?,
    }
    Ok(())
}

fn read_input(input: &str) -> CliResult<Vec<u8>> {
    let mut body = Vec::new();
    let read = if input == "-" {
        std::io::stdin().read_to_end(&mut body)
    } else {
        std::fs::File::open(input).and_then(|mut f| f.read_to_end(&mut body))
    };
    read.map_err(|e| Failure::Io(format!("reading {input}"), e))?;
    Ok(body)
}

fn transport(error: &reqwest::Error) -> Failure {
    Failure::Dis(Error::Transport {
        service: otc_dis::Service::Dis,
        phase: if error.is_connect() {
            otc_dis::TransportPhase::Connecting
        } else {
            otc_dis::TransportPhase::AwaitingAnswer
        },
        message: error.to_string(),
        source: None,
    })
}
