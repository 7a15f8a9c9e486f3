//! The `dipgraph` command: parses arguments into plain config, calls the
//! library, prints, and turns outcomes into exit codes. Nothing else.

mod allocator;
mod cli;

/// Extraction makes many small, short-lived allocations (tokens' lowercase
/// forms, per-event strings, per-sentence vectors); with the system
/// allocator malloc and free were a sixth of all instructions. mimalloc,
/// through the entries that suit each layout (see `allocator`).
#[global_allocator]
static GLOBAL: allocator::Mimalloc = allocator::Mimalloc;

/// mimalloc's `mi_option_purge_delay` (the same place in the option list
/// of mimalloc 2 and 3; `libmimalloc-sys` names only the options before it).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

fn main() {
    // Keep freed memory instead of handing it back to the system a second
    // later. A build frees memory on one thread that other threads
    // allocated (articles, duplicate reports), and mimalloc returned those
    // pages, only to take fresh ones again at once: each of the 20,000 page
    // faults of a 100,000-article build zeroed a huge page, 5.5 s of system
    // CPU in all against 3.7 s without purging (1,150 faults). The process
    // is short-lived and its peak memory is the same either way.
    //
    // SAFETY: `mi_option_set` only stores a number in mimalloc's option
    // table, which every later allocation reads; -1 means "never purge".
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    std::process::exit(cli::main());
}
