<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=true; section>
  <#if section = "header">
    ${msg("mfaQuestionsAskTitle")}
  <#elseif section = "form">
    <p id="mfa-questions-instruction">${msg("mfaQuestionsAskInstruction")}</p>
    <form id="mfa-questions-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
      <#list mfaAsked as question>
        <@mfa.input name="answer" + question?index label=question.text() autocomplete="off" autofocus=(question?index == 0)/>
      </#list>
      <@mfa.rememberBrowser/>
      <@mfa.actions>
        <@mfa.primary label="doLogIn" name="login" id="mfa-login"/>
      </@mfa.actions>
    </form>
  </#if>
</@layout.registrationLayout>
