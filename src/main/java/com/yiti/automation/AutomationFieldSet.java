package com.yiti.automation;

/**
 * A rule asks the record's module to set a field (decision 053): published synchronously inside the rule's run, so a
 * module that refuses (throws) fails the run, which is then retried and shown. Today: {@code customer} / {@code tag}
 * (a tag added to the customer).
 */
public record AutomationFieldSet(String recordType, long recordId, String field, String value, long ruleId) {}
