MATCH (a)-[*1...3]->(b) RETURN b
