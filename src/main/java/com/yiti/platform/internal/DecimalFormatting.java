package com.yiti.platform.internal;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Decimals in form fields are written plainly (120, never 1.2E+2 from a value whose trailing zeros were stripped)
 * and read back as typed (a plain or scientific number, surrounding blanks ignored).
 */
@Configuration(proxyBeanMethods = false)
class DecimalFormatting implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new PlainDecimal());
    }

    static final class PlainDecimal implements Formatter<BigDecimal> {

        @Override
        public String print(BigDecimal value, Locale locale) {
            BigDecimal v = value.stripTrailingZeros();
            return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
        }

        @Override
        public BigDecimal parse(String text, Locale locale) throws ParseException {
            try {
                return new BigDecimal(text.trim());
            } catch (NumberFormatException e) {
                throw new ParseException(text, 0);
            }
        }
    }
}
