MATCH (a)-[r*1..]->(b) RETURN r
