MATCH (b) WHERE b.key ENDS WITH 'Алматы' RETURN b
