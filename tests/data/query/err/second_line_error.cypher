MATCH (n:Person)
WHERE n.name = 'x'
RETURN n.name AS
