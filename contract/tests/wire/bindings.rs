//! The client's checked-in bindings (`generated/dis.rs`, `generated/operations.rs`) are what
//! the spec generates now: a spec change without regenerating fails here.

use std::path::Path;

const GENERATED: [(&str, &str); 2] = [
    ("dis.rs", include_str!(concat!(env!("OUT_DIR"), "/dis.rs"))),
    (
        "operations.rs",
        include_str!(concat!(env!("OUT_DIR"), "/operations.rs")),
    ),
];

#[test]
fn checked_in_bindings_match_the_spec() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated");
    let update = std::env::var_os("UPDATE_BINDINGS").is_some();
    for (name, fresh) in GENERATED {
        let path = dir.join(name);
        if update {
            std::fs::write(&path, fresh)
                .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
            continue;
        }
        let checked_in = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        assert!(
            checked_in == fresh,
            "generated/{name} is not what spec/dis-v2.yaml generates; regenerate it with \
             `UPDATE_BINDINGS=1 cargo test -p otc-dis-contract --test wire bindings` and commit it"
        );
    }
}
