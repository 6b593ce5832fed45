EXPLAIN MATCH (p:Person) WHERE p.name ~ $who RETURN p
