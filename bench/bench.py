"""One scale of the benchmark: generate the graph, load it into shezhire
(`import jsonl`), Kuzu (COPY) and SQLite, run Q1-Q7 in a fresh process per
system under /usr/bin/time (peak memory), compare the first answers, and
write bench/out/N/results.json for report.py.

    python bench.py N [--runs R] [--warmup W] [--answers A] [--seed S]
                      [--systems shezhire,kuzu,sqlite] [--reuse] [--check]

--check exits non-zero when the systems' answers differ (the CI smoke test).
--reuse keeps a database already loaded at this scale (and its load figures).
"""

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PYTHON = sys.executable


def du(path):
    """Bytes the path takes on disk (allocated blocks, as `du` counts)."""
    out = subprocess.run(["du", "-s", "--block-size=1", path], capture_output=True, text=True, check=True).stdout
    return int(out.split()[0])


def timed(cmd, **kw):
    """Runs a command under /usr/bin/time -v: (seconds, peak RSS in KiB, stdout)."""
    started = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-v"] + cmd, capture_output=True, text=True, **kw)
    seconds = time.perf_counter() - started
    if p.returncode != 0:
        sys.stderr.write(p.stdout + p.stderr)
        raise SystemExit(f"failed: {' '.join(cmd)}")
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    return seconds, int(rss.group(1)) if rss else None, p.stdout


def percentile(xs, p):
    if not xs:
        return None
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1))))]


def canonical(query, rows):
    """Rows as comparable tuples: values as text, order kept only where the
    query orders (Q6)."""
    if rows == "timeout":
        return rows
    out = [tuple("null" if v is None else str(v) for v in r) for r in rows]
    return out if query == "Q6" else sorted(out)


def machine():
    cpu = ""
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((l.split(":", 1)[1].strip() for l in f if l.startswith("model name")), "")
    except OSError:
        pass
    mem = 0
    with open("/proc/meminfo") as f:
        for l in f:
            if l.startswith("MemTotal"):
                mem = int(l.split()[1]) * 1024
    rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_bytes": mem, "kernel": platform.release(),
            "python": platform.python_version(), "rustc": rustc}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("people", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--runs", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=50)
    ap.add_argument("--answers", type=int, default=30)
    ap.add_argument("--systems", default="shezhire,kuzu,sqlite")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "shezhire"))
    ap.add_argument("--out", help="the directory for this scale (default bench/out/N)")
    args = ap.parse_args()
    systems = args.systems.split(",")

    out = args.out or os.path.join(HERE, "out", str(args.people))
    gen = os.path.join(out, "gen")
    os.makedirs(out, exist_ok=True)
    results_path = os.path.join(out, "results.json")
    previous = {}
    if os.path.exists(results_path):
        with open(results_path) as f:
            previous = json.load(f)
    results = {"people": args.people, "seed": args.seed, "machine": machine(), "systems": previous.get("systems", {})}

    # The binary is copied so that a rebuild during a long run cannot change it.
    binary = os.path.join(out, "shezhire")
    shutil.copy2(args.bin, binary)

    stamp = os.path.join(gen, "stamp.json")
    want = {"people": args.people, "seed": args.seed}
    if not (os.path.exists(stamp) and json.load(open(stamp)) == want):
        shutil.rmtree(gen, ignore_errors=True)
        t = time.perf_counter()
        subprocess.run([binary, "gen", "--people", str(args.people), "--seed", str(args.seed), "-o", gen], check=True)
        print(f"generated in {time.perf_counter() - t:.1f} s", flush=True)
        json.dump(want, open(stamp, "w"))
    results["graph"] = json.load(open(os.path.join(gen, "manifest.json")))["counts"]
    params = os.path.join(gen, "params.json")

    for system in systems:
        # Each system's figures also go to their own file, so that runs of
        # different systems at one scale (in parallel, or one redone) merge.
        entry_path = os.path.join(out, f"{system}-entry.json")
        entry = {}
        if args.reuse and os.path.exists(entry_path):
            with open(entry_path) as f:
                entry = json.load(f)
        db = os.path.join(out, {"shezhire": "shezhire.db", "kuzu": "kuzu.db", "sqlite": "sqlite.db"}[system])
        if not (args.reuse and os.path.exists(db) and "load_s" in entry):
            if os.path.isdir(db):
                shutil.rmtree(db)
            elif os.path.exists(db):
                os.remove(db)
            print(f"loading {system} ...", flush=True)
            if system == "shezhire":
                seconds, rss, _ = timed([binary, "--db", db, "import", "jsonl", os.path.join(gen, "graph.jsonl")])
                entry = {"load_s": seconds, "load_peak_rss_kib": rss}
            else:
                seconds, rss, stdout = timed([PYTHON, os.path.join(HERE, "peers.py"), "load", system, gen, db])
                entry = {"load_s": json.loads(stdout)["load_s"], "load_peak_rss_kib": rss}
            entry["size_bytes"] = du(db)
            print(f"  {system}: loaded in {entry['load_s']:.1f} s, {entry['size_bytes'] / 2**20:.0f} MiB", flush=True)
        report_path = os.path.join(out, f"{system}.json")
        print(f"querying {system} ...", flush=True)
        if system == "shezhire":
            cmd = [binary, "--db", db, "bench-queries", "--params", params, "--runs", str(args.runs),
                   "--warmup", str(args.warmup), "--answers", str(args.answers), "-o", report_path]
        else:
            cmd = [PYTHON, os.path.join(HERE, "peers.py"), "query", system, db, params, str(args.runs),
                   str(args.warmup), str(args.answers), report_path]
        seconds, rss, _ = timed(cmd)
        with open(report_path) as f:
            rep = json.load(f)
        entry.update({"query_peak_rss_kib": rss, "query_process_s": seconds, "open_ms": rep["open_ms"],
                      "open_first_query_ms": rep["open_first_query_ms"],
                      "version": rep.get("version"), "trivial_p50_ns": rep.get("trivial_p50_ns"),
                      "prewarm_ms": rep.get("prewarm_ms"), "prewarm_bytes": rep.get("prewarm_bytes"), "queries": {}})
        for q, d in rep["queries"].items():
            lat = d["latencies_ns"]
            entry["queries"][q] = {"runs": len(lat), "p50_ns": percentile(lat, 50), "p99_ns": percentile(lat, 99),
                                   "rows": d["rows"], "timeouts": d.get("timeouts", 0), "text": d["text"]}
        results["systems"][system] = entry
        with open(entry_path, "w") as f:
            json.dump(entry, f, indent=1)
        print(f"  {system}: " + ", ".join(f"{q} {v['p50_ns'] / 1e3:.0f} us" for q, v in entry["queries"].items()),
              flush=True)

    # The answers of the first runs must agree across the systems.
    mismatches = []
    reports = {}
    for s in ("shezhire", "kuzu", "sqlite"):
        path = os.path.join(out, f"{s}.json")
        if os.path.exists(path):
            with open(path) as f:
                reports[s] = json.load(f)
    systems = list(reports)
    compared = 0
    for q in ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"]:
        per = {s: reports[s]["queries"].get(q, {}).get("answers", []) for s in systems}
        n = min((len(a) for a in per.values()), default=0)
        for i in range(n):
            got = {s: canonical(q, per[s][i]) for s in systems}
            got = {s: a for s, a in got.items() if a != "timeout"}
            if len(set(json.dumps(a) for a in got.values())) > 1:
                mismatches.append((q, i, {s: (a if len(a) < 6 else a[:5] + ["... %d rows" % len(a)])
                                          for s, a in got.items()}))
            compared += 1
    results["answers_compared"] = compared
    results["answer_mismatches"] = len(mismatches)
    # Figures of systems measured by another run at this scale (in parallel,
    # or earlier) come from their entry files, whichever run finishes last.
    for s in ("shezhire", "kuzu", "sqlite"):
        path = os.path.join(out, f"{s}-entry.json")
        if s not in args.systems.split(",") and os.path.exists(path):
            with open(path) as f:
                results["systems"][s] = json.load(f)
    with open(results_path, "w") as f:
        json.dump(results, f, indent=1)
    for q, i, got in mismatches[:20]:
        print(f"MISMATCH {q} run {i}: {got}", file=sys.stderr)
    print(f"compared {compared} answers across {', '.join(systems)}: {len(mismatches)} differ", flush=True)
    if args.check and (mismatches or compared == 0):
        sys.exit(1)


if __name__ == "__main__":
    main()
