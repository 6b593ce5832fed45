MATCH (n {name "x"}) RETURN n
