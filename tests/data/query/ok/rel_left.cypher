MATCH (b:Branch)<-[:OF]-(o:Office) RETURN o
