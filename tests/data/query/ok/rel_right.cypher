MATCH (p:Person)-[:HOLDS]->(o:Office) RETURN p, o
