MATCH p = (a)-[r]->(b) RETURN length(p), nodes(p), relationships(p), labels(a), type(r), id(b), toLower("A"), toUpper("a"), size("ab"), coalesce(a.x, "none")
