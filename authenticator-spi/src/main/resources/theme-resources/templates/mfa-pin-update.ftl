<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('pin'); section>
  <#if section = "header">
    ${msg("mfaPinUpdateTitle")}
  <#elseif section = "form">
    <form id="mfa-pin-update-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <@mfa.input name="pin" label=msg("mfaPinLabel") type="password" inputmode="numeric" autocomplete="new-password" autofocus=true hint=msg("mfaPinHint", mfaPinMin, mfaPinMax)/>
      <@mfa.input name="pinConfirm" label=msg("mfaPinConfirmLabel") type="password" inputmode="numeric" autocomplete="new-password"/>
      <@mfa.actions>
        <@mfa.primary label="doSubmit" name="save" id="mfa-save"/>
        <@mfa.cancelIfAppInitiated/>
      </@mfa.actions>
    </form>
  </#if>
</@layout.registrationLayout>
