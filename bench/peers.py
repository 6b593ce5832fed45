"""The peers of the benchmark: Kuzu (Cypher, COPY from the generator's CSV)
and SQLite (node and edge tables, indexes on names, keys, labels and edge
endpoints, recursive CTEs for Q4 and Q5). Loads a database, or runs the
workload Q1-Q6 against one with the parameters of params.json, timing each
call from Python and recording the first answers, in the JSON shape of
`shezhire bench-queries`.

    python peers.py load kuzu|sqlite GEN_DIR DB_PATH
    python peers.py query kuzu|sqlite DB_PATH PARAMS RUNS WARMUP ANSWERS OUT_JSON
"""

import csv
import json
import os
import sqlite3
import sys
import time

csv.field_size_limit(1 << 30)

# The same meaning as src/bench/queries.rs; Q7 (the Kazakh name match) has
# no counterpart in either peer.
KUZU = {
    "Q1": "MATCH (p:Person) WHERE p.name = $name RETURN p.id",
    "Q2": "MATCH (p:Person)-[h:HOLDS]->(o:Office) WHERE p.id = $id RETURN o.key, h.status",
    "Q3": "MATCH (p:Person)-[:HOLDS]->(:Office)-[:OF]->(b:Branch)<-[:OF]-(:Office)<-[:HOLDS]-(c:Person) "
          "WHERE p.id = $id AND c.id <> p.id RETURN DISTINCT c.id",
    "Q4": "MATCH (b:Branch)-[:PART_OF*1..3]->(o:Branch) WHERE o.id = $id RETURN DISTINCT b.id",
    "Q5": "MATCH (a:Person)-[r:HOLDS|OF|PARTICIPATED* SHORTEST 1..6]-(b:Person) "
          "WHERE a.id = $a AND b.id = $b RETURN length(r)",
    "Q6": "MATCH (e:Event)-[:OF]->(b:Branch) WHERE b.level = 'oblast' "
          "RETURN b.key AS branch, count(*) AS events ORDER BY events DESC, branch LIMIT 10",
}

SQLITE = {
    "Q1": "SELECT id FROM nodes WHERE name = :name AND label = 'Person'",
    "Q2": "SELECT o.key, e.status FROM nodes p JOIN edges e ON e.src = p.id AND e.type = 'HOLDS' "
          "JOIN nodes o ON o.id = e.dst AND o.label = 'Office' WHERE p.id = :id AND p.label = 'Person'",
    "Q3": "SELECT DISTINCT h2.src FROM edges h1 "
          "JOIN edges o1 ON o1.src = h1.dst AND o1.type = 'OF' "
          "JOIN nodes b ON b.id = o1.dst AND b.label = 'Branch' "
          "JOIN edges o2 ON o2.dst = b.id AND o2.type = 'OF' "
          "JOIN edges h2 ON h2.dst = o2.src AND h2.type = 'HOLDS' "
          "WHERE h1.src = :id AND h1.type = 'HOLDS' AND h2.src <> :id",
    "Q4": "WITH RECURSIVE sub(id, depth) AS (SELECT :id, 0 UNION "
          "SELECT e.src, sub.depth + 1 FROM sub JOIN edges e ON e.dst = sub.id AND e.type = 'PART_OF' "
          "WHERE sub.depth < 3) "
          "SELECT DISTINCT sub.id FROM sub JOIN nodes n ON n.id = sub.id WHERE sub.depth >= 1 AND n.label = 'Branch'",
    "Q5": "WITH RECURSIVE bfs(id, depth) AS (SELECT :a, 0 "
          "UNION SELECT e.dst, bfs.depth + 1 FROM bfs JOIN edges e ON e.src = bfs.id "
          "WHERE bfs.depth < 6 AND e.type IN ('HOLDS', 'OF', 'PARTICIPATED') "
          "UNION SELECT e.src, bfs.depth + 1 FROM bfs JOIN edges e ON e.dst = bfs.id "
          "WHERE bfs.depth < 6 AND e.type IN ('HOLDS', 'OF', 'PARTICIPATED')) "
          "SELECT min(depth) FROM bfs WHERE id = :b AND depth >= 1",
    "Q6": "SELECT b.key AS branch, count(*) AS events FROM nodes b "
          "JOIN edges e ON e.dst = b.id AND e.type = 'OF' "
          "JOIN nodes ev ON ev.id = e.src AND ev.label = 'Event' "
          "WHERE b.label = 'Branch' AND b.level = 'oblast' "
          "GROUP BY b.id ORDER BY events DESC, branch LIMIT 10",
}

# A SQLite Q5 can walk most of the graph: each run is cut off after this
# long. Any query's runs stop, after at least MIN_RUNS, once they have taken
# QUERY_TOTAL_LIMIT_S in all (SQLite's recursive CTEs take seconds a run at
# the largest scale), and the report says how many ran.
SQLITE_Q5_RUN_LIMIT_S = 60.0
QUERY_TOTAL_LIMIT_S = 300.0
MIN_RUNS = 10


def runs_of(query, runs):
    """As `runs_of` in src/bench/queries.rs."""
    if query in ("Q5", "Q6"):
        return max(1, -(-runs // 10))
    if query == "Q7":
        return max(1, -(-runs // 3))
    return runs


def params_of(w, query, i):
    """As `params_of` in src/bench/queries.rs."""
    if query == "Q1":
        return {"name": w["q1"][i % len(w["q1"])]}
    if query in ("Q2", "Q3", "Q4"):
        xs = w[query.lower()]
        return {"id": xs[i % len(xs)]}
    if query == "Q5":
        a, b = w["q5"][i % len(w["q5"])]
        return {"a": a, "b": b}
    return {}


def manifest(gen_dir):
    with open(os.path.join(gen_dir, "manifest.json")) as f:
        return json.load(f)


# ------------------------------------------------------------------ Kuzu

def kuzu_load(gen_dir, db_path):
    import kuzu
    m = manifest(gen_dir)
    started = time.perf_counter()
    db = kuzu.Database(db_path)
    conn = kuzu.Connection(db)
    for f in m["files"]:
        if f["kind"] == "node":
            cols = ", ".join(f"{name} {ty}" for name, ty in f["columns"])
            conn.execute(f"CREATE NODE TABLE {f['label']}(id INT64, {cols}, PRIMARY KEY (id))")
    rels = {}
    for f in m["files"]:
        if f["kind"] == "rel":
            rels.setdefault(f["type"], []).append(f)
    for ty, files in rels.items():
        pairs = ", ".join(f"FROM {f['from']} TO {f['to']}" for f in files)
        cols = ", ".join(f"{name} {t}" for name, t in files[0]["columns"])
        conn.execute(f"CREATE REL TABLE `{ty}`({pairs}, {cols})")
    for f in m["files"]:
        path = os.path.join(gen_dir, f["file"])
        if f["kind"] == "node":
            conn.execute(f"COPY {f['label']} FROM '{path}' (header=true)")
    for ty, files in rels.items():
        for f in files:
            path = os.path.join(gen_dir, f["file"])
            if len(files) > 1:
                conn.execute(f"COPY `{ty}` FROM '{path}' (from='{f['from']}', to='{f['to']}', header=true)")
            else:
                conn.execute(f"COPY `{ty}` FROM '{path}' (header=true)")
    conn.close()
    db.close()
    return time.perf_counter() - started


class KuzuRunner:
    def __init__(self, db_path):
        import kuzu
        self.db = kuzu.Database(db_path, read_only=True)
        self.conn = kuzu.Connection(self.db)
        self.prepared = {}
        self.version = kuzu.__version__

    def run(self, query, params):
        stmt = self.prepared.get(query)
        if stmt is None:
            stmt = self.prepared[query] = self.conn.prepare(KUZU[query])
        return self.conn.execute(stmt, params).get_all()

    def trivial(self):
        stmt = self.prepared.get("trivial")
        if stmt is None:
            stmt = self.prepared["trivial"] = self.conn.prepare("RETURN 1")
        return self.conn.execute(stmt).get_all()


# ------------------------------------------------------------------ SQLite

NODE_COLUMNS = ("name", "key", "level", "role", "kind")


def sqlite_load(gen_dir, db_path):
    m = manifest(gen_dir)
    started = time.perf_counter()
    conn = sqlite3.connect(db_path)
    conn.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE nodes(id INTEGER PRIMARY KEY, label TEXT NOT NULL,
            name TEXT, key TEXT, level TEXT, role TEXT, kind TEXT, props TEXT);
        CREATE TABLE edges(src INTEGER NOT NULL, dst INTEGER NOT NULL, type TEXT NOT NULL,
            status TEXT, role TEXT, article INTEGER, span_start INTEGER, span_end INTEGER);
        """
    )

    def csv_rows(f):
        """The rows of one generated CSV file, as dicts by header."""
        with open(os.path.join(gen_dir, f["file"]), newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            for row in reader:
                yield dict(zip(header, row))

    def nodes(f):
        for values in csv_rows(f):
            node_id = int(values.pop("id"))
            fixed = [values.pop(c, None) or None for c in NODE_COLUMNS]
            yield (node_id, f["label"], *fixed, json.dumps(values, ensure_ascii=False) if values else None)

    def edges(f):
        for v in csv_rows(f):
            num = lambda k: int(v[k]) if v.get(k) else None
            yield (int(v["from"]), int(v["to"]), f["type"], v.get("status") or None, v.get("role") or None,
                   num("article"), num("span_start"), num("span_end"))

    for f in m["files"]:
        if f["kind"] == "node":
            conn.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?)", nodes(f))
        else:
            conn.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?)", edges(f))
    conn.commit()
    conn.executescript(
        """
        CREATE INDEX nodes_name ON nodes(name);
        CREATE INDEX nodes_key ON nodes(key);
        CREATE INDEX nodes_label ON nodes(label);
        CREATE INDEX edges_src ON edges(src, type);
        CREATE INDEX edges_dst ON edges(dst, type);
        ANALYZE;
        """
    )
    conn.commit()
    conn.close()
    return time.perf_counter() - started


class SqliteRunner:
    def __init__(self, db_path):
        self.conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        self.version = sqlite3.sqlite_version
        self.deadline = None
        self.conn.set_progress_handler(self._progress, 100000)

    def _progress(self):
        return 1 if self.deadline is not None and time.perf_counter() > self.deadline else 0

    def run(self, query, params):
        self.deadline = time.perf_counter() + SQLITE_Q5_RUN_LIMIT_S if query == "Q5" else None
        rows = self.conn.execute(SQLITE[query], params).fetchall()
        if query == "Q5":
            # min() over no rows is one NULL row; the others give no row.
            rows = [r for r in rows if r[0] is not None]
        return rows

    def trivial(self):
        return self.conn.execute("SELECT 1").fetchall()


# ------------------------------------------------------------------ workload

def percentile_ns(xs, p):
    if not xs:
        return None
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100.0 * (len(xs) - 1))))]


def read_through(path):
    """Reads a database's files once (a file, or every file under a
    directory, with any siblings named after it such as a WAL); returns the
    bytes read."""
    paths = []
    if os.path.isdir(path):
        for root, _, files in os.walk(path):
            paths += [os.path.join(root, f) for f in files]
    else:
        folder, name = os.path.split(os.path.abspath(path))
        paths = [os.path.join(folder, f) for f in os.listdir(folder) if f.startswith(name)]
    total = 0
    for p in paths:
        with open(p, "rb") as f:
            while True:
                chunk = f.read(1 << 24)
                if not chunk:
                    break
                total += len(chunk)
    return total


def query(system, db_path, params_path, runs, warmup, answers, out):
    with open(params_path) as f:
        w = json.load(f)
    started = time.perf_counter()
    runner = KuzuRunner(db_path) if system == "kuzu" else SqliteRunner(db_path)
    opened = time.perf_counter() - started
    runner.run("Q1", params_of(w, "Q1", 0))
    first = time.perf_counter() - started
    # shezhire's query process prewarms its pages once its open is timed;
    # a peer gets the same: its database files read through once, so its
    # queries run on a warm file cache. (This machine does not always keep
    # one between processes, and a peer read from disk is not the peer a
    # user would meet.)
    warm_started = time.perf_counter()
    warm_bytes = read_through(db_path)
    warm_ms = (time.perf_counter() - warm_started) * 1e3
    # The cost of a call from Python: a query that reads nothing.
    trivial = []
    for _ in range(1000):
        t = time.perf_counter_ns()
        runner.trivial()
        trivial.append(time.perf_counter_ns() - t)
    report = {"system": system, "version": runner.version, "open_ms": opened * 1e3,
              "open_first_query_ms": first * 1e3, "trivial_p50_ns": percentile_ns(trivial, 50),
              "prewarm_ms": warm_ms, "prewarm_bytes": warm_bytes, "queries": {}}
    for name in sorted(KUZU):
        n = runs_of(name, runs)
        warm_started = time.perf_counter()
        for i in range(warmup if name not in ("Q5", "Q6") else min(warmup, 3)):
            if system == "sqlite" and name == "Q5" or time.perf_counter() - warm_started > QUERY_TOTAL_LIMIT_S / 10:
                break
            runner.run(name, params_of(w, name, n + i))
        latencies, recorded, rows_total, timeouts = [], [], 0, 0
        spent = 0.0
        for i in range(n):
            if spent > QUERY_TOTAL_LIMIT_S and i >= MIN_RUNS:
                break
            p = params_of(w, name, i)
            t = time.perf_counter_ns()
            try:
                rows = runner.run(name, p)
            except sqlite3.OperationalError as e:
                if "interrupt" not in str(e):
                    raise
                rows = None
            dt = time.perf_counter_ns() - t
            spent += dt / 1e9
            if rows is None:
                timeouts += 1
                latencies.append(dt)
                if i < answers:
                    recorded.append("timeout")
                continue
            latencies.append(dt)
            rows_total += len(rows)
            if i < answers:
                recorded.append([list(r) for r in rows])
        report["queries"][name] = {"text": (KUZU if system == "kuzu" else SQLITE)[name], "latencies_ns": latencies,
                                   "answers": recorded, "rows": rows_total, "timeouts": timeouts}
    with open(out, "w") as f:
        json.dump(report, f)


def main(argv):
    if argv[1] == "load":
        system, gen_dir, db_path = argv[2:5]
        seconds = kuzu_load(gen_dir, db_path) if system == "kuzu" else sqlite_load(gen_dir, db_path)
        print(json.dumps({"load_s": seconds}))
    elif argv[1] == "query":
        system, db_path, params_path, runs, warmup, answers, out = argv[2:9]
        query(system, db_path, params_path, int(runs), int(warmup), int(answers), out)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
