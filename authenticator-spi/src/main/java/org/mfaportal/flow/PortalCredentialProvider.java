package org.mfaportal.flow;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Tells Keycloak about one of the portal's credential types (phone call, text message, PIN,
 * security questions): stored credentials with their own setup action, so the account console
 * offers "Set up" (until the user has one) then "Update", and "try another way" lists them.
 */
public final class PortalCredentialProvider implements CredentialProvider<CredentialModel> {

    /**
     * How one credential type presents itself. {@code settable}: the user may set it up from the
     * account console (false for a PIN, which comes with a phone method's setup and is only
     * updated).
     */
    public record Presentation(
            String type,
            CredentialTypeMetadata.Category category,
            String displayNameKey,
            String helpTextKey,
            String setupActionId,
            String iconCssClass,
            boolean settable,
            boolean removeable,
            boolean oneOnly) {

        public Presentation(
                String type,
                CredentialTypeMetadata.Category category,
                String displayNameKey,
                String helpTextKey,
                String setupActionId,
                String iconCssClass,
                boolean settable,
                boolean removeable) {
            this(
                    type,
                    category,
                    displayNameKey,
                    helpTextKey,
                    setupActionId,
                    iconCssClass,
                    settable,
                    removeable,
                    true);
        }
    }

    private final KeycloakSession session;
    private final Presentation presentation;

    public PortalCredentialProvider(KeycloakSession session, Presentation presentation) {
        this.session = session;
        this.presentation = presentation;
    }

    @Override
    public String getType() {
        return presentation.type();
    }

    @Override
    public CredentialModel createCredential(
            RealmModel realm, UserModel user, CredentialModel credential) {
        return user.credentialManager().createStoredCredential(credential);
    }

    @Override
    public boolean deleteCredential(RealmModel realm, UserModel user, String credentialId) {
        return user.credentialManager().removeStoredCredentialById(credentialId);
    }

    @Override
    public CredentialModel getCredentialFromModel(CredentialModel model) {
        return model;
    }

    @Override
    public CredentialTypeMetadata getCredentialTypeMetadata(CredentialTypeMetadataContext context) {
        var builder =
                CredentialTypeMetadata.builder()
                        .type(presentation.type())
                        .category(presentation.category())
                        .displayName(presentation.displayNameKey())
                        .helpText(presentation.helpTextKey())
                        .iconCssClass(presentation.iconCssClass())
                        .removeable(presentation.removeable());
        // One credential of each type per user (except devices, of which a user may add several):
        // Keycloak takes either a create or an update action.
        boolean hasOne =
                presentation.oneOnly()
                        && context.getUser() != null
                        && context.getUser()
                                .credentialManager()
                                .getStoredCredentialsByTypeStream(presentation.type())
                                .findAny()
                                .isPresent();
        return (hasOne || !presentation.settable()
                        ? builder.updateAction(presentation.setupActionId())
                        : builder.createAction(presentation.setupActionId()))
                .build(session);
    }
}
