//! The `dipgraph` command: parses arguments into plain config, calls the
//! library, prints, and turns outcomes into exit codes. Nothing else.

mod cli;

fn main() {
    std::process::exit(cli::main());
}
