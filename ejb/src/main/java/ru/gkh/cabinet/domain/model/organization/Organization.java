package ru.gkh.cabinet.domain.model.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A management company (УК/ТСЖ) served by this installation, with the bank details its receipts carry. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    private String inn;
    private String kpp;
    private String ogrn;
    @Column(name = "bank_name")
    private String bankName;
    private String bic;
    @Column(name = "correspondent_account")
    private String correspondentAccount;
    @Column(name = "settlement_account")
    private String settlementAccount;
    private String address;
    private String phone;
    @Column(name = "emergency_phone")
    private String emergencyPhone;
    private String website;
    @Column(name = "office_hours")
    private String officeHours;
    @Column(name = "reading_window_from")
    private int readingWindowFrom = 15;
    @Column(name = "reading_window_to")
    private int readingWindowTo = 25;

    protected Organization() {
    }

    public Organization(String code, OrganizationDetails details) {
        this.code = code;
        update(details);
    }

    /** Replaces the descriptive details; the code never changes, since files and users refer to it. */
    public final void update(OrganizationDetails d) {
        this.name = d.name();
        this.inn = d.inn();
        this.kpp = d.kpp();
        this.ogrn = d.ogrn();
        this.bankName = d.bankName();
        this.bic = d.bic();
        this.correspondentAccount = d.correspondentAccount();
        this.settlementAccount = d.settlementAccount();
        this.address = d.address();
        this.phone = d.phone();
        this.emergencyPhone = d.emergencyPhone();
        this.website = d.website();
        if (d.officeHours() != null) {
            this.officeHours = d.officeHours().isEmpty() ? null : d.officeHours();
        }
    }

    public OrganizationDetails details() {
        return new OrganizationDetails(name, inn, kpp, ogrn, bankName, bic, correspondentAccount, settlementAccount,
                address, phone, emergencyPhone, website, officeHours);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int readingWindowFrom() {
        return readingWindowFrom;
    }

    public int readingWindowTo() {
        return readingWindowTo;
    }
}
