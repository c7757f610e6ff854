package com.yiti.contract.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractUses extends JpaRepository<ContractUse, Long> {

    List<ContractUse> findByContractIdOrderByIdAsc(Long contractId);

    Optional<ContractUse> findByContractIdAndOrderId(Long contractId, Long orderId);

    Optional<ContractUse> findFirstByOrderId(Long orderId);

    List<ContractUse> findByContractIdIn(java.util.Collection<Long> contractIds);
}
