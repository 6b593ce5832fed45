RETURN "ab" STARTS WITH "a" = true
