MATCH (p {name: "Ақтоты Мырзабекқызы"}) RETURN p
