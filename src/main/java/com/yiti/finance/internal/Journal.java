package com.yiti.finance.internal;

import com.yiti.finance.AccountPurpose;
import com.yiti.finance.DocumentType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The only writer of the journal. Every entry balances in the book currency, CNY (debits = credits, checked before it
 * is saved), and is posted in the transaction of the business event it records; entries are never changed. A
 * document in a foreign currency posts its legs converted at its rate ({@link #postAt}), each line keeping its
 * foreign amount; an entry mixing rates (a USD payment settling a USD invoice booked at another rate) gives each leg
 * its CNY amount and foreign amount itself, with the exchange difference as a leg of its own.
 */
@Component
public class Journal {

    /**
     * One side of an entry on the account holding a purpose; customer set on receivables and customer credit. Debit
     * and credit in CNY; {@code fc} the same leg in the document's foreign currency, or null.
     */
    public record Leg(AccountPurpose purpose, BigDecimal debit, BigDecimal credit, Long customerId, BigDecimal fc) {

        public Leg(AccountPurpose purpose, BigDecimal debit, BigDecimal credit, Long customerId) {
            this(purpose, debit, credit, customerId, null);
        }

        public static Leg debit(AccountPurpose purpose, BigDecimal amount, Long customerId) {
            return new Leg(purpose, amount, BigDecimal.ZERO, customerId);
        }

        public static Leg credit(AccountPurpose purpose, BigDecimal amount, Long customerId) {
            return new Leg(purpose, BigDecimal.ZERO, amount, customerId);
        }

        /** A debit of {@code book} CNY that was {@code fc} in the document's currency. */
        public static Leg debit(AccountPurpose purpose, BigDecimal book, BigDecimal fc, Long customerId) {
            return new Leg(purpose, book, BigDecimal.ZERO, customerId, fc);
        }

        /** A credit of {@code book} CNY that was {@code fc} in the document's currency. */
        public static Leg credit(AccountPurpose purpose, BigDecimal book, BigDecimal fc, Long customerId) {
            return new Leg(purpose, BigDecimal.ZERO, book, customerId, fc);
        }

        BigDecimal amount() {
            return debit.signum() != 0 ? debit : credit;
        }

        Leg book(BigDecimal rate) {
            BigDecimal fcAmount = amount();
            BigDecimal cny = com.yiti.currency.ExchangeRateManagement.toBook(fcAmount, rate);
            return debit.signum() != 0
                    ? new Leg(purpose, cny, BigDecimal.ZERO, customerId, fcAmount)
                    : new Leg(purpose, BigDecimal.ZERO, cny, customerId, fcAmount);
        }

        Leg plus(BigDecimal cny) {
            return debit.signum() != 0
                    ? new Leg(purpose, debit.add(cny), credit, customerId, fc)
                    : new Leg(purpose, debit, credit.add(cny), customerId, fc);
        }
    }

    /**
     * Posts an entry whose legs are in the document's currency at one rate: each converted to CNY (to the fen), the
     * rounding difference of a fen or two put on the smallest leg of the side split into more legs (VAT, not the
     * receivable or the revenue) so that the entry balances. In CNY (rate 1) this is {@link #post}.
     */
    public JournalEntry postAt(
            java.time.LocalDate date,
            DocumentType type,
            String reference,
            String description,
            String currency,
            BigDecimal rate,
            String by,
            List<Leg> legs) {
        if (com.yiti.currency.ExchangeRateManagement.BOOK_CURRENCY.equals(currency)) {
            return post(date, type, reference, description, currency, by, legs);
        }
        return post(date, type, reference, description, currency, by, booked(legs, rate));
    }

    /** Legs in a foreign currency converted to CNY at a rate, balanced (see {@link #postAt}). */
    public static List<Leg> booked(List<Leg> legs, BigDecimal rate) {
        List<Leg> out = new java.util.ArrayList<>(legs.stream()
                .filter(l -> l.debit().signum() != 0 || l.credit().signum() != 0)
                .map(l -> l.book(rate))
                .toList());
        BigDecimal diff = out.stream()
                .map(Leg::debit)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .subtract(out.stream().map(Leg::credit).reduce(BigDecimal.ZERO, BigDecimal::add));
        if (diff.signum() != 0) {
            // the smallest leg of the side split into more legs absorbs the fen (VAT beside revenue), so the
            // receivable and the revenue stay exactly the document's amounts at the rate; even: the lighter side
            long debitLegs = out.stream().filter(l -> l.debit().signum() != 0).count();
            long creditLegs = out.size() - debitLegs;
            boolean onCredit = creditLegs != debitLegs ? creditLegs > debitLegs : diff.signum() > 0;
            int at = -1;
            for (int i = 0; i < out.size(); i++) {
                Leg l = out.get(i);
                boolean side = onCredit ? l.credit().signum() != 0 : l.debit().signum() != 0;
                if (side && (at < 0 || l.amount().compareTo(out.get(at).amount()) < 0)) {
                    at = i;
                }
            }
            // on the credit side a surplus of debits adds, a surplus of credits takes away (and vice versa)
            BigDecimal change = onCredit ? diff : diff.negate();
            out.set(at, out.get(at).plus(change));
        }
        return out;
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
                            leg.customerId(),
                            leg.fc() == null ? null : leg.fc().setScale(2, java.math.RoundingMode.UNNECESSARY)));
        }
        return entries.save(entry);
    }
}
