MATCH (p:Person) WHERE p.name ~ "baigodzhaev" OR p.name ~ "Қ.Байғоджаев" RETURN p
