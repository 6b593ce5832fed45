MATCH (p:Person {name: "Қуат Байғоджаев"}) RETURN p.name
