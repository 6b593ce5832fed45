//! The `shezhire` binary: all of it lives in the library's `cli` module.

// A library leaves the allocator to its user; the binary picks mimalloc
// (measured in docs/BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    // Rust ignores SIGPIPE, so printing into a closed pipe (`shezhire
    // extract … | head`) would fail in `println!` and panic. The default
    // action ends the process quietly, as other command-line tools do.
    #[cfg(unix)]
    // SAFETY: called first thing, before any thread starts; SIG_DFL is a
    // valid action for SIGPIPE.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    shezhire::cli::main()
}
