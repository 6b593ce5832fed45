MERGE (n:Person {name: "x"}) RETURN n
