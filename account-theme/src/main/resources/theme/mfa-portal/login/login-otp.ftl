<#-- Keycloak's one-time code page (keycloak.v2) with the portal's "Don't ask again on this browser" box (issue 17.1). -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('totp'); section>
  <#if section="header">
    ${msg("doLogIn")}
  <#elseif section="form">
    <form id="kc-otp-login-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post">
      <input id="selectedCredentialId" type="hidden" name="selectedCredentialId" value="${otpLogin.selectedCredentialId!''}">
      <#if otpLogin.userOtpCredentials?size gt 1>
        <div class="${properties.kcFormGroupClass!}">
          <div class="${properties.kcInputWrapperClass!}">
            <#list otpLogin.userOtpCredentials as otpCredential>
              <div id="kc-otp-credential-${otpCredential?index}" class="${properties.kcLoginOTPListClass!}" data-credential-id="${otpCredential.id}">
                <span class="${properties.kcLoginOTPListItemHeaderClass!}">
                  <span class="${properties.kcLoginOTPListItemIconBodyClass!}"><i class="${properties.kcLoginOTPListItemIconClass!}" aria-hidden="true"></i></span>
                  <span class="${properties.kcLoginOTPListItemTitleClass!}">${otpCredential.userLabel}</span>
                </span>
              </div>
            </#list>
          </div>
        </div>
      </#if>
      <@field.input name="otp" label=msg("loginOtpOneTime") autocomplete="one-time-code" fieldName="totp" autofocus=true />
      <@mfa.rememberBrowser/>
      <@buttons.loginButton />
    </form>
    <script>
      <#outputformat "JavaScript">
      // A click on a token picks it: its id goes with the code, and only it shows as selected.
      (function pickTokens(selectedClass) {
        const tokens = document.querySelectorAll("[data-credential-id]");
        tokens.forEach(token => token.addEventListener("click", () => {
          document.getElementById("selectedCredentialId").value = token.dataset.credentialId;
          tokens.forEach(other => other.classList.remove(selectedClass));
          token.classList.add(selectedClass);
        }));
      })(${properties.kcLoginOTPListSelectedClass!?c});
      </#outputformat>
    </script>
  </#if>
</@layout.registrationLayout>
