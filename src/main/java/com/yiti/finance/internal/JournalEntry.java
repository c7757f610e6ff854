package com.yiti.finance.internal;

import com.yiti.finance.DocumentType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A balanced journal entry: never edited; a correction is a reversing entry. */
@Entity
@Table(name = "fin_journal_entry")
public class JournalEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_date", nullable = false, updatable = false)
    private LocalDate entryDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 20, updatable = false)
    private DocumentType documentType;

    @Column(name = "document_ref", nullable = false, length = 40, updatable = false)
    private String documentRef;

    @Column(length = 200, updatable = false)
    private String description;

    @Column(name = "reversal_of", updatable = false)
    private Long reversalOf;

    @Column(name = "created_by", nullable = false, length = 50, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private List<JournalLine> lines = new ArrayList<>();

    protected JournalEntry() {}

    JournalEntry(
            LocalDate entryDate,
            DocumentType documentType,
            String documentRef,
            String description,
            Long reversalOf,
            String createdBy,
            Instant createdAt) {
        this.entryDate = entryDate;
        this.documentType = documentType;
        this.documentRef = documentRef;
        this.description = description;
        this.reversalOf = reversalOf;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public DocumentType getDocumentType() {
        return documentType;
    }

    public String getDocumentRef() {
        return documentRef;
    }

    public String getDescription() {
        return description;
    }

    public Long getReversalOf() {
        return reversalOf;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<JournalLine> getLines() {
        return lines;
    }
}
