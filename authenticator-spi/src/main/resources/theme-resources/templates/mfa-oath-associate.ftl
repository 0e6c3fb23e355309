<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('serial','secret','code','nextCode'); section>
  <#if section = "header">
    ${msg("mfaOathAssociateTitle")}
  <#elseif section = "form">
    <form id="mfa-oath-associate-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <#if mfaOathAllowed>
        <p id="mfa-oath-intro">${msg("mfaOathAssociateIntro")}</p>
        <@mfa.input name="serial" label=msg("mfaOathSerialLabel") value=mfaOathSerial autofocus=true/>
        <@mfa.input name="secret" label=msg("mfaOathSecretLabel") type="password" autocomplete="off" hint=msg("mfaOathSecretHint")/>
        <div class="${properties.kcFormGroupClass!}">
          <label for="secretEncoding" class="${properties.kcFormLabelClass!}">${msg("mfaOathEncodingLabel")}</label>
          <select id="secretEncoding" name="secretEncoding" class="${properties.kcInputClass!}">
            <option value="base32" <#if mfaOathEncoding == "base32">selected</#if>>Base32</option>
            <option value="hex" <#if mfaOathEncoding == "hex">selected</#if>>Hex</option>
          </select>
        </div>
        <div class="${properties.kcFormGroupClass!}">
          <label for="tokenType" class="${properties.kcFormLabelClass!}">${msg("mfaOathTypeLabel")}</label>
          <select id="tokenType" name="tokenType" class="${properties.kcInputClass!}">
            <option value="totp" <#if mfaOathType == "totp">selected</#if>>${msg("mfaOathTypeTotp")}</option>
            <option value="hotp" <#if mfaOathType == "hotp">selected</#if>>${msg("mfaOathTypeHotp")}</option>
          </select>
        </div>
        <@mfa.input name="code" label=msg("mfaOathCodeLabel") inputmode="numeric" autocomplete="one-time-code"/>
        <@mfa.input name="nextCode" label=msg("mfaOathNextCodeLabel") inputmode="numeric" autocomplete="off"/>
      <#else>
        <@mfa.input name="serial" label=msg("mfaOathSerialLabel")/>
      </#if>
      <@mfa.actions>
        <#if mfaOathAllowed><@mfa.primary label="doSubmit" name="save" id="mfa-save"/></#if>
        <@mfa.cancelIfAppInitiated/>
      </@mfa.actions>
    </form>
  </#if>
</@layout.registrationLayout>
