// JSON lines stream: the rows before the failing one are printed, then the error; exit status 1.
:format jsonl
MATCH (p:Person) RETURN p.name AS name, 10 / (size(p.name) - 18) AS x;
RETURN "not reached" AS x;
