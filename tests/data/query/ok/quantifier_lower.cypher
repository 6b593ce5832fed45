MATCH (b)-[:PART_OF]-{1,}(o) RETURN o
