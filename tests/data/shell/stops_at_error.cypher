RETURN 1 AS first;
MATCH (p:Persn) RETURN p;
RETURN 3 AS never;
