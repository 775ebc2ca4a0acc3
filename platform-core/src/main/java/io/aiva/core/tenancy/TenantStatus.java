package io.aiva.core.tenancy;

/** Whether a company may use AIVA; a suspended company's people and systems are refused at once. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
