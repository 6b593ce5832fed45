MATCH p = ANY SHORTEST (a)-[*]-(b) RETURN p
