package com.yiti.contract;

import java.time.LocalDate;

/** A contract was signed (published in the signing transaction): collection plans date their "on signing" instalments. */
public record ContractSigned(long contractId, String number, long customerId, LocalDate signedOn) {}
