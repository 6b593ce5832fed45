MATCH (b:Branch {level: "oblast", party: "AMANAT"}) RETURN b.key
