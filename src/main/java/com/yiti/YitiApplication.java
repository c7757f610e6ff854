package com.yiti;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Yiti: one CRM + ERP application, one schema, one transactional domain model. */
@SpringBootApplication
public class YitiApplication {

    public static void main(String[] args) {
        SpringApplication.run(YitiApplication.class, args);
    }
}
