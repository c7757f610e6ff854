package com.yiti.finance.internal;

import com.yiti.finance.AccountPurpose;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface Accounts extends JpaRepository<Account, Long> {

    Optional<Account> findByPurpose(AccountPurpose purpose);

    Optional<Account> findByCode(String code);

    List<Account> findAllByOrderByCode();
}
