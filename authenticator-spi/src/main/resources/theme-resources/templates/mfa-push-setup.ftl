<#import "template.ftl" as layout>
<#import "mfa-fields.ftl" as mfa>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('name'); section>
  <#if section = "header">
    ${msg("mfaPushSetupTitle")}
  <#elseif section = "form">
    <form id="mfa-push-setup-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post"
          data-phase="${mfaPushPhase}" <#if mfaStateUrl??>data-state-url="${mfaStateUrl}"</#if>>
      <#if mfaPushPhase = "name">
        <p>${msg("mfaPushSetupIntro")}</p>
        <@mfa.input name="name" label=msg("mfaPushDeviceName") value=(mfaPushName!'') autofocus=true/>
        <@mfa.actions>
          <@mfa.primary label="mfaPushGenerate" name="generate" id="mfa-generate"/>
          <@mfa.cancelIfAppInitiated/>
        </@mfa.actions>
      <#elseif mfaPushPhase = "activation">
        <p>${msg("mfaPushScan")}</p>
        <p style="text-align: center;"><img id="mfa-push-qr" src="${mfaPushQr}" width="240" height="240" alt="${msg("mfaPushActivationQr")}"/></p>
        <dl>
          <dt>${msg("mfaPushActivationCode")}</dt>
          <dd><code id="mfa-push-code" style="overflow-wrap: anywhere;">${mfaPushCode}</code></dd>
          <dt>${msg("mfaPushActivationUrl")}</dt>
          <dd><code id="mfa-push-url" style="overflow-wrap: anywhere;">${mfaPushUrl}</code></dd>
        </dl>
        <p>${msg("mfaPushActivationValid", mfaPushMinutes)}</p>
        <p><svg class="pf-v5-c-spinner pf-m-md" role="progressbar" viewBox="0 0 100 100" aria-label="${msg("mfaPushActivationWaiting")}">
          <circle class="pf-v5-c-spinner__path" cx="50" cy="50" r="45" fill="none"></circle>
        </svg> ${msg("mfaPushActivationWaiting")}</p>
        <@mfa.actions>
          <@mfa.primary label="mfaPushContinue" name="continue" id="mfa-continue"/>
          <@mfa.cancelIfAppInitiated/>
        </@mfa.actions>
      <#else>
        <p id="mfa-push-device">${mfaPushName!''}</p>
        <@mfa.actions>
          <@mfa.primary label="mfaPushAuthenticateMeNow" name="authenticate" id="mfa-authenticate"/>
          <@mfa.cancelIfAppInitiated/>
        </@mfa.actions>
      </#if>
    </form>
    <#if mfaStateUrl??>
    <script>
      <#outputformat "JavaScript">
      // Long poll: the page moves on as soon as the app has activated.
      (async function awaitActivation(form) {
        const stateUrl = form.dataset.stateUrl;
        for (;;) {
          try {
            const reply = await fetch(stateUrl + "?wait=25", { cache: "no-store", credentials: "omit" });
            const { state } = await reply.json();
            if (state !== "PENDING") {
              form.submit();
              return;
            }
          } catch (e) {
            await new Promise(resolve => setTimeout(resolve, 2000));
          }
        }
      })(document.getElementById("mfa-push-setup-form"));
      </#outputformat>
    </script>
    </#if>
  </#if>
</@layout.registrationLayout>
