//! Fuzz target: see `dipgraph_fuzz::jsonl` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dipgraph_fuzz::jsonl(data));
