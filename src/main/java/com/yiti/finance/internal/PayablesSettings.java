package com.yiti.finance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PayablesSettings extends JpaRepository<PayablesSetting, Long> {

    default PayablesSetting current() {
        return findAll().stream().findFirst().orElseThrow();
    }
}
