// A session as a script: statements end with `;` or a blank line.
MATCH (b:Branch {key: "AMANAT/district/Бөрлі"})<-[:OF]-(o:Office {role: "chairman"})<-[h:HOLDS]-(p:Person)
RETURN p.name AS chairman, h.status AS status;

// A blank line ends a statement too.
MATCH (p:Person) WHERE p.name ~ "Байғоджаевтың"
RETURN p

MATCH p = (:Person {name: "Бекзат Оспанов"})-[:HOLDS]->(o)-[:OF]->(g) RETURN p;
:param branch AMANAT/oblast/Батыс Қазақстан
:param depth 3
:params
MATCH (b:Branch)-[:PART_OF*1..3]->(:Branch {key: $branch}) RETURN b.key AS branch, b.level AS level ORDER BY branch;
:format markdown
MATCH (o:Organization) WHERE o.key =~ "maslikhat/.*" RETURN o.name ORDER BY o.name;
:format plain
MATCH (o:Organization) WHERE o.key =~ "maslikhat/.*" RETURN o.name, o.kind ORDER BY o.name;
:format json
MATCH (p:Person {name: "Қуат Байғоджаев"}) RETURN p.name AS name, p;
:format jsonl
MATCH (b:Branch) RETURN b.key AS key, b.level AS level ORDER BY key LIMIT 2;
:format csv
MATCH (p:Person) WHERE p.name STARTS WITH "Ғ" RETURN p.name, "a, \"b\"" AS quoted;
:format tsv
RETURN 1 AS one, "two" AS two;
:format table
:limit 2
MATCH (b:Branch) RETURN b.key ORDER BY b.key;
:limit off
:explain MATCH (p:Person)-[:HOLDS]->(o:Office)-[:OF]->(b:Branch {key: $branch}) RETURN p.name
:help where
:facts 07_baigodzhaev
:export json out.json MATCH (p:Person {name: "Қуат Байғоджаев"})-[h:HOLDS]->(o) RETURN p, h, o
:schema
