RETURN [1, 2, 3][0], {a: {b: 1}}.a.b, labels(n)[0]
