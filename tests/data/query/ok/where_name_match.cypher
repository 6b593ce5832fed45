MATCH (p:Person) WHERE p.name ~ "Байғоджаевтың" RETURN p
