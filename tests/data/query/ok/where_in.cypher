MATCH (b:Branch) WHERE b.level IN ["oblast", "city"] RETURN b
