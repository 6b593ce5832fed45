MATCH (b:Branch)-[:PART_OF*1..3]->(o) RETURN b
