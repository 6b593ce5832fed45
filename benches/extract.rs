//! Extraction speed: MB/s on article text of the genre (the sample
//! articles, repeated), at three sizes to show time grows linearly, and on
//! the worst shapes of input (no punctuation, names only, one huge token,
//! debates with no branch named).
//!
//! `cargo bench --bench extract`; the target is ≥ 5 MB/s on one core.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::time::Duration;

fn repeat_to(piece: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + piece.len());
    while s.len() < bytes {
        s.push_str(piece);
        s.push('\n');
    }
    s
}

fn extraction(c: &mut Criterion) {
    let corpus = common::sample_articles().join("\n");
    let mut group = c.benchmark_group("extract");
    group.sample_size(10).measurement_time(Duration::from_secs(8)).warm_up_time(Duration::from_secs(1));

    // One article at a time, as ingest does.
    let one = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/articles/01_batys-oblast-conference.txt"))
        .expect("sample article");
    group.throughput(Throughput::Bytes(one.len() as u64));
    group.bench_function("one sample article", |b| b.iter(|| black_box(shezhire::extract::extract(black_box(&one)))));

    for size in [100 << 10, 1 << 20, 10 << 20] {
        let text = repeat_to(&corpus, size);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("genre text", format!("{} KiB", size >> 10)), &text, |b, t| {
            b.iter(|| black_box(shezhire::extract::extract(black_box(t))))
        });
    }
    let worst = [
        ("no punctuation", repeat_to("партиясы облыстық филиалының төрағасы Қуат Байғоджаев ", 1 << 20)),
        ("names only", repeat_to("Асқар Оспанов Дәулет Кәрібек Қ.Айтжанов ", 1 << 20)),
        ("one token", "а".repeat(1 << 20)),
        // Party activities naming no branch: each asks for the article's branch.
        ("debates, no branch", repeat_to("Праймериз дебаты ауданда өтті. ", 1 << 20)),
    ];
    for (name, text) in &worst {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::new("worst shape 1 MiB", name), text, |b, t| {
            b.iter(|| black_box(shezhire::extract::extract(black_box(t))))
        });
    }
    group.finish();
}

criterion_group!(benches, extraction);
criterion_main!(benches);
