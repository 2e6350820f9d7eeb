package ru.gkh.cabinet.web.staff;

import java.io.Serializable;
import ru.gkh.cabinet.domain.model.organization.OrganizationDetails;

/** The fields of the organization form, as typed. */
public class OrganizationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String inn;
    private String kpp;
    private String ogrn;
    private String bankName;
    private String bic;
    private String correspondentAccount;
    private String settlementAccount;
    private String address;
    private String phone;
    private String emergencyPhone;
    private String website;
    private String officeHours;

    void clear() {
        fill(null, new OrganizationDetails(null, null, null, null, null, null, null, null, null, null, null, null));
    }

    void fill(String code, OrganizationDetails d) {
        this.code = code;
        name = d.name();
        inn = d.inn();
        kpp = d.kpp();
        ogrn = d.ogrn();
        bankName = d.bankName();
        bic = d.bic();
        correspondentAccount = d.correspondentAccount();
        settlementAccount = d.settlementAccount();
        address = d.address();
        phone = d.phone();
        emergencyPhone = d.emergencyPhone();
        website = d.website();
        officeHours = d.officeHours();
    }

    OrganizationDetails details() {
        return new OrganizationDetails(name, inn, kpp, ogrn, bankName, bic, correspondentAccount, settlementAccount, address,
                phone, emergencyPhone, website, officeHours == null ? "" : officeHours);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getInn() { return inn; }
    public void setInn(String inn) { this.inn = inn; }
    public String getKpp() { return kpp; }
    public void setKpp(String kpp) { this.kpp = kpp; }
    public String getOgrn() { return ogrn; }
    public void setOgrn(String ogrn) { this.ogrn = ogrn; }
    public String getBankName() { return bankName; }
    public void setBankName(String bankName) { this.bankName = bankName; }
    public String getBic() { return bic; }
    public void setBic(String bic) { this.bic = bic; }
    public String getCorrespondentAccount() { return correspondentAccount; }
    public void setCorrespondentAccount(String v) { this.correspondentAccount = v; }
    public String getSettlementAccount() { return settlementAccount; }
    public void setSettlementAccount(String v) { this.settlementAccount = v; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmergencyPhone() { return emergencyPhone; }
    public void setEmergencyPhone(String emergencyPhone) { this.emergencyPhone = emergencyPhone; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getOfficeHours() { return officeHours; }
    public void setOfficeHours(String officeHours) { this.officeHours = officeHours; }
}
