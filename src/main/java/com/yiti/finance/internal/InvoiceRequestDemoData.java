package com.yiti.finance.internal;

import com.yiti.customer.CustomerInvoiceDetails;
import com.yiti.finance.InvoiceRequestView;
import com.yiti.finance.InvoiceRequests;
import com.yiti.finance.TaxCodeManagement;
import com.yiti.finance.TaxInvoiceFiles;
import com.yiti.inventory.InventoryManagement;
import com.yiti.inventory.ProductFilter;
import com.yiti.inventory.ProductType;
import com.yiti.inventory.ProductView;
import com.yiti.platform.Role;
import com.yiti.platform.SystemActor;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Demo VAT invoice requests (issue 18), once: tax classification codes on every product (demo codes — a company's tax
 * adviser confirms its own), and three requests on invoices of customers with invoicing data — one issued (exported,
 * its number imported back), one exported waiting for its number, one waiting for FINANCE's approval.
 */
@Component
@Order(84)
@ConditionalOnProperty(name = "yiti.demo-data", havingValue = "true")
class InvoiceRequestDemoData implements ApplicationRunner {

    /** 机械设备 / 仪器仪表 / 现代服务 — demo codes in the shape of the 商品和服务税收分类编码 (19 digits). */
    static final String GOODS = "1090511990000000000";

    static final String SERVICES = "3040203000000000000";

    private final InvoiceRequestRepository requests;
    private final TaxCodes codes;
    private final Invoices invoices;
    private final InvoiceRequests invoiceRequests;
    private final TaxInvoiceFiles files;
    private final TaxCodeManagement taxCodes;
    private final InventoryManagement inventory;
    private final CustomerInvoiceDetails details;
    private final Clock clock;

    InvoiceRequestDemoData(
            InvoiceRequestRepository requests,
            TaxCodes codes,
            Invoices invoices,
            InvoiceRequests invoiceRequests,
            TaxInvoiceFiles files,
            TaxCodeManagement taxCodes,
            InventoryManagement inventory,
            CustomerInvoiceDetails details,
            Clock clock) {
        this.requests = requests;
        this.codes = codes;
        this.invoices = invoices;
        this.invoiceRequests = invoiceRequests;
        this.files = files;
        this.taxCodes = taxCodes;
        this.inventory = inventory;
        this.details = details;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (requests.count() > 0) {
            return;
        }
        SystemActor.runAs("finance", Set.of(Role.FINANCE, Role.ADMIN), () -> {
            List<ProductView> products = inventory
                    .products(ProductFilter.none(), PageRequest.of(0, 500, Sort.by("sku")))
                    .getContent();
            for (ProductView p : products) {
                if (codes.existsById(p.id())) {
                    continue;
                }
                boolean service = p.type() == ProductType.SERVICE;
                taxCodes.save(p.id(), -1, service ? SERVICES : GOODS, service ? "现代服务" : "工业自动化设备");
            }
            List<InvoiceRequestView> made = new ArrayList<>();
            for (Invoice i : invoices.findAll(PageRequest.of(0, 60, Sort.by(Sort.Order.desc("id"))))) {
                if (made.size() == 3) {
                    break;
                }
                if (!"CNY".equals(i.getCurrency()) || i.getOrderId() == null) {
                    continue;
                }
                if (details.of(i.getCustomerId()).isEmpty()) {
                    continue;
                }
                try {
                    made.add(invoiceRequests.request(i.getId(), null));
                } catch (com.yiti.shared.BusinessRuleException notThisOne) {
                    // a customer with incomplete data for a special invoice: the next invoice
                }
            }
            if (made.size() < 3) {
                return null;
            }
            invoiceRequests.approve(made.get(0).id(), made.get(0).version());
            files.exportApproved();
            LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
            String issued = "发票流水号,发票号码,开票日期\n" + made.get(0).number() + ",26312000000"
                    + (100000000 + made.get(0).id()) + "," + today + "\n";
            files.importIssued("issued.csv", issued.getBytes(StandardCharsets.UTF_8));
            InvoiceRequestView second = invoiceRequests.get(made.get(1).id());
            invoiceRequests.approve(second.id(), second.version());
            files.exportApproved();
            return null;
        });
    }
}
