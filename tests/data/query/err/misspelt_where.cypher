MATCH (n) WHER n.x = 1 RETURN n
