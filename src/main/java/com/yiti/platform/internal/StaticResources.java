package com.yiti.platform.internal;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The static files under their own paths only ({@code spring.web.resources.add-mappings=false} turns off Boot's
 * catch-all {@code /**} mapping). With the catch-all, every link a page writes ({@code @{/orders(...)}}) was first
 * looked up as a file on the classpath, and a miss is not cached: the dashboard, with its many drill-down and export
 * links, spent most of its rendering time searching jars.
 */
@Configuration
class StaticResources implements WebMvcConfigurer {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofHours(1));

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(CACHE);
        }
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CACHE)
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
