MATCH (a:Person), (b:Branch) RETURN a, b
