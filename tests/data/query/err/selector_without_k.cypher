MATCH p = SHORTEST (a)-[*]-(b) RETURN p
