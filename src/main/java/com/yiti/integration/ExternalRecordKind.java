package com.yiti.integration;

/**
 * A kind of record other systems may push by their own id ({@code PUT /api/v1/external/{system}/{kind}/{externalId}}).
 * The module that owns the records implements it as a bean: integration keeps which external id is which record and
 * calls create or update; the owning module applies its own rules, with the caller's rights.
 *
 * @param <B> the JSON body (the module's API form, validated like its own API's)
 */
public interface ExternalRecordKind<B> {

    /** The kind's name in the path: {@code customers}, {@code products}. */
    String kind();

    Class<B> bodyType();

    /** Creates the record; returns its id. */
    long create(B body);

    /** Changes the record to what the body says (last writer wins: the pushing system is the master of these fields). */
    void update(long id, B body);

    /** The record as the owning module's API shows it. */
    Object view(long id);
}
