MATCH (`match`) RETURN `match`
