MATCH (e:Event) RETURN e.kind, count(e), collect(e.key), min(e.ordinal), max(e.ordinal), sum(e.ordinal), avg(e.ordinal)
