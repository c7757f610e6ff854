package com.yiti.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** The order every load program places: one of the given customers, five different products, 2 of each. */
final class Orders {

    private Orders() {}

    static String fiveLines(List<Long> customers, List<Long> products, Object warehouseId, String reference) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long customer = customers.get(random.nextInt(customers.size()));
        List<Long> chosen = new ArrayList<>();
        while (chosen.size() < 5) {
            long p = products.get(random.nextInt(products.size()));
            if (!chosen.contains(p)) {
                chosen.add(p);
            }
        }
        // in id order, as a careful client sends them (reservations lock balance rows in this order)
        Collections.sort(chosen);
        StringBuilder lines = new StringBuilder();
        for (long p : chosen) {
            lines.append(lines.length() == 0 ? "" : ",")
                    .append("{\"productId\":")
                    .append(p)
                    .append(",\"quantity\":2}");
        }
        return "{\"customerId\":" + customer + ",\"warehouseId\":" + warehouseId + ",\"customerReference\":\""
                + reference + "\",\"lines\":[" + lines + "]}";
    }
}
