MATCH (b) WHERE b.key CONTAINS "oblast" RETURN b
