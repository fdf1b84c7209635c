import { h, t } from "../dom";
import { RecordForm, type FieldChange } from "../form/record-form";
import {
  createInitialRecord,
  fillEmptySubtables,
  mergeRecordChanges,
  type RecordData,
} from "../form/record-state";
import { createNullBridge } from "../kintone/page-bridge";
import {
  describeError,
  getRest,
  loadForm,
  loadUsers,
  renderAppToolbar,
  showLoadError,
  type PageContext,
} from "./page-context";
import { buildChangeEvent } from "./change-event";
import { readFieldErrors, saveRecord } from "./save-record";

/** The create page (`/k/{app}/edit`) and the edit page (`/k/{app}/show#record={id}&mode=edit`). */
export async function showEditPage(
  context: PageContext,
  kind: "create" | "edit",
  recordId: number | null,
): Promise<void> {
  const { boot, runtime } = context;
  const prefix = `app.record.${kind}`;
  let form: RecordForm;
  let revision: string | null = null;
  let original: RecordData = {};
  try {
    const [{ properties, layout }, users] = await Promise.all([loadForm(context), loadUsers()]);
    let record: RecordData;
    if (kind === "edit") {
      const loaded = await getRest<{ record: RecordData }>(context, "/k/v1/record.json", {
        app: boot.appId,
        id: recordId,
      });
      record = loaded.record;
      original = structuredClone(record);
      record = fillEmptySubtables(record, properties, new Date());
      revision = String(record["$revision"]?.value ?? "") || null;
    } else {
      record = createInitialRecord(properties, new Date());
    }
    const widgetContext = {
      mode: "edit" as const,
      users,
      requestToken: boot.requestToken,
      today: new Date(),
    };
    form = new RecordForm({
      properties,
      layout,
      record,
      context: widgetContext,
      onChange: (change) => void fireChange(change),
    });
  } catch (error) {
    showLoadError(context, error);
    return;
  }
  const baseEvent = () => ({
    appId: boot.appId,
    ...(kind === "edit" ? { recordId } : {}),
    record: form.getRecord(),
  });

  const recordError = h("div", {
    className: "lk-alert",
    attrs: { role: "alert", id: "lk-record-error" },
  });
  recordError.hidden = true;
  const showRecordError = (message: string | null) => {
    recordError.textContent = message ?? "";
    recordError.hidden = !message;
  };
  const saveButton = h("button", {
    className: "lk-button lk-primary lk-save",
    text: t("M_SHELL_SAVE"),
    attrs: { type: "button" },
    on: { click: () => void submit() },
  });
  const cancelHref =
    kind === "edit" ? `/k/${boot.appId}/show#record=${recordId}` : `/k/${boot.appId}/`;
  const cancel = h("a", {
    className: "lk-button",
    text: t("M_SHELL_CANCEL"),
    attrs: { href: cancelHref },
  });
  const title =
    kind === "edit"
      ? t("M_SHELL_RECORD_HEADING", { id: String(recordId) })
      : t("M_SHELL_NEW_RECORD");
  const { toolbar, menuSpace } = renderAppToolbar(context, title, [cancel, saveButton]);
  context.main.replaceChildren(toolbar, recordError, form.element);
  context.setBridge({
    ...createNullBridge(),
    record: {
      getId: () => (kind === "edit" ? recordId : null),
      get: () => ({ record: form.getRecord() }),
      set: (value) => {
        if (typeof value !== "object" || value === null || typeof value.record !== "object")
          throw new TypeError("kintone.app.record.set expects {record: {...}}");
        form.applyRecord(value.record);
      },
      getSpaceElement: (id) => form.getSpaceElement(id),
      getHeaderMenuSpaceElement: () => menuSpace,
      getFieldElement: () => null,
      setFieldShown: (code, shown) => form.setFieldShown(code, shown),
      setGroupFieldOpen: (code, open) => form.setGroupFieldOpen(code, open),
    },
  });

  /** Applies what handlers returned; a record error (`event.error`) is shown, never thrown. */
  const applyOutcome = (event: Record<string, unknown>) => {
    form.applyRecord(event["record"]);
    if (typeof event["error"] === "string" && event["error"] !== "")
      showRecordError(event["error"]);
  };

  async function fireChange(change: FieldChange): Promise<void> {
    const event = buildChangeEvent(prefix, change, form.getRecord(), baseEvent());
    if (!event) return;
    const outcome = await runtime.fire(String(event["type"]), event);
    if (outcome.status === "done" && outcome.returned) applyOutcome(outcome.event);
  }

  async function submit(): Promise<void> {
    saveButton.disabled = true;
    showRecordError(null);
    form.setErrors({});
    try {
      const outcome = await runtime.fire(`${prefix}.submit`, {
        type: `${prefix}.submit`,
        ...baseEvent(),
      });
      if (outcome.status === "cancelled") return;
      let record = form.getRecord();
      if (outcome.returned) {
        const changes = mergeRecordChanges(record, outcome.event["record"]);
        record = changes.record;
        form.applyRecord(outcome.event["record"]);
        const message =
          typeof outcome.event["error"] === "string" && outcome.event["error"] !== ""
            ? outcome.event["error"]
            : null;
        if (message || Object.keys(changes.errors).length > 0) {
          form.setErrors(changes.errors);
          showRecordError(message ?? t("E_SHELL_RECORD_ERRORS"));
          return;
        }
      }
      const savedId = await saveRecord({
        appId: boot.appId,
        requestToken: boot.requestToken,
        recordId: kind === "edit" ? recordId : null,
        revision,
        record,
        original,
      });
      const success = await runtime.fire(`${prefix}.submit.success`, {
        type: `${prefix}.submit.success`,
        appId: boot.appId,
        recordId: savedId,
        record,
      });
      const url = success.status === "done" && success.returned ? success.event["url"] : undefined;
      location.assign(
        typeof url === "string" && url !== "" ? url : `/k/${boot.appId}/show#record=${savedId}`,
      );
    } catch (error) {
      reportSaveError(error);
    } finally {
      saveButton.disabled = false;
    }
  }

  function reportSaveError(error: unknown): void {
    form.setErrors(readFieldErrors(error));
    showRecordError(t("E_SHELL_SAVE_FAILED", { detail: describeError(error) }));
  }

  const show = await runtime.fire(`${prefix}.show`, {
    type: `${prefix}.show`,
    ...baseEvent(),
    ...(kind === "create" ? { reuse: false } : {}),
  });
  if (show.status === "done" && show.returned) applyOutcome(show.event);
}
