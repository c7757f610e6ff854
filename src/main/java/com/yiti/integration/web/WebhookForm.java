package com.yiti.integration.web;

import com.yiti.integration.WebhookData;
import com.yiti.integration.WebhookView;
import java.util.ArrayList;
import java.util.List;

/** The webhook form: name, URL, the event types wanted (none ticked: all) and whether it is on. */
public class WebhookForm {

    private String name;
    private String url;
    private List<String> eventTypes = new ArrayList<>();
    private boolean active = true;
    private long version;

    static WebhookForm of(WebhookView w) {
        WebhookForm f = new WebhookForm();
        f.name = w.name();
        f.url = w.url();
        f.eventTypes = new ArrayList<>(w.eventTypes());
        f.active = w.active();
        f.version = w.version();
        return f;
    }

    WebhookData toData() {
        return new WebhookData(name, url, eventTypes, active);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public List<String> getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(List<String> eventTypes) {
        this.eventTypes = eventTypes == null ? new ArrayList<>() : eventTypes;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
