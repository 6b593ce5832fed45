MATCH (p:Person) WHERE p.name = "Қуат Байғоджаев" RETURN p
