package com.yiti.platform;

import java.util.function.BooleanSupplier;

/**
 * One step of the first-run checklist an administrator follows on a blank installation (company profile, warehouses,
 * tax rates and units, payment terms, users, products, customers, opening stock). Each module contributes its steps
 * as beans; the platform shows them in {@code order} with whether each is {@code done}, linking to {@code path}.
 */
public record SetupStep(String id, int order, String labelKey, String hintKey, String path, BooleanSupplier done) {}
