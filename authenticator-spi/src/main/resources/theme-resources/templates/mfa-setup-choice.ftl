<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("mfaSetupTitle")}
  <#elseif section = "form">
    <form id="mfa-setup-choice-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <p>${msg("mfaSetupInstruction")}</p>
      <div class="${properties.kcFormGroupClass!}" role="radiogroup">
        <#list mfaSetupMethods as method>
          <div class="pf-v5-c-radio">
            <input class="pf-v5-c-radio__input" type="radio" name="method" id="mfa-method-${method.setupAction()}"
                   value="${method.setupAction()}" <#if mfaSetupCurrent?? && mfaSetupCurrent == method.setupAction()>checked<#elseif !mfaSetupCurrent?? && method?is_first>checked</#if>/>
            <label class="pf-v5-c-radio__label" for="mfa-method-${method.setupAction()}">${msg(method.displayNameKey())}</label>
            <span class="pf-v5-c-radio__description">${msg(method.helpTextKey())}</span>
          </div>
        </#list>
      </div>
      <@mfa.actions>
        <@mfa.primary label="doContinue" name="choose" id="mfa-choose"/>
      </@mfa.actions>
    </form>
  </#if>
</@layout.registrationLayout>
