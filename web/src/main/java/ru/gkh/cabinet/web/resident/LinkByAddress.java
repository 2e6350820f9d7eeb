package ru.gkh.cabinet.web.resident;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import ru.gkh.cabinet.application.Refusal;
import ru.gkh.cabinet.application.residents.ResidentCabinet;
import ru.gkh.cabinet.web.staff.Messages;

/**
 * Linking an account by choosing its address step by step (company, department, building, premises) and proving
 * possession; each choice narrows the next list. The account number appears only once the proof matched.
 */
@Named
@ViewScoped
public class LinkByAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentAccount current;

    @EJB
    private ResidentCabinet cabinet;

    private Long company;
    private Long department;
    private Long building;
    private Long premises;
    private String proof;

    public List<ResidentCabinet.Choice> getCompanies() {
        return cabinet.companies();
    }

    public List<ResidentCabinet.Choice> getDepartments() {
        return company == null ? List.of() : cabinet.departments(company);
    }

    public List<ResidentCabinet.Choice> getBuildings() {
        return department == null ? List.of() : cabinet.buildings(department);
    }

    public List<ResidentCabinet.Choice> getPremisesList() {
        return building == null ? List.of() : cabinet.premises(building);
    }

    /** A choice changed: the steps after it start again. */
    public void companyChosen() {
        department = null;
        building = null;
        premises = null;
    }

    public void departmentChosen() {
        building = null;
        premises = null;
    }

    public void buildingChosen() {
        premises = null;
    }

    public void link() throws IOException {
        if (premises == null) {
            Messages.error("Помещение: выберите компанию, участок, дом и квартиру");
            return;
        }
        try {
            String login = current.login();
            long id = cabinet.linkByAddress(login, premises, proof);
            String number = cabinet.describe(login, List.of(id)).stream().map(ResidentCabinet.LinkedAccount::number).findFirst().orElse("");
            LinkAccount.showLinked(number, id);
        } catch (Refusal e) {
            Messages.error(e.getMessage());
        }
    }

    public Long getCompany() {
        return company;
    }

    public void setCompany(Long company) {
        this.company = company;
    }

    public Long getDepartment() {
        return department;
    }

    public void setDepartment(Long department) {
        this.department = department;
    }

    public Long getBuilding() {
        return building;
    }

    public void setBuilding(Long building) {
        this.building = building;
    }

    public Long getPremises() {
        return premises;
    }

    public void setPremises(Long premises) {
        this.premises = premises;
    }

    public String getProof() {
        return proof;
    }

    public void setProof(String proof) {
        this.proof = proof;
    }
}
