//! Finding and reading clouds.yaml and secure.yaml, the way openstacksdk finds them, and
//! turning the selected cloud into a layer of settings.
//!
//! The files are read as untyped YAML (openstacksdk's clouds have many keys this client
//! does not use), but every key of the settings table must have the shape the table
//! expects: a misshaped key is reported with the file, the cloud and the key, never
//! ignored, and never quoted (it may be a secret).

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value as Yaml;

use super::settings::{Layer, SPECS};
use crate::error::ConfigError;

/// The standard search: current directory, `$XDG_CONFIG_HOME/openstack`,
/// `~/.config/openstack`, `/etc/openstack`.
pub(super) fn default_dirs(
    env: &HashMap<String, String>,
    current_dir: Option<&Path>,
) -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Some(cwd) = current_dir
        .map(Path::to_path_buf)
        .or_else(|| std::env::current_dir().ok())
    {
        dirs.push(cwd);
    }
    if let Some(xdg) = env.get("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        dirs.push(PathBuf::from(xdg).join("openstack"));
    }
    if let Some(home) = env.get("HOME").filter(|v| !v.is_empty()) {
        dirs.push(PathBuf::from(home).join(".config").join("openstack"));
    }
    dirs.push(PathBuf::from("/etc/openstack"));
    dirs.dedup();
    dirs
}

/// The cloud to read and who asked for it.
pub(super) struct CloudChoice<'a> {
    /// The cloud's name, if any was given.
    pub(super) name: Option<&'a str>,
    /// True when named by `ConfigBuilder::cloud` / `Config::from_cloud`, false for `OS_CLOUD`.
    pub(super) explicit: bool,
}

impl CloudChoice<'_> {
    fn named_by(&self) -> &'static str {
        if self.explicit {
            "Config::from_cloud / ConfigBuilder::cloud"
        } else {
            "OS_CLOUD"
        }
    }
}

/// Reads the chosen cloud of clouds.yaml with secure.yaml merged over it, and notes in
/// `looked_in` which files were found or searched.
pub(super) fn load_cloud(
    env: &HashMap<String, String>,
    dirs: &[PathBuf],
    choice: &CloudChoice<'_>,
    looked_in: &mut Vec<String>,
) -> Result<Layer, ConfigError> {
    let clouds = ConfigFile::find(env, "OS_CLIENT_CONFIG_FILE", "clouds", dirs)?;
    let secure = ConfigFile::find(env, "OS_CLIENT_SECURE_FILE", "secure", dirs)?;
    let available = cloud_names(&[&clouds, &secure]);
    let Some(name) = choice.name else {
        let hint = if available.is_empty() {
            String::new()
        } else {
            format!("; it has: {}", available.join(", "))
        };
        looked_in.push(format!(
            "{} (not read: no cloud selected; set OS_CLOUD or use Config::from_cloud{hint})",
            clouds.describe()
        ));
        looked_in.push(secure.describe());
        return Ok(Layer::default());
    };
    looked_in.push(format!("{} (cloud {name:?})", clouds.describe()));
    looked_in.push(secure.describe());
    let fail = |message: String| ConfigError::new(message).with_looked_in(looked_in.clone());
    let in_clouds = clouds.cloud(name).map_err(fail)?;
    let in_secure = secure.cloud(name).map_err(fail)?;
    if in_clouds.is_none() && in_secure.is_none() {
        return Err(fail(cloud_not_found(
            name,
            choice,
            &[&clouds, &secure],
            &available,
        )));
    }
    let mut entry = in_clouds.cloned().unwrap_or(Yaml::Null);
    if let Some(overlay) = in_secure {
        deep_merge(&mut entry, overlay.clone());
    }
    Ok(cloud_layer(&entry, name, |path| {
        // secure.yaml is merged over clouds.yaml: a key it sets came from it.
        let file = match in_secure.and_then(|s| yaml_text(s, path)) {
            Some(_) => &secure,
            None => &clouds,
        };
        file.name()
    }))
}

/// Why cloud `name` was not found: no files, or files without it.
fn cloud_not_found(
    name: &str,
    choice: &CloudChoice<'_>,
    files: &[&ConfigFile],
    available: &[String],
) -> String {
    let by = choice.named_by();
    if files.iter().all(|f| f.path.is_none()) {
        return format!(
            "cloud {name:?} was requested by {by}, but no clouds.yaml or secure.yaml was found"
        );
    }
    let defined = if available.is_empty() {
        "no clouds".to_owned()
    } else {
        format!("only: {}", available.join(", "))
    };
    format!("cloud {name:?} was requested by {by}, but the files define {defined}")
}

/// One of the two files: where it was found (if anywhere), what it holds, where it was
/// searched.
struct ConfigFile {
    stem: &'static str,
    path: Option<PathBuf>,
    document: Yaml,
    searched: Vec<String>,
}

impl ConfigFile {
    /// The first existing file: the override variable's, then `stem.{yaml,yml,json}` in
    /// `dirs`, read.
    fn find(
        env: &HashMap<String, String>,
        var: &str,
        stem: &'static str,
        dirs: &[PathBuf],
    ) -> Result<Self, ConfigError> {
        let mut candidates = Vec::new();
        let mut searched = Vec::new();
        if let Some(path) = env.get(var).filter(|v| !v.is_empty()) {
            candidates.push(PathBuf::from(path));
            searched.push(format!("{path} ({var})"));
        }
        for dir in dirs {
            for ext in ["yaml", "yml", "json"] {
                candidates.push(dir.join(format!("{stem}.{ext}")));
            }
            searched.push(format!("{}/{stem}.{{yaml,yml,json}}", dir.display()));
        }
        let path = candidates.into_iter().find(|p| p.is_file());
        let document = match &path {
            Some(path) => read_yaml(path)?,
            None => Yaml::Null,
        };
        Ok(Self {
            stem,
            path,
            document,
            searched,
        })
    }

    /// `clouds.yaml: /path` or `clouds.yaml: none found (searched ...)`.
    fn describe(&self) -> String {
        match &self.path {
            Some(path) => format!("{}.yaml: {}", self.stem, path.display()),
            None => format!(
                "{}.yaml: none found (searched {})",
                self.stem,
                self.searched.join(", ")
            ),
        }
    }

    fn name(&self) -> String {
        match &self.path {
            Some(path) => path.display().to_string(),
            None => format!("{}.yaml", self.stem),
        }
    }

    /// The document is empty or a map, and its `clouds` (if any) a map of clouds.
    fn check_top_level(&self) -> Result<(), String> {
        let problem = match &self.document {
            Yaml::Null => return Ok(()),
            Yaml::Object(map) => match map.get("clouds") {
                None | Some(Yaml::Null | Yaml::Object(_)) => return Ok(()),
                Some(other) => format!(
                    "`clouds` must be a map of cloud names to their settings, found {}",
                    kind(other)
                ),
            },
            other => format!(
                "the file must be a map with the key `clouds`, found {}",
                kind(other)
            ),
        };
        Err(format!("{}: {problem}", self.name()))
    }

    fn clouds(&self) -> Option<&serde_json::Map<String, Yaml>> {
        self.document.get("clouds").and_then(Yaml::as_object)
    }

    /// The entry of cloud `name`, checked against the settings table (and the file at its
    /// top level).
    fn cloud(&self, name: &str) -> Result<Option<&Yaml>, String> {
        self.check_top_level()?;
        let Some(entry) = self.clouds().and_then(|c| c.get(name)) else {
            return Ok(None);
        };
        check_cloud(entry)
            .map_err(|problem| format!("{}: cloud {name:?}: {problem}", self.name()))?;
        Ok(Some(entry))
    }
}

/// The cloud names of the files, sorted, each once.
fn cloud_names(files: &[&ConfigFile]) -> Vec<String> {
    let mut names: Vec<String> = files
        .iter()
        .filter_map(|f| f.clouds())
        .flat_map(|c| c.keys().cloned())
        .collect();
    names.sort();
    names.dedup();
    names
}

fn read_yaml(path: &Path) -> Result<Yaml, ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError::new(format!("cannot read {}: {e}", path.display())))?;
    if text.trim().is_empty() {
        return Ok(Yaml::Null);
    }
    serde_saphyr::from_str::<Yaml>(&text).map_err(|e| {
        // Only the first line: the parser's later lines quote the file, which may hold secrets.
        let text = e.to_string();
        let first = text
            .lines()
            .next()
            .unwrap_or_default()
            .trim_start_matches("error: ");
        ConfigError::new(format!("{} is not valid YAML: {first}", path.display()))
    })
}

/// Words for the kind of a YAML value, for messages that must not quote it.
fn kind(value: &Yaml) -> &'static str {
    match value {
        Yaml::Null => "nothing",
        Yaml::Bool(_) => "true/false",
        Yaml::Number(_) => "a number",
        Yaml::String(_) => "a string",
        Yaml::Array(_) => "a list",
        Yaml::Object(_) => "a map",
    }
}

/// Checks that every key of the settings table has the expected shape in `cloud`: the
/// cloud and `auth` are maps, `regions` a list of names or `{name: ...}`, every other key
/// a string (or a number or true/false, read as text).
fn check_cloud(cloud: &Yaml) -> Result<(), String> {
    if !cloud.is_object() {
        return Err(format!(
            "the cloud must be a map of settings, found {}",
            kind(cloud)
        ));
    }
    if let Some(auth) = cloud.get("auth").filter(|a| !a.is_null() && !a.is_object()) {
        return Err(format!(
            "`auth` must be a map of settings (auth_url, username, password, ...), found {}",
            kind(auth)
        ));
    }
    for path in SPECS.iter().flat_map(|s| s.yaml.iter().copied()) {
        let Some(node) = lookup(cloud, path) else {
            continue;
        };
        let problem = if path == "regions" {
            check_regions(node)
        } else {
            check_scalar(node)
        };
        if let Some(problem) = problem {
            return Err(format!("`{path}` {problem}"));
        }
    }
    Ok(())
}

fn check_scalar(node: &Yaml) -> Option<String> {
    match node {
        Yaml::Array(_) | Yaml::Object(_) => Some(format!("must be a string, found {}", kind(node))),
        _ => None,
    }
}

fn check_regions(node: &Yaml) -> Option<String> {
    let expected = "must be a list of region names (or of maps with a `name`)";
    match node {
        Yaml::Null => None,
        Yaml::Array(items) => match items.first() {
            None | Some(Yaml::String(_)) => None,
            Some(Yaml::Object(first)) if first.get("name").is_some_and(Yaml::is_string) => None,
            Some(first) => Some(format!("{expected}; its first entry is {}", kind(first))),
        },
        other => Some(format!("{expected}, found {}", kind(other))),
    }
}

/// The node at a dotted path.
fn lookup<'a>(cloud: &'a Yaml, path: &str) -> Option<&'a Yaml> {
    path.split('.').try_fold(cloud, |node, part| node.get(part))
}

/// The settings of a checked cloud entry; `file_of(path)` names the file a key came from.
fn cloud_layer(entry: &Yaml, cloud: &str, file_of: impl Fn(&str) -> String) -> Layer {
    let mut layer = Layer::default();
    for spec in SPECS {
        let found = spec
            .yaml
            .iter()
            .find_map(|path| yaml_text(entry, path).map(|text| (*path, text)));
        if let Some((path, text)) = found {
            let file = file_of(path);
            layer.set(
                spec.key,
                text,
                format!("`{path}` of cloud {cloud:?} in {file}"),
            );
        }
    }
    layer
}

/// The text at a dotted path of a cloud: strings, numbers and booleans; for `regions`, the
/// first entry (a name or `{name: ...}`).
fn yaml_text(cloud: &Yaml, path: &str) -> Option<String> {
    let mut node = lookup(cloud, path)?;
    if path == "regions" {
        node = node.as_array()?.first()?;
        if let Some(name) = node.get("name") {
            node = name;
        }
    }
    match node {
        Yaml::String(s) => Some(s.clone()),
        Yaml::Number(n) => Some(n.to_string()),
        Yaml::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// `overlay` merged into `base`: maps key by key, anything else replaced.
fn deep_merge(base: &mut Yaml, overlay: Yaml) {
    match (base, overlay) {
        (Yaml::Object(base), Yaml::Object(overlay)) => {
            for (key, value) in overlay {
                deep_merge(base.entry(key).or_insert(Yaml::Null), value);
            }
        }
        (base, overlay) if !overlay.is_null() => *base = overlay,
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secure_yaml_merges_key_by_key() {
        let mut base = serde_json::json!({"auth": {"username": "u", "password": "old"}, "region_name": "eu-de"});
        deep_merge(
            &mut base,
            serde_json::json!({"auth": {"password": "new", "user_id": null}}),
        );
        assert_eq!(
            base,
            serde_json::json!({"auth": {"username": "u", "password": "new", "user_id": null}, "region_name": "eu-de"})
        );
    }

    #[test]
    fn yaml_numbers_and_region_lists_become_text() {
        let cloud = serde_json::json!({"auth": {"project_id": 1234}, "regions": [{"name": "eu-nl"}, "eu-de"]});
        assert_eq!(
            yaml_text(&cloud, "auth.project_id").as_deref(),
            Some("1234")
        );
        assert_eq!(yaml_text(&cloud, "regions").as_deref(), Some("eu-nl"));
    }

    #[test]
    fn misshaped_keys_are_named_without_their_value() {
        let cases = [
            (
                serde_json::json!("x"),
                "the cloud must be a map of settings, found a string",
            ),
            (
                serde_json::json!({"auth": "secret-ish"}),
                "`auth` must be a map of settings (auth_url, username, password, ...), found a string",
            ),
            (serde_json::json!({"auth": ["a"]}), "`auth` must be a map"),
            (serde_json::json!({"auth": 7}), "found a number"),
            (
                serde_json::json!({"auth": {"password": ["secret-ish"]}}),
                "`auth.password` must be a string, found a list",
            ),
            (
                serde_json::json!({"region_name": {"name": "eu-de"}}),
                "`region_name` must be a string, found a map",
            ),
            (
                serde_json::json!({"regions": "eu-de"}),
                "`regions` must be a list of region names (or of maps with a `name`), found a string",
            ),
            (
                serde_json::json!({"regions": [["eu-de"]]}),
                "its first entry is a list",
            ),
            (
                serde_json::json!({"sk": {"v": "secret-ish"}}),
                "`sk` must be a string, found a map",
            ),
        ];
        for (cloud, expected) in cases {
            let problem = check_cloud(&cloud).unwrap_err();
            assert!(problem.contains(expected), "{cloud}: {problem}");
            assert!(!problem.contains("secret-ish"), "{problem}");
        }
        let fine = serde_json::json!({"auth": {"project_id": 12, "password": null}, "regions": [{"name": "eu-de"}], "other_tool": {"x": [1]}});
        assert_eq!(check_cloud(&fine), Ok(()));
        assert_eq!(check_cloud(&serde_json::json!({"auth": null})), Ok(()));
    }
}
