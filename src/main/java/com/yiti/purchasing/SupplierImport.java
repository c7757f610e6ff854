package com.yiti.purchasing;

import com.yiti.imports.ColumnType;
import com.yiti.imports.ImportColumn;
import com.yiti.imports.ImportKind;
import com.yiti.imports.ImportRow;
import com.yiti.imports.RowError;
import com.yiti.imports.RowResult;
import com.yiti.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Suppliers from a file, by their (unique) name: a known name is updated, through the supplier rules. */
@Component
class SupplierImport implements ImportKind {

    private final SupplierManagement suppliers;

    SupplierImport(SupplierManagement suppliers) {
        this.suppliers = suppliers;
    }

    @Override
    public String code() {
        return "suppliers";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public List<String> keyColumns() {
        return List.of("name");
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required("name", ColumnType.TEXT, "上海精工仪表有限公司"),
                ImportColumn.optional("contactName", ColumnType.TEXT, "陈工"),
                ImportColumn.optional("phone", ColumnType.TEXT, "021-6488 1200"),
                ImportColumn.optional("email", ColumnType.TEXT, "sales@jinggong.example.cn"),
                ImportColumn.required("leadTimeDays", ColumnType.INTEGER, "10"),
                ImportColumn.optional("active", ColumnType.TEXT, "Y"));
    }

    @Override
    public List<RowResult> process(List<ImportRow> rows, boolean write) {
        List<RowResult> results = new ArrayList<>();
        for (ImportRow row : rows) {
            try {
                String active = row.text("active");
                SupplierData data = new SupplierData(
                        row.text("name"),
                        row.text("contactName"),
                        row.text("phone"),
                        row.text("email"),
                        row.integer("leadTimeDays"),
                        active == null
                                || Set.of("Y", "YES", "TRUE", "1", "是").contains(active.toUpperCase(Locale.ROOT)));
                Optional<SupplierView> existing = suppliers.supplierNamed(data.name());
                if (!write) {
                    suppliers.checkSupplier(existing.map(SupplierView::id).orElse(null), data);
                } else if (existing.isPresent()) {
                    suppliers.updateSupplier(existing.get().id(), existing.get().version(), data);
                } else {
                    suppliers.createSupplier(data);
                }
                results.add(existing.isPresent() ? RowResult.updated(row.number()) : RowResult.created(row.number()));
            } catch (BusinessRuleException e) {
                results.add(RowResult.refused(row.number(), RowError.of(e, Map.of())));
            }
        }
        return results;
    }
}
