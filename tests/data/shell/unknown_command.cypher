RETURN "before" AS x;
:formt csv
RETURN "after" AS x;
