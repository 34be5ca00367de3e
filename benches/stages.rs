//! Per-stage benchmarks (`cargo bench`): segmentation, detection with
//! analysis, and the rules, on the fixture articles concatenated. The end to
//! end figures on 100 MB of real news come from `benches/run.sh`.

use std::hint::black_box;

use attrib::input::{Format, from_string};
use attrib::rules::RuleFile;
use attrib::vocab::Vocabulary;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn stages(c: &mut Criterion) {
    let vocab = Vocabulary::default_set();
    let rules = RuleFile::default_set();
    let text = corpus();
    let doc = from_string("bench.txt", text.clone(), Format::Text);
    let analysis = attrib::analyse_document(&doc, &vocab);
    let mut group = c.benchmark_group("stages");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("input", |b| {
        b.iter(|| from_string("bench.txt", black_box(text.clone()), Format::Text))
    });
    group.bench_function("segment", |b| {
        b.iter(|| attrib::segment::segment(black_box(&doc), &vocab))
    });
    group.bench_function("detect+analyse", |b| {
        b.iter(|| attrib::analyse_document(black_box(&doc), &vocab))
    });
    group.bench_function("rules", |b| {
        b.iter(|| rules.check(black_box(&analysis), doc.prose()))
    });
    group.finish();
    c.bench_function("load vocabulary and rules", |b| {
        b.iter(|| (Vocabulary::default_set(), RuleFile::default_set()))
    });
}

criterion_group!(benches, stages);
criterion_main!(benches);
