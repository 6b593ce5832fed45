MATCH (b)-[:PART_OF]->{2}(o) RETURN o
