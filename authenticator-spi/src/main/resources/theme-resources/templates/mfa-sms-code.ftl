<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
  <#if section = "header">
    ${msg(mfaTitleKey)}
  <#elseif section = "form">
    <form id="mfa-sms-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
          <#if mfaDeliveryStateUrl??>data-delivery-state-url="${mfaDeliveryStateUrl}"</#if>>
      <p id="mfa-sms-code-instruction">${msg("mfaSmsCodeInstruction", mfaPhone)}</p>
      <@mfa.input name="code" label=msg("mfaSmsCodeLabel") autocomplete="one-time-code" inputmode="numeric" autofocus=true/>
      <@mfa.rememberBrowser/>
      <@mfa.actions>
        <@mfa.primary label="doSubmit" name="login" id="kc-login"/>
        <@mfa.secondary label="mfaSmsResend" name="resend" id="mfa-resend"/>
        <#if mfaSetupStep??>
          <@mfa.secondary label="mfaPhoneChangeNumber" name="changeNumber" id="mfa-change-number"/>
        </#if>
        <@mfa.cancelIfAppInitiated/>
      </@mfa.actions>
    </form>
    <#if mfaDeliveryStateUrl??>
    <script>
      <#outputformat "JavaScript">
      // Long poll of the text's delivery report: if the phone company says it cannot deliver, the page says so now.
      (async function watchDelivery(form) {
        const stateUrl = form.dataset.deliveryStateUrl;
        for (;;) {
          try {
            const reply = await fetch(stateUrl + "?wait=25", { cache: "no-store", credentials: "omit" });
            if (!reply.ok) {
              // 429: too many waiting requests from here, or 503: ask again when the server says.
              const seconds = Number(reply.headers.get("Retry-After")) || 5;
              await new Promise(resolve => setTimeout(resolve, seconds * 1000));
              continue;
            }
            const { state } = await reply.json();
            if (state === "UNDELIVERED") {
              const report = document.createElement("input");
              report.type = "hidden";
              report.name = "deliveryReport";
              report.value = "true";
              form.appendChild(report);
              form.submit();
              return;
            }
            if (state !== "PENDING") {
              return;
            }
          } catch (e) {
            await new Promise(resolve => setTimeout(resolve, 5000));
          }
        }
      })(document.getElementById("mfa-sms-code-form"));
      </#outputformat>
    </script>
    </#if>
  </#if>
</@layout.registrationLayout>
