//! Fuzzes the extractor: any UTF-8 text must extract without a panic, every
//! fact's sentence span must lie inside the text on character boundaries,
//! and the facts must print (the export format) without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let facts = shezhire::extract::extract(text);
        for f in &facts.facts {
            let (start, end) = (f.span.start as usize, f.span.end as usize);
            assert!(start <= end && end <= text.len(), "span {start}..{end} outside a text of {} bytes", text.len());
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "span {start}..{end} splits a character");
        }
        let _ = facts.to_facts_text();
    }
});
