package com.yiti.customer;

import com.yiti.customer.internal.Contact;
import com.yiti.customer.internal.Contacts;
import com.yiti.customer.internal.Customer;
import com.yiti.customer.internal.CustomerNames;
import com.yiti.customer.internal.Customers;
import com.yiti.imports.ColumnType;
import com.yiti.imports.ImportColumn;
import com.yiti.imports.ImportKind;
import com.yiti.imports.ImportRow;
import com.yiti.imports.RowError;
import com.yiti.imports.RowResult;
import com.yiti.platform.CurrentUser;
import com.yiti.platform.SalesScope;
import com.yiti.platform.UserDirectory;
import com.yiti.platform.UserSummary;
import com.yiti.setup.CreditCodes;
import com.yiti.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Customers with their primary contact from a file, by customer code: a new code is a new customer, a known one is
 * updated. The same field rules as the form, the credit code unique, and the duplicate guard: a new customer whose
 * name normalizes like an existing one (or like an earlier row) is refused with the match named. A chunk's lookups are
 * a few queries for all its rows, so 100,000 rows import in minutes.
 */
@Component
class CustomerImport implements ImportKind {

    private static final Map<String, String> FIELDS = Map.of(
            "ownerId", "owner",
            "mobile", "contactMobile",
            "email", "contactEmail",
            "title", "contactTitle",
            "phone", "contactPhone");

    private final Customers customers;
    private final Contacts contacts;
    private final CustomerManagement management;
    private final UserDirectory directory;

    CustomerImport(Customers customers, Contacts contacts, CustomerManagement management, UserDirectory directory) {
        this.customers = customers;
        this.contacts = contacts;
        this.management = management;
        this.directory = directory;
    }

    @Override
    public String code() {
        return "customers";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("code");
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("code", ColumnType.TEXT, "C9001"),
                ImportColumn.required("name", ColumnType.TEXT, "苏州精工机械有限公司"),
                ImportColumn.optional("creditCode", ColumnType.TEXT, "91320500MA1MXXXX0X"),
                ImportColumn.required("owner", ColumnType.TEXT, "sales1"),
                ImportColumn.optional("status", ColumnType.TEXT, "ACTIVE"),
                ImportColumn.optional("tier", ColumnType.TEXT, "A"),
                ImportColumn.optional("industry", ColumnType.TEXT, "机械制造"),
                ImportColumn.optional("region", ColumnType.TEXT, "华东"),
                ImportColumn.optional("address", ColumnType.TEXT, "江苏省苏州市工业园区星湖街 88 号"),
                ImportColumn.optional("website", ColumnType.TEXT, "www.example.cn"),
                ImportColumn.optional("paymentTermsDays", ColumnType.INTEGER, "30"),
                ImportColumn.optional("currency", ColumnType.TEXT, "CNY"),
                ImportColumn.optional("documentLanguage", ColumnType.TEXT, "zh"),
                ImportColumn.optional("tags", ColumnType.TEXT, "重点客户"),
                ImportColumn.optional("contactName", ColumnType.TEXT, "王经理"),
                ImportColumn.optional("contactTitle", ColumnType.TEXT, "采购经理"),
                ImportColumn.optional("contactMobile", ColumnType.TEXT, "13800138000"),
                ImportColumn.optional("contactPhone", ColumnType.TEXT, "0512-66668888"),
                ImportColumn.optional("contactEmail", ColumnType.TEXT, "wang@example.cn"));
    }

    @Override
    public List<RowResult> process(List<ImportRow> rows, boolean write) {
        CurrentUser user = directory.require();
        SalesScope scope = directory.writableSalesScope(user);
        Map<String, Customer> byCode =
                index(orEmpty(keys(rows, r -> safeCode(r.text("code"))), customers::findByCodeIn), Customer::getCode);
        Map<String, Customer> byCredit = index(
                orEmpty(keys(rows, r -> CreditCodes.normalize(r.text("creditCode"))), customers::findByCreditCodeIn),
                Customer::getCreditCode);
        Map<String, List<Customer>> byName = customers
                .findByNormalizedNameIn(
                        keys(rows, r -> r.text("name") == null ? null : CustomerNames.normalize(r.text("name"))))
                .stream()
                .collect(Collectors.groupingBy(Customer::getNormalizedName));
        Map<Long, List<Contact>> contactsOf = byCode.isEmpty()
                ? new HashMap<>()
                : contacts
                        .findByCustomerIdIn(
                                byCode.values().stream().map(Customer::getId).toList())
                        .stream()
                        .collect(Collectors.groupingBy(c -> c.toView().customerId()));
        Map<String, Optional<Long>> owners = new HashMap<>();
        List<RowResult> results = new ArrayList<>(rows.size());
        List<Customer> created = new ArrayList<>();
        List<Customer> changed = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                String username = row.text("owner");
                Optional<Long> owner = owners.computeIfAbsent(
                        username.toLowerCase(Locale.ROOT),
                        u -> directory
                                .findByUsername(u)
                                .filter(UserSummary::enabled)
                                .map(UserSummary::id));
                if (owner.isEmpty()) {
                    throw new BusinessRuleException("owner", "import.customers.ownerUnknown", username);
                }
                if (!directory.isAssignableOwner(scope, owner.get())) {
                    throw new BusinessRuleException("owner", "customer.ownerNotAllowed");
                }
                CustomerData data = new CustomerData(
                        row.text("name"),
                        row.text("creditCode"),
                        row.text("industry"),
                        parse(CustomerTier.class, row.text("tier"), "tier"),
                        row.text("region"),
                        row.text("address"),
                        row.text("website"),
                        owner.get(),
                        row.text("tags"),
                        row.integer("paymentTermsDays"),
                        row.text("currency"),
                        parse(CustomerStatus.class, row.text("status"), "status"),
                        row.text("documentLanguage") == null
                                ? null
                                : row.text("documentLanguage").toLowerCase(Locale.ROOT),
                        row.text("code"));
                CustomerRules.fields(data);
                String code = CustomerRules.customerCode(data.code());
                Customer existing = byCode.get(code);
                String credit = CreditCodes.normalize(data.creditCode());
                if (credit != null && !credit.isEmpty()) {
                    Customer other = byCredit.get(credit);
                    if (other != null && other != existing) {
                        throw new BusinessRuleException("creditCode", "import.customers.creditCodeTaken", label(other));
                    }
                }
                String normalized = CustomerNames.normalize(data.name());
                if (existing == null) {
                    List<Customer> same = byName.getOrDefault(normalized, List.of());
                    if (!same.isEmpty()) {
                        throw new BusinessRuleException(
                                "name", "import.customers.possibleDuplicate", label(same.get(0)));
                    }
                }
                ContactData contact = contact(row);
                if (contact != null) {
                    CustomerRules.applyContact(new Contact(0L), contact);
                }
                if (!write) {
                    // later rows of this chunk see this one, as they will when it is written
                    Customer would = existing != null
                            ? existing
                            : new Customer(data.name().trim(), owner.get());
                    remember(would, code, credit, normalized, byCode, byCredit, byName);
                    results.add(existing == null ? RowResult.created(row.number()) : RowResult.updated(row.number()));
                    continue;
                }
                Customer c;
                if (existing == null) {
                    c = new Customer(data.name().trim(), owner.get());
                    CustomerRules.apply(c, data);
                    customers.save(c);
                    contactsOf.put(c.getId(), new ArrayList<>());
                } else {
                    c = existing;
                    if (!Objects.equals(c.getOwnerId(), owner.get())) {
                        management.moveOwner(c, owner.get(), user);
                    }
                    c.rename(data.name().trim());
                    CustomerRules.apply(c, data);
                }
                if (contact != null) {
                    upsertContact(c.getId(), contact, contactsOf.computeIfAbsent(c.getId(), id -> new ArrayList<>()));
                }
                (existing == null ? created : changed).add(c);
                remember(c, code, credit, normalized, byCode, byCredit, byName);
                results.add(existing == null ? RowResult.created(row.number()) : RowResult.updated(row.number()));
            } catch (BusinessRuleException e) {
                results.add(RowResult.refused(row.number(), RowError.of(e, FIELDS)));
            }
        }
        if (write) {
            customers.flush();
            created.forEach(c -> management.announce(c, true));
            changed.forEach(c -> management.announce(c, false));
        }
        return results;
    }

    private void upsertContact(long customerId, ContactData data, List<Contact> existing) {
        Contact contact = existing.stream()
                .filter(c -> c.getName().equalsIgnoreCase(data.name().strip()))
                .findFirst()
                .orElse(null);
        if (contact == null) {
            contact = new Contact(customerId);
            existing.add(contact);
        }
        boolean primary = existing.stream().noneMatch(Contact::isPrimary) || contact.isPrimary();
        CustomerRules.applyContact(
                contact,
                new ContactData(data.name(), data.title(), data.mobile(), data.phone(), data.email(), null, primary));
        contacts.save(contact);
    }

    private static ContactData contact(ImportRow row) {
        boolean any = row.text("contactName") != null
                || row.text("contactTitle") != null
                || row.text("contactMobile") != null
                || row.text("contactPhone") != null
                || row.text("contactEmail") != null;
        if (!any) {
            return null;
        }
        if (row.text("contactName") == null) {
            throw new BusinessRuleException("contactName", "import.cell.required");
        }
        return new ContactData(
                row.text("contactName"),
                row.text("contactTitle"),
                row.text("contactMobile"),
                row.text("contactPhone"),
                row.text("contactEmail"),
                null,
                true);
    }

    private static void remember(
            Customer c,
            String code,
            String credit,
            String normalized,
            Map<String, Customer> byCode,
            Map<String, Customer> byCredit,
            Map<String, List<Customer>> byName) {
        byCode.put(code, c);
        if (credit != null && !credit.isEmpty()) {
            byCredit.put(credit, c);
        }
        byName.computeIfAbsent(normalized, n -> new ArrayList<>()).add(c);
    }

    private static String label(Customer c) {
        return c.getCode() == null ? c.getName() : c.getName() + " (" + c.getCode() + ")";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String column) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(
                    column,
                    "import.cell.oneOf",
                    java.util.Arrays.stream(type.getEnumConstants())
                            .map(Enum::name)
                            .collect(Collectors.joining(", ")));
        }
    }

    private static String safeCode(String code) {
        try {
            return CustomerRules.customerCode(code);
        } catch (BusinessRuleException e) {
            return null;
        }
    }

    private static Set<String> keys(Collection<ImportRow> rows, Function<ImportRow, String> key) {
        Set<String> keys = new HashSet<>();
        for (ImportRow r : rows) {
            String k = key.apply(r);
            if (k != null && !k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static <T> List<T> orEmpty(Set<String> keys, Function<Set<String>, List<T>> query) {
        return keys.isEmpty() ? List.of() : query.apply(keys);
    }

    private static <K> Map<K, Customer> index(List<Customer> list, Function<Customer, K> key) {
        Map<K, Customer> map = new HashMap<>();
        list.forEach(c -> map.put(key.apply(c), c));
        return map;
    }
}
