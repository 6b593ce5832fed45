//! What the benchmarks share: the sample articles of `examples/articles/`.

/// The texts of the sample articles, in file-name order.
pub fn sample_articles() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("examples/articles")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).expect("sample article")).collect()
}
