package com.yiti.finance;

import com.yiti.finance.internal.Account;
import com.yiti.finance.internal.Accounts;
import com.yiti.finance.internal.JournalEntries;
import com.yiti.finance.internal.JournalEntry;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.persistence.criteria.Predicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chart of accounts (FINANCE keeps it), the journal browser and the trial balance (FINANCE, MANAGER). */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('FINANCE', 'MANAGER', 'ADMIN')")
public class LedgerManagement {

    private final Accounts accounts;
    private final JournalEntries entries;

    private final com.yiti.finance.internal.SupplierInvoices supplierInvoices;
    private final com.yiti.finance.internal.SupplierPayments supplierPayments;
    private final com.yiti.inventory.StockValuation valuation;
    private final com.yiti.purchasing.PurchaseOrderMatching matching;
    private final com.yiti.finance.internal.SupplierDebitNotes debitNotes;
    private final com.yiti.finance.internal.Invoices invoices;
    private final com.yiti.finance.internal.Payments payments;

    LedgerManagement(
            Accounts accounts,
            JournalEntries entries,
            com.yiti.finance.internal.SupplierInvoices supplierInvoices,
            com.yiti.finance.internal.SupplierPayments supplierPayments,
            com.yiti.inventory.StockValuation valuation,
            com.yiti.purchasing.PurchaseOrderMatching matching,
            com.yiti.finance.internal.SupplierDebitNotes debitNotes,
            com.yiti.finance.internal.Invoices invoices,
            com.yiti.finance.internal.Payments payments) {
        this.invoices = invoices;
        this.payments = payments;
        this.debitNotes = debitNotes;
        this.valuation = valuation;
        this.matching = matching;
        this.accounts = accounts;
        this.entries = entries;
        this.supplierInvoices = supplierInvoices;
        this.supplierPayments = supplierPayments;
    }

    public List<AccountView> accounts() {
        return accounts.findAllByOrderByCode().stream()
                .map(LedgerManagement::view)
                .toList();
    }

    public AccountView account(long id) {
        return view(accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("Account", id)));
    }

    @PreAuthorize("hasRole('FINANCE')")
    @Transactional
    public AccountView createAccount(AccountData data) {
        Account a = new Account(
                code(data, null), null, name(data.nameZh(), "nameZh"), name(data.nameEn(), "nameEn"), type(data));
        a.apply(a.getCode(), a.getNameZh(), a.getNameEn(), a.getType(), data.active());
        return view(accounts.saveAndFlush(a));
    }

    /** Renames or retypes an account; an account that business events post to stays active. */
    @PreAuthorize("hasRole('FINANCE')")
    @Transactional
    public AccountView updateAccount(long id, long expectedVersion, AccountData data) {
        Account a = accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("Account", id));
        if (a.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Account", id);
        }
        if (a.getPurpose() != null && !data.active()) {
            throw new BusinessRuleException("active", "finance.accountInUse");
        }
        a.apply(
                code(data, a.getId()),
                name(data.nameZh(), "nameZh"),
                name(data.nameEn(), "nameEn"),
                type(data),
                data.active());
        accounts.flush();
        return view(a);
    }

    /** Journal entries, newest first, filtered by account, date range and document reference. */
    public Page<JournalEntryView> entries(
            Long accountId, LocalDate from, LocalDate to, String document, Pageable pageable) {
        Specification<JournalEntry> spec = (root, query, cb) -> {
            List<Predicate> p = new ArrayList<>();
            if (accountId != null) {
                var sub = query.subquery(Long.class);
                var entry = sub.from(JournalEntry.class);
                var line = entry.join("lines");
                sub.select(entry.get("id")).where(cb.equal(line.get("accountId"), accountId));
                p.add(root.get("id").in(sub));
            }
            if (from != null) {
                p.add(cb.greaterThanOrEqualTo(root.get("entryDate"), from));
            }
            if (to != null) {
                p.add(cb.lessThanOrEqualTo(root.get("entryDate"), to));
            }
            if (document != null && !document.isBlank()) {
                p.add(cb.like(
                        cb.upper(root.get("documentRef")), "%" + document.trim().toUpperCase(Locale.ROOT) + "%"));
            }
            return cb.and(p.toArray(Predicate[]::new));
        };
        Map<Long, Account> byId = byId();
        return entries.findAll(spec, pageable).map(e -> view(e, byId));
    }

    public List<JournalEntryView> entriesOf(String documentRef) {
        Map<Long, Account> byId = byId();
        return entries.findByDocumentRefOrderByIdAsc(documentRef).stream()
                .map(e -> view(e, byId))
                .toList();
    }

    /** Debits and credits per account in a period; the totals of both columns are equal. */
    public List<TrialBalanceRow> trialBalance(LocalDate from, LocalDate to) {
        Map<Long, Account> byId = byId();
        return entries.turnover(from, to).stream()
                .map(r -> {
                    Account a = byId.get((Long) r[0]);
                    return new TrialBalanceRow(
                            a.getId(), a.getCode(), name(a), a.getType(), (BigDecimal) r[1], (BigDecimal) r[2]);
                })
                .sorted(java.util.Comparator.comparing(TrialBalanceRow::code))
                .toList();
    }

    /**
     * The journal's invariants, read in one snapshot: every entry balances and so does the whole journal; the
     * inventory account holds the stock value; goods received not invoiced holds what was received and not yet
     * invoiced, at the cost the receipts booked; payables hold the open supplier invoices less unallocated payments.
     * Returns the violations found.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<String> violations() {
        List<String> v = new ArrayList<>();
        entries.unbalanced().forEach(id -> v.add("journal entry " + id + " does not balance"));
        if (entries.totalDifference().signum() != 0) {
            v.add("the journal does not balance: debits − credits = " + entries.totalDifference());
        }
        BigDecimal inventory = balance(AccountPurpose.INVENTORY).negate();
        if (inventory.compareTo(valuation.stockValue()) != 0) {
            v.add("the inventory account holds " + inventory + " but the stock is worth " + valuation.stockValue());
        }
        BigDecimal grni = balance(AccountPurpose.GRNI);
        BigDecimal notInvoiced =
                matching.receivedCost().subtract(supplierInvoices.grniCleared()).add(debitNotes.grniGivenBack());
        if (grni.compareTo(notInvoiced) != 0) {
            v.add("goods received not invoiced holds " + grni + " but receipts not yet invoiced are " + notInvoiced);
        }
        // payables: the account holds exactly the open supplier invoices less the payments not yet allocated
        BigDecimal payables = accounts.findByPurpose(AccountPurpose.PAYABLES)
                .map(a -> entries.creditBalance(a.getId()))
                .orElse(BigDecimal.ZERO);
        BigDecimal owed = supplierInvoices
                .openTotal()
                .subtract(supplierPayments.unallocatedTotal())
                .subtract(debitNotes.unappliedTotal());
        if (payables.compareTo(owed) != 0) {
            v.add("the payables account holds " + payables + " but open supplier invoices less unallocated payments"
                    + " less debit notes not set off are " + owed);
        }
        // receivables: the account holds what the open invoices still owe as booked in CNY (decision 046), and
        // customer credit what payments hold unallocated as booked
        BigDecimal receivables = balance(AccountPurpose.RECEIVABLES).negate();
        BigDecimal openBooked = invoices.bookOpenTotal(ReceivablesManagement.OPEN);
        if (receivables.compareTo(openBooked) != 0) {
            v.add("the receivables account holds " + receivables + " but open invoices as booked are " + openBooked);
        }
        BigDecimal credit = balance(AccountPurpose.CUSTOMER_CREDIT);
        BigDecimal unallocated = payments.bookUnallocatedTotal();
        if (credit.compareTo(unallocated) != 0) {
            v.add("customer credit holds " + credit + " but payments hold " + unallocated + " unallocated as booked");
        }
        return v;
    }

    /** An account's credit balance (credits − debits), zero if the chart has no account for the purpose. */
    private BigDecimal balance(AccountPurpose purpose) {
        return accounts.findByPurpose(purpose)
                .map(a -> entries.creditBalance(a.getId()))
                .orElse(BigDecimal.ZERO);
    }

    private String code(AccountData d, Long self) {
        String code = d.code() == null ? "" : d.code().trim();
        if (!code.matches("[0-9]{4,10}")) {
            throw new BusinessRuleException("code", "finance.accountCodePattern");
        }
        accounts.findByCode(code).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw new BusinessRuleException("code", "finance.accountCodeTaken");
        });
        return code;
    }

    private static String name(String name, String field) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException(field, "field.required");
        }
        if (name.trim().length() > 100) {
            throw new BusinessRuleException(field, "field.tooLong", 100);
        }
        return name.trim();
    }

    private static AccountType type(AccountData d) {
        if (d.type() == null) {
            throw new BusinessRuleException("type", "field.required");
        }
        return d.type();
    }

    private Map<Long, Account> byId() {
        return accounts.findAll().stream().collect(Collectors.toMap(Account::getId, Function.identity()));
    }

    private static String name(Account a) {
        return "zh".equals(LocaleContextHolder.getLocale().getLanguage()) ? a.getNameZh() : a.getNameEn();
    }

    private static JournalEntryView view(JournalEntry e, Map<Long, Account> accounts) {
        return new JournalEntryView(
                e.getId(),
                e.getEntryDate(),
                e.getDocumentType(),
                e.getDocumentRef(),
                e.getDescription(),
                e.getCreatedBy(),
                e.getCreatedAt(),
                e.getLines().stream()
                        .map(l -> {
                            Account a = accounts.get(l.getAccountId());
                            return new JournalEntryView.Line(
                                    a.getCode(),
                                    name(a),
                                    l.getDebit(),
                                    l.getCredit(),
                                    l.getCurrency(),
                                    l.getFcAmount());
                        })
                        .toList());
    }

    private static AccountView view(Account a) {
        return new AccountView(
                a.getId(),
                a.getCode(),
                a.getPurpose(),
                a.getNameZh(),
                a.getNameEn(),
                a.getType(),
                a.isActive(),
                a.getVersion());
    }
}
