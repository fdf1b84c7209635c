/**
 * The chat page's script, served as /chat.js. Plain ES2017 so any current browser runs it;
 * every text from the server is inserted with textContent, never as HTML.
 */
export const CHAT_SCRIPT = String.raw`"use strict";
(function () {
  var root = document.getElementById("mg-chat");
  var labels = JSON.parse(root.getAttribute("data-labels"));
  var log = document.getElementById("mg-log");
  var form = document.getElementById("mg-form");
  var input = document.getElementById("mg-input");
  var send = document.getElementById("mg-send");
  var status = document.getElementById("mg-status");
  var sessionId = null;

  function label(key, values) {
    var text = labels[key].ja;
    Object.keys(values || {}).forEach(function (name) { text = text.split("{" + name + "}").join(values[name]); });
    return text;
  }
  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function phoneLink(number) {
    var link = element("a", "", number);
    link.href = "tel:" + number.replace(/[^0-9+]/g, "");
    return link;
  }
  function addEntry(who, className) {
    var item = element("li", className);
    item.appendChild(element("span", "mg-who", who));
    log.appendChild(item);
    return item;
  }
  function showResult(result, typed) {
    var item = addEntry(label("M_GATEWAY_CHAT_AI"), "mg-ai");
    item.setAttribute("data-action", result.action);
    if (result.action === "emergency") {
      var box = element("div", "mg-emergency");
      box.setAttribute("role", "alert");
      box.appendChild(element("p", "", label("M_GATEWAY_CHAT_EMERGENCY")));
      var list = element("ul");
      result.emergencyContacts.forEach(function (contact) {
        var row = element("li", "", contact.name + " ");
        row.appendChild(phoneLink(contact.number));
        list.appendChild(row);
      });
      box.appendChild(list);
      item.appendChild(box);
    }
    item.appendChild(element("p", "mg-answer", result.answer));
    if (result.action === "transfer" && result.department) {
      var transfer = element("div", "mg-transfer");
      transfer.appendChild(element("p", "", label("M_GATEWAY_CHAT_TRANSFER", { department: result.department, extension: result.extension || "-" })));
      if (result.phone) {
        var line = element("p", "", label("M_GATEWAY_CHAT_PHONE") + ": ");
        line.appendChild(phoneLink(result.phone));
        transfer.appendChild(line);
      }
      item.appendChild(transfer);
    }
    if (result.citations.length > 0) {
      item.appendChild(element("p", "mg-sources", label("M_GATEWAY_CHAT_SOURCES") + ": " + result.citations.join(", ")));
    }
    if (result.masked !== typed) item.appendChild(element("p", "mg-masked", label("M_GATEWAY_CHAT_MASKED")));
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    var mine = addEntry(label("M_GATEWAY_CHAT_YOU"), "mg-you");
    mine.appendChild(element("p", "", text));
    input.value = "";
    send.disabled = true;
    status.textContent = label("M_GATEWAY_CHAT_BUSY");
    fetch("/api/turn", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessionId: sessionId, text: text })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, status: response.status, body: body }; });
    }).then(function (reply) {
      if (!reply.ok) {
        status.textContent = reply.status === 429 ? label("E_GATEWAY_RATE_LIMITED") : (reply.body.error || label("M_GATEWAY_CHAT_ERROR"));
        return;
      }
      sessionId = reply.body.sessionId;
      status.textContent = "";
      showResult(reply.body, text);
    }).catch(function () {
      status.textContent = label("M_GATEWAY_CHAT_ERROR");
    }).then(function () {
      send.disabled = false;
      input.focus();
    });
  });
})();
`;
