MATCH (`my node`:`Person`) RETURN `my node`.`full name` AS `the name`
