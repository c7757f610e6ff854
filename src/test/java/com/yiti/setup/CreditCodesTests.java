package com.yiti.setup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The unified social credit code check (GB 32100-2015) the company profile and, later, customers rely on. */
class CreditCodesTests {

    @Test
    void aRealCodeAndTheDemoCompanysPass() {
        assertThat(CreditCodes.isValid("91110000600037341L")).isTrue();
        assertThat(CreditCodes.isValid("91310115MA1K4YT0X8")).isTrue();
        assertThat(CreditCodes.isValid(CreditCodes.normalize(" 91310115ma1k4yt0x8 ")))
                .isTrue();
    }

    @Test
    void aWrongCheckCharacterLengthOrLetterFails() {
        assertThat(CreditCodes.isValid("91110000600037341M")).isFalse();
        assertThat(CreditCodes.isValid("9111000060003734")).isFalse();
        // I, O, S, V and Z are not in the alphabet (confused with 1, 0, 5, U and 2)
        assertThat(CreditCodes.isValid("9131011SMA1K4YT0X8")).isFalse();
        assertThat(CreditCodes.isValid("91310115MA1K4YTOX8")).isFalse();
        assertThat(CreditCodes.isValid(null)).isFalse();
    }

    @Test
    void theCheckCharacterIsTheOneThatMakesACodeValid() {
        String first = "91320594MA1PQ3RX7";
        assertThat(CreditCodes.isValid(first + CreditCodes.checkCharacter(first)))
                .isTrue();
    }
}
