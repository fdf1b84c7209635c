import { h } from "../dom";
import { listOptions, type UserEntity, type WidgetParams } from "./widget-types";

const EMPTY_OPTION = "-----";

/** Drop-down, radio buttons, check boxes, multi-choice and user selection. */
export function renderChoiceInput(params: WidgetParams): HTMLElement {
  const { property, field } = params;
  const code = property.code;
  switch (field.type) {
    case "DROP_DOWN": {
      const select = h(
        "select",
        { className: "lk-input lk-select", attrs: { "data-code": code } },
        [
          h("option", { text: EMPTY_OPTION, attrs: { value: "" } }),
          ...listOptions(property).map((label) =>
            h("option", { text: label, attrs: { value: label } }),
          ),
        ],
      );
      select.value = typeof field.value === "string" ? field.value : "";
      select.disabled = params.disabled;
      select.addEventListener("change", () =>
        params.onCommit(select.value === "" ? null : select.value),
      );
      return select;
    }
    case "RADIO_BUTTON":
      return renderBoxes(
        params,
        "radio",
        (value) => [value],
        (checked) => checked[0] ?? "",
      );
    case "CHECK_BOX":
      return renderBoxes(
        params,
        "checkbox",
        (value) => (Array.isArray(value) ? (value as string[]) : []),
        (checked) => checked,
      );
    case "MULTI_SELECT": {
      const options = listOptions(property);
      const selected = new Set(Array.isArray(field.value) ? (field.value as string[]) : []);
      const select = h(
        "select",
        {
          className: "lk-input lk-multi",
          attrs: {
            multiple: "",
            "data-code": code,
            size: String(Math.min(6, Math.max(3, options.length))),
          },
        },
        options.map((label) => {
          const option = h("option", { text: label, attrs: { value: label } });
          option.selected = selected.has(label);
          return option;
        }),
      );
      select.disabled = params.disabled;
      select.addEventListener("change", () =>
        params.onCommit(Array.from(select.selectedOptions, (option) => option.value)),
      );
      return select;
    }
    default:
      return renderUserSelect(params);
  }
}

function renderBoxes(
  params: WidgetParams,
  kind: "radio" | "checkbox",
  toChecked: (value: unknown) => unknown[],
  toValue: (checked: string[]) => unknown,
): HTMLElement {
  const { property, field } = params;
  const checked = new Set(toChecked(field.value));
  const group = h("div", {
    className: `lk-choices lk-${kind}`,
    attrs: { "data-code": property.code },
  });
  if (property["align"] === "VERTICAL") group.classList.add("lk-vertical");
  const name = `lk-${property.code}-${Math.random().toString(36).slice(2)}`;
  for (const label of listOptions(property)) {
    const input = h("input", { attrs: { type: kind, name, value: label } });
    input.checked = checked.has(label);
    input.disabled = params.disabled;
    input.addEventListener("change", () => {
      const values = Array.from(group.querySelectorAll("input"), (box) =>
        box.checked ? box.value : null,
      ).filter((v): v is string => v !== null);
      params.onCommit(toValue(values));
    });
    group.append(h("label", { className: "lk-choice" }, [input, label]));
  }
  return group;
}

function renderUserSelect(params: WidgetParams): HTMLElement {
  const { property, field, context } = params;
  const current = Array.isArray(field.value) ? (field.value as UserEntity[]) : [];
  const known = new Map(context.users.map((user) => [user.code, user]));
  for (const user of current) if (!known.has(user.code)) known.set(user.code, user);
  const selected = new Set(current.map((user) => user.code));
  const select = h(
    "select",
    {
      className: "lk-input lk-multi lk-user-select",
      attrs: {
        multiple: "",
        "data-code": property.code,
        size: String(Math.min(5, Math.max(2, known.size))),
      },
    },
    Array.from(known.values(), (user) => {
      const option = h("option", {
        text: `${user.name} (${user.code})`,
        attrs: { value: user.code },
      });
      option.selected = selected.has(user.code);
      return option;
    }),
  );
  select.disabled = params.disabled;
  select.addEventListener("change", () =>
    params.onCommit(
      Array.from(select.selectedOptions, (option) => ({
        code: option.value,
        name: known.get(option.value)?.name ?? option.value,
      })),
    ),
  );
  return select;
}
