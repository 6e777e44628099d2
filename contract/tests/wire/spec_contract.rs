//! Contract tests of `spec/dis-v2.yaml` against the DIS reference and against the
//! generated bindings: they fail when the spec drifts from the reference, when an
//! example stops matching its schema, or when the generated types stop decoding it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde_json::{Map, Value, json};

use otc_dis_contract::spec_types;

const HTTP_METHODS: [&str; 5] = ["get", "post", "put", "delete", "patch"];
const GROUPS: [&str; 7] = [
    "streams",
    "apps",
    "checkpoints",
    "records",
    "dump_tasks",
    "monitoring",
    "tags",
];

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The workspace root, where `spec/` is (and `../shared/` in the project's own checkout).
fn workspace_dir() -> PathBuf {
    manifest_dir().join("..")
}

fn spec_text() -> String {
    std::fs::read_to_string(workspace_dir().join("spec/dis-v2.yaml")).expect("read spec")
}

fn spec_json() -> Value {
    serde_saphyr::from_str(&spec_text()).expect("spec parses as YAML")
}

/// `METHOD PATH` pairs of the reference, one line per documented operation page.
fn fixture_operations() -> Vec<(String, String)> {
    let text =
        std::fs::read_to_string(manifest_dir().join("tests/fixtures/reference-operations.txt"))
            .unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let mut parts = l.split_whitespace();
            (
                parts.next().unwrap().to_owned(),
                parts.next().unwrap().to_owned(),
            )
        })
        .collect()
}

fn spec_operations(spec: &openapiv3::OpenAPI) -> BTreeSet<(String, String)> {
    spec.paths
        .iter()
        .flat_map(|(path, item)| {
            let item = item.as_item().expect("no path-level $ref");
            item.iter()
                .map(move |(method, _)| (method.to_uppercase(), path.clone()))
        })
        .collect()
}

#[test]
fn spec_holds_exactly_the_operations_of_the_reference() {
    let spec: openapiv3::OpenAPI =
        serde_saphyr::from_str(&spec_text()).expect("spec is OpenAPI 3.0");
    assert_eq!(spec.openapi, "3.0.3");
    let documented = fixture_operations();
    assert_eq!(
        documented.len(),
        31,
        "the reference documents 31 operations"
    );
    let expected: BTreeSet<_> = documented.into_iter().collect();
    assert_eq!(
        expected.len(),
        29,
        "31 operations share 29 method+path pairs"
    );
    let actual = spec_operations(&spec);
    let missing: Vec<_> = expected.difference(&actual).collect();
    let extra: Vec<_> = actual.difference(&expected).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "missing {missing:?}, not in the reference {extra:?}"
    );
}

/// Extracts the request lines of the reference's operation pages, as the fixture holds them.
fn extract_reference(root: &Path) -> Vec<String> {
    let mut lines = Vec::new();
    let mut dirs = vec![root.join("api_description")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rst") {
                let text = std::fs::read_to_string(&path).unwrap();
                let file = path.strip_prefix(root).unwrap().display().to_string();
                for line in text.lines().map(str::trim) {
                    let mut words = line.split_whitespace();
                    if let (Some(method), Some(uri), None) =
                        (words.next(), words.next(), words.next())
                        && HTTP_METHODS.contains(&method.to_lowercase().as_str())
                        && uri.starts_with("/v2/")
                    {
                        lines.push(format!("{method} {uri}  {file}"));
                    }
                }
            }
        }
    }
    lines.sort_by(|a, b| a.rsplit(' ').next().cmp(&b.rsplit(' ').next()));
    lines
}

#[test]
fn fixture_matches_the_reference_when_it_is_present() {
    let root = workspace_dir().join("../shared/dis-api-reference");
    if !root.is_dir() {
        eprintln!(
            "skipped: {} is not present in this checkout",
            root.display()
        );
        return;
    }
    let fixture: Vec<String> =
        std::fs::read_to_string(manifest_dir().join("tests/fixtures/reference-operations.txt"))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(str::to_owned)
            .collect();
    assert_eq!(
        extract_reference(&root),
        fixture,
        "the reference changed: update the fixture and the spec"
    );
}

/// Every operation keeps the conventions the bindings and tests rely on.
#[test]
fn every_operation_is_complete() {
    let spec = spec_json();
    let mut ids = BTreeSet::new();
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if !HTTP_METHODS.contains(&method.as_str()) {
                continue;
            }
            let at = format!("{} {path}", method.to_uppercase());
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{at}: operationId"));
            assert!(
                ids.insert(id.to_owned()),
                "{at}: duplicate operationId {id}"
            );
            assert!(
                id.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{at}: snake_case id"
            );
            let tags = op["tags"]
                .as_array()
                .unwrap_or_else(|| panic!("{at}: tags"));
            assert!(
                tags.len() == 1 && GROUPS.contains(&tags[0].as_str().unwrap()),
                "{at}: one group tag"
            );
            for key in ["summary", "description"] {
                assert!(
                    op[key].as_str().is_some_and(|s| !s.trim().is_empty()),
                    "{at}: {key}"
                );
            }
            let responses = op["responses"].as_object().unwrap();
            let success: Vec<_> = responses.keys().filter(|k| k.starts_with('2')).collect();
            assert_eq!(success.len(), 1, "{at}: exactly one success response");
            assert_eq!(
                responses["4XX"]["$ref"], "#/components/responses/ClientError",
                "{at}"
            );
            assert_eq!(
                responses["5XX"]["$ref"], "#/components/responses/ServerError",
                "{at}"
            );
            assert!(
                !responses.contains_key("default"),
                "{at}: no default response"
            );
            let params = op["parameters"]
                .as_array()
                .map(Vec::as_slice)
                .unwrap_or_default();
            assert!(
                params
                    .iter()
                    .any(|p| p["$ref"] == "#/components/parameters/ProjectId"),
                "{at}: project_id parameter"
            );
            for p in params {
                let name = p["name"].as_str().unwrap_or_default().to_lowercase();
                assert!(
                    name != "x-auth-token" && name != "authorization",
                    "{at}: auth is the transport's job"
                );
            }
        }
    }
    assert_eq!(ids.len(), 29);
}

/// The JSON Schema of a component schema, with the spec's components as definitions.
fn json_schema_of(spec: &Value, schema: &Value) -> Value {
    let mut definitions = Map::new();
    for (name, s) in spec["components"]["schemas"].as_object().unwrap() {
        definitions.insert(name.clone(), to_json_schema(s));
    }
    let mut root = to_json_schema(schema);
    root.as_object_mut()
        .unwrap()
        .insert("definitions".into(), Value::Object(definitions));
    root
}

/// Rewrites OpenAPI 3.0 schema dialect (`nullable`, component refs, `example`) as JSON Schema.
fn to_json_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                match k.as_str() {
                    "$ref" => {
                        let r = v
                            .as_str()
                            .unwrap()
                            .replace("#/components/schemas/", "#/definitions/");
                        out.insert(k.clone(), Value::String(r));
                    }
                    "nullable" | "example" | "examples" | "description" | "x-known-values" => {}
                    "properties" => {
                        let props = v
                            .as_object()
                            .unwrap()
                            .iter()
                            .map(|(n, s)| (n.clone(), to_json_schema(s)));
                        out.insert(k.clone(), Value::Object(props.collect()));
                    }
                    _ => {
                        out.insert(k.clone(), to_json_schema(v));
                    }
                }
            }
            if map.get("nullable") == Some(&Value::Bool(true)) {
                return json!({"anyOf": [Value::Object(out), {"type": "null"}]});
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(to_json_schema).collect()),
        other => other.clone(),
    }
}

/// Every `example` in the spec: where it stands, its schema, and the schema's name.
struct Example {
    at: String,
    schema: Value,
    schema_name: Option<String>,
    value: Value,
}

fn schema_name(schema: &Value) -> Option<String> {
    schema["$ref"]
        .as_str()
        .and_then(|r| r.strip_prefix("#/components/schemas/"))
        .map(str::to_owned)
}

fn collect_examples(spec: &Value) -> Vec<Example> {
    let mut found = Vec::new();
    let mut media = |at: String, content: &Value| {
        for (kind, m) in content.as_object().into_iter().flatten() {
            if let Some(value) = m.get("example") {
                let schema = m["schema"].clone();
                found.push(Example {
                    at: format!("{at} {kind}"),
                    schema_name: schema_name(&schema),
                    schema,
                    value: value.clone(),
                });
            }
        }
    };
    for (path, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if !HTTP_METHODS.contains(&method.as_str()) {
                continue;
            }
            let at = format!("{} {path}", method.to_uppercase());
            media(format!("{at} request"), &op["requestBody"]["content"]);
            for (status, response) in op["responses"].as_object().unwrap() {
                media(format!("{at} {status}"), &response["content"]);
            }
        }
    }
    let components = &spec["components"];
    for (name, param) in components["parameters"].as_object().into_iter().flatten() {
        if let Some(value) = param.get("example") {
            found.push(Example {
                at: format!("parameter {name}"),
                schema: param["schema"].clone(),
                schema_name: None,
                value: value.clone(),
            });
        }
    }
    for (name, schema) in components["schemas"].as_object().unwrap() {
        if let Some(value) = schema.get("example") {
            found.push(Example {
                at: format!("schema {name}"),
                schema: json!({"$ref": format!("#/components/schemas/{name}")}),
                schema_name: Some(name.clone()),
                value: value.clone(),
            });
        }
    }
    found
}

#[test]
fn every_example_validates_against_its_schema_and_decodes_into_the_generated_type() {
    let spec = spec_json();
    let examples = collect_examples(&spec);
    let media_examples = examples
        .iter()
        .filter(|e| e.at.contains("application/json"))
        .count();
    assert!(
        media_examples >= 20,
        "the reference's examples are in the spec ({media_examples} found)"
    );
    let mut failures = Vec::new();
    let mut decoded = 0;
    for example in &examples {
        let validator = jsonschema::draft7::new(&json_schema_of(&spec, &example.schema))
            .unwrap_or_else(|e| panic!("{}: schema does not compile: {e}", example.at));
        for error in validator.iter_errors(&example.value) {
            failures.push(format!(
                "{}: {} at {}",
                example.at,
                error,
                error.instance_path()
            ));
        }
        if let Some(name) = &example.schema_name {
            match spec_types::decode_as(name, example.value.clone()) {
                Some(Ok(())) => decoded += 1,
                Some(Err(e)) => {
                    failures.push(format!("{}: does not decode as {name}: {e}", example.at))
                }
                None => failures.push(format!("{}: no generated type for {name}", example.at)),
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        decoded >= 20,
        "examples decoded into generated types: {decoded}"
    );
}

#[test]
fn the_validator_rejects_a_broken_example() {
    // Guards the test above: a wrong type must be caught by both checks.
    let spec = spec_json();
    let schema = json!({"$ref": "#/components/schemas/PutRecordsRequest"});
    let broken = json!({"stream_name": "s", "records": [{"data": 5}]});
    let validator = jsonschema::draft7::new(&json_schema_of(&spec, &schema)).unwrap();
    assert!(!validator.is_valid(&broken));
    assert!(matches!(
        spec_types::decode_as("PutRecordsRequest", broken),
        Some(Err(_))
    ));
}

/// Query and path parameter names stay exactly as DIS spells them on the wire.
#[test]
fn query_names_are_the_wire_names() {
    let spec = spec_json();
    let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (_, item) in spec["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            if !HTTP_METHODS.contains(&method.as_str()) {
                continue;
            }
            for p in op["parameters"].as_array().into_iter().flatten() {
                if p["in"] == "query" {
                    names
                        .entry(op["operationId"].as_str().unwrap().to_owned())
                        .or_default()
                        .insert(p["name"].as_str().unwrap().to_owned());
                }
            }
        }
    }
    let expect = [
        ("list_streams", &["limit", "start_stream_name"][..]),
        ("show_stream", &["start_partitionId", "limit_partitions"]),
        ("list_apps", &["limit", "start_app_name", "stream_name"]),
        (
            "show_consumer_state",
            &["limit", "start_partition_id", "checkpoint_type"],
        ),
        (
            "show_checkpoint",
            &["stream_name", "partition_id", "app_name", "checkpoint_type"],
        ),
        (
            "delete_checkpoint",
            &["stream_name", "app_name", "checkpoint_type", "partition_id"],
        ),
        ("get_records", &["partition-cursor", "max_fetch_bytes"]),
        (
            "get_cursor",
            &[
                "stream-name",
                "partition-id",
                "cursor-type",
                "starting-sequence-number",
                "timestamp",
            ],
        ),
        (
            "show_stream_metrics",
            &["label", "label_list", "start_time", "end_time"],
        ),
        (
            "show_partition_metrics",
            &["label", "label_list", "start_time", "end_time"],
        ),
    ];
    for (op, wire) in expect {
        let have = names
            .get(op)
            .unwrap_or_else(|| panic!("{op} has query parameters"));
        for name in wire {
            assert!(
                have.contains(*name),
                "{op} lacks query parameter {name}: {have:?}"
            );
        }
    }
}

/// The `pattern` of property `property` of component schema `schema`.
fn pattern_of(spec: &Value, schema: &str, property: &str) -> regex::Regex {
    let pattern = spec["components"]["schemas"][schema]["properties"][property]["pattern"]
        .as_str()
        .unwrap_or_else(|| panic!("{schema}.{property} has a pattern in the spec"));
    regex::Regex::new(pattern).expect("the spec's patterns are regular expressions")
}

/// The bindings are generated without the spec's string patterns (they would need a
/// regular-expression engine in every build); what the client sends in their place comes
/// from its own enums, which must stay within the patterns.
#[test]
fn the_client_s_fixed_values_match_the_spec_s_patterns() {
    use otc_dis::{RecordDelimiter, TimestampFormat};
    let spec = spec_json();
    let formats = pattern_of(&spec, "ProcessingSchema", "timestamp_format");
    for format in [
        TimestampFormat::SlashYmd,
        TimestampFormat::SlashMdy,
        TimestampFormat::SlashDmy,
        TimestampFormat::DashYmd,
        TimestampFormat::DashMdy,
        TimestampFormat::DashDmy,
    ] {
        assert!(formats.is_match(format.as_str()), "{format:?}");
    }
    let delimiters = pattern_of(&spec, "ObsDestinationDescriptorRequest", "record_delimiter");
    for delimiter in [
        RecordDelimiter::Comma,
        RecordDelimiter::Semicolon,
        RecordDelimiter::Pipe,
        RecordDelimiter::Newline,
    ] {
        assert!(delimiters.is_match(delimiter.as_str()), "{delimiter:?}");
    }
    assert!(!delimiters.is_match("::"), "the pattern is not a match-all");
}

/// The generated code has no pattern checks left, and needs no regular-expression engine.
#[test]
fn the_bindings_carry_no_pattern_checks() {
    let bindings = std::fs::read_to_string(workspace_dir().join("raw/generated/dis.rs")).unwrap();
    assert!(!bindings.contains("regress"));
    assert!(
        spec_text().contains("pattern:"),
        "the spec itself keeps them"
    );
}
