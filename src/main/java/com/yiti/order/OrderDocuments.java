package com.yiti.order;

import com.yiti.customer.CustomerManagement;
import com.yiti.platform.PrintedDocuments;
import com.yiti.platform.Role;
import com.yiti.platform.UserDirectory;
import com.yiti.setup.CompanySetup;
import com.yiti.shared.ChineseAmounts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order module's printed documents: the quotation (报价单), the sales contract / order confirmation (销售合同)
 * and the delivery note (送货单, signed on receipt). Each is scoped like the document it prints: a rep prints only his
 * own customers' quotations and orders; delivery notes are for the warehouse and managers, and a warehouse clerk's
 * copy carries no prices.
 */
@Service
@Transactional(readOnly = true)
public class OrderDocuments {

    /** Roles whose delivery notes show prices (a warehouse clerk's never do, whatever other role he has). */
    private static final Set<Role> PRICED = Set.of(Role.ADMIN, Role.MANAGER);

    private final QuotationManagement quotations;
    private final OrderManagement orders;
    private final OrderSteps orderSteps;
    private final FulfilmentManagement fulfilment;
    private final CustomerManagement customers;
    private final CompanySetup company;
    private final PrintedDocuments printed;
    private final UserDirectory directory;

    OrderDocuments(
            QuotationManagement quotations,
            OrderManagement orders,
            OrderSteps orderSteps,
            FulfilmentManagement fulfilment,
            CustomerManagement customers,
            CompanySetup company,
            PrintedDocuments printed,
            UserDirectory directory) {
        this.quotations = quotations;
        this.orders = orders;
        this.orderSteps = orderSteps;
        this.fulfilment = fulfilment;
        this.customers = customers;
        this.company = company;
        this.printed = printed;
        this.directory = directory;
    }

    public PrintedDocuments.Pdf quotation(long id, String lang) {
        QuotationView q = quotations.get(id);
        Map<String, Object> model = base(q.customerId());
        model.put("titleKey", "print.quotation.title");
        model.put("number", q.number());
        model.put("date", PrintedDocuments.dateOf(q.createdAt()));
        model.put("validUntil", q.validUntil());
        model.put("note", q.note());
        model.put("lines", q.lines());
        model.put("net", q.netTotal());
        model.put("tax", q.taxTotal());
        model.put("gross", q.grossTotal());
        model.put("currency", q.currency());
        // 大写金额 are yuan: a document in another currency prints its figures only
        model.put("capitals", "CNY".equals(q.currency()) ? ChineseAmounts.inWords(q.grossTotal()) : null);
        model.put("quotation", true);
        return new PrintedDocuments.Pdf(q.number(), printed.render("print/sales-document", model, locale(model, lang)));
    }

    public PrintedDocuments.Pdf order(long id, String lang) {
        OrderView o = orders.get(id);
        Map<String, Object> model = base(o.customerId());
        model.put("titleKey", "print.order.title");
        model.put("number", o.number());
        model.put("date", PrintedDocuments.dateOf(o.createdAt()));
        model.put("customerReference", o.customerReference());
        model.put("promisedDate", o.promisedDate());
        model.put("note", o.note());
        model.put("lines", o.lines());
        model.put("net", o.netTotal());
        model.put("tax", o.taxTotal());
        model.put("gross", o.grossTotal());
        model.put("currency", o.currency());
        // 大写金额 are yuan: a document in another currency prints its figures only
        model.put("capitals", "CNY".equals(o.currency()) ? ChineseAmounts.inWords(o.grossTotal()) : null);
        model.put("quotation", false);
        return new PrintedDocuments.Pdf(o.number(), printed.render("print/sales-document", model, locale(model, lang)));
    }

    public PrintedDocuments.Pdf deliveryNote(long shipmentId, String lang) {
        ShipmentView s = fulfilment.shipment(shipmentId);
        // the shipment was readable (warehouse, managers): its order's customer and prices come without sales scope
        OrderForInvoice order = orderSteps.forInvoicing(s.orderId());
        Map<String, Object> model = base(order.customerId());
        var user = directory.require();
        boolean prices = !user.hasRole(Role.WAREHOUSE) && user.hasAnyRole(PRICED);
        model.put("shipment", s);
        model.put("prices", prices);
        if (prices) {
            model.put(
                    "orderLines",
                    order.lines().stream()
                            .collect(java.util.stream.Collectors.toMap(OrderForInvoice.Line::orderLineId, l -> l)));
        }
        return new PrintedDocuments.Pdf(s.number(), printed.render("print/delivery-note", model, locale(model, lang)));
    }

    /** The language asked for, else the customer's document language. */
    private static Locale locale(Map<String, Object> model, String lang) {
        return PrintedDocuments.language(
                ((com.yiti.customer.CustomerPrintDetails) model.get("buyer")).printLanguage(lang));
    }

    private Map<String, Object> base(long customerId) {
        Map<String, Object> model = new HashMap<>();
        model.put("letterhead", company.letterhead());
        model.put("buyer", customers.printDetails(customerId));
        return model;
    }
}
