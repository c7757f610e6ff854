package com.yiti.contract;

import com.yiti.contract.internal.Contract;
import com.yiti.contract.internal.ContractUse;
import com.yiti.contract.internal.ContractUses;
import com.yiti.contract.internal.Contracts;
import com.yiti.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders under a contract (decision 048): the order module asks, inside its confirming transaction, for the order's
 * gross total to be taken from the contract's value (the contract row locked, so two confirmations cannot both take
 * the last of it), and gives it back when the order is cancelled. This module never reads orders.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ContractConsumption {

    private final Contracts contracts;
    private final ContractUses uses;
    private final Clock clock;

    ContractConsumption(Contracts contracts, ContractUses uses, Clock clock) {
        this.contracts = contracts;
        this.uses = uses;
        this.clock = clock;
    }

    /**
     * Checks that an order may be placed under the contract (same customer and currency, signed or executing, valid
     * today); without an amount nothing is taken (a draft order being written).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ContractTerms check(long contractId, long customerId, String currency) {
        Contract c = contracts
                .findById(contractId)
                .orElseThrow(() -> new BusinessRuleException("contractId", "contract.unknown"));
        requireUsable(c, customerId, currency);
        return ContractManagement.terms(c);
    }

    /**
     * Takes an order's gross total from the contract (again for an order already counted: its amount is replaced).
     * Refused when the contract is not open, not the order's customer's, in another currency, out of its validity, or
     * has less left than the order ({@code contract.valueExceeded} with what is left).
     */
    public void consume(
            long contractId, long orderId, String orderNumber, long customerId, String currency, BigDecimal amount) {
        Contract c = contracts
                .lock(contractId)
                .orElseThrow(() -> new BusinessRuleException("contractId", "contract.unknown"));
        requireUsable(c, customerId, currency);
        var existing = uses.findByContractIdAndOrderId(contractId, orderId);
        BigDecimal already = existing.map(ContractUse::getAmount).orElse(BigDecimal.ZERO);
        BigDecimal left = c.left().add(already);
        if (amount.compareTo(left) > 0) {
            throw new BusinessRuleException(
                    null, "contract.valueExceeded", c.getNumber(), c.getCurrency() + " " + left.toPlainString());
        }
        existing.ifPresent(uses::delete);
        uses.flush();
        uses.save(new ContractUse(contractId, orderId, orderNumber, amount, clock.instant()));
        c.use(amount.subtract(already));
        if (c.getStatus() == ContractStatus.SIGNED) {
            c.status(ContractStatus.EXECUTING);
        }
    }

    /** Gives a cancelled order's amount back to its contract (nothing when the order took none). */
    public void release(long contractId, long orderId) {
        uses.findByContractIdAndOrderId(contractId, orderId).ifPresent(u -> {
            Contract c = contracts.lock(contractId).orElseThrow();
            c.use(u.getAmount().negate());
            uses.delete(u);
        });
    }

    private void requireUsable(Contract c, long customerId, String currency) {
        if (c.getCustomerId() != customerId) {
            throw new BusinessRuleException("contractId", "contract.otherCustomer", c.getNumber());
        }
        if (!c.getStatus().open()) {
            throw new BusinessRuleException("contractId", "contract.notOpenForOrders", c.getNumber());
        }
        if (!c.getCurrency().equals(currency)) {
            throw new BusinessRuleException("contractId", "contract.currencyDiffers", c.getCurrency());
        }
        LocalDate today = LocalDate.now(clock.withZone(ContractManagement.BUSINESS_ZONE));
        if (today.isBefore(c.getValidFrom()) || (c.getValidTo() != null && today.isAfter(c.getValidTo()))) {
            throw new BusinessRuleException("contractId", "contract.outsideValidity", c.getNumber());
        }
    }
}
