MATCH p = allShortestPaths((a)-[:PARTICIPATED*..6]-(b)) RETURN nodes(p)
