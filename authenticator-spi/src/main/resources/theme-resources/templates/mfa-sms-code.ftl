<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
  <#if section = "header">
    ${msg(mfaTitleKey)}
  <#elseif section = "form">
    <form id="mfa-sms-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <p id="mfa-sms-code-instruction">${msg("mfaSmsCodeInstruction", mfaPhone)}</p>
      <@mfa.input name="code" label=msg("mfaSmsCodeLabel") autocomplete="one-time-code" inputmode="numeric" autofocus=true/>
      <@mfa.actions>
        <@mfa.primary label="doSubmit" name="login" id="kc-login"/>
        <@mfa.secondary label="mfaSmsResend" name="resend" id="mfa-resend"/>
        <#if mfaSetupStep??>
          <@mfa.secondary label="mfaPhoneChangeNumber" name="changeNumber" id="mfa-change-number"/>
        </#if>
        <@mfa.cancelIfAppInitiated/>
      </@mfa.actions>
    </form>
  </#if>
</@layout.registrationLayout>
