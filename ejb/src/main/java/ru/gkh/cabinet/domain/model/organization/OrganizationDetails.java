package ru.gkh.cabinet.domain.model.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an organization is called and how it is paid: the values its receipts and QR code carry. {@link #problems()}
 * lists, in Russian, each field that is not as the law and the banks write it.
 */
public record OrganizationDetails(String name, String inn, String kpp, String ogrn, String bankName, String bic,
                                  String correspondentAccount, String settlementAccount, String address, String phone,
                                  String emergencyPhone, String website, String officeHours) {

    private static final Pattern INN = Pattern.compile("\\d{10}|\\d{12}");
    private static final Pattern KPP = Pattern.compile("\\d{9}");
    private static final Pattern OGRN = Pattern.compile("\\d{13}|\\d{15}");
    private static final Pattern BIC = Pattern.compile("\\d{9}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{20}");

    public OrganizationDetails {
        name = trim(name);
        inn = trim(inn);
        kpp = trim(kpp);
        ogrn = trim(ogrn);
        bankName = trim(bankName);
        bic = trim(bic);
        correspondentAccount = trim(correspondentAccount);
        settlementAccount = trim(settlementAccount);
        address = trim(address);
        phone = trim(phone);
        emergencyPhone = trim(emergencyPhone);
        website = trim(website);
        // Not trimmed to null: an empty text clears the office hours, null (the staff API, which has no such field) keeps them.
        officeHours = officeHours == null ? null : officeHours.strip();
    }

    /** Without office hours (the staff API's fields): an update keeps the hours the organization has. */
    public OrganizationDetails(String name, String inn, String kpp, String ogrn, String bankName, String bic, String correspondentAccount,
                               String settlementAccount, String address, String phone, String emergencyPhone, String website) {
        this(name, inn, kpp, ogrn, bankName, bic, correspondentAccount, settlementAccount, address, phone, emergencyPhone, website, null);
    }

    public List<String> problems() {
        List<String> p = new ArrayList<>();
        if (officeHours != null && officeHours.length() > 500) {
            p.add("Часы приёма: не длиннее 500 символов");
        }
        if (name == null) {
            p.add("Название: обязательное поле");
        } else if (name.length() > 300 || name.contains("|")) {
            p.add("Название: не длиннее 300 символов и без знака «|»");
        }
        check(p, "ИНН", inn, INN, "10 или 12 цифр");
        check(p, "КПП", kpp, KPP, "9 цифр");
        check(p, "ОГРН", ogrn, OGRN, "13 или 15 цифр");
        check(p, "БИК", bic, BIC, "9 цифр");
        check(p, "Корр. счёт", correspondentAccount, ACCOUNT, "20 цифр");
        check(p, "Расчётный счёт", settlementAccount, ACCOUNT, "20 цифр");
        if (bankName != null && (bankName.length() > 45 || bankName.contains("|"))) {
            p.add("Банк: не длиннее 45 символов (так его пишет QR-код платежа) и без знака «|»");
        }
        return p;
    }

    private static void check(List<String> p, String label, String value, Pattern pattern, String expected) {
        if (value != null && !pattern.matcher(value).matches()) {
            p.add(label + ": «" + value + "» — ожидается " + expected);
        }
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
