<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=!messagesPerField.exists('global'); section>
  <#if section = "header">
    ${msg("mfaQuestionsSetupTitle")}
  <#elseif section = "form">
    <p id="mfa-questions-instruction">${msg("mfaQuestionsSetupInstruction", mfaChosen?size)}</p>
    <form id="mfa-questions-setup-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <#list mfaChosen as chosen>
        <#assign field = "question" + chosen?index>
        <#assign error = messagesPerField.get(field)>
        <div class="${properties.kcFormGroupClass!}">
          <div class="${properties.kcFormGroupLabelClass!}">
            <label for="${field}" class="${properties.kcFormLabelClass!}"><span class="${properties.kcFormLabelTextClass!}">${msg("mfaQuestionsQuestionLabel", chosen?index + 1)}</span></label>
          </div>
          <span class="${properties.kcInputClass!} <#if error?has_content>${properties.kcError!}</#if>">
            <select id="${field}" name="${field}" aria-invalid="<#if error?has_content>true</#if>">
              <option value="" <#if chosen == "">selected</#if>>${msg("mfaQuestionsChoose")}</option>
              <#list mfaQuestions as question>
                <option value="${question.id()}" <#if chosen == question.id()>selected</#if>>${question.text()}</option>
              </#list>
            </select>
          </span>
          <#if error?has_content>
            <div class="${properties.kcFormHelperTextClass!}" aria-live="polite"><div class="${properties.kcInputHelperTextClass!}">
              <div class="${properties.kcInputHelperTextItemClass!} ${properties.kcError!}" id="input-error-${field}">
                <span class="${properties.kcInputErrorMessageClass!}">${kcSanitize(error)?no_esc}</span>
              </div>
            </div></div>
          </#if>
        </div>
        <#-- Answers are never shown back, not even after a mistake elsewhere on the page. -->
        <@mfa.input name="answer" + chosen?index label=msg("mfaQuestionsAnswerLabel", chosen?index + 1) autocomplete="off"/>
      </#list>
      <@mfa.actions>
        <@mfa.primary label="doSubmit" name="save" id="mfa-save"/>
        <@mfa.cancelIfAppInitiated/>
      </@mfa.actions>
    </form>
  </#if>
</@layout.registrationLayout>
