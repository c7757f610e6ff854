package com.yiti.setup.web;

import com.yiti.setup.CompanySetup;
import com.yiti.setup.CompanyView;
import com.yiti.setup.PaymentTermManagement;
import com.yiti.setup.PaymentTermView;
import com.yiti.setup.TaxRateManagement;
import com.yiti.setup.TaxRateView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Setup", description = "Company profile, tax rates and payment terms")
class SetupApiController {

    private final CompanySetup company;
    private final TaxRateManagement rates;
    private final PaymentTermManagement terms;

    SetupApiController(CompanySetup company, TaxRateManagement rates, PaymentTermManagement terms) {
        this.company = company;
        this.rates = rates;
        this.terms = terms;
    }

    @GetMapping("/company")
    @Operation(summary = "The company profile printed on documents (configured=false until ADMIN saves it)")
    CompanyView company() {
        return company.profile();
    }

    @PutMapping("/company")
    @Operation(summary = "ADMIN: save the company profile; version is the one read (0 the first time)")
    CompanyView saveCompany(@Valid @RequestBody CompanyForm body) {
        return company.save(body.toData(), body.getVersion());
    }

    @GetMapping("/tax-rates")
    @Operation(summary = "VAT rates (rate as a fraction: 0.13); active=true for the ones documents may use")
    List<TaxRateView> taxRates(@RequestParam(required = false) Boolean active) {
        return Boolean.TRUE.equals(active) ? rates.active() : rates.all();
    }

    @GetMapping("/tax-rates/{id}")
    TaxRateView taxRate(@PathVariable long id) {
        return rates.get(id);
    }

    @PostMapping("/tax-rates")
    @Operation(summary = "ADMIN: add a tax rate (percent: 13 for 13 %)")
    ResponseEntity<TaxRateView> createTaxRate(@Valid @RequestBody TaxRateForm body) {
        TaxRateView created = rates.create(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/tax-rates/" + created.id()))
                .body(created);
    }

    @PutMapping("/tax-rates/{id}")
    TaxRateView updateTaxRate(@PathVariable long id, @Valid @RequestBody TaxRateForm body) {
        return rates.update(id, body.getVersion(), body.toData());
    }

    @PostMapping("/tax-rates/{id}/active")
    @Operation(summary = "ADMIN: activate (value=true) or deactivate (value=false) a tax rate")
    TaxRateView taxRateActive(@PathVariable long id, @RequestParam boolean value) {
        return rates.setActive(id, value);
    }

    @GetMapping("/payment-terms")
    @Operation(summary = "Payment terms with their instalments (percent, days)")
    List<PaymentTermView> paymentTerms(@RequestParam(required = false) Boolean active) {
        return Boolean.TRUE.equals(active) ? terms.active() : terms.all();
    }

    @GetMapping("/payment-terms/{id}")
    PaymentTermView paymentTerm(@PathVariable long id) {
        return terms.get(id);
    }

    @PostMapping("/payment-terms")
    @Operation(summary = "ADMIN: add a payment term; instalmentPlan \"30:0;70:60\" or empty for one payment")
    ResponseEntity<PaymentTermView> createPaymentTerm(@Valid @RequestBody PaymentTermForm body) {
        PaymentTermView created = terms.create(body.toData());
        return ResponseEntity.created(URI.create("/api/v1/payment-terms/" + created.id()))
                .body(created);
    }

    @PutMapping("/payment-terms/{id}")
    PaymentTermView updatePaymentTerm(@PathVariable long id, @Valid @RequestBody PaymentTermForm body) {
        return terms.update(id, body.getVersion(), body.toData());
    }

    @PostMapping("/payment-terms/{id}/active")
    @Operation(summary = "ADMIN: activate (value=true) or deactivate (value=false) a payment term")
    PaymentTermView paymentTermActive(@PathVariable long id, @RequestParam boolean value) {
        return terms.setActive(id, value);
    }
}
