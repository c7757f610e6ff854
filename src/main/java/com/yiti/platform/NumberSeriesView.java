package com.yiti.platform;

/**
 * A document type's numbering: printed prefix, yearly reset, whether its numbers are gapless (taken inside the
 * document's transaction; sales orders placed through the API are not, decision 020), and the next number.
 */
public record NumberSeriesView(
        String code, String prefix, boolean yearlyReset, boolean gapless, String nextNumber, long version) {}
