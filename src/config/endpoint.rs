//! The forms a DIS endpoint and an IAM URL may take, checked when the configuration is
//! built so that a typo fails there, naming the setting, rather than at the first call.

use reqwest::Url;

/// What a DIS endpoint must look like, for messages.
const ENDPOINT_FORM: &str = "http(s)://host[:port][/prefix] (the service root) or \
     http(s)://host[:port][/prefix]/v2/{project_id}, e.g. \
     https://dis.eu-de.otc.t-systems.com/v2/0123456789abcdef0123456789abcdef or http://127.0.0.1:8080";

/// What an IAM URL must look like, for messages.
const AUTH_URL_FORM: &str =
    "http(s)://host[:port][/path], e.g. https://iam.eu-de.otc.t-systems.com/v3";

/// A checked DIS endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Endpoint {
    /// The project id of an endpoint ending in `/v2/{project_id}`.
    pub(crate) project_id: Option<String>,
}

/// Checks a DIS endpoint: http or https, a host, no credentials, query or fragment, and a
/// path that is a prefix without `v2` or ends in `/v2/{project_id}`. The error says what
/// is wrong; the caller names the setting and the expected form.
fn parse_endpoint(text: &str) -> Result<Endpoint, String> {
    let url = parse_http_url(text)?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err("it has a query or fragment".to_owned());
    }
    let segments: Vec<&str> = url.path().split('/').filter(|s| !s.is_empty()).collect();
    match segments.iter().position(|s| *s == "v2") {
        None => Ok(Endpoint { project_id: None }),
        Some(at) if at + 2 == segments.len() => Ok(Endpoint {
            project_id: Some(segments[at + 1].to_owned()),
        }),
        Some(at) if at + 1 == segments.len() => {
            Err("it ends in /v2 without the project id".to_owned())
        }
        Some(_) => Err(format!(
            "its path {} goes on after /v2/{{project_id}}; give the endpoint, not an operation's URL",
            url.path()
        )),
    }
}

/// An http(s) URL with a host and no user credentials.
fn parse_http_url(text: &str) -> Result<Url, String> {
    let url = Url::parse(text.trim()).map_err(|e| format!("it is not a URL ({e})"))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "its scheme is {:?}; only http and https are supported",
            url.scheme()
        ));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err("it has no host".to_owned());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(
            "it carries user credentials; give them as settings, not in the URL".to_owned(),
        );
    }
    Ok(url)
}

/// The value as it may be shown in a message: user credentials in it are hidden.
fn shown(text: &str) -> String {
    match Url::parse(text.trim()) {
        Ok(mut url) if !url.username().is_empty() || url.password().is_some() => {
            let _ = url.set_username("");
            let _ = url.set_password(None);
            format!("{:?} (user credentials hidden)", url.as_str())
        }
        _ => format!("{text:?}"),
    }
}

/// Checks the DIS endpoint given by `origin`; the message names it, the value and the
/// expected form.
pub(crate) fn check_endpoint(origin: &str, text: &str) -> Result<Endpoint, String> {
    parse_endpoint(text).map_err(|problem| {
        format!(
            "{origin}: {} is not a DIS endpoint: {problem}; expected {ENDPOINT_FORM}",
            shown(text)
        )
    })
}

/// Checks the IAM URL given by `origin`: http or https, a host, no user credentials.
pub(crate) fn check_auth_url(origin: &str, text: &str) -> Result<(), String> {
    parse_http_url(text).map(drop).map_err(|problem| {
        format!(
            "{origin}: {} is not an IAM URL: {problem}; expected {AUTH_URL_FORM}",
            shown(text)
        )
    })
}

/// Checks that an endpoint naming a project names `project_id`: requests go to
/// `{service root}/v2/{project_id}/...`, so another project in the endpoint cannot be meant.
/// The form of the endpoint is [`check_endpoint`]'s concern.
pub(crate) fn check_endpoint_project(
    origin: &str,
    text: &str,
    project_id: &str,
    project_origin: &str,
) -> Result<(), String> {
    match project_from_endpoint(text) {
        Some(in_endpoint) if in_endpoint != project_id => Err(format!(
            "{origin}: {} names project {in_endpoint:?}, but the project is {project_id:?} \
             ({project_origin}); give the endpoint without /v2/{{project_id}} or with the same project",
            shown(text)
        )),
        _ => Ok(()),
    }
}

/// The project id in an endpoint ending in `/v2/{project_id}`.
pub(crate) fn project_from_endpoint(endpoint: &str) -> Option<String> {
    parse_endpoint(endpoint).ok()?.project_id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoint_forms() {
        let accepted = [
            ("https://dis.eu-de.otc.t-systems.com/v2/abc/", Some("abc")),
            ("http://127.0.0.1:8080", None),
            ("http://127.0.0.1:8080/", None),
            ("http://h/prefix/v2/abc", Some("abc")),
            ("http://h/prefix", None),
            (" https://[::1]:9/v2/p ", Some("p")),
        ];
        for (text, project) in accepted {
            assert_eq!(
                parse_endpoint(text).map(|e| e.project_id),
                Ok(project.map(str::to_owned)),
                "{text}"
            );
        }
        let refused = [
            (
                "not a url/v2/p",
                "is not a URL (relative URL without a base)",
            ),
            ("ftp://h/v2/p", "scheme is \"ftp\""),
            ("file:///v2/p", "scheme is \"file\""),
            ("http://h/v2", "ends in /v2 without the project id"),
            ("http://h/v2/", "ends in /v2 without the project id"),
            ("http://h/v2/p/streams", "goes on after /v2/{project_id}"),
            ("http://h/v2/p?x=1", "query or fragment"),
            ("http://u:pw@h/v2/p", "user credentials"),
            ("http://", "empty host"),
        ];
        for (text, problem) in refused {
            let err = parse_endpoint(text).unwrap_err();
            assert!(err.contains(problem), "{text}: {err}");
        }
    }

    #[test]
    fn messages_never_show_user_credentials() {
        let text = check_endpoint("DIS_ENDPOINT", "https://alice:pw-SECRET@h/v2/p").unwrap_err();
        assert!(
            !text.contains("SECRET") && !text.contains("alice"),
            "{text}"
        );
        assert!(
            text.starts_with("DIS_ENDPOINT: \"https://h/v2/p\" (user credentials hidden)"),
            "{text}"
        );
    }

    #[test]
    fn endpoint_and_project_must_agree() {
        assert!(check_endpoint_project("e", "http://h/v2/p1", "p1", "x").is_ok());
        assert!(check_endpoint_project("e", "http://h", "p1", "x").is_ok());
        let err = check_endpoint_project("e", "http://h/v2/p1", "p2", "OS_PROJECT_ID").unwrap_err();
        assert!(
            err.contains("names project \"p1\", but the project is \"p2\" (OS_PROJECT_ID)"),
            "{err}"
        );
    }
}
