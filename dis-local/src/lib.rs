//! An in-memory emulator of the DIS v2 API.
