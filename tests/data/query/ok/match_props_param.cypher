MATCH (b:Branch {key: $key}) RETURN b
