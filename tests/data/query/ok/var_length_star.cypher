MATCH (a)-[*]->(b) RETURN b
