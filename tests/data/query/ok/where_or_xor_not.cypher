MATCH (n) WHERE n.a = 1 OR n.b = 2 XOR NOT n.c = 3 RETURN n
