package ru.gkh.cabinet.domain.model.identity;

/** What a person may do (architecture.md, "Roles"). The names are the Jakarta Security groups and roles. */
public enum Role {
    ADMIN, ACCOUNTANT, OPERATOR, RESIDENT;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String ACCOUNTANT_NAME = "ACCOUNTANT";
    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String RESIDENT_NAME = "RESIDENT";
}
