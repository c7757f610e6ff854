package com.yiti.pricing.web;

import com.yiti.pricing.PriceItemData;
import com.yiti.pricing.PriceListData;
import com.yiti.pricing.PriceListManagement;
import com.yiti.pricing.PriceListView;
import com.yiti.shared.PageResponse;
import com.yiti.shared.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Price lists as JSON: read by sales and finance, kept by SALES_MANAGER, MANAGER and ADMIN. */
@RestController
@Tag(name = "Price lists", description = "Prices per currency, customer tier or customer, with quantity breaks")
class PriceListApiController {

    private final PriceListManagement priceLists;

    PriceListApiController(PriceListManagement priceLists) {
        this.priceLists = priceLists;
    }

    @GetMapping("/api/v1/price-lists")
    PageResponse<PriceListView> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return PageResponse.of(priceLists.list(Paging.of(page, size, null, Set.of(), Sort.unsorted())), v -> v);
    }

    @GetMapping("/api/v1/price-lists/{id}")
    PriceListView get(@PathVariable long id) {
        return priceLists.get(id);
    }

    @PostMapping("/api/v1/price-lists")
    @ResponseStatus(HttpStatus.CREATED)
    PriceListView create(@RequestBody PriceListData data) {
        return priceLists.create(data);
    }

    @PutMapping("/api/v1/price-lists/{id}")
    @Operation(summary = "Change a list's header (with the version read)")
    PriceListView update(@PathVariable long id, @RequestParam long version, @RequestBody PriceListData data) {
        return priceLists.update(id, version, data);
    }

    @PostMapping("/api/v1/price-lists/{id}/active")
    PriceListView active(@PathVariable long id, @RequestParam boolean value) {
        return priceLists.setActive(id, value);
    }

    @PutMapping("/api/v1/price-lists/{id}/items")
    @Operation(summary = "Add a product from a quantity on, or change the one with that product and quantity")
    PriceListView putItem(@PathVariable long id, @RequestBody PriceItemData data) {
        return priceLists.putItem(id, data);
    }

    @DeleteMapping("/api/v1/price-lists/{id}/items/{itemId}")
    PriceListView removeItem(@PathVariable long id, @PathVariable long itemId) {
        return priceLists.removeItem(id, itemId);
    }
}
