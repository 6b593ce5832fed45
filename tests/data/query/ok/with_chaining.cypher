MATCH (p:Person)-[:PARTICIPATED]->(e) WITH p, count(e) AS n WHERE n > 1 RETURN p.name, n ORDER BY n DESC
