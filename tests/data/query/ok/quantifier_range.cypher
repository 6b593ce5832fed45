MATCH (b)-[:PART_OF]->{1,3}(o) RETURN o
