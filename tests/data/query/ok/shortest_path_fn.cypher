MATCH p = shortestPath((a:Person {name: "A"})-[*]-(b:Person {name: "B"})) RETURN length(p)
