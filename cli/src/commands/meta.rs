//! `dis completion` and `dis docs`.

use std::fmt::Write as _;
use std::io::Write;

use clap::CommandFactory;

use crate::args::Cli;
use crate::errors::CliResult;

pub fn completion(shell: clap_complete::Shell) -> CliResult {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "dis", &mut out);
    std::io::stdout().lock().write_all(&out)?;
    Ok(())
}

/// Every command with its arguments and help, depth first: reviewed as a golden file, so a
/// changed flag or help text shows in the diff.
pub fn docs() -> CliResult {
    let mut text = String::new();
    describe(&Cli::command(), "", &mut text);
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}

fn describe(command: &clap::Command, parent: &str, text: &mut String) {
    let path = if parent.is_empty() {
        command.get_name().to_owned()
    } else {
        format!("{parent} {}", command.get_name())
    };
    let about = command
        .get_about()
        .map(|a| a.to_string())
        .unwrap_or_default();
    let _ = writeln!(text, "## {path}\n{about}");
    let aliases: Vec<&str> = command.get_all_aliases().collect();
    if !aliases.is_empty() {
        let _ = writeln!(text, "  aliases: {}", aliases.join(", "));
    }
    for arg in command.get_arguments() {
        if arg.get_id() == "help" || arg.get_id() == "version" {
            continue;
        }
        let name = match (arg.get_short(), arg.get_long()) {
            (Some(s), Some(l)) => format!("-{s}, --{l}"),
            (None, Some(l)) => format!("--{l}"),
            (Some(s), None) => format!("-{s}"),
            (None, None) => format!("<{}>", arg.get_id()),
        };
        let mut flags = Vec::new();
        if arg.is_required_set() {
            flags.push("required".to_owned());
        }
        if arg.is_global_set() {
            flags.push("global".to_owned());
        }
        if arg.is_hide_set() {
            flags.push("hidden".to_owned());
        }
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().escape_debug().to_string())
            .collect();
        if !defaults.is_empty() {
            flags.push(format!("default {}", defaults.join(",")));
        }
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .map(|v| v.get_name().to_owned())
            .collect();
        if !values.is_empty() && arg.get_action().takes_values() {
            flags.push(format!("one of {}", values.join("|")));
        }
        let aliases: Vec<&str> = arg.get_all_aliases().unwrap_or_default();
        if !aliases.is_empty() {
            flags.push(format!("alias {}", aliases.join(",")));
        }
        let help = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
        let flags = if flags.is_empty() {
            String::new()
        } else {
            format!(" [{}]", flags.join("; "))
        };
        let _ = writeln!(text, "  {name}{flags}: {help}");
    }
    text.push('\n');
    for sub in command.get_subcommands() {
        describe(sub, &path, text);
    }
}
