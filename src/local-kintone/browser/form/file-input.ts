import { h, t } from "../dom";
import { uploadFile } from "../kintone/rest";
import type { WidgetParams } from "./widget-types";
import { renderFileLink } from "./view-value";

type StoredFile = { fileKey: string; name: string; contentType?: string; size?: string };

/** Attachments: current files with a remove button, and a picker that uploads through file.json. */
export function renderFileInput(params: WidgetParams): HTMLElement {
  const { property, field, context } = params;
  let files = Array.isArray(field.value) ? [...(field.value as StoredFile[])] : [];
  const list = h("div", { className: "lk-file-list" });
  const status = h("span", { className: "lk-file-status" });
  const picker = h("input", {
    className: "lk-file-picker",
    attrs: {
      type: "file",
      multiple: "",
      "data-code": property.code,
      "aria-label": t("M_SHELL_ATTACH_FILE"),
    },
  });
  picker.disabled = params.disabled;

  const draw = () => {
    list.replaceChildren(
      ...files.map((file) =>
        h("div", { className: "lk-file-row" }, [
          renderFileLink(file),
          h("button", {
            className: "lk-link-button",
            text: t("M_SHELL_REMOVE_FILE"),
            attrs: { type: "button" },
            on: {
              click: () => {
                files = files.filter((each) => each !== file);
                draw();
                params.onCommit([...files]);
              },
            },
          }),
        ]),
      ),
    );
  };
  picker.addEventListener("change", async () => {
    const chosen = Array.from(picker.files ?? []);
    if (chosen.length === 0) return;
    status.textContent = t("M_SHELL_UPLOADING");
    try {
      for (const file of chosen) {
        const { fileKey } = await uploadFile(file, file.name, context.requestToken);
        files.push({
          fileKey,
          name: file.name,
          contentType: file.type || "application/octet-stream",
          size: String(file.size),
        });
      }
      status.textContent = "";
      draw();
      params.onCommit([...files]);
    } catch (error) {
      status.textContent = t("E_SHELL_SAVE_FAILED", {
        detail: error instanceof Error ? error.message : String(error),
      });
    } finally {
      picker.value = "";
    }
  });
  draw();
  return h("div", { className: "lk-file-input" }, [
    list,
    h("label", { className: "lk-button lk-file-button" }, [t("M_SHELL_ATTACH_FILE"), picker]),
    status,
  ]);
}
