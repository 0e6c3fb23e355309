package org.mfaportal.phone;

import org.keycloak.credential.CredentialModel;
import org.keycloak.credential.CredentialProvider;
import org.keycloak.credential.CredentialTypeMetadata;
import org.keycloak.credential.CredentialTypeMetadataContext;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Tells Keycloak about a phone credential type: a second factor with its own setup action, so the
 * account console offers "Set up" and "try another way" lists it.
 */
public final class PhoneCredentialProvider implements CredentialProvider<CredentialModel> {

    /** How one phone method presents itself. */
    public record Presentation(String type, String displayNameKey, String helpTextKey, String setupActionId,
                               String iconCssClass) {
    }

    private final KeycloakSession session;
    private final Presentation presentation;

    public PhoneCredentialProvider(KeycloakSession session, Presentation presentation) {
        this.session = session;
        this.presentation = presentation;
    }

    @Override
    public String getType() {
        return presentation.type();
    }

    @Override
    public CredentialModel createCredential(RealmModel realm, UserModel user, CredentialModel credential) {
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
        var builder = CredentialTypeMetadata.builder()
                .type(presentation.type())
                .category(CredentialTypeMetadata.Category.TWO_FACTOR)
                .displayName(presentation.displayNameKey())
                .helpText(presentation.helpTextKey())
                .iconCssClass(presentation.iconCssClass())
                .removeable(true);
        // One phone per method: the account console offers "Set up" until there is one, then "Update".
        boolean hasOne = context.getUser() != null
                && context.getUser().credentialManager().getStoredCredentialsByTypeStream(presentation.type()).findAny().isPresent();
        return (hasOne ? builder.updateAction(presentation.setupActionId()) : builder.createAction(presentation.setupActionId()))
                .build(session);
    }
}
