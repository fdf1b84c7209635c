/**
 * The one place kintone-ui-component meets React. KUC v1 registers versioned tag names
 * (e.g. kuc-text-1-24-0) so that several plug-ins with different KUC versions can share a
 * page; the names are derived from KUC's own version here, never written by hand.
 */
import { Button } from "kintone-ui-component/lib/button";
import { Checkbox } from "kintone-ui-component/lib/checkbox";
import { Dropdown } from "kintone-ui-component/lib/dropdown";
import { Notification } from "kintone-ui-component/lib/notification";
import { RadioButton } from "kintone-ui-component/lib/radio-button";
import { Spinner } from "kintone-ui-component/lib/spinner";
import { Text } from "kintone-ui-component/lib/text";
import { TextArea } from "kintone-ui-component/lib/textarea";
import { version } from "kintone-ui-component/lib/version";
import React from "react";

/** `kuc-{name}-{version with dashes}`, KUC's naming scheme. */
export function toKucTagName(name: string, kucVersion: string = version): string {
  return `kuc-${name}-${kucVersion.replace(/\./g, "-")}`;
}

const CHANGE = { onChange: "change" } as const;

/**
 * The React components. @lit/react ships only as ES modules: "eager" keeps it inside this
 * bundle (a plug-in cannot load extra chunks), while our CommonJS typecheck stays happy.
 */
export async function createKucComponents() {
  const { createComponent } = await import(/* webpackMode: "eager" */ "@lit/react");
  return {
    Text: createComponent({
      tagName: toKucTagName("text"),
      elementClass: Text,
      react: React,
      events: CHANGE,
    }),
    TextArea: createComponent({
      tagName: toKucTagName("textarea"),
      elementClass: TextArea,
      react: React,
      events: CHANGE,
    }),
    Dropdown: createComponent({
      tagName: toKucTagName("dropdown"),
      elementClass: Dropdown,
      react: React,
      events: CHANGE,
    }),
    RadioButton: createComponent({
      tagName: toKucTagName("radio-button"),
      elementClass: RadioButton,
      react: React,
      events: CHANGE,
    }),
    Checkbox: createComponent({
      tagName: toKucTagName("checkbox"),
      elementClass: Checkbox,
      react: React,
      events: CHANGE,
    }),
    Button: createComponent({
      tagName: toKucTagName("button"),
      elementClass: Button,
      react: React,
      events: { onClick: "click" },
    }),
  };
}

export type KucComponents = Awaited<ReturnType<typeof createKucComponents>>;

/** The `detail.value` of a KUC change event. */
export function readEventValue<T>(event: Event): T {
  return (event as CustomEvent<{ value: T }>).detail.value;
}

/** Shows a KUC notification (success: green, danger: red). */
export function notify(text: string, type: "success" | "danger"): void {
  new Notification({ text, type, duration: type === "success" ? 3000 : -1 }).open();
}

/** Opens a KUC spinner; returns its closer. */
export function openSpinner(text: string): () => void {
  const spinner = new Spinner({ text });
  void spinner.open();
  return () => void spinner.close();
}
