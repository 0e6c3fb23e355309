<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('number','extension','backupNumber','pin'); section>
  <#if section = "header">
    ${msg(mfaSetup.titleKey())}
  <#elseif section = "form">
    <form id="mfa-phone-setup-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <@mfa.input name="number" label=msg(mfaSetup.numberLabelKey()) value=(mfaNumber!'') type="tel" autocomplete="tel" autofocus=true hint=msg((mfaNumberFromDirectory!false)?then("mfaPhoneNumberFromDirectory", "mfaPhoneNumberHint"))/>
      <#if mfaSetup.askExtension()>
        <@mfa.input name="extension" label=msg("mfaVoiceSetupExtension") value=(mfaExtension!'') inputmode="numeric"/>
      </#if>
      <#if mfaSetup.askBackup()>
        <@mfa.input name="backupNumber" label=msg("mfaVoiceSetupBackup") value=(mfaBackupNumber!'') type="tel" autocomplete="tel"/>
      </#if>
      <#if mfaSetup.askPin()>
        <@mfa.input name="pin" label=msg("mfaPinLabel") type="password" inputmode="numeric" autocomplete="new-password" hint=msg("mfaPinHint", mfaSetup.pinMinLength(), mfaSetup.pinMaxLength())/>
        <@mfa.input name="pinConfirm" label=msg("mfaPinConfirmLabel") type="password" inputmode="numeric" autocomplete="new-password"/>
      </#if>
      <@mfa.actions>
        <@mfa.primary label=mfaSetup.submitKey() name="send" id="mfa-send"/>
        <@mfa.cancelIfAppInitiated/>
        <@mfa.backToChoice/>
      </@mfa.actions>
    </form>
  </#if>
</@layout.registrationLayout>
