MATCH (b) WHERE b.key =~ "AMANAT/(oblast|city)/.*" RETURN b
