import { h, t } from "../dom";
import { createNullBridge } from "../kintone/page-bridge";
import type { FieldProperty, RecordData } from "../form/record-state";
import { NON_DATA_TYPES } from "../form/record-state";
import { renderValue } from "../form/view-value";
import {
  getRest,
  loadForm,
  renderAppToolbar,
  showLoadError,
  type PageContext,
} from "./page-context";

const LIST_LIMIT = 100;
const MAX_COLUMNS = 8;
const HIDDEN_COLUMN_TYPES = new Set([
  "SUBTABLE",
  "RICH_TEXT",
  "MULTI_LINE_TEXT",
  "FILE",
  "__ID__",
  "__REVISION__",
  "STATUS_ASSIGNEE",
  "CATEGORY",
  "STATUS",
]);
/** kintone's built-in "all records" view. */
const ALL_RECORDS_VIEW = { id: 20, name: "(すべて)" };

/** The record list (`/k/{app}/`): a table of the latest records and app.record.index.show. */
export async function showIndexPage(context: PageContext): Promise<void> {
  const { boot } = context;
  const query = new URLSearchParams(location.search).get("query") ?? "";
  const headerSpace = h("div", { className: "lk-header-space", attrs: { id: "lk-header-space" } });
  const addButton = h("a", {
    className: "lk-button lk-primary",
    text: `+ ${t("M_SHELL_ADD_RECORD")}`,
    attrs: { href: `/k/${boot.appId}/edit` },
  });
  const { toolbar, menuSpace } = renderAppToolbar(context, "", [addButton]);
  const listArea = h("div", { className: "lk-list" });
  context.main.replaceChildren(toolbar, headerSpace, listArea);
  const columnCells = new Map<string, HTMLElement[]>();
  context.setBridge({
    ...createNullBridge(),
    getHeaderSpaceElement: () => headerSpace,
    getHeaderMenuSpaceElement: () => menuSpace,
    getQuery: () => `${query}${query ? " " : ""}order by $id desc limit ${LIST_LIMIT} offset 0`,
    getQueryCondition: () => query,
    getFieldElements: (code: string) => columnCells.get(code) ?? null,
  });

  let records: RecordData[];
  let properties: Record<string, FieldProperty>;
  let totalCount: string | null;
  try {
    ({ properties } = await loadForm(context));
    const fullQuery = `${query ? `${query} ` : ""}order by $id desc limit ${LIST_LIMIT}`;
    ({ records, totalCount } = await getRest<{ records: RecordData[]; totalCount: string | null }>(
      context,
      "/k/v1/records.json",
      { app: boot.appId, query: fullQuery, totalCount: true },
    ));
  } catch (error) {
    showLoadError(context, error);
    return;
  }
  const columns = pickColumns(properties);
  listArea.append(
    h("div", {
      className: "lk-count",
      text: t("M_SHELL_RECORD_COUNT", { count: totalCount ?? String(records.length) }),
    }),
  );
  if (records.length === 0) {
    listArea.append(h("p", { className: "lk-empty", text: t("M_SHELL_NO_RECORDS") }));
  } else {
    const head = h("tr", {}, [
      h("th", { className: "lk-col-link" }),
      ...columns.map((column) => h("th", { text: column.label })),
    ]);
    const rows = records.map((record) => {
      const id = String(record["$id"]?.value ?? "");
      const link = h("td", { className: "lk-col-link" }, [
        h("a", {
          className: "lk-detail-link",
          text: t("M_SHELL_OPEN_RECORD"),
          attrs: {
            href: `/k/${boot.appId}/show#record=${id}`,
            "aria-label": t("M_SHELL_RECORD_HEADING", { id }),
          },
        }),
      ]);
      const cells = columns.map((column) => {
        const cell = h("td", { attrs: { "data-code": column.code } }, [
          renderValue(column, record[column.code] ?? { type: column.type, value: null }),
        ]);
        columnCells.set(column.code, [...(columnCells.get(column.code) ?? []), cell]);
        return cell;
      });
      return h("tr", { attrs: { "data-record-id": id } }, [link, ...cells]);
    });
    listArea.append(
      h("table", { className: "lk-record-table" }, [h("thead", {}, [head]), h("tbody", {}, rows)]),
    );
  }
  await context.runtime.fire("app.record.index.show", {
    type: "app.record.index.show",
    appId: boot.appId,
    viewType: "list",
    viewId: ALL_RECORDS_VIEW.id,
    viewName: ALL_RECORDS_VIEW.name,
    records,
    offset: 0,
    size: records.length,
    date: null,
  });
}

function pickColumns(properties: Record<string, FieldProperty>): FieldProperty[] {
  const all = Object.values(properties).filter(
    (property) => !NON_DATA_TYPES.has(property.type) && !HIDDEN_COLUMN_TYPES.has(property.type),
  );
  const number = all.filter((property) => property.type === "RECORD_NUMBER");
  const data = all.filter(
    (property) =>
      !["RECORD_NUMBER", "CREATOR", "MODIFIER", "CREATED_TIME", "UPDATED_TIME"].includes(
        property.type,
      ),
  );
  const updated = all.filter((property) => property.type === "UPDATED_TIME");
  return [...number, ...data.slice(0, MAX_COLUMNS), ...updated];
}
