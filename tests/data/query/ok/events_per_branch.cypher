MATCH (b:Branch)<-[:OF]-(e:Event) RETURN b.key AS branch, count(*) AS events ORDER BY events DESC
