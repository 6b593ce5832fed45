MATCH (p:Person) WITH p ORDER BY p.name LIMIT 3 MATCH (p)-[:HOLDS]->(o) RETURN p, o
