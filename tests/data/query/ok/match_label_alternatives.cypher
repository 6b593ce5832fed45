MATCH (x:Branch|Party) RETURN x
