// the people
MATCH (p:Person) /* every one */ RETURN p // done
