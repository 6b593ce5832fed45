MATCH (a)-[:PART_OF*2]->(b) RETURN b
