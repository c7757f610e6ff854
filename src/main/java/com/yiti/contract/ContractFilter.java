package com.yiti.contract;

/** The contract list's filter: a customer, a status, text in the number or title. Any may be null. */
public record ContractFilter(Long customerId, ContractStatus status, String q) {

    public static ContractFilter none() {
        return new ContractFilter(null, null, null);
    }
}
