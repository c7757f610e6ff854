package com.yiti.finance;

import com.yiti.customer.CustomerManagement;
import com.yiti.inventory.InventoryManagement;
import com.yiti.platform.PrintedDocuments;
import com.yiti.setup.CompanySetup;
import com.yiti.shared.ChineseAmounts;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finance's printed documents: the invoice with seller and buyer tax data, the company's bank, the amount in Chinese
 * capitals (大写金额) and the seal. Scoped like the invoice itself: a rep prints only his own customers' invoices.
 */
@Service
@Transactional(readOnly = true)
public class FinanceDocuments {

    private final ReceivablesManagement receivables;
    private final CustomerManagement customers;
    private final InventoryManagement inventory;
    private final CompanySetup company;
    private final PrintedDocuments printed;

    FinanceDocuments(
            ReceivablesManagement receivables,
            CustomerManagement customers,
            InventoryManagement inventory,
            CompanySetup company,
            PrintedDocuments printed) {
        this.receivables = receivables;
        this.customers = customers;
        this.inventory = inventory;
        this.company = company;
        this.printed = printed;
    }

    /**
     * The invoice as PDF in {@code lang} (zh/en) or else the customer's document language; not found for anyone who
     * may not see the invoice.
     */
    public PrintedDocuments.Pdf invoicePdf(long invoiceId, String lang) {
        InvoiceView invoice = receivables.invoice(invoiceId);
        Map<String, Object> model = new HashMap<>();
        model.put("invoice", invoice);
        var buyer = customers.printDetails(invoice.customerId());
        model.put("buyer", buyer);
        model.put(
                "products",
                inventory.productsById(invoice.lines().stream()
                        .map(InvoiceView.Line::productId)
                        .collect(Collectors.toSet())));
        model.put("letterhead", company.letterhead());
        model.put("capitals", "CNY".equals(invoice.currency()) ? ChineseAmounts.inWords(invoice.grossTotal()) : null);
        return new PrintedDocuments.Pdf(
                invoice.number(),
                printed.render("print/invoice", model, PrintedDocuments.language(buyer.printLanguage(lang))));
    }
}
