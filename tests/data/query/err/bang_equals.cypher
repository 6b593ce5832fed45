MATCH (n) WHERE n.x != 1 RETURN n
