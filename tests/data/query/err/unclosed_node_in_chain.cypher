MATCH (a)-[:X]->(b RETRN b
