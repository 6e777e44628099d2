//! Golden files: the help, the whole command tree, a table and an error. Rewrite them
//! with `EXPECTORATE=overwrite cargo test -p dis-cli --test cli golden` and review the diff.

use crate::common;

use expectorate::assert_contents;

#[test]
fn help() {
    let env = common::start();
    let run = env.ok(&["--help"]);
    assert_contents("tests/golden/help.txt", &run.stdout);
}

/// Every command, flag, default, alias and help text: any change to the surface shows here.
#[test]
fn whole_tree() {
    let env = common::start();
    let run = env.ok(&["docs"]);
    assert_contents("tests/golden/tree.txt", &run.stdout);
}

#[test]
fn stream_list_table() {
    let env = common::start();
    env.ok(&[
        "stream", "create", "orders", "-n", "3", "--type", "advanced",
    ]);
    env.ok(&["stream", "create", "logs", "-n", "1", "--data-type", "json"]);
    let run = env.ok(&["stream", "list"]);
    assert_eq!(run.stderr, "");
    assert_contents("tests/golden/stream-list.txt", &run.stdout);
}

#[test]
fn not_found_error() {
    let env = common::start();
    let run = env.run(&["app", "show", "nope"]);
    assert_eq!(run.code, 4, "{run:?}");
    assert_eq!(run.stdout, "");
    assert_contents("tests/golden/app-show-missing.stderr", &run.stderr);
}

#[test]
fn completion_scripts() {
    let env = common::start();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = env.ok(&["completion", shell]);
        assert!(run.stdout.contains("dis"), "{shell}: {run:?}");
        assert!(run.stdout.contains("tail"), "{shell}: {run:?}");
    }
}
