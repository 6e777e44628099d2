//! Generates the raw DIS bindings (and typed httpmock helpers for the tests)
//! from `spec/dis-v2.yaml` into `OUT_DIR` at every build.

use std::{env, fs, path::PathBuf};

const SPEC: &str = "spec/dis-v2.yaml";

fn main() {
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed=build.rs");

    let text = fs::read_to_string(SPEC).unwrap_or_else(|e| panic!("cannot read {SPEC}: {e}"));
    let spec: openapiv3::OpenAPI = serde_saphyr::from_str(&text)
        .unwrap_or_else(|e| panic!("{SPEC} is not a valid OpenAPI 3.0 document: {e}"));

    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type("crate::client::Pipeline".parse().expect("inner type path"))
        // The two error body shapes share the field name `error_code` once snake-cased,
        // so the error body is a handwritten type with explicit serde names.
        .with_replacement(
            "ErrorBody",
            "::otc_dis::ErrorBody",
            [progenitor::TypeImpl::Default].into_iter(),
        );
    let mut generator = progenitor::Generator::new(&settings);

    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
    let client = generator
        .generate_tokens(&spec)
        .unwrap_or_else(|e| panic!("progenitor rejected {SPEC}: {e}"));
    fs::write(out.join("dis.rs"), pretty(client)).expect("write dis.rs");
    let mocks = generator
        .httpmock(&spec, "otc_dis::raw")
        .unwrap_or_else(|e| panic!("progenitor could not generate mocks for {SPEC}: {e}"));
    fs::write(out.join("dis_httpmock.rs"), pretty(mocks)).expect("write dis_httpmock.rs");
    fs::write(out.join("spec_types.rs"), schema_registry(&spec)).expect("write spec_types.rs");
    fs::write(out.join("operations.rs"), operation_table(&spec)).expect("write operations.rs");
}

/// The table of every operation id and whether it may be repeated, from each operation's
/// `x-dis-idempotency`. An operation without it fails the build: retrying a write that is
/// not safe to repeat could store records twice, so nobody may forget to decide.
fn operation_table(spec: &openapiv3::OpenAPI) -> String {
    let mut rows = Vec::new();
    for (path, item) in spec.paths.iter() {
        let openapiv3::ReferenceOr::Item(item) = item else {
            panic!("{SPEC}: path {path} is a reference; inline it");
        };
        for (method, operation) in item.iter() {
            let id = operation
                .operation_id
                .as_deref()
                .unwrap_or_else(|| panic!("{SPEC}: {method} {path} has no operationId"));
            let class = match operation.extensions.get("x-dis-idempotency") {
                Some(serde_json::Value::String(v)) if v == "read-only" => "ReadOnly",
                Some(serde_json::Value::String(v)) if v == "idempotent" => "Idempotent",
                Some(serde_json::Value::String(v)) if v == "not-idempotent" => "NotIdempotent",
                other => panic!(
                    "{SPEC}: operation {id} needs `x-dis-idempotency: read-only | idempotent | \
                     not-idempotent` (found {other:?})"
                ),
            };
            rows.push(format!("    ({id:?}, Idempotency::{class}),\n"));
        }
    }
    rows.sort();
    format!(
        "/// Every operation of the spec and whether it may be repeated (from `x-dis-idempotency`).\n\
         pub(crate) const OPERATIONS: &[(&str, Idempotency)] = &[\n{}];\n",
        rows.concat()
    )
}

/// A function that decodes a JSON value as the Rust type of a named component schema,
/// so that the contract tests can check every example against the generated types.
fn schema_registry(spec: &openapiv3::OpenAPI) -> String {
    let arms: String = spec
        .components
        .iter()
        .flat_map(|c| c.schemas.keys())
        .map(|name| {
            let path = if name == "ErrorBody" {
                "::otc_dis".to_owned()
            } else {
                "::otc_dis::types".to_owned()
            };
            format!("        {name:?} => decode::<{path}::{name}>(value),\n")
        })
        .collect();
    format!(
        "/// Decodes `value` as the generated type of component schema `schema`;\n\
         /// `None` when the spec has no such schema.\n\
         pub fn decode_as(schema: &str, value: serde_json::Value) -> Option<Result<(), String>> {{\n\
         \x20   fn decode<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<(), String> {{\n\
         \x20       serde_json::from_value::<T>(value).map(|_| ()).map_err(|e| e.to_string())\n\
         \x20   }}\n\
         \x20   Some(match schema {{\n{arms}        _ => return None,\n    }})\n}}\n"
    )
}

fn pretty(tokens: proc_macro2::TokenStream) -> String {
    prettyplease::unparse(&syn::parse2::<syn::File>(tokens).expect("generated code parses"))
}
