package com.yiti.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 大写金额 as a Chinese invoice or contract must print it: zeros read once, 整 for whole amounts. */
class ChineseAmountsTests {

    private static String words(String amount) {
        return ChineseAmounts.inWords(new BigDecimal(amount));
    }

    @Test
    void amountsReadAsOnAnInvoice() {
        assertThat(words("1234.56")).isEqualTo("壹仟贰佰叁拾肆元伍角陆分");
        assertThat(words("2881.50")).isEqualTo("贰仟捌佰捌拾壹元伍角整");
        assertThat(words("1000")).isEqualTo("壹仟元整");
        assertThat(words("10")).isEqualTo("壹拾元整");
        assertThat(words("0")).isEqualTo("零元整");
        assertThat(words("0.05")).isEqualTo("伍分");
        assertThat(words("-12")).isEqualTo("负壹拾贰元整");
    }

    @Test
    void zerosInsideAreReadOnce() {
        assertThat(words("1005.30")).isEqualTo("壹仟零伍元叁角整");
        assertThat(words("100000.07")).isEqualTo("壹拾万元零柒分");
        assertThat(words("10050")).isEqualTo("壹万零伍拾元整");
        assertThat(words("100000001")).isEqualTo("壹亿零壹元整");
        assertThat(words("120003000")).isEqualTo("壹亿贰仟万零叁仟元整");
        assertThat(words("1010101.01")).isEqualTo("壹佰零壹万零壹佰零壹元零壹分");
    }

    @Test
    void fenAreRoundedHalfUp() {
        assertThat(words("0.125")).isEqualTo("壹角叁分");
    }
}
