MATCH (n {name: $name}) WHERE n.key IN $keys AND n.level = $0 RETURN n
