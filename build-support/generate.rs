//! How code is generated from `spec/dis-v2.yaml`, included by `contract/build.rs` with
//! `#[path]`: the client's bindings (`raw/generated/dis.rs`, the crate `otc-dis-raw`) and its table of
//! operations (`generated/operations.rs`), checked in and compared with a fresh generation
//! by the contract tests, and the contract tests' own typed httpmock helpers, whose types
//! must be the bindings' types.

use std::fs;

/// The first line of every checked-in generated file.
pub const HEADER: &str = "// @generated from spec/dis-v2.yaml by build-support/generate.rs: do not edit. \
     Regenerate with `UPDATE_BINDINGS=1 cargo test -p otc-dis-contract --test wire bindings`.\n";

/// The client's bindings (`otc_dis::raw`), as checked in at `raw/generated/dis.rs`, from
/// [`for_bindings`]`(spec)`.
pub fn bindings(spec: &openapiv3::OpenAPI) -> String {
    let mut generator = progenitor::Generator::new(&settings());
    let client = generator
        .generate_tokens(spec)
        .unwrap_or_else(|e| panic!("progenitor rejected the spec: {e}"));
    format!("{HEADER}{}", pretty(client))
}

/// The progenitor settings of `otc_dis::raw`.
pub fn settings() -> progenitor::GenerationSettings {
    let mut settings = progenitor::GenerationSettings::new();
    settings
        .with_interface(progenitor::InterfaceStyle::Builder)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type("::otc_dis_raw::Hooks".parse().expect("inner type path"))
        // The two error body shapes share the field name `error_code` once snake-cased,
        // so the error body is a handwritten type with explicit serde names.
        .with_replacement(
            "ErrorBody",
            "::otc_dis_raw::ErrorBody",
            [progenitor::TypeImpl::Default].into_iter(),
        );
    settings
}

/// `spec` without the regular expressions of its string schemas, which is what the
/// bindings and the typed mocks are generated from.
///
/// The client checks every value it sends against DIS's rules before sending (`api::validate`
/// and the handwritten enums), and reads answers without rejecting what a newer DIS may
/// allow; generated checks of the same patterns would only repeat that, at the price of a
/// regular-expression engine (`regress`) in every build of the client. The contract tests
/// check the handwritten rules against these patterns.
pub fn for_bindings(spec: &openapiv3::OpenAPI) -> openapiv3::OpenAPI {
    let mut document = serde_json::to_value(spec).expect("an OpenAPI document serializes");
    remove_string_patterns(&mut document);
    serde_json::from_value(document).expect("the document without patterns is still one")
}

fn remove_string_patterns(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(object) => {
            if object.get("type").and_then(|t| t.as_str()) == Some("string") {
                object.remove("pattern");
            }
            object.values_mut().for_each(remove_string_patterns);
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(remove_string_patterns),
        _ => {}
    }
}

/// The OpenAPI document at `path`; the build fails with the reason when it is not one.
pub fn read_spec(path: &str) -> openapiv3::OpenAPI {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    serde_saphyr::from_str(&text)
        .unwrap_or_else(|e| panic!("{path} is not a valid OpenAPI 3.0 document: {e}"))
}

/// Generated tokens as formatted Rust source.
pub fn pretty(tokens: proc_macro2::TokenStream) -> String {
    prettyplease::unparse(&syn::parse2::<syn::File>(tokens).expect("generated code parses"))
}

/// The table of every operation id and whether it may be repeated, from each operation's
/// `x-dis-idempotency`. An operation without it fails the build: retrying a write that is
/// not safe to repeat could store records twice, so nobody may forget to decide.
pub fn operation_table(spec: &openapiv3::OpenAPI, spec_path: &str) -> String {
    let mut rows = Vec::new();
    for (path, item) in spec.paths.iter() {
        let openapiv3::ReferenceOr::Item(item) = item else {
            panic!("{spec_path}: path {path} is a reference; inline it");
        };
        for (method, operation) in item.iter() {
            let id = operation
                .operation_id
                .as_deref()
                .unwrap_or_else(|| panic!("{spec_path}: {method} {path} has no operationId"));
            let class = match operation.extensions.get("x-dis-idempotency") {
                Some(serde_json::Value::String(v)) if v == "read-only" => "ReadOnly",
                Some(serde_json::Value::String(v)) if v == "idempotent" => "Idempotent",
                Some(serde_json::Value::String(v)) if v == "not-idempotent" => "NotIdempotent",
                other => panic!(
                    "{spec_path}: operation {id} needs `x-dis-idempotency: read-only | idempotent | \
                     not-idempotent` (found {other:?})"
                ),
            };
            rows.push(format!("    ({id:?}, Idempotency::{class}),\n"));
        }
    }
    rows.sort();
    format!(
        "{HEADER}/// Every operation of the spec and whether it may be repeated (from `x-dis-idempotency`).\n\
         pub(crate) const OPERATIONS: &[(&str, Idempotency)] = &[\n{}];\n",
        rows.concat()
    )
}
