MATCH (a)-[*..4]-(b) RETURN b
