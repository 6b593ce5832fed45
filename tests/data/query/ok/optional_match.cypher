MATCH (p:Person) OPTIONAL MATCH (p)-[:AUTHORED]->(a:Article) RETURN p, a
