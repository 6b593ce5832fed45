//! Fuzzes the query parser: any input must parse or fail with an error
//! (never panic or overflow the stack), and a parsed query must print as
//! text that parses back to the same tree.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Err(e) = shezhire::check_syntax(text) {
            // Rendering must not panic either (carets on any line, any width).
            let _ = e.render();
        }
        shezhire::fuzz_round_trip(text);
    }
});
