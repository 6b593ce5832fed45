MATCH (n) RETURN n SKIP $skip LIMIT $limit
