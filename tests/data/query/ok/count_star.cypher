MATCH (n) RETURN count(*)
