package com.yiti.purchasing;

import com.yiti.platform.PrintedDocuments;
import com.yiti.setup.CompanySetup;
import com.yiti.shared.ChineseAmounts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The purchase order (采购订单) as PDF, to send to the supplier: our letterhead, the supplier, lines and total. */
@Service
@Transactional(readOnly = true)
public class PurchasingDocuments {

    private final PurchasingManagement purchasing;
    private final com.yiti.purchasing.SupplierManagement supplierManagement;
    private final CompanySetup company;
    private final PrintedDocuments printed;

    PurchasingDocuments(
            PurchasingManagement purchasing,
            com.yiti.purchasing.SupplierManagement supplierManagement,
            CompanySetup company,
            PrintedDocuments printed) {
        this.purchasing = purchasing;
        this.supplierManagement = supplierManagement;
        this.company = company;
        this.printed = printed;
    }

    public PrintedDocuments.Pdf purchaseOrder(long id, Locale locale) {
        PurchaseOrderView po = purchasing.purchaseOrder(id);
        Map<String, Object> model = new HashMap<>();
        model.put("letterhead", company.letterhead());
        model.put("po", po);
        model.put("supplier", supplierManagement.supplier(po.supplierId()));
        model.put(
                "date",
                po.createdAt().atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate());
        boolean prices = po.lines().stream().allMatch(l -> l.unitPrice() != null);
        model.put("prices", prices);
        model.put("capitals", prices ? ChineseAmounts.inWords(po.total()) : null);
        return new PrintedDocuments.Pdf(po.number(), printed.render("print/purchase-order", model, locale));
    }
}
