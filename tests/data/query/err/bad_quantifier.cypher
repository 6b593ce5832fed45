MATCH (a)-[:X]->{1;2}(b) RETURN b
