//! The client's checked-in bindings (`raw/generated/dis.rs`, `generated/operations.rs`) are what
//! the spec generates now: a spec change without regenerating fails here.

use std::path::Path;

/// Each checked-in file, from the workspace root, and what the spec generates now.
const GENERATED: [(&str, &str); 2] = [
    (
        "raw/generated/dis.rs",
        include_str!(concat!(env!("OUT_DIR"), "/dis.rs")),
    ),
    (
        "generated/operations.rs",
        include_str!(concat!(env!("OUT_DIR"), "/operations.rs")),
    ),
];

#[test]
fn checked_in_bindings_match_the_spec() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let update = std::env::var_os("UPDATE_BINDINGS").is_some();
    for (name, fresh) in GENERATED {
        let path = root.join(name);
        if update {
            std::fs::write(&path, fresh)
                .unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
            continue;
        }
        let checked_in = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        assert!(
            checked_in == fresh,
            "{name} is not what spec/dis-v2.yaml generates; regenerate it with \
             `UPDATE_BINDINGS=1 cargo test -p otc-dis-contract --test wire bindings` and commit it"
        );
    }
}
