package com.yiti.customer.internal;

import com.yiti.customer.CustomerFilter;
import com.yiti.customer.CustomerInvoiceDetails;
import com.yiti.customer.CustomerManagement;
import com.yiti.customer.CustomerView;
import com.yiti.customer.InvoiceDetailsData;
import com.yiti.customer.InvoiceType;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import com.yiti.setup.CreditCodes;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo invoicing data (开票信息): the first customers with a credit code take special VAT invoices (专用发票) with
 * their address, phone, bank and account; every other third one an ordinary invoice. Runs once.
 */
@Component
@Order(58)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class InvoiceDetailsDemoData implements ApplicationRunner {

    private static final String[] BANKS = {"中国工商银行上海浦东支行", "招商银行杭州分行营业部", "中国建设银行苏州工业园区支行"};

    private final InvoiceDetailsRepository rows;
    private final CustomerInvoiceDetails details;
    private final CustomerManagement customers;

    InvoiceDetailsDemoData(
            InvoiceDetailsRepository rows, CustomerInvoiceDetails details, CustomerManagement customers) {
        this.rows = rows;
        this.details = details;
        this.customers = customers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rows.count() > 0) {
            return;
        }
        SystemActor.runAs("finance", java.util.Set.of(Role.FINANCE, Role.ADMIN), () -> {
            List<CustomerView> first = customers
                    .search(CustomerFilter.none(), PageRequest.of(0, 12, Sort.by("id")))
                    .getContent();
            int n = 0;
            for (CustomerView c : first) {
                String code = CreditCodes.normalize(c.creditCode());
                if (code == null || !CreditCodes.isValid(code)) {
                    continue;
                }
                boolean special = n % 3 != 2;
                details.save(
                        c.id(),
                        null,
                        new InvoiceDetailsData(
                                special ? InvoiceType.SPECIAL : InvoiceType.ORDINARY,
                                c.name(),
                                code,
                                (c.address() == null ? "上海市浦东新区" : c.address()) + " 021-6888 " + (1000 + n),
                                BANKS[n % BANKS.length],
                                "3100 1500 0000 " + (5000 + n)));
                n++;
            }
            return null;
        });
    }
}
