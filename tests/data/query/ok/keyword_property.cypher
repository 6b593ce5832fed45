MATCH (n) RETURN n.order, n.limit, n.count
