MATCH (p:Person) RETURN p
