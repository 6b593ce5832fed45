MATCH (a)-[:HOLDS->(b) RETURN a
