//! The tests of the `dis` tool: one test binary, one module per area.

mod common;

mod commands;
mod faults;
mod golden;
