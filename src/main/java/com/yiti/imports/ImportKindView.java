package com.yiti.imports;

import java.util.List;

/** A kind of import as the page and the API list it. */
public record ImportKindView(String code, List<ImportColumn> columns, List<String> keyColumns) {}
