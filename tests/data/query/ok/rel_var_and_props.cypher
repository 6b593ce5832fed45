MATCH (p)-[h:HOLDS {status: "current"}]->(o) RETURN h.status
