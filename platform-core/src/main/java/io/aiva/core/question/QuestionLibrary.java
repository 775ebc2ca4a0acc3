package io.aiva.core.question;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.aiva.core.tenancy.TenantData;
import io.aiva.core.tenancy.Tenants;

/**
 * Puts AIVA's library into a company's bank: every library question, in every language it has, that
 * the company does not have yet, and records which library the bank now holds. Safe to repeat, so
 * onboarding calls it for a new company and startup for every company whose bank holds another
 * library, which brings questions added to the library to companies onboarded before.
 */
@ApplicationScoped
public class QuestionLibrary {

    @Inject
    TenantData data;

    @Inject
    Tenants tenants;

    private final Clock clock = Clock.systemUTC();

    /** @return how many questions were added */
    @Transactional(Transactional.TxType.REQUIRED)
    public int stockTenant(UUID tenantId) {
        EntityManager entityManager = data.forTenant(tenantId);
        Set<String> present = new HashSet<>();
        for (Object[] row : entityManager.createQuery(
                "SELECT q.libraryKey, q.language FROM Question q WHERE q.source = :library", Object[].class)
                .setParameter("library", Question.Source.LIBRARY).getResultList()) {
            present.add(row[0] + "/" + row[1]);
        }
        Instant now = clock.instant();
        int added = 0;
        for (LibraryQuestion library : QuestionBank.questions()) {
            for (QuestionContent content : variants(library)) {
                if (present.add(library.key() + "/" + content.language())) {
                    entityManager.persist(new Question(UUID.randomUUID(), Question.Source.LIBRARY, library.key(),
                            library.translationGroup(), content, now));
                    added++;
                }
            }
        }
        tenants.markLibraryStocked(tenantId, BankFiles.digest());
        return added;
    }

    private static List<QuestionContent> variants(LibraryQuestion library) {
        return Stream.concat(Stream.of(library.english()), library.translations().values().stream()).toList();
    }
}
