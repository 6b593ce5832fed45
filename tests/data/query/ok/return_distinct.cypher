MATCH (p:Person)-[:HOLDS]->(o) RETURN DISTINCT o.role
