package io.aiva.core.tenancy;

/** Tenant data was asked for by a caller who acts for no company (a platform operator, say). */
public class NoTenantException extends RuntimeException {

    public NoTenantException() {
        super("the caller acts for no company");
    }
}
