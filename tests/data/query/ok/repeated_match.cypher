MATCH (a:Person) MATCH (a)-[:HOLDS]->(o) RETURN a, o
