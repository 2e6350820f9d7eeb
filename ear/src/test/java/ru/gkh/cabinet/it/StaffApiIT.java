package ru.gkh.cabinet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authentication of the staff API (Basic, personal tokens), organizations, and the OpenAPI document. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StaffApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.cabinet();
    }

    @Test
    void withoutCredentialsTheApiAnswers401InJson() {
        StaffApi.Answer a = StaffApi.anonymous().get("/api/staff/organizations");
        assertEquals(401, a.status());
        assertEquals("Нужна аутентификация: HTTP Basic или Authorization: Bearer <токен>", a.json().getString("message"));
        assertEquals(401, StaffApi.basic("admin", "wrong").get("/api/staff/organizations").status());
        assertEquals(401, StaffApi.bearer("cab_not-a-token").get("/api/staff/organizations").status());
    }

    @Test
    void aPersonalTokenWorksUntilRevoked() {
        StaffApi.Answer made = StaffApi.ACCOUNTANT.postJson("/api/staff/tokens?name=script", "");
        assertEquals(201, made.status(), made.body());
        String token = made.json().getString("token");
        long id = made.json().getJsonNumber("id").longValue();
        StaffApi script = StaffApi.bearer(token);
        assertEquals(200, script.get("/api/staff/organizations").status());
        assertTrue(TestOrganization.query("SELECT token_hash FROM api_token WHERE id = " + id).get(0).matches("[0-9a-f]{64}"),
                "only a hash of the token is stored");
        assertEquals(204, StaffApi.ACCOUNTANT.delete("/api/staff/tokens/" + id).status());
        assertEquals(401, script.get("/api/staff/organizations").status());
    }

    @Test
    void theAdministratorCreatesOrganizationsAndNobodyElseDoes() {
        String code = "API" + System.nanoTime() % 1000000;
        String body = "{\"code\":\"" + code + "\",\"name\":\"ООО «Уют»\",\"inn\":\"7701234567\",\"kpp\":\"770101001\","
                + "\"ogrn\":\"1027700132195\",\"bankName\":\"ПАО Сбербанк\",\"bic\":\"044525225\","
                + "\"correspondentAccount\":\"30101810400000000225\",\"settlementAccount\":\"40702810938000012345\","
                + "\"address\":\"г. Москва, ул. Тверская, д. 1\",\"phone\":\"+7 495 000-00-00\",\"emergencyPhone\":\"+7 495 000-00-01\","
                + "\"website\":\"https://uyut.example.ru\"}";
        StaffApi.Answer created = StaffApi.ADMIN.postJson("/api/staff/organizations", body);
        assertEquals(201, created.status(), created.body());
        assertEquals("ООО «Уют»", created.json().getString("name"));
        assertEquals("044525225", created.json().getString("bic"));

        StaffApi.Answer again = StaffApi.ADMIN.postJson("/api/staff/organizations", body);
        assertEquals(409, again.status());
        assertEquals("Организация с кодом «" + code + "» уже есть", again.json().getString("message"));

        StaffApi.Answer bad = StaffApi.ADMIN.postJson("/api/staff/organizations", "{\"code\":\"X-" + code + "\",\"name\":\"ООО\",\"bic\":\"12\"}");
        assertEquals(400, bad.status());
        assertEquals("БИК: «12» — ожидается 9 цифр", bad.json().getString("message"));

        StaffApi.Answer byAccountant = StaffApi.ACCOUNTANT.postJson("/api/staff/organizations", body.replace(code, code + "B"));
        assertEquals(403, byAccountant.status());
        assertEquals("Организации создаёт и изменяет администратор", byAccountant.json().getString("message"));
    }

    @Test
    void staffOfOneOrganizationSeeOnlyIt() {
        JsonArray seenByAccountant = (JsonArray) StaffApi.ACCOUNTANT.get("/api/staff/organizations").jsonStructure();
        assertEquals(1, seenByAccountant.size());
        assertEquals("DEMO", seenByAccountant.getJsonObject(0).getString("code"));
        JsonArray seenByAdmin = (JsonArray) StaffApi.ADMIN.get("/api/staff/organizations").jsonStructure();
        assertTrue(seenByAdmin.size() >= 1);
        TestOrganization other = TestOrganization.create();
        StaffApi.Answer foreign = StaffApi.ACCOUNTANT.postBytes("/api/staff/imports/key_rates?organization=" + other.code, "text/csv",
                "valid_from;rate\n2025-01-01;9,5\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(404, foreign.status());
    }

    @Test
    void anotherOrganizationsImportIsNotFound() {
        TestOrganization other = TestOrganization.create();
        JsonObject r = other.importFile("key_rates", "valid_from;rate\n2025-01-01;9,5\n");
        assertEquals(404, StaffApi.ACCOUNTANT.get("/api/staff/imports/" + r.getString("id")).status());
    }

    @Test
    void payaraServesTheOpenApiDocumentOfTheStaffApi() {
        StaffApi.Answer a = StaffApi.anonymous().get("/openapi");
        assertEquals(200, a.status());
        assertTrue(a.body().contains("/api/staff/imports/{type}"), a.body());
        assertTrue(a.body().contains("/api/staff/organizations"), a.body());
    }
}
