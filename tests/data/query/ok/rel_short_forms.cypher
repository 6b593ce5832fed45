MATCH (a)-->(b)<--(c)--(d) RETURN d
