package ru.gkh.cabinet.web.pub;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import ru.gkh.cabinet.application.residents.Registration;

/** The consent page: the current version of the personal-data consent a resident accepts when registering. */
@Named
@RequestScoped
public class ShowConsent {

    @EJB
    private Registration registration;

    private Registration.Consent consent;

    public Registration.Consent getConsent() {
        if (consent == null) {
            consent = registration.consent();
        }
        return consent;
    }
}
