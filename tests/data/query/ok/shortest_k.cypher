MATCH p = SHORTEST 3 (a)-[*]-(b) RETURN p
