RETURN [1, [2, 3], []] AS l, {a: 1, b: {c: [true]}} AS m, {} AS e
