/**
 * Import at go-live: customers, products, opening stock... from Excel (.xlsx) or CSV (UTF-8 or GBK). A file is
 * uploaded, checked as a whole (type, size, formulas, merged or hidden cells, macros), dry-run row by row with every
 * error named by row and column, then its valid rows imported or nothing, as the user chooses; a re-import updates by
 * code. Jobs run in the background with live progress and a history. Knows no business module: each module
 * contributes an {@link com.yiti.imports.ImportKind} that validates and writes its rows through its own rules.
 */
@ApplicationModule(allowedDependencies = {"shared", "platform"})
package com.yiti.imports;

import org.springframework.modulith.ApplicationModule;
