package ru.gkh.cabinet.application.messaging;

/**
 * Where an SMS goes: an SMS provider's HTTP API, or nowhere further than the outbox (no provider configured), where
 * staff read it. The outbox dispatcher calls it for each due SMS.
 */
public interface SmsGateway {

    /** Whether messages really leave: false keeps every SMS in the outbox (status KEPT) for staff to read. */
    boolean delivers();

    /** Sends one text to a phone (+7 and 10 digits); returns the provider's id of the message. */
    String send(String phone, String text) throws SmsNotSent;

    /** Why an SMS did not go: {@code providerDown} when the provider could not be reached or answered with an error of its own. */
    class SmsNotSent extends Exception {

        private static final long serialVersionUID = 1L;
        private final boolean providerDown;

        public SmsNotSent(String message, boolean providerDown, Throwable cause) {
            super(message, cause);
            this.providerDown = providerDown;
        }

        public boolean providerDown() {
            return providerDown;
        }
    }
}
