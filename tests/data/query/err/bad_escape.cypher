RETURN "a\qb"
