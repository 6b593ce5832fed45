"""Writes docs/BENCHMARKS.md from every scale measured (bench/out/N/results.json),
with the hand-written findings of bench/findings.md. Run by bench/run.sh."""

import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
QUERIES = ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7"]
MEANING = {
    "Q1": "person by exact name",
    "Q2": "offices one person holds (1 hop)",
    "Q3": "colleagues: people holding offices at the same branches (person→office→branch←office←person)",
    "Q4": "every branch under an oblast (`PART_OF*1..3`)",
    "Q5": "shortest path between two people over HOLDS, OF, PARTICIPATED (undirected, ≤ 6 hops)",
    "Q6": "top 10 oblast branches by number of events (aggregation)",
    "Q7": "Kazakh-aware name match `~` over all people (shezhire only)",
}
# Targets at N = 1,000,000 (issue 7): shezhire p50 limits in microseconds.
ABSOLUTE_US = {"Q1": 20, "Q2": 50, "Q3": 1000, "Q5": 10000}


def us(ns):
    if ns is None:
        return "–"
    v = ns / 1000.0
    if v >= 10000:
        return f"{v / 1000:.0f} ms"
    if v >= 1000:
        return f"{v / 1000:.1f} ms"
    return f"{v:.0f} µs" if v >= 10 else f"{v:.1f} µs"


def mib(b):
    return f"{b / 2**20:,.0f} MiB" if b is not None else "–"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return "–"
    r = a / b
    return f"{r:.2f}×" if r < 10 else f"{r:.0f}×"


def scale_section(r):
    s = r["systems"]
    sz, kz, sq = s.get("shezhire", {}), s.get("kuzu", {}), s.get("sqlite", {})
    g = r["graph"]
    nodes, rels = sum(g["nodes"].values()), sum(g["relationships"].values())
    lines = [f"### N = {r['people']:,} people ({nodes:,} nodes, {rels:,} relationships)", ""]
    lines.append("| query | shezhire p50 | p99 | Kuzu p50 | p99 | SQLite p50 | p99 | shezhire/Kuzu | shezhire/SQLite | runs (s/K/S) |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for q in QUERIES:
        a, b, c = (x.get("queries", {}).get(q, {}) for x in (sz, kz, sq))
        runs = "/".join(str(x.get("runs", "–")) for x in (a, b, c))
        if c.get("timeouts"):
            runs += f" ({c['timeouts']} SQLite runs cut at 60 s)"
        lines.append(
            f"| {q} | {us(a.get('p50_ns'))} | {us(a.get('p99_ns'))} | {us(b.get('p50_ns'))} | {us(b.get('p99_ns'))} "
            f"| {us(c.get('p50_ns'))} | {us(c.get('p99_ns'))} | {ratio(a.get('p50_ns'), b.get('p50_ns'))} "
            f"| {ratio(a.get('p50_ns'), c.get('p50_ns'))} | {runs} |")
    lines.append("")
    lines.append("| | shezhire | Kuzu | SQLite | shezhire/Kuzu |")
    lines.append("|---|---:|---:|---:|---:|")
    get = lambda d, k: d.get(k)
    num = lambda v, spec, unit: "–" if v is None else format(v, spec) + unit
    lines.append(f"| load | {num(get(sz, 'load_s'), '.1f', ' s')} | {num(get(kz, 'load_s'), '.1f', ' s')} "
                 f"| {num(get(sq, 'load_s'), '.1f', ' s')} | {ratio(get(sz, 'load_s'), get(kz, 'load_s'))} |")
    lines.append(f"| size on disk | {mib(get(sz, 'size_bytes'))} | {mib(get(kz, 'size_bytes'))} | {mib(get(sq, 'size_bytes'))} "
                 f"| {ratio(get(sz, 'size_bytes'), get(kz, 'size_bytes'))} |")
    lines.append(f"| cold open + first Q1 | {num(get(sz, 'open_first_query_ms'), '.0f', ' ms')} "
                 f"| {num(get(kz, 'open_first_query_ms'), '.0f', ' ms')} "
                 f"| {num(get(sq, 'open_first_query_ms'), '.1f', ' ms')} "
                 f"| {ratio(get(sz, 'open_first_query_ms'), get(kz, 'open_first_query_ms'))} |")
    if sz.get("prewarm_ms") is not None:
        warm = lambda d: f"{d['prewarm_ms']:.0f} ms, {mib(d.get('prewarm_bytes') or 0)} read" if d.get("prewarm_ms") is not None else "–"
        lines.append(f"| prewarm after the open (shezhire: `Db::prewarm`; peers: their files read once) | "
                     f"{sz['prewarm_ms']:.0f} ms, {mib(sz.get('prewarm_bytes') or 0)} held | {warm(kz)} | {warm(sq)} | |")
    rss = lambda d: mib(d["query_peak_rss_kib"] * 1024) if d.get("query_peak_rss_kib") else "–"
    lines.append(f"| peak RSS of the query process | {rss(sz)} | {rss(kz)} | {rss(sq)} | |")
    lrss = lambda d: mib(d["load_peak_rss_kib"] * 1024) if d.get("load_peak_rss_kib") else "–"
    lines.append(f"| peak RSS of the load | {lrss(sz)} | {lrss(kz)} | {lrss(sq)} | |")
    lines.append(f"| Python call overhead (`RETURN 1` / `SELECT 1`, p50) | (none: Rust API) "
                 f"| {us(kz.get('trivial_p50_ns'))} | {us(sq.get('trivial_p50_ns'))} | |")
    lines.append("")
    lines.append(f"Answers of the first runs compared across the systems: {r.get('answers_compared', 0)}, "
                 f"differing: {r.get('answer_mismatches', 'n/a')}.")
    lines.append("")
    return lines, (sz, kz, sq)


def targets(sz, kz, sq):
    q = lambda d, k: d.get("queries", {}).get(k, {}).get("p50_ns")
    rows = []
    for k in ["Q1", "Q2", "Q3", "Q4", "Q5"]:
        ok = q(sz, k) is not None and q(sz, k) <= (q(kz, k) or 0) and q(sz, k) <= (q(sq, k) or 0)
        rows.append((f"{k} p50 ≤ Kuzu and ≤ SQLite", f"{us(q(sz, k))} vs {us(q(kz, k))} / {us(q(sq, k))}", ok))
    ok = q(sz, "Q6") is not None and q(kz, "Q6") and q(sz, "Q6") <= 2 * q(kz, "Q6")
    rows.append(("Q6 ≤ 2 × Kuzu", f"{us(q(sz, 'Q6'))} vs {us(q(kz, 'Q6'))}", ok))
    for k, limit in ABSOLUTE_US.items():
        rows.append((f"{k} ≤ {limit:,} µs", us(q(sz, k)), q(sz, k) is not None and q(sz, k) <= limit * 1000))
    ok = sz.get("load_s") and kz.get("load_s") and sz["load_s"] <= 3 * kz["load_s"]
    rows.append(("load ≤ 3 × Kuzu COPY", f"{ratio(sz.get('load_s'), kz.get('load_s'))}", ok))
    ok = sz.get("size_bytes") and kz.get("size_bytes") and sz["size_bytes"] <= 2 * kz["size_bytes"]
    rows.append(("size on disk ≤ 2 × Kuzu", f"{ratio(sz.get('size_bytes'), kz.get('size_bytes'))}", ok))
    ok = sz.get("open_first_query_ms") is not None and sz["open_first_query_ms"] <= 1000
    rows.append(("cold open ≤ 1 s", f"{sz.get('open_first_query_ms', 0):.0f} ms", ok))
    ok = sz.get("query_peak_rss_kib") and sz["query_peak_rss_kib"] <= 1024 * 1024
    rows.append(("query process ≤ 1 GiB", rss_text(sz), ok))
    out = ["| target (N = 1,000,000) | measured | met |", "|---|---|---|"]
    out += [f"| {a} | {b} | {'yes' if c else '**no**'} |" for a, b, c in rows]
    return out


def rss_text(d):
    return mib(d["query_peak_rss_kib"] * 1024) if d.get("query_peak_rss_kib") else "–"


def main():
    results = []
    for path in glob.glob(os.path.join(HERE, "out", "*", "results.json")):
        if os.path.basename(os.path.dirname(path)).isdigit():
            with open(path) as f:
                results.append(json.load(f))
    results.sort(key=lambda r: r["people"])
    if not results:
        raise SystemExit("no results in bench/out/*/results.json: run bench/run.sh first")
    m = results[-1]["machine"]
    versions = {}
    for r in results:
        for name, s in r["systems"].items():
            if s.get("version"):
                versions[name] = s["version"]
    doc = ["# Benchmarks: shezhire, Kuzu and SQLite at scale", "",
           "Generated by `bench/run.sh` (the tables) from `bench/out/N/results.json`, with the findings of",
           "`bench/findings.md`. Reproduce with `bench/run.sh 10000 100000 1000000` (about an hour and a half",
           "on the machine below; `RUNS=200` for a quicker look).", "",
           "## Machine and versions", "",
           f"- CPU: {m['cpu']}, {m['cores']} cores; memory {m['memory_bytes'] / 2**30:.0f} GiB; Linux {m['kernel']}",
           f"- shezhire: this commit, {m['rustc']}, release profile; sled 0.34.7",
           f"- Kuzu {versions.get('kuzu', '?')} (PyPI `kuzu`, Python {m['python']}); SQLite {versions.get('sqlite', '?')} "
           f"(Python's `sqlite3`)",
           "- The machine has two cores. The query figures come from one run of `REUSE=1 bench/run.sh` on an",
           "  otherwise idle machine, the three systems queried one after another at each scale. At",
           "  N = 1,000,000 the databases loaded earlier the same day were reused: shezhire's load ran on an",
           "  idle machine, the peers' while a profile or a build ran on the other core. Every figure is one",
           "  run of the script (p50 and p99 over that query's runs), so read them as ±20%.", "",
           "## The workload", "",
           "`shezhire gen --people N --seed 1` writes one graph three ways (JSON Lines for `shezhire import jsonl`,",
           "CSV per label and relationship type for Kuzu's `COPY` and the SQLite loader, and the random",
           "parameters every system runs with). See `src/bench/gen.rs` for the shape of the graph.", ""]
    doc += ["| query | meaning |", "|---|---|"] + [f"| {q} | {MEANING[q]} |" for q in QUERIES] + [""]
    first = results[-1]["systems"]
    doc += ["The query texts (parameters are random people, oblast branches and name forms from `params.json`):", ""]
    for q in QUERIES:
        doc.append(f"**{q}**")
        doc.append("")
        for name, label in [("shezhire", "shezhire"), ("kuzu", "Kuzu"), ("sqlite", "SQLite")]:
            text = first.get(name, {}).get("queries", {}).get(q, {}).get("text")
            if text:
                doc.append(f"- {label}: `{text}`")
        doc.append("")
    doc += ["## How to read the tables", "",
            "- Latencies are per query call with all its rows read: shezhire's through the Rust library API",
            "  (`Db::query` with parameters, rows collected; `shezhire bench-queries`), Kuzu's and SQLite's from",
            "  Python (Kuzu prepared statements, `execute` + `get_all`; SQLite `execute` + `fetchall`). The Python",
            "  call overhead is stated per scale (`RETURN 1`, `SELECT 1`): it is inside the peers' figures.",
            "- Q1–Q4 run 1,000 times after 50 untimed warm-up runs with other parameters, Q5 and Q6 100 times,",
            "  Q7 334 times; a peer's runs of one query stop after 5 minutes in all (at least 10 runs: the",
            "  runs column says how many ran), and a SQLite Q5 is cut off after 60 s (counted at its cut-off time).",
            "- Ratios are shezhire / peer: below 1 shezhire is faster.",
            "- Load is the wall time of `shezhire import jsonl` (a fresh process, ending with a flush), of Kuzu's",
            "  `CREATE TABLE`s and `COPY`s, and of SQLite's inserts, index builds and `ANALYZE`. Size is what",
            "  `du` counts for the database directory or file after the load (sled's includes its preallocated",
            "  segments). Cold open is a fresh process opening the database and answering its first Q1 (the",
            "  operating system's file cache is warm). After the open is timed, shezhire's query process prewarms",
            "  its pages (`Db::prewarm`), and a peer's reads its database files through once, so that every system",
            "  queries warm: this machine does not always keep a file cache between processes. Peak RSS is",
            "  `/usr/bin/time -v` of the whole query process",
            "  (for the peers it includes the Python interpreter).", "",
            "## Results", ""]
    last = None
    for r in results:
        lines, last = scale_section(r)
        doc += lines
    if results[-1]["people"] == 1_000_000 and last:
        doc += ["## Targets at N = 1,000,000", ""] + targets(*last) + [""]
    findings = os.path.join(HERE, "findings.md")
    if os.path.exists(findings):
        with open(findings) as f:
            doc += [f.read().rstrip(), ""]
    with open(os.path.join(ROOT, "docs", "BENCHMARKS.md"), "w") as f:
        f.write("\n".join(doc))


if __name__ == "__main__":
    main()
