MATCH (n) /* RETURN n
