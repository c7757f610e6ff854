package com.yiti.setup;

import com.yiti.platform.UserDirectory;
import com.yiti.setup.internal.Companies;
import com.yiti.setup.internal.Company;
import com.yiti.shared.BusinessRuleException;
import com.yiti.shared.ConcurrentChangeException;
import com.yiti.shared.FileTypes;
import com.yiti.shared.Text;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's own profile and its two images. Everyone signed in reads it (documents print it); only ADMIN changes
 * it. The unified social credit code is checked (GB 32100); images are PNG or JPEG by their bytes, up to 1 MB.
 */
@Service
@Transactional
public class CompanySetup {

    static final int MAX_IMAGE_BYTES = 1024 * 1024;

    private final Companies companies;
    private final JdbcTemplate jdbc;
    private final UserDirectory directory;
    private final Clock clock;

    CompanySetup(Companies companies, JdbcTemplate jdbc, UserDirectory directory, Clock clock) {
        this.companies = companies;
        this.jdbc = jdbc;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CompanyView profile() {
        Optional<Company> company = companies.findFirstByOrderById();
        java.util.Set<String> images =
                new java.util.HashSet<>(jdbc.queryForList("select kind from set_company_image", String.class));
        boolean logo = images.contains(CompanyImage.Kind.LOGO.name());
        boolean seal = images.contains(CompanyImage.Kind.SEAL.name());
        return company.map(c -> new CompanyView(
                        true,
                        c.getLegalNameZh(),
                        c.getLegalNameEn(),
                        c.getCreditCode(),
                        c.getAddress(),
                        c.getPhone(),
                        c.getBankName(),
                        c.getBankAccount(),
                        c.getCurrency(),
                        logo,
                        seal,
                        c.getVersion(),
                        c.getUpdatedAt(),
                        c.getUpdatedBy()))
                .orElseGet(() -> new CompanyView(
                        false, null, null, null, null, null, null, null, "CNY", logo, seal, 0, null, null));
    }

    /**
     * Saves the profile; {@code expectedVersion} is the version the administrator started from (0 for the first
     * save). Refused field by field: a Chinese legal name is required, a credit code must pass its check, the
     * currency is three capital letters.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public CompanyView save(CompanyData data, long expectedVersion) {
        String nameZh = Text.blankToNull(data.legalNameZh());
        if (nameZh == null) {
            throw new BusinessRuleException("legalNameZh", "company.nameRequired");
        }
        String code = CreditCodes.normalize(data.creditCode());
        if (code != null && !CreditCodes.isValid(code)) {
            throw new BusinessRuleException("creditCode", "company.creditCodeInvalid");
        }
        String currency = Text.blankToNull(data.currency());
        currency = currency == null ? "CNY" : currency.toUpperCase(java.util.Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            throw new BusinessRuleException("currency", "company.currencyCode");
        }
        Company company = companies.findFirstByOrderById().orElseGet(Company::new);
        if (company.getId() != null && company.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException("Company", company.getId());
        }
        company.change(
                nameZh,
                Text.blankToNull(data.legalNameEn()),
                code,
                Text.blankToNull(data.address()),
                Text.blankToNull(data.phone()),
                Text.blankToNull(data.bankName()),
                Text.blankToNull(data.bankAccount()),
                currency);
        companies.saveAndFlush(company);
        return profile();
    }

    /** Stores the logo or the seal, replacing the one before. Not an image, empty or too large: refused. */
    @PreAuthorize("hasRole('ADMIN')")
    public void storeImage(CompanyImage.Kind kind, byte[] content) {
        if (content == null || content.length == 0) {
            throw new BusinessRuleException("file", "attachment.empty");
        }
        if (content.length > MAX_IMAGE_BYTES) {
            throw new BusinessRuleException("file", "attachment.tooLarge", MAX_IMAGE_BYTES / (1024 * 1024));
        }
        String type = FileTypes.sniff(content);
        if (!"image/png".equals(type) && !"image/jpeg".equals(type)) {
            throw new BusinessRuleException("file", "company.imageType");
        }
        String by = directory.require().username();
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        int updated = jdbc.update(
                "update set_company_image set content_type = ?, content = ?, updated_at = ?, updated_by = ?"
                        + " where kind = ?",
                type,
                content,
                now,
                by,
                kind.name());
        if (updated == 0) {
            jdbc.update(
                    "insert into set_company_image (kind, content_type, content, updated_at, updated_by)"
                            + " values (?, ?, ?, ?, ?)",
                    kind.name(),
                    type,
                    content,
                    now,
                    by);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public void removeImage(CompanyImage.Kind kind) {
        jdbc.update("delete from set_company_image where kind = ?", kind.name());
    }

    /** The company profile with its logo and seal ready for a printed document. */
    @Transactional(readOnly = true)
    public Letterhead letterhead() {
        return new Letterhead(
                profile(),
                image(CompanyImage.Kind.LOGO)
                        .map(i -> com.yiti.platform.PrintedDocuments.dataUri(i.contentType(), i.content()))
                        .orElse(null),
                image(CompanyImage.Kind.SEAL)
                        .map(i -> com.yiti.platform.PrintedDocuments.dataUri(i.contentType(), i.content()))
                        .orElse(null));
    }

    @Transactional(readOnly = true)
    public Optional<CompanyImage> image(CompanyImage.Kind kind) {
        return jdbc
                .query(
                        "select content_type, content from set_company_image where kind = ?",
                        (rs, i) -> new CompanyImage(kind, rs.getString(1), rs.getBytes(2)),
                        kind.name())
                .stream()
                .findFirst();
    }
}
