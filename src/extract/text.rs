//! Language-neutral text helpers: the title line.

/// The first non-empty line, trimmed.
pub(crate) fn title(text: &str) -> String {
    text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or_default().to_string()
}
