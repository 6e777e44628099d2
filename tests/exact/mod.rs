//! Exact request matchers for httpmock: `query_param` alone accepts extra parameters,
//! these do not.
#![allow(dead_code)]

use httpmock::HttpMockRequest;

/// Matches a request whose query holds exactly `expected` (names and decoded values, any
/// order) and nothing else. `&[]` matches a request without a query.
pub fn query(
    expected: &[(&str, &str)],
) -> impl Fn(&HttpMockRequest) -> bool + Send + Sync + 'static {
    let mut expected: Vec<(String, String)> = expected
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    expected.sort();
    move |req: &HttpMockRequest| {
        let mut actual = pairs(req.uri().query().unwrap_or_default());
        actual.sort();
        actual == expected
    }
}

fn pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

fn decode(text: &str) -> String {
    percent_encoding::percent_decode_str(&text.replace('+', " "))
        .decode_utf8_lossy()
        .into_owned()
}
