MATCH (n) RETURN n.name ORDER BY n.name DESC, id(n) ASC
