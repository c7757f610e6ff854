package com.yiti.approval;

import java.time.LocalDate;

/** A delegation: who is away, who decides for him, from and to (inclusive), why. */
public record DelegationView(
        long id,
        long userId,
        String userName,
        long delegateId,
        String delegateName,
        LocalDate from,
        LocalDate to,
        String note,
        boolean activeToday) {}
