MATCH (n) WHERE id(n) = 42 RETURN n
