MATCH (p)-[r:HOLDS|ELECTED_TO]->(o) RETURN type(r)
