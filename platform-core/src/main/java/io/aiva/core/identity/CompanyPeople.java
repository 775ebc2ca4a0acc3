package io.aiva.core.identity;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.aiva.core.RuleViolationException;
import io.aiva.core.audit.AuditTrail;
import io.aiva.core.tenancy.Tenant;
import io.aiva.core.tenancy.Tenants;

/**
 * The people of the caller's company, kept in Keycloak as members of its organization. Every
 * operation is scoped to that organization: someone of another company is not found, exactly like
 * someone who does not exist. A company always keeps one company admin.
 */
@ApplicationScoped
public class CompanyPeople {

    public static final String COMPANY_ADMIN = "company-admin";
    private static final int LARGEST_PAGE = 1000;

    @Inject
    KeycloakDirectory directory;

    @Inject
    Tenants tenants;


    @Inject
    AuditTrail audit;

    public List<Member> page(int first, int max) {
        return directory.members(tenants.current().organizationId(), first, max);
    }

    public Optional<Member> find(String userId) {
        return directory.member(tenants.current().organizationId(), userId);
    }

    public Invited invite(Person person, String role) {
        Tenant company = tenants.current();
        NewLogin login = directory.createMember(company.organizationId(), person, role, "email");
        audit.recordOnItsOwn(company.id(), AuditTrail.USER_INVITED, person.email(), role);
        Member member = directory.member(company.organizationId(), login.userId()).orElseThrow();
        return new Invited(member, login.temporaryPassword());
    }

    public Optional<Member> changeRole(String userId, String role) {
        Tenant company = tenants.current();
        Optional<Member> member = directory.member(company.organizationId(), userId);
        if (member.isEmpty() || role.equals(member.get().role())) {
            return member;
        }
        refuseToLeaveWithoutAdmin(company, member.get());
        directory.changeCompanyRole(userId, role);
        audit.recordOnItsOwn(company.id(), AuditTrail.USER_ROLE_CHANGED, member.get().email(), member.get().role() + " -> " + role);
        return directory.member(company.organizationId(), userId);
    }

    /** Deletes the person's login; false when the company has no such person. */
    public boolean remove(String userId) {
        Tenant company = tenants.current();
        Optional<Member> member = directory.member(company.organizationId(), userId);
        if (member.isEmpty()) {
            return false;
        }
        refuseToLeaveWithoutAdmin(company, member.get());
        directory.deleteUser(userId);
        audit.recordOnItsOwn(company.id(), AuditTrail.USER_REMOVED, member.get().email(), member.get().role());
        return true;
    }

    private void refuseToLeaveWithoutAdmin(Tenant company, Member member) {
        if (COMPANY_ADMIN.equals(member.role()) && directory.members(company.organizationId(), 0, LARGEST_PAGE).stream()
                .filter(other -> COMPANY_ADMIN.equals(other.role())).count() <= 1) {
            throw new RuleViolationException("A company keeps at least one company admin, and this is its last one.");
        }
    }

}
