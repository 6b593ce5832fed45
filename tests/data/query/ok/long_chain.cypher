MATCH (a)-[:HOLDS]->(o)-[:OF]->(b)-[:PART_OF]->(c)-[:PART_OF]->(d) RETURN a, d
