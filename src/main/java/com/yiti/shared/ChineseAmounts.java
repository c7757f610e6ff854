package com.yiti.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount in Chinese capital numerals (大写金额) as invoices, contracts and cheques print it: 壹仟零伍元叁角整.
 * Zeros inside the number are read once (零), a whole amount ends in 整, and the fen are rounded half-up.
 */
public final class ChineseAmounts {

    private static final char[] DIGITS = {'零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'};
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    private static final String[] GROUPS = {"", "万", "亿", "万亿"};

    private ChineseAmounts() {}

    public static String inWords(BigDecimal amount) {
        BigDecimal fen = amount.setScale(2, RoundingMode.HALF_UP);
        if (fen.abs().compareTo(new BigDecimal("10000000000000000")) >= 0) {
            throw new IllegalArgumentException("amount too large for capital numerals: " + amount);
        }
        StringBuilder words = new StringBuilder(fen.signum() < 0 ? "负" : "");
        fen = fen.abs();
        long yuan = fen.longValue();
        int cents = fen.subtract(BigDecimal.valueOf(yuan)).movePointRight(2).intValueExact();
        int jiao = cents / 10;
        int fenDigit = cents % 10;
        if (yuan == 0 && cents == 0) {
            return "零元整";
        }
        if (yuan > 0) {
            words.append(integer(yuan)).append('元');
        }
        if (jiao > 0) {
            words.append(DIGITS[jiao]).append('角');
        }
        if (fenDigit > 0) {
            if (jiao == 0 && yuan > 0) {
                words.append('零');
            }
            words.append(DIGITS[fenDigit]).append('分');
        } else {
            words.append('整');
        }
        return words.toString();
    }

    private static String integer(long value) {
        int[] groups = new int[GROUPS.length];
        int count = 0;
        for (long v = value; v > 0; v /= 10000) {
            groups[count++] = (int) (v % 10000);
        }
        StringBuilder words = new StringBuilder();
        // a zero is read between groups when digits between two non-zero ones are zero: 壹亿贰仟万零叁仟
        boolean zeroPending = false;
        for (int i = count - 1; i >= 0; i--) {
            int group = groups[i];
            if (group == 0) {
                zeroPending = words.length() > 0;
                continue;
            }
            if (words.length() > 0 && (zeroPending || group < 1000)) {
                words.append('零');
            }
            words.append(group(group)).append(GROUPS[i]);
            zeroPending = group % 10 == 0;
        }
        return words.toString();
    }

    private static String group(int value) {
        StringBuilder words = new StringBuilder();
        boolean started = false;
        boolean zero = false;
        for (int place = 3; place >= 0; place--) {
            int digit = (value / (int) Math.pow(10, place)) % 10;
            if (digit == 0) {
                zero = started;
                continue;
            }
            if (zero) {
                words.append('零');
                zero = false;
            }
            words.append(DIGITS[digit]).append(PLACES[place]);
            started = true;
        }
        return words.toString();
    }
}
