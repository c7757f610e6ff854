package com.yiti.integration;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.CrmFixtures;
import com.yiti.support.YitiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Prometheus scrapes with an ADMIN API key: request latency by route, business events by type, webhook figures. */
@YitiTest
class MetricsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CrmFixtures crm;

    @Test
    void prometheusSeesRequestsByRouteAndCommittedEventsAndOnlyAdminMayScrape() throws Exception {
        crm.customerOf("sales1");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer demo-sales1-key"))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer demo-admin-key"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_count{")))
                .andExpect(content().string(containsString("uri=\"/api/v1/me\"")))
                .andExpect(content().string(containsString("yiti_events_committed_total{type=\"customer.created\"}")))
                .andExpect(content().string(containsString("yiti_webhooks_pending")));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer demo-manager-key"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health/dependencies"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UP")));
    }
}
