package com.yiti.platform;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.yiti.support.TestUsers;
import com.yiti.support.YitiTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MockMvc does not forward to /error by itself, so these render the error view the way the servlet container does:
 * a request to /error with the status attribute set.
 */
@YitiTest
class ErrorPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void errorPagesInBothLanguagesWithoutInternals() throws Exception {
        for (int code : new int[] {400, 403, 404, 500}) {
            mvc.perform(errorRequest(code, "en"))
                    .andExpect(status().is(code))
                    .andExpect(content()
                            .string(allOf(
                                    containsString("<title>"),
                                    not(containsString("Exception")),
                                    not(containsString("at com.")),
                                    // Boot's "error" attribute once collided with the layout's flash message
                                    not(containsString("??")),
                                    not(containsString("flash-error")))));
            mvc.perform(errorRequest(code, "zh-CN"))
                    .andExpect(content()
                            .string(allOf(
                                    containsString("lang=\"zh-CN\""),
                                    not(containsString("??")),
                                    not(containsString("flash-error")))));
        }
        mvc.perform(errorRequest(404, "en")).andExpect(content().string(containsString("Not found")));
        mvc.perform(errorRequest(404, "zh-CN")).andExpect(content().string(containsString("未找到")));
        mvc.perform(errorRequest(403, "zh-CN")).andExpect(content().string(containsString("无权访问")));
    }

    @Test
    void missingRecordAnswers404() throws Exception {
        mvc.perform(get("/admin/users/999999999").with(users.as("admin"))).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.RequestBuilder errorRequest(int code, String lang) {
        return get("/error")
                .requestAttr("jakarta.servlet.error.status_code", code)
                .requestAttr("jakarta.servlet.error.request_uri", "/some/page")
                .requestAttr("jakarta.servlet.error.exception", new IllegalStateException("SQL secret select * from x"))
                .accept(MediaType.TEXT_HTML)
                .cookie(new Cookie("yiti-lang", lang))
                .with(users.as("sales1"));
    }
}
