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
        .with_inner_type(
            "crate::transport::Pipeline"
                .parse()
                .expect("inner type path"),
        )
        // The two error body shapes share the field name `error_code` once snake-cased,
        // so the error body is a handwritten type with explicit serde names.
        .with_replacement(
            "ErrorBody",
            "::otc_dis::error::ErrorBody",
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
}

fn pretty(tokens: proc_macro2::TokenStream) -> String {
    prettyplease::unparse(&syn::parse2::<syn::File>(tokens).expect("generated code parses"))
}
