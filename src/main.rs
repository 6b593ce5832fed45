//! The `shezhire` binary: all of it lives in the library's `cli` module.

// A library leaves the allocator to its user; the binary picks mimalloc
// (measured in docs/BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    shezhire::cli::main()
}
