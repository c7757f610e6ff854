package com.yiti.imports;

import com.yiti.shared.BusinessRuleException;

/** The file as a whole cannot be imported (wrong type, empty, too large, a formula, merged cells...): nothing is. */
public class ImportFileException extends BusinessRuleException {

    public ImportFileException(String messageKey, Object... args) {
        super("file", messageKey, args);
    }
}
