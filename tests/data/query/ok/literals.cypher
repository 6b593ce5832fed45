RETURN null, true, false, 0, 42, 1.5, 2e10, 0.25E-2, 'single', "double"
