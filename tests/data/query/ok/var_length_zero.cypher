MATCH (a)-[:PART_OF*0..2]->(b) RETURN b
