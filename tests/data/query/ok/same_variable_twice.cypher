MATCH (a)-[:PARTICIPATED]->(e)<-[:PARTICIPATED]-(b), (a)-[:HOLDS]->(o) RETURN a, b
