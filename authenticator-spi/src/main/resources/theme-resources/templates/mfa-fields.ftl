<#-- Form pieces shared by the portal's login pages; the classes come from the active login theme. -->
<#macro input name label value="" type="text" autocomplete="off" inputmode="" autofocus=false hint="">
  <#assign error = messagesPerField.get(name)>
  <div class="${properties.kcFormGroupClass!}">
    <div class="${properties.kcFormGroupLabelClass!}">
      <label for="${name}" class="${properties.kcFormLabelClass!}"><span class="${properties.kcFormLabelTextClass!}">${label}</span></label>
    </div>
    <span class="${properties.kcInputClass!} <#if error?has_content>${properties.kcError!}</#if>">
      <input id="${name}" name="${name}" value="${value}" type="${type}" autocomplete="${autocomplete}"
             <#if inputmode?has_content>inputmode="${inputmode}"</#if> <#if autofocus>autofocus</#if>
             aria-invalid="<#if error?has_content>true</#if>"/>
    </span>
    <#if hint?has_content && !error?has_content>
      <div class="${properties.kcFormHelperTextClass!}"><div class="${properties.kcInputHelperTextClass!}">
        <div class="${properties.kcInputHelperTextItemClass!}"><span class="${properties.kcInputHelperTextItemTextClass!}">${hint}</span></div>
      </div></div>
    </#if>
    <#if error?has_content>
      <div class="${properties.kcFormHelperTextClass!}" aria-live="polite"><div class="${properties.kcInputHelperTextClass!}">
        <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-${name}">
          <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(error)?no_esc}</span>
        </div>
      </div></div>
    </#if>
  </div>
</#macro>

<#macro actions>
  <div class="${properties.kcFormGroupClass!}">
    <div class="${properties.kcFormActionGroupClass!}">
      <#nested>
    </div>
  </div>
</#macro>

<#macro primary label name="" id="">
  <button class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}"
          type="submit" name="${name}" id="${id}" value="true">${msg(label)}</button>
</#macro>

<#macro secondary label name id="">
  <button class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
          type="submit" name="${name}" id="${id}" value="true">${msg(label)}</button>
</#macro>

<#macro cancelIfAppInitiated>
  <#if isAppInitiatedAction??>
    <button class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
            type="submit" name="cancel-aia" value="true" id="cancelAIA" formnovalidate>${msg("doCancel")}</button>
  </#if>
</#macro>

<#-- Issue 12.4: a setup page during a sign-in leads back to the choice of methods (BackToSetupChoice). -->
<#macro backToChoice>
  <#if !isAppInitiatedAction??>
    <button class="${properties.kcButtonClass!} ${properties.kcButtonSecondaryClass!} ${properties.kcButtonBlockClass!}"
            type="submit" name="mfaBackToChoice" value="true" id="mfa-back-to-choice" formnovalidate>${msg("mfaBackToChoice")}</button>
  </#if>
</#macro>

<#-- Issue 17.1: "Don't ask again on this browser", on a second step's sign-in page where the realm offers it (catalog.RememberOffer). -->
<#macro rememberBrowser>
  <#if mfaRememberDays?? && !isAppInitiatedAction??>
    <div class="${properties.kcFormGroupClass!}">
      <div class="${properties.kcCheckboxClass!}">
        <input class="${properties.kcCheckboxInputClass!}" type="checkbox" id="mfaRememberBrowser" name="mfaRememberBrowser" value="on"/>
        <label class="${properties.kcCheckboxLabelClass!}" for="mfaRememberBrowser">${msg("mfaRememberBrowser", mfaRememberDays?c)}</label>
      </div>
    </div>
  </#if>
</#macro>
