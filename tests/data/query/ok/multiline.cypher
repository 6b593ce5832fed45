MATCH (b:Branch {key: "AMANAT/district/Бөрлі"})
  <-[:OF]-(o:Office {role: "chairman"})
  <-[h:HOLDS]-(p:Person)
RETURN p.name, h.status
