//! Fuzz target: see `dipgraph_fuzz::text_article` for what is checked.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| dipgraph_fuzz::text_article(data));
