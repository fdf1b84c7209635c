import { h, t } from "../dom";
import { RecordForm } from "../form/record-form";
import { renderRecordMeta } from "../form/record-meta";
import type { RecordData } from "../form/record-state";
import { callRest } from "../kintone/rest";
import { createNullBridge } from "../kintone/page-bridge";
import {
  describeError,
  getRest,
  loadForm,
  renderAppToolbar,
  showLoadError,
  type PageContext,
} from "./page-context";

/** The record detail page (`/k/{app}/show#record={id}`). */
export async function showDetailPage(context: PageContext, recordId: number): Promise<void> {
  const { boot, runtime } = context;
  let form: RecordForm;
  let meta: HTMLElement;
  try {
    const [{ properties, layout }, loaded] = await Promise.all([
      loadForm(context),
      getRest<{ record: RecordData }>(context, "/k/v1/record.json", {
        app: boot.appId,
        id: recordId,
      }),
    ]);
    meta = renderRecordMeta(properties, loaded.record);
    form = new RecordForm({
      properties,
      layout,
      record: loaded.record,
      context: { mode: "view", users: [], requestToken: boot.requestToken, today: new Date() },
    });
  } catch (error) {
    showLoadError(context, error);
    return;
  }
  const alert = h("div", { className: "lk-alert", attrs: { role: "alert" } });
  alert.hidden = true;
  const editLink = h("a", {
    className: "lk-button lk-primary lk-edit",
    text: t("M_SHELL_EDIT"),
    attrs: { href: `/k/${boot.appId}/show#record=${recordId}&mode=edit` },
  });
  const deleteButton = h("button", {
    className: "lk-button lk-danger",
    text: t("M_SHELL_DELETE"),
    attrs: { type: "button" },
    on: { click: () => void remove() },
  });
  const back = h("a", {
    className: "lk-button",
    text: t("M_SHELL_BACK_TO_LIST"),
    attrs: { href: `/k/${boot.appId}/` },
  });
  const { toolbar, menuSpace } = renderAppToolbar(
    context,
    t("M_SHELL_RECORD_HEADING", { id: String(recordId) }),
    [back, deleteButton, editLink],
  );
  context.main.replaceChildren(toolbar, alert, meta, form.element);
  context.setBridge({
    ...createNullBridge(),
    record: {
      ...createNullBridge().record,
      getId: () => recordId,
      get: () => ({ record: form.getRecord() }),
      getSpaceElement: (id) => form.getSpaceElement(id),
      getHeaderMenuSpaceElement: () => menuSpace,
      getFieldElement: (code) => form.getFieldElement(code),
      setFieldShown: (code, shown) => form.setFieldShown(code, shown),
      setGroupFieldOpen: (code, open) => form.setGroupFieldOpen(code, open),
    },
  });

  async function remove(): Promise<void> {
    if (!window.confirm(t("Q_SHELL_DELETE_RECORD"))) return;
    const type = "app.record.detail.delete.submit";
    const outcome = await runtime.fire(type, {
      type,
      appId: boot.appId,
      recordId,
      record: form.getRecord(),
    });
    if (outcome.status === "cancelled") return;
    try {
      await callRest({
        pathOrUrl: "/k/v1/records.json",
        method: "DELETE",
        body: { app: boot.appId, ids: [recordId] },
        requestToken: boot.requestToken,
      });
      location.assign(`/k/${boot.appId}/`);
    } catch (error) {
      alert.textContent = describeError(error);
      alert.hidden = false;
    }
  }

  await runtime.fire("app.record.detail.show", {
    type: "app.record.detail.show",
    appId: boot.appId,
    recordId,
    record: form.getRecord(),
  });
}
