MATCH (a)<-[:X]->(b) RETURN a
