match (n:Person) where n.name is not null return distinct n.name order by n.name desc limit 1
