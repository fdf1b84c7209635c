import { dispatchEvent } from "./dispatch-event";
import { EventRegistry } from "./event-registry";

describe("dispatchEvent", () => {
  describe("return semantics", () => {
    it("should report no changes when no handler returns the event", async () => {
      const outcome = await dispatchEvent([(event) => void (event["x"] = 1)], { type: "t" });
      expect(outcome).toEqual({ status: "done", event: { type: "t", x: 1 }, returned: false });
    });

    it("should pass the returned event to the next handler and keep the last one", async () => {
      const seen: unknown[] = [];
      const outcome = await dispatchEvent(
        [
          () => ({ type: "t", step: 1 }),
          (event) => {
            seen.push(event["step"]);
            return { ...event, step: 2 };
          },
        ],
        { type: "t" },
      );
      expect(seen).toEqual([1]);
      expect(outcome).toEqual({ status: "done", event: { type: "t", step: 2 }, returned: true });
    });

    it("should cancel on false and skip the remaining handlers", async () => {
      const later = jest.fn();
      const outcome = await dispatchEvent([() => false, later], { type: "t" });
      expect(outcome).toEqual({ status: "cancelled", reason: "false" });
      expect(later).not.toHaveBeenCalled();
    });
  });

  describe("thenables", () => {
    it("should await a promise and apply the event it resolves to", async () => {
      const outcome = await dispatchEvent([async (event) => ({ ...event, late: true })], {
        type: "t",
      });
      expect(outcome).toMatchObject({ status: "done", returned: true, event: { late: true } });
    });

    it("should accept any thenable, not only native promises", async () => {
      const thenable = {
        then: (resolve: (value: unknown) => void) => resolve({ type: "t", custom: 1 }),
      };
      const outcome = await dispatchEvent([() => thenable], { type: "t" });
      expect(outcome).toMatchObject({ status: "done", event: { custom: 1 } });
    });

    it("should cancel when a promise rejects, and report the error", async () => {
      const reported: unknown[] = [];
      const later = jest.fn();
      const outcome = await dispatchEvent(
        [() => Promise.reject(new Error("no")), later],
        { type: "t" },
        (e) => reported.push(e),
      );
      expect(outcome).toMatchObject({ status: "cancelled", reason: "rejected" });
      expect(reported).toHaveLength(1);
      expect(later).not.toHaveBeenCalled();
    });

    it("should cancel when a handler throws", async () => {
      const outcome = await dispatchEvent(
        [
          () => {
            throw new Error("boom");
          },
        ],
        { type: "t" },
      );
      expect(outcome).toMatchObject({ status: "cancelled", reason: "thrown" });
    });
  });
});

describe("EventRegistry", () => {
  describe("on and off", () => {
    it("should register one handler for several types in order", () => {
      const registry = new EventRegistry();
      const first = () => undefined;
      const second = () => undefined;
      registry.on(["a", "b"], first);
      registry.on("a", second);
      expect(registry.list("a")).toEqual([first, second]);
      expect(registry.list("b")).toEqual([first]);
    });

    it("should remove one handler, a type, or everything, telling whether anything went", () => {
      const registry = new EventRegistry();
      const first = () => undefined;
      const second = () => undefined;
      registry.on("a", first);
      registry.on("a", second);
      registry.on("b", first);
      expect(registry.off("a", first)).toBe(true);
      expect(registry.list("a")).toEqual([second]);
      expect(registry.off("a", first)).toBe(false);
      expect(registry.off("b")).toBe(true);
      expect(registry.off()).toBe(true);
      expect(registry.off()).toBe(false);
    });

    it("should refuse a handler that is not a function", () => {
      expect(() => new EventRegistry().on("a", "nope" as never)).toThrow(TypeError);
    });
  });
});
