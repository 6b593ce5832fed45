MATCH (a)-->(b) RETURN *
