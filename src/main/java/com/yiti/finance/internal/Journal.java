package com.yiti.finance.internal;

import com.yiti.finance.AccountPurpose;
import com.yiti.finance.DocumentType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The only writer of the journal. Every entry balances (debits = credits, checked before it is saved) and is posted
 * in the transaction of the business event it records; entries are never changed.
 */
@Component
public class Journal {

    /** One side of an entry on the account holding a purpose; customer set on receivables and customer credit. */
    public record Leg(AccountPurpose purpose, BigDecimal debit, BigDecimal credit, Long customerId) {

        public static Leg debit(AccountPurpose purpose, BigDecimal amount, Long customerId) {
            return new Leg(purpose, amount, BigDecimal.ZERO, customerId);
        }

        public static Leg credit(AccountPurpose purpose, BigDecimal amount, Long customerId) {
            return new Leg(purpose, BigDecimal.ZERO, amount, customerId);
        }
    }

    private final Accounts accounts;
    private final JournalEntries entries;
    private final Clock clock;

    Journal(Accounts accounts, JournalEntries entries, Clock clock) {
        this.accounts = accounts;
        this.entries = entries;
        this.clock = clock;
    }

    /** Posts a balanced entry; legs of zero are left out; nothing is posted when every leg is zero. */
    public JournalEntry post(
            java.time.LocalDate date,
            DocumentType type,
            String reference,
            String description,
            String currency,
            String by,
            List<Leg> legs) {
        List<Leg> real = legs.stream()
                .filter(l -> l.debit().signum() != 0 || l.credit().signum() != 0)
                .toList();
        if (real.isEmpty()) {
            return null;
        }
        BigDecimal debits = real.stream().map(Leg::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = real.stream().map(Leg::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (debits.compareTo(credits) != 0) {
            throw new IllegalStateException(
                    "unbalanced journal entry for " + reference + ": " + debits + " ≠ " + credits);
        }
        JournalEntry entry = new JournalEntry(date, type, reference, description, null, by, clock.instant());
        for (Leg leg : real) {
            if (leg.debit().signum() < 0 || leg.credit().signum() < 0) {
                throw new IllegalStateException("negative journal amount for " + reference);
            }
            Account account = accounts.findByPurpose(leg.purpose())
                    .orElseThrow(() -> new IllegalStateException("no account for " + leg.purpose()));
            entry.getLines()
                    .add(new JournalLine(
                            account.getId(),
                            leg.debit().setScale(2, java.math.RoundingMode.UNNECESSARY),
                            leg.credit().setScale(2, java.math.RoundingMode.UNNECESSARY),
                            currency,
                            leg.customerId()));
        }
        return entries.save(entry);
    }
}
