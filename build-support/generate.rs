//! What the two build scripts that generate code from `spec/dis-v2.yaml` share: the
//! client's (`build.rs`: the bindings `otc_dis::raw`) and the contract tests'
//! (`contract/build.rs`: typed httpmock helpers whose types must be the bindings' types).
//! Each includes this file with `#[path]`.

use std::fs;

/// The progenitor settings of `otc_dis::raw`.
pub fn settings() -> progenitor::GenerationSettings {
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
    settings
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
