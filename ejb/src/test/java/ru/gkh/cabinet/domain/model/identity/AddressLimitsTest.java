package ru.gkh.cabinet.domain.model.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import ru.gkh.cabinet.domain.model.identity.AddressLimits.Limit;
import ru.gkh.cabinet.domain.model.identity.AddressLimits.Limited;

class AddressLimitsTest {

    @Test
    void defaultsHoldForEveryActionNotNamed() {
        AddressLimits l = AddressLimits.parse("REGISTER=3/30");
        assertEquals(new Limit(3, Duration.ofMinutes(30)), l.of(Limited.REGISTER));
        assertEquals(new Limit(60, Duration.ofMinutes(15)), l.of(Limited.SIGN_IN));
        assertEquals(new Limit(10, Duration.ofMinutes(60)), l.of(Limited.CODE_SENT));
        assertEquals(new Limit(10, Duration.ofMinutes(60)), AddressLimits.parse("").of(Limited.RECOVER));
    }

    @Test
    void aMalformedSettingNamesItsPart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AddressLimits.parse("SIGN_IN=60/15, LOGIN=5/1"));
        assertEquals("cabinet.address-limits: «LOGIN=5/1» is not ACTION=count/minutes with ACTION one of"
                + " [SIGN_IN, REGISTER, CODE_SENT, RECOVER]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AddressLimits.parse("SIGN_IN=0/15"));
        assertThrows(IllegalArgumentException.class, () -> AddressLimits.parse("SIGN_IN=5"));
    }
}
