RETURN 'O''Brien' AS name
