package com.yiti.customer.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The duplicate guard's notion of the same name: full-width folded to half-width, case, spaces and punctuation
 * ignored, and legal-form suffixes dropped, so 上海华信科技有限公司 matches 上海 华信科技 (有限公司) and Acme Co., Ltd.
 * matches ACME.
 */
public final class CustomerNames {

    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s·・（）【】]+");
    private static final String[] SUFFIXES = {
        "股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "coltd", "limited", "ltd", "inc", "corp", "co", "gmbh"
    };

    private CustomerNames() {}

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll("");
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length()) {
                    s = s.substring(0, s.length() - suffix.length());
                    stripped = true;
                }
            }
        }
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
