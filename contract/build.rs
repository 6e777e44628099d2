//! Generates, from `../spec/dis-v2.yaml` into `OUT_DIR`: the client's bindings and table
//! of operations as they should be (`dis.rs`, `operations.rs`; the test `bindings`
//! compares them with the checked-in `../generated/`), and what only the contract tests
//! use: typed httpmock helpers for every operation (`dis_httpmock.rs`, with the bindings'
//! settings, so that their types are `otc_dis::raw`'s) and a registry that decodes a JSON
//! value as the generated type of a named schema (`spec_types.rs`).

use std::{env, fs, path::PathBuf};

#[path = "../build-support/generate.rs"]
mod generate;

const SPEC: &str = "../spec/dis-v2.yaml";

fn main() {
    println!("cargo:rerun-if-changed={SPEC}");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../build-support/generate.rs");

    let spec = generate::read_spec(SPEC);
    let codegen_spec = generate::for_bindings(&spec);
    let mut generator = progenitor::Generator::new(&generate::settings());
    let mocks = generator
        .httpmock(&codegen_spec, "otc_dis::raw")
        .unwrap_or_else(|e| panic!("progenitor could not generate mocks for {SPEC}: {e}"));

    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR is set by cargo"));
    fs::write(out.join("dis.rs"), generate::bindings(&codegen_spec)).expect("write dis.rs");
    fs::write(
        out.join("operations.rs"),
        generate::operation_table(&spec, SPEC),
    )
    .expect("write operations.rs");
    fs::write(out.join("dis_httpmock.rs"), generate::pretty(mocks)).expect("write dis_httpmock.rs");
    fs::write(out.join("spec_types.rs"), schema_registry(&spec)).expect("write spec_types.rs");
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
