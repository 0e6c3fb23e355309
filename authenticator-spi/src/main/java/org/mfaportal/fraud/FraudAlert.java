package org.mfaportal.fraud;

import java.io.IOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jboss.logging.Logger;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailSenderProvider;
import org.keycloak.models.AbstractKeycloakTransaction;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.theme.FreeMarkerException;
import org.keycloak.theme.Theme;
import org.keycloak.theme.beans.MessageFormatterMethod;
import org.keycloak.theme.freemarker.FreeMarkerProvider;
import org.mfaportal.text.RealmName;

/**
 * The email to the realm's fraud alert recipients: rendered now from the realm's email theme (our
 * templates come with every theme, from the JAR's theme-resources) in the realm's default language,
 * and sent with the realm's SMTP settings only after the transaction commits, so a report that is
 * rolled back alerts nobody. A failure to send is logged; it never undoes the report.
 */
final class FraudAlert {

    static final String TEMPLATE = "mfa-portal-fraud-alert.ftl";
    static final String SUBJECT = "mfaFraudAlertSubject";

    private static final Logger LOG = Logger.getLogger(FraudAlert.class);

    /** What the email says: who reported, with which method, and the block's end if any. */
    record Report(String username, String method, Long blockedUntil) {}

    private final KeycloakSession session;
    private final RealmModel realm;

    FraudAlert(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    void sendAfterCommit(List<String> recipients, Report report) {
        if (recipients.isEmpty()) {
            return;
        }
        Map<String, String> smtp = realm.getSmtpConfig();
        if (smtp == null || smtp.get("host") == null) {
            LOG.warnf(
                    "Realm %s names fraud alert recipients but has no SMTP server: no alert sent",
                    realm.getName());
            return;
        }
        Email email;
        try {
            email = render(report);
        } catch (IOException | FreeMarkerException | RuntimeException e) {
            // The report and the lock stand even when the alert cannot be written.
            LOG.errorf(e, "Could not render the fraud alert of realm %s", realm.getName());
            return;
        }
        EmailSenderProvider sender = session.getProvider(EmailSenderProvider.class);
        Map<String, String> config = Map.copyOf(smtp);
        session.getTransactionManager()
                .enlistAfterCompletion(
                        new AbstractKeycloakTransaction() {
                            @Override
                            protected void commitImpl() {
                                for (String recipient : recipients) {
                                    send(sender, config, recipient, email);
                                }
                            }

                            @Override
                            protected void rollbackImpl() {
                                // Nothing was reported: nothing to tell.
                            }
                        });
    }

    private void send(
            EmailSenderProvider sender, Map<String, String> config, String to, Email email) {
        try {
            sender.send(config, to, email.subject(), email.text(), email.html());
        } catch (EmailException | RuntimeException e) {
            LOG.errorf(e, "Could not send the fraud alert of realm %s", realm.getName());
        }
    }

    private record Email(String subject, String text, String html) {}

    private Email render(Report report) throws IOException, FreeMarkerException {
        Theme theme = session.theme().getTheme(Theme.Type.EMAIL);
        Locale locale =
                realm.getDefaultLocale() == null
                        ? Locale.ENGLISH
                        : Locale.forLanguageTag(realm.getDefaultLocale());
        Properties messages = theme.getEnhancedMessages(realm, locale);
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("msg", new MessageFormatterMethod(locale, messages));
        attributes.put("realmName", RealmName.of(realm));
        attributes.put("username", report.username());
        attributes.put("method", methodName(messages, report.method()));
        if (report.blockedUntil() != null) {
            attributes.put(
                    "blockedUntil",
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                                    Instant.ofEpochSecond(report.blockedUntil())
                                            .atOffset(ZoneOffset.UTC)
                                            .toLocalDateTime())
                            + " UTC");
        }
        ConsoleLink.of(realm).ifPresent(link -> attributes.put("consoleLink", link));
        FreeMarkerProvider freeMarker = session.getProvider(FreeMarkerProvider.class);
        String subject =
                new MessageFormat(messages.getProperty(SUBJECT, SUBJECT), locale)
                        .format(new Object[] {RealmName.of(realm), report.username()});
        return new Email(
                subject,
                freeMarker.processTemplate(attributes, "text/" + TEMPLATE, theme),
                freeMarker.processTemplate(attributes, "html/" + TEMPLATE, theme));
    }

    /** The method's name as users read it ("mfaFraudAlertMethod.mfa-voice"), else its id. */
    private static String methodName(Properties messages, String method) {
        return messages.getProperty("mfaFraudAlertMethod." + method, method);
    }
}
