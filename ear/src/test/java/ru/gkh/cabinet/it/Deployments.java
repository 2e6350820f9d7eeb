package ru.gkh.cabinet.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The application as it ships: the EAR the build just made, deployed whole by Arquillian. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive cabinet() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("cabinet.it.ear", "target/cabinet.ear")));
    }
}
