//! dipgraph: a time-stamped knowledge graph of diplomatic events from news
//! articles.
//!
//! The pipeline runs one way: [`articles`] loads, [`text`] splits sentences
//! and tokens, [`extract`] finds actors and relations (fed by [`lexicon`] and
//! [`time`]), [`graph`] merges events with their evidence, [`export`] writes
//! files and [`query`] answers questions. The binary in `main.rs` only wires
//! these together.

pub mod articles;
pub mod atomic;
pub mod error;
pub mod export;
pub mod extract;
pub mod fasthash;
pub mod graph;
pub mod lexicon;
pub mod model;
pub mod pipeline;
mod prefetch;
pub mod query;
pub mod render;
pub mod text;
pub mod time;
