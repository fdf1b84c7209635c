import { h } from "./dom";

/**
 * A modal confirm dialog (kintone has none for plug-ins). Resolves true on confirm, false on
 * cancel or Escape. Focus starts on the safe choice (cancel).
 */
export function showDialog(params: {
  title: string;
  body: Node;
  confirmLabel: string;
  cancelLabel: string;
}): Promise<boolean> {
  return new Promise((resolve) => {
    const close = (answer: boolean) => {
      overlay.remove();
      resolve(answer);
    };
    const cancel = h("button", {
      className: "kintoneplugin-button-dialog-cancel madoguchi-dialog-cancel",
      text: params.cancelLabel,
      attrs: { type: "button" },
      on: { click: () => close(false) },
    });
    const confirm = h("button", {
      className: "kintoneplugin-button-dialog-ok madoguchi-dialog-confirm",
      text: params.confirmLabel,
      attrs: { type: "button" },
      on: { click: () => close(true) },
    });
    const dialog = h(
      "div",
      {
        className: "madoguchi-dialog",
        attrs: { role: "dialog", "aria-modal": "true", "aria-label": params.title },
      },
      [
        h("h2", { className: "madoguchi-dialog-title", text: params.title }),
        h("div", { className: "madoguchi-dialog-body" }, [params.body]),
        h("div", { className: "madoguchi-dialog-buttons" }, [cancel, confirm]),
      ],
    );
    const overlay = h("div", { className: "madoguchi-overlay madoguchi-root" }, [dialog]);
    overlay.addEventListener("keydown", (event) => {
      if ((event as KeyboardEvent).key === "Escape") close(false);
    });
    document.body.append(overlay);
    cancel.focus();
  });
}
