MATCH p = (a)-[:PART_OF]->(b) RETURN p, length(p)
