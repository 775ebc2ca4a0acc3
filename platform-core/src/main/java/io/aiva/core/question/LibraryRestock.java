package io.aiva.core.question;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.aiva.core.migration.SchemaCurrent;
import io.aiva.core.tenancy.Tenants;

/**
 * Once the schema is current, gives every company whose bank holds another library than this build's
 * the library questions it lacks: those added to the library since it was stocked. A start with an
 * unchanged library reads one query, not every company's bank. A company that fails is logged and
 * tried again at the next start; two servers starting together may both try, and the unique library
 * key lets only one add a question.
 */
@ApplicationScoped
public class LibraryRestock {

    private static final Logger LOG = Logger.getLogger(LibraryRestock.class.getName());

    @Inject
    Tenants tenants;

    @Inject
    QuestionLibrary library;

    void restock(@Observes SchemaCurrent schema) {
        int added = 0;
        int companies = 0;
        try {
            for (UUID tenantId : tenants.idsStockedWithOtherLibraryThan(BankFiles.digest())) {
                try {
                    int addedHere = library.stockTenant(tenantId);
                    added += addedHere;
                    companies += addedHere > 0 ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The question library could not be brought to company " + tenantId
                            + "; the next start tries again", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The question library was not brought to the companies; the next start tries again", e);
        }
        if (added > 0) {
            LOG.info("Question library: " + added + " question(s) added to " + companies + " compan"
                    + (companies == 1 ? "y" : "ies"));
        }
    }
}
