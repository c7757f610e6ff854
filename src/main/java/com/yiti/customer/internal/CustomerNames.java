package com.yiti.customer.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
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

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private CustomerNames() {}

    /**
     * What the search compares (decision 030): full-width folded to half-width, case and accents dropped, spaces and
     * punctuation removed, nothing else (a legal-form suffix stays: it may be what someone types). A fragment of a text
     * folds to a fragment of the text's fold, so every pair of the fragment's letters is a pair of the text's.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        return PUNCTUATION.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll("");
    }

    /**
     * The pairs of neighbouring letters (bigrams, by code point) of each text's fold: the search index kept beside a
     * customer. Texts are folded one by one, so no pair spans two of them.
     */
    public static Set<String> grams(String... texts) {
        Set<String> grams = new TreeSet<>();
        for (String text : texts) {
            int[] cp = fold(text).codePoints().toArray();
            for (int i = 0; i + 1 < cp.length; i++) {
                grams.add(new String(cp, i, 2));
            }
        }
        return grams;
    }

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
