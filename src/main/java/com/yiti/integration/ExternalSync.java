package com.yiti.integration;

import com.yiti.integration.internal.ExternalRef;
import com.yiti.integration.internal.ExternalRefs;
import com.yiti.platform.UserDirectory;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.RecordNotFoundException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotent upserts by external id (decision 035): a web shop or an old CRM pushes its records again and again
 * ({@code PUT /api/v1/external/{system}/{kind}/{externalId}}) and each external id names one record, created the
 * first time and changed after. Two pushes of one new id at once create one record: the second finds the first's
 * mapping (after the unique key or a lock conflict turned it back, it runs once more). The owning module's rules and
 * the caller's rights apply as in its own API.
 */
@Service
public class ExternalSync {

    private static final Pattern SYSTEM = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private final Map<String, ExternalRecordKind<?>> kinds;
    private final ExternalRefs refs;
    private final JsonMapper json;
    private final Validator validator;
    private final UserDirectory directory;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ExternalSync(
            List<ExternalRecordKind<?>> kinds,
            ExternalRefs refs,
            JsonMapper json,
            Validator validator,
            UserDirectory directory,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.kinds = kinds.stream().collect(Collectors.toMap(ExternalRecordKind::kind, Function.identity()));
        this.refs = refs;
        this.json = json;
        this.validator = validator;
        this.directory = directory;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The kinds that can be pushed. */
    public List<String> kinds() {
        return kinds.keySet().stream().sorted().toList();
    }

    /** Creates or changes the record the external id names; {@code created} says which. */
    public ExternalRecordView upsert(String system, String kind, String externalId, JsonNode body) {
        ExternalRecordKind<?> k = kind(kind);
        check(system, externalId);
        Object parsed = parse(k, body);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return once(k, system, externalId, parsed);
        }
        try {
            return transaction.execute(s -> once(k, system, externalId, parsed));
        } catch (DataIntegrityViolationException | PessimisticLockingFailureException e) {
            // another push of the same new id won the race: this one now finds its record and changes it
            return transaction.execute(s -> once(k, system, externalId, parsed));
        }
    }

    /** The record an external id names (404 when none, or when the caller may not see it). */
    public ExternalRecordView get(String system, String kind, String externalId) {
        ExternalRecordKind<?> k = kind(kind);
        check(system, externalId);
        return transaction.execute(s -> {
            ExternalRef ref = refs.find(system, kind, externalId)
                    .orElseThrow(() -> new RecordNotFoundException("ExternalRecord", externalId));
            return view(k, system, externalId, ref, false);
        });
    }

    @SuppressWarnings("unchecked")
    private <B> ExternalRecordView once(ExternalRecordKind<B> k, String system, String externalId, Object body) {
        Instant now = clock.instant();
        String by = directory.require().username();
        var existing = refs.lock(system, k.kind(), externalId);
        if (existing.isPresent()) {
            ExternalRef ref = existing.get();
            k.update(ref.getRecordId(), (B) body);
            ref.seen(now, by);
            return view(k, system, externalId, ref, false);
        }
        long id = k.create((B) body);
        ExternalRef ref = refs.saveAndFlush(new ExternalRef(system, k.kind(), externalId, id, now, by));
        return view(k, system, externalId, ref, true);
    }

    private static ExternalRecordView view(
            ExternalRecordKind<?> k, String system, String externalId, ExternalRef ref, boolean created) {
        return new ExternalRecordView(
                system,
                k.kind(),
                externalId,
                ref.getRecordId(),
                created,
                ref.getFirstSeenAt(),
                ref.getLastSeenAt(),
                k.view(ref.getRecordId()));
    }

    private ExternalRecordKind<?> kind(String kind) {
        ExternalRecordKind<?> k = kinds.get(kind);
        if (k == null) {
            throw new RecordNotFoundException("ExternalRecordKind", kind);
        }
        return k;
    }

    private static void check(String system, String externalId) {
        if (system == null || !SYSTEM.matcher(system).matches()) {
            throw new BusinessRuleException("system", "external.system");
        }
        if (externalId == null || externalId.isBlank() || externalId.length() > 100) {
            throw new BusinessRuleException("externalId", "external.id");
        }
    }

    /** The body as the kind's form, validated as its own API validates it; the first problem at its field. */
    private Object parse(ExternalRecordKind<?> k, JsonNode body) {
        Object parsed;
        try {
            parsed = json.treeToValue(body == null ? json.createObjectNode() : body, k.bodyType());
        } catch (JacksonException e) {
            throw new BusinessRuleException(null, "external.body");
        }
        var problems = validator.validate(parsed);
        if (!problems.isEmpty()) {
            ConstraintViolation<?> first = problems.stream()
                    .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .orElseThrow();
            String field = first.getPropertyPath().toString();
            var annotation = first.getConstraintDescriptor().getAnnotation();
            if (annotation instanceof Size size) {
                throw new BusinessRuleException(field, "field.tooLong", size.max());
            }
            String name = annotation.annotationType().getSimpleName();
            throw new BusinessRuleException(
                    field, name.startsWith("Not") ? "field.required" : "external.invalid", first.getMessage());
        }
        return parsed;
    }
}
