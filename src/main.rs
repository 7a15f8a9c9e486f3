//! The `dipgraph` command: parses arguments into plain config, calls the
//! library, prints, and turns outcomes into exit codes. Nothing else.

mod cli;

/// Extraction makes many small, short-lived allocations (tokens' lowercase
/// forms, per-event strings, per-sentence vectors); with the system
/// allocator malloc and free were a sixth of all instructions.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(cli::main());
}
