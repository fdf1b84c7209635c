/** A small plugin as a city developer would write it, for the plugin tests (plain JS). */
export const PLUGIN_DESKTOP_JS = `
(function (PLUGIN_ID) {
  "use strict";
  window.__pluginIds = (window.__pluginIds || []).concat(PLUGIN_ID);
  kintone.events.on("app.record.index.show", function (event) {
    var config = kintone.plugin.app.getConfig(PLUGIN_ID);
    var box = document.createElement("div");
    box.id = "plugin-message";
    box.textContent = PLUGIN_ID + ":" + (config.message || "");
    kintone.app.getHeaderSpaceElement().appendChild(box);
    return event;
  });
})(kintone.$PLUGIN_ID);
`;

export const PLUGIN_CONFIG_HTML = `
<form class="js-settings">
  <label>メッセージ <input class="js-message" name="message"></label>
  <label>API URL <input class="js-api-url" name="url"></label>
  <label>API キー <input class="js-api-key" name="key" type="password"></label>
  <button type="submit" class="js-save">保存</button>
</form>
`;

export const PLUGIN_CONFIG_JS = `
(function (PLUGIN_ID) {
  "use strict";
  var form = document.querySelector(".js-settings");
  var config = kintone.plugin.app.getConfig(PLUGIN_ID);
  form.querySelector(".js-message").value = config.message || "";
  window.__settingsPluginId = PLUGIN_ID;
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var url = form.querySelector(".js-api-url").value;
    var key = form.querySelector(".js-api-key").value;
    kintone.plugin.app.setProxyConfig(url, "POST", { Authorization: "Bearer " + key }, { api_key: key }, function () {
      kintone.plugin.app.setConfig({ message: form.querySelector(".js-message").value, apiUrl: url }, function () {
        window.__saved = true;
      });
    });
  });
})(kintone.$PLUGIN_ID);
`;
