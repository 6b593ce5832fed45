MATCH (n) RETURN count(DISTINCT n.level) AS levels
