package com.yiti.platform.web;

import com.yiti.platform.ApiClientData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** ADMIN's form for a new API client key. */
public class ApiClientForm {

    private String name;
    private String username;
    private List<String> scopes = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    private Integer ratePerMinute = 600;

    ApiClientData toData() {
        return new ApiClientData(name, username, scopes, expiresOn, ratePerMinute);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes == null ? new ArrayList<>() : scopes;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Integer getRatePerMinute() {
        return ratePerMinute;
    }

    public void setRatePerMinute(Integer ratePerMinute) {
        this.ratePerMinute = ratePerMinute;
    }
}
