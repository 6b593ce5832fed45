MATCH (e:Event) WHERE e.ordinal >= 20 AND e.ordinal < 30 AND e.ordinal <> 25 AND e.ordinal <= 29 AND e.ordinal > 1 RETURN e
