RETURN "quote \" backslash \\ newline \n tab \t unicode \u0416 slash \/"
