//! The public surface of otc-dis in one place: this test reads `src/` with `syn`, lists
//! every public item (modules, types, functions, constants, fields, variants, public
//! methods, trait impls and derives of public types, and the invocations of the crate's
//! own macros, which can add methods and impls) and compares the sorted list with
//! `tests/fixtures/public-api.txt`.
//!
//! Public items are found by following `pub mod` and `pub use` from `src/lib.rs`; impl
//! blocks anywhere in the crate count when their type is public. The generated bindings
//! (`raw`, `types`) are one line each: they follow the spec, which has tests of its own.
//! After an intended change, update the list with
//! `UPDATE_PUBLIC_API=1 cargo test -p otc-dis --test public_api`.

use std::{
    collections::{BTreeMap, BTreeSet},
    path::{Path, PathBuf},
};

use syn::{
    Attribute, Fields, FnArg, ImplItem, Item, ItemFn, ItemType, Signature, Type, UseTree,
    Visibility, punctuated::Punctuated,
};

const FIXTURE: &str = "tests/fixtures/public-api.txt";
const UPDATE_VAR: &str = "UPDATE_PUBLIC_API";

#[test]
fn the_public_api_is_the_listed_one() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let listed = Crate::load(&root.join("src")).public_api().join("\n") + "\n";
    let fixture = root.join(FIXTURE);
    if std::env::var_os(UPDATE_VAR).is_some() {
        std::fs::write(&fixture, &listed).expect("write the public API list");
        return;
    }
    let expected = std::fs::read_to_string(&fixture).unwrap_or_default();
    if expected == listed {
        return;
    }
    let (old, new): (BTreeSet<&str>, BTreeSet<&str>) =
        (expected.lines().collect(), listed.lines().collect());
    let removed = old.difference(&new).map(|line| format!("- {line}"));
    let added = new.difference(&old).map(|line| format!("+ {line}"));
    panic!(
        "the public API differs from {FIXTURE} (- listed there but no longer public, \
         + public but not listed):\n{}\n\nIf the change is intended, run\n    \
         {UPDATE_VAR}=1 cargo test -p otc-dis --test public_api\nand commit {FIXTURE} with it.",
        removed.chain(added).collect::<Vec<_>>().join("\n")
    );
}

/// A module of the crate, by its path from the crate root (`[]` for `lib.rs`).
struct Module {
    items: Vec<Item>,
    /// An inline module whose content is `include!`d generated code.
    generated: bool,
    /// `cfg(...)` conditions under which the module is compiled.
    cfg: Vec<String>,
}

struct Crate {
    modules: BTreeMap<Vec<String>, Module>,
    /// Names of the crate's `macro_rules!` macros.
    macros: BTreeSet<String>,
}

/// What a path names.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Target {
    /// An item defined in `module` under `ident`.
    Def {
        module: Vec<String>,
        ident: String,
    },
    Module(Vec<String>),
    /// Something in the generated bindings.
    Generated(String),
    /// Something of another crate.
    External(String),
}

/// A public path and what it names.
struct Export {
    path: String,
    target: Target,
    cfg: Vec<String>,
    /// Reached through `pub use` rather than defined or declared at `path`.
    reexport: bool,
}

impl Crate {
    fn load(src: &Path) -> Self {
        let mut krate = Crate {
            modules: BTreeMap::new(),
            macros: BTreeSet::new(),
        };
        krate.load_file(Vec::new(), &src.join("lib.rs"), src, Vec::new());
        krate
    }

    fn load_file(&mut self, path: Vec<String>, file: &Path, dir: &Path, cfg: Vec<String>) {
        let text = std::fs::read_to_string(file)
            .unwrap_or_else(|e| panic!("read {}: {e}", file.display()));
        let parsed =
            syn::parse_file(&text).unwrap_or_else(|e| panic!("parse {}: {e}", file.display()));
        self.load_items(path, parsed.items, dir, cfg);
    }

    fn load_items(&mut self, path: Vec<String>, items: Vec<Item>, dir: &Path, cfg: Vec<String>) {
        let items: Vec<Item> = items
            .into_iter()
            .filter(|item| !is_test_only(attrs_of(item)))
            .collect();
        for item in &items {
            match item {
                Item::Macro(m) if m.ident.is_some() => {
                    self.macros.insert(m.ident.as_ref().unwrap().to_string());
                }
                Item::Mod(m) => {
                    let mut child = path.clone();
                    child.push(m.ident.to_string());
                    let mut child_cfg = cfg.clone();
                    child_cfg.extend(cfgs(&m.attrs));
                    if let Some(loaded) = self.modules.get_mut(&child) {
                        // The same file declared again under other conditions: it is
                        // compiled under either, so only the parent's conditions hold.
                        if loaded.cfg != child_cfg {
                            loaded.cfg = cfg.clone();
                        }
                        continue;
                    }
                    let child_dir = dir.join(m.ident.to_string());
                    match &m.content {
                        Some((_, inline)) if is_include(inline) => {
                            self.modules.insert(
                                child,
                                Module {
                                    items: Vec::new(),
                                    generated: true,
                                    cfg: child_cfg,
                                },
                            );
                        }
                        Some((_, inline)) => {
                            self.load_items(child, inline.clone(), &child_dir, child_cfg)
                        }
                        None => {
                            let flat = dir.join(format!("{}.rs", m.ident));
                            let file = if flat.exists() {
                                flat
                            } else {
                                child_dir.join("mod.rs")
                            };
                            self.load_file(child, &file, &child_dir, child_cfg);
                        }
                    }
                }
                _ => {}
            }
        }
        self.modules.insert(
            path,
            Module {
                items,
                generated: false,
                cfg,
            },
        );
    }

    fn module(&self, path: &[String]) -> &Module {
        &self.modules[path]
    }

    /// Resolves `segments` as a `use` path written in `from`; `None` when it names nothing
    /// the crate knows and does not start with another crate's name either.
    fn resolve(&self, from: &[String], segments: &[String], depth: usize) -> Option<Target> {
        assert!(depth < 32, "`use` cycle resolving {segments:?} in {from:?}");
        let mut module = from.to_vec();
        let mut rest = segments;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                module.clear();
                rest = &rest[1..];
            }
            Some("self") => rest = &rest[1..],
            _ => {}
        }
        while rest.first().map(String::as_str) == Some("super") {
            module.pop();
            rest = &rest[1..];
        }
        if rest.is_empty() {
            return Some(Target::Module(module));
        }
        for (i, name) in rest.iter().enumerate() {
            let tail = &rest[i + 1..];
            let found = match self.lookup(&module, name) {
                Some(found) => found,
                None if i == 0 && !matches!(segments[0].as_str(), "crate" | "self" | "super") => {
                    return Some(Target::External(segments.join("::")));
                }
                None => return None,
            };
            let found = match found {
                Lookup::Target(target) => target,
                Lookup::Use(path) => self.resolve(&module, &path, depth + 1)?,
            };
            let extend = |path: String| {
                std::iter::once(path)
                    .chain(tail.iter().cloned())
                    .collect::<Vec<_>>()
                    .join("::")
            };
            match found {
                Target::Module(next) if self.modules[&next].generated => {
                    return Some(Target::Generated(extend(next.join("::"))));
                }
                Target::Module(next) if !tail.is_empty() => module = next,
                Target::Generated(path) => return Some(Target::Generated(extend(path))),
                Target::External(path) => return Some(Target::External(extend(path))),
                other => return tail.is_empty().then_some(other),
            }
        }
        None
    }

    fn lookup(&self, module: &[String], name: &str) -> Option<Lookup> {
        let items = &self.modules.get(module)?.items;
        for item in items {
            match item {
                Item::Mod(m) if m.ident == name => {
                    let mut child = module.to_vec();
                    child.push(name.to_owned());
                    return Some(Lookup::Target(Target::Module(child)));
                }
                Item::ExternCrate(e)
                    if e.ident == "self" && e.rename.as_ref().is_some_and(|(_, r)| r == name) =>
                {
                    return Some(Lookup::Target(Target::Module(Vec::new())));
                }
                _ if defined_name(item).as_deref() == Some(name) => {
                    return Some(Lookup::Target(Target::Def {
                        module: module.to_vec(),
                        ident: name.to_owned(),
                    }));
                }
                _ => {}
            }
        }
        items.iter().find_map(|item| match item {
            Item::Use(u) => use_leaves(&u.tree)
                .into_iter()
                .find(|(_, visible)| visible == name)
                .map(|(path, _)| Lookup::Use(path)),
            _ => None,
        })
    }

    fn item(&self, module: &[String], ident: &str) -> &Item {
        self.module(module)
            .items
            .iter()
            .find(|item| defined_name(item).as_deref() == Some(ident))
            .expect("resolved items exist")
    }

    /// Every public path, from `pub mod` and `pub use` starting at the crate root, with
    /// the conditions of the `pub mod` declarations on the way (`reached_under`).
    fn exports(
        &self,
        module: &[String],
        prefix: &str,
        reached_under: &[String],
        out: &mut Vec<Export>,
    ) {
        for item in &self.module(module).items {
            if !matches!(visibility(item), Some(Visibility::Public(_))) {
                continue;
            }
            let mut cfg = reached_under.to_vec();
            cfg.extend(cfgs(attrs_of(item)));
            match item {
                Item::Mod(m) => {
                    let mut child = module.to_vec();
                    child.push(m.ident.to_string());
                    let path = format!("{prefix}::{}", m.ident);
                    if self.modules[&child].generated {
                        out.push(Export {
                            path,
                            target: Target::Generated(child.join("::")),
                            cfg,
                            reexport: false,
                        });
                    } else {
                        self.exports(&child, &path, &cfg, out);
                        out.push(Export {
                            path,
                            target: Target::Module(child),
                            cfg,
                            reexport: false,
                        });
                    }
                }
                Item::Use(u) => {
                    for (segments, visible) in use_leaves(&u.tree) {
                        assert_ne!(visible, "*", "glob re-exports are not supported here");
                        let target = self.resolve(module, &segments, 0).unwrap_or_else(|| {
                            panic!("cannot resolve `pub use {}`", segments.join("::"))
                        });
                        out.push(Export {
                            path: format!("{prefix}::{visible}"),
                            target,
                            cfg: cfg.clone(),
                            reexport: true,
                        });
                    }
                }
                _ => {
                    if let Some(ident) = defined_name(item) {
                        out.push(Export {
                            path: format!("{prefix}::{ident}"),
                            target: Target::Def {
                                module: module.to_vec(),
                                ident,
                            },
                            cfg,
                            reexport: false,
                        });
                    }
                }
            }
        }
    }

    fn public_api(&self) -> Vec<String> {
        let mut exports = Vec::new();
        self.exports(&[], "otc_dis", &[], &mut exports);
        // A definition reachable under several paths is described under the shortest.
        let mut canonical: BTreeMap<Target, String> = BTreeMap::new();
        for export in &exports {
            let entry = canonical
                .entry(export.target.clone())
                .or_insert_with(|| export.path.clone());
            if (export.path.len(), &export.path) < (entry.len(), entry) {
                *entry = export.path.clone();
            }
        }
        let mut lines = BTreeSet::new();
        for export in &exports {
            let suffix = cfg_suffix(&export.cfg);
            let line = match &export.target {
                Target::Def { module, ident } if canonical[&export.target] == export.path => {
                    let item = self.item(module, ident);
                    for line in describe(item, &export.path) {
                        lines.insert(line + &suffix);
                    }
                    continue;
                }
                Target::Module(_) if !export.reexport => format!("mod {}", export.path),
                Target::Generated(_) if !export.reexport => {
                    format!("mod {} (generated from spec/dis-v2.yaml)", export.path)
                }
                Target::Generated(path) => format!("use {} = generated {path}", export.path),
                Target::External(path) => format!("use {} = external {path}", export.path),
                Target::Def { .. } => {
                    format!("use {} = {}", export.path, canonical[&export.target])
                }
                Target::Module(path) => {
                    format!("use {} = otc_dis::{}", export.path, path.join("::"))
                }
            };
            lines.insert(line + &suffix);
        }
        self.impls(&canonical, &mut lines);
        lines.into_iter().collect()
    }

    /// Public methods and trait impls of public types, from impl blocks anywhere in the
    /// crate, and the invocations of the crate's own macros.
    fn impls(&self, canonical: &BTreeMap<Target, String>, lines: &mut BTreeSet<String>) {
        for (module, m) in &self.modules {
            let suffix = cfg_suffix(&m.cfg);
            for item in &m.items {
                match item {
                    Item::Impl(block) => {
                        let Some(owner) = self.public_type(module, &block.self_ty, canonical)
                        else {
                            continue;
                        };
                        match &block.trait_ {
                            Some((trait_path, _)) => {
                                // Impls of the crate's private traits are not public.
                                let public_trait =
                                    match self.resolve(module, &path_segments(trait_path), 0) {
                                        Some(def @ Target::Def { .. }) => {
                                            canonical.contains_key(&def)
                                        }
                                        _ => true,
                                    };
                                if public_trait {
                                    let name = trait_path.segments.last().unwrap();
                                    let name = rendered_path_segment(name);
                                    lines.insert(format!("impl {name} for {owner}{suffix}"));
                                }
                            }
                            None => self.inherent(&block.items, &owner, &suffix, lines),
                        }
                    }
                    Item::Macro(m) if m.ident.is_none() => {
                        if let Some(line) = self.macro_call(&m.mac, "") {
                            lines.insert(line + &suffix);
                        }
                    }
                    _ => {}
                }
            }
        }
    }

    fn inherent(
        &self,
        items: &[ImplItem],
        owner: &str,
        suffix: &str,
        lines: &mut BTreeSet<String>,
    ) {
        for item in items {
            match item {
                ImplItem::Fn(f) if matches!(f.vis, Visibility::Public(_)) => {
                    let path = format!("{owner}::{}", f.sig.ident);
                    let attributes = item_attributes(&f.attrs);
                    lines.insert(signature(&f.sig, &path) + &attributes + suffix);
                }
                ImplItem::Const(c) if matches!(c.vis, Visibility::Public(_)) => {
                    lines.insert(format!("const {owner}::{}: {}{suffix}", c.ident, ty(&c.ty)));
                }
                ImplItem::Macro(m) => {
                    if let Some(line) = self.macro_call(&m.mac, &format!(" in impl {owner}")) {
                        lines.insert(line + suffix);
                    }
                }
                _ => {}
            }
        }
    }

    /// The canonical path of the public type `ty` names in `module`, if it is one.
    fn public_type(
        &self,
        module: &[String],
        ty: &Type,
        canonical: &BTreeMap<Target, String>,
    ) -> Option<String> {
        let Type::Path(path) = ty else { return None };
        let segments = path_segments(&path.path);
        let target = self.resolve(module, &segments, 0)?;
        canonical.get(&target).cloned()
    }

    /// `macro name!(...)` for an invocation of one of the crate's own macros, with doc
    /// comments left out.
    fn macro_call(&self, mac: &syn::Macro, context: &str) -> Option<String> {
        let name = mac.path.segments.last()?.ident.to_string();
        if !self.macros.contains(&name) {
            return None;
        }
        let tokens = without_doc_attributes(mac.tokens.clone()).to_string();
        // `TokenStream`'s `Display` spaces out paths and generics: `types :: X`, `Vec < u8 >`.
        let tokens = collapse(&tokens)
            .replace(" :: ", "::")
            .replace(" < ", "<")
            .replace(" >", ">");
        Some(format!("macro {name}!({tokens}){context}"))
    }
}

/// The lines of one public definition and its fields or variants.
fn describe(item: &Item, path: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let attributes = item_attributes(attrs_of(item));
    match item {
        Item::Struct(s) => {
            lines.push(format!(
                "struct {path}{}{attributes}",
                generics(&s.generics)
            ));
            for (i, field) in s.fields.iter().enumerate() {
                if matches!(field.vis, Visibility::Public(_)) {
                    let name = field
                        .ident
                        .as_ref()
                        .map_or(i.to_string(), ToString::to_string);
                    lines.push(format!("field {path}::{name}: {}", ty(&field.ty)));
                }
            }
        }
        Item::Enum(e) => {
            lines.push(format!("enum {path}{}{attributes}", generics(&e.generics)));
            for variant in &e.variants {
                let fields = match &variant.fields {
                    Fields::Unit => String::new(),
                    Fields::Unnamed(f) => format!(
                        "({})",
                        f.unnamed
                            .iter()
                            .map(|f| ty(&f.ty))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    Fields::Named(f) => format!(
                        " {{ {} }}",
                        f.named
                            .iter()
                            .map(|f| format!("{}: {}", f.ident.as_ref().unwrap(), ty(&f.ty)))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                lines.push(format!("variant {path}::{}{fields}", variant.ident));
            }
        }
        Item::Fn(f) => {
            lines.push(signature(&f.sig, path) + &attributes);
        }
        Item::Const(c) => {
            lines.push(format!("const {path}: {}{attributes}", ty(&c.ty)));
        }
        Item::Static(s) => {
            lines.push(format!("static {path}: {}{attributes}", ty(&s.ty)));
        }
        Item::Type(t) => {
            let generics = generics(&t.generics);
            lines.push(format!("type {path}{generics} = {}{attributes}", ty(&t.ty)));
        }
        Item::Trait(t) => {
            lines.push(format!("trait {path}{}{attributes}", generics(&t.generics)));
        }
        _ => panic!("{path}: a kind of public item this test does not describe yet"),
    }
    lines
}

enum Lookup {
    Target(Target),
    /// A `use` of this path (as written in the module that has it).
    Use(Vec<String>),
}

fn attrs_of(item: &Item) -> &[Attribute] {
    match item {
        Item::Const(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::ExternCrate(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::ForeignMod(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Macro(i) => &i.attrs,
        Item::Mod(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        Item::TraitAlias(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Union(i) => &i.attrs,
        Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

fn visibility(item: &Item) -> Option<&Visibility> {
    Some(match item {
        Item::Const(i) => &i.vis,
        Item::Enum(i) => &i.vis,
        Item::Fn(i) => &i.vis,
        Item::Mod(i) => &i.vis,
        Item::Static(i) => &i.vis,
        Item::Struct(i) => &i.vis,
        Item::Trait(i) => &i.vis,
        Item::Type(i) => &i.vis,
        Item::Union(i) => &i.vis,
        Item::Use(i) => &i.vis,
        _ => return None,
    })
}

/// The name an item defines in its module (types, functions, constants, macros).
fn defined_name(item: &Item) -> Option<String> {
    let ident = match item {
        Item::Const(i) => &i.ident,
        Item::Enum(i) => &i.ident,
        Item::Fn(i) => &i.sig.ident,
        Item::Static(i) => &i.ident,
        Item::Struct(i) => &i.ident,
        Item::Trait(i) => &i.ident,
        Item::Type(i) => &i.ident,
        Item::Union(i) => &i.ident,
        Item::Macro(i) => i.ident.as_ref()?,
        _ => return None,
    };
    Some(ident.to_string())
}

/// `(path, visible name)` of each name a `use` tree brings in; `*` for a glob.
fn use_leaves(tree: &UseTree) -> Vec<(Vec<String>, String)> {
    fn walk(tree: &UseTree, prefix: &mut Vec<String>, out: &mut Vec<(Vec<String>, String)>) {
        match tree {
            UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                walk(&p.tree, prefix, out);
                prefix.pop();
            }
            UseTree::Name(n) if n.ident == "self" => {
                out.push((prefix.clone(), prefix.last().cloned().unwrap_or_default()));
            }
            UseTree::Name(n) => {
                let mut path = prefix.clone();
                path.push(n.ident.to_string());
                out.push((path, n.ident.to_string()));
            }
            UseTree::Rename(r) => {
                let mut path = prefix.clone();
                path.push(r.ident.to_string());
                out.push((path, r.rename.to_string()));
            }
            UseTree::Glob(_) => out.push((prefix.clone(), "*".to_owned())),
            UseTree::Group(g) => g.items.iter().for_each(|tree| walk(tree, prefix, out)),
        }
    }
    let mut out = Vec::new();
    walk(tree, &mut Vec::new(), &mut out);
    out
}

fn path_segments(path: &syn::Path) -> Vec<String> {
    path.segments.iter().map(|s| s.ident.to_string()).collect()
}

fn is_include(items: &[Item]) -> bool {
    matches!(items, [Item::Macro(m)] if m.mac.path.is_ident("include"))
}

fn is_test_only(attrs: &[Attribute]) -> bool {
    cfgs(attrs).iter().any(|cfg| cfg == "cfg(test)")
}

/// The `cfg(...)` attributes, as written.
fn cfgs(attrs: &[Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|attr| attr.path().is_ident("cfg"))
        .filter_map(|attr| match &attr.meta {
            syn::Meta::List(list) => Some(format!("cfg({})", collapse(&list.tokens.to_string()))),
            _ => None,
        })
        .collect()
}

/// The conditions as attributes, each once.
fn cfg_suffix(cfg: &[String]) -> String {
    let unique: BTreeSet<&String> = cfg.iter().collect();
    unique.into_iter().map(|c| format!(" #[{c}]")).collect()
}

/// Derives, `#[non_exhaustive]` and `#[doc(alias)]`, which are part of what users rely on.
fn item_attributes(attrs: &[Attribute]) -> String {
    let mut out = String::new();
    let mut derives = BTreeSet::new();
    for attr in attrs {
        if attr.path().is_ident("derive") {
            let paths = attr
                .parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
                .expect("derive lists paths");
            derives.extend(
                paths
                    .iter()
                    .map(|p| p.segments.last().unwrap().ident.to_string()),
            );
        } else if attr.path().is_ident("non_exhaustive") {
            out.push_str(" #[non_exhaustive]");
        } else if let syn::Meta::List(list) = &attr.meta
            && attr.path().is_ident("doc")
            && list.tokens.to_string().starts_with("alias")
        {
            out.push_str(&format!(" #[doc({})]", collapse(&list.tokens.to_string())));
        }
    }
    if !derives.is_empty() {
        let derives: Vec<_> = derives.into_iter().collect();
        out.insert_str(0, &format!(" #[derive({})]", derives.join(", ")));
    }
    out
}

/// A type as rustfmt would write it.
fn ty(ty: &Type) -> String {
    let mut item: ItemType = syn::parse_str("type T = ();").unwrap();
    *item.ty = ty.clone();
    let text = unparse(Item::Type(item));
    text.trim_start_matches("type T = ")
        .trim_end_matches(';')
        .to_owned()
}

fn generics(generics: &syn::Generics) -> String {
    if generics.params.is_empty() {
        return String::new();
    }
    let mut item: ItemFn = syn::parse_str("fn f() {}").unwrap();
    item.sig.generics = generics.clone();
    item.sig.generics.where_clause = None;
    let text = unparse(Item::Fn(item));
    text.trim_start_matches("fn f")
        .split_once("()")
        .map(|(params, _)| params.to_owned())
        .unwrap_or_default()
}

/// `[async ]fn <path><generics>(<inputs>) -> <output>`, without attributes or body.
fn signature(sig: &Signature, path: &str) -> String {
    let mut item: ItemFn = syn::parse_str("fn f() {}").unwrap();
    item.sig = sig.clone();
    for input in item.sig.inputs.iter_mut() {
        if let FnArg::Typed(arg) = input {
            arg.attrs.clear();
        }
    }
    let text = unparse(Item::Fn(item));
    let text = text.trim_end().trim_end_matches("{}").trim_end();
    let name = format!("fn {}", sig.ident);
    text.replacen(&name, &format!("fn {path}"), 1)
}

/// A trait's last path segment with its arguments (`From<Bytes>`, `Display`).
fn rendered_path_segment(segment: &syn::PathSegment) -> String {
    ty(&Type::Path(syn::TypePath {
        attrs: Vec::new(),
        qself: None,
        path: syn::Path::from(segment.clone()),
    }))
}

/// prettyplease's rendering of one item, on one line.
fn unparse(item: Item) -> String {
    let file = syn::File {
        shebang: None,
        frontmatter: None,
        attrs: Vec::new(),
        items: vec![item],
    };
    collapse(&prettyplease::unparse(&file))
}

/// Whitespace collapsed, and the spacing `TokenStream`'s `Display` and line breaks add
/// inside brackets removed.
fn collapse(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .replace("( ", "(")
        .replace(", )", ")")
        .replace(" )", ")")
        .replace(" ,", ",")
        .replace("{ }", "{}")
}

fn without_doc_attributes(tokens: proc_macro2::TokenStream) -> proc_macro2::TokenStream {
    use proc_macro2::{Delimiter, TokenTree};
    let mut out = Vec::new();
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        let is_doc = |next: Option<&TokenTree>| {
            matches!(next, Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket
                && g.stream().into_iter().next().is_some_and(|t| t.to_string() == "doc"))
        };
        match &tree {
            TokenTree::Punct(p) if p.as_char() == '#' && is_doc(trees.peek()) => {
                trees.next();
            }
            TokenTree::Group(g) => {
                let inner = without_doc_attributes(g.stream());
                out.push(TokenTree::Group(proc_macro2::Group::new(
                    g.delimiter(),
                    inner,
                )));
            }
            _ => out.push(tree),
        }
    }
    out.into_iter().collect()
}
