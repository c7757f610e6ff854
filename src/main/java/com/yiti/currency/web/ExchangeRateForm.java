package com.yiti.currency.web;

import com.yiti.currency.NewExchangeRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** One day's rate as typed on the page. */
public class ExchangeRateForm {

    private String currency = "USD";

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate rateDate;

    private BigDecimal rate;

    NewExchangeRate toData() {
        return new NewExchangeRate(currency, rateDate, rate);
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public LocalDate getRateDate() {
        return rateDate;
    }

    public void setRateDate(LocalDate rateDate) {
        this.rateDate = rateDate;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }
}
