import type { CountBy, DayCount } from "../../../core";

const SVG_NS = "http://www.w3.org/2000/svg";
/** Channel colours (kintone-like blues and greens), in channel order. */
export const CHART_COLORS = ["#3498db", "#2ecc71", "#f39c12", "#9b59b6", "#95a5a6"] as const;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  children: (SVGElement | string)[] = [],
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  for (const child of children)
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  return element;
}

/** Stacked bars: calls per day, one colour per channel. */
export function drawDailyBars(
  days: readonly DayCount[],
  channels: readonly string[],
  title: string,
): SVGSVGElement {
  const width = 560;
  const height = 180;
  const pad = { left: 28, bottom: 22, top: 10 };
  const max = Math.max(1, ...days.map((day) => day.total));
  const step = (width - pad.left) / Math.max(1, days.length);
  const scale = (height - pad.bottom - pad.top) / max;
  const bars: SVGElement[] = [];
  days.forEach((day, index) => {
    let y = height - pad.bottom;
    channels.forEach((channel, channelIndex) => {
      const count = day.byChannel[channel] ?? 0;
      if (count === 0) return;
      const barHeight = count * scale;
      y -= barHeight;
      bars.push(
        svg(
          "rect",
          {
            x: pad.left + index * step + 1,
            y,
            width: Math.max(1, step - 2),
            height: barHeight,
            fill: CHART_COLORS[channelIndex % CHART_COLORS.length] ?? "#999",
          },
          [svg("title", {}, [`${day.day} ${channel}: ${count}`])],
        ),
      );
    });
    if (index % 7 === 0) {
      bars.push(
        svg("text", { x: pad.left + index * step, y: height - 6, "font-size": 11, fill: "#666" }, [
          day.day.slice(5).replace("-", "/"),
        ]),
      );
    }
  });
  return svg(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": title,
      class: "madoguchi-chart",
    },
    [
      svg("title", {}, [title]),
      svg("line", {
        x1: pad.left,
        x2: width,
        y1: height - pad.bottom,
        y2: height - pad.bottom,
        stroke: "#ccc",
      }),
      svg("text", { x: 0, y: pad.top + 8, "font-size": 11, fill: "#666" }, [String(max)]),
      ...bars,
    ],
  );
}

/** Horizontal bars with labels and counts. */
export function drawHorizontalBars(
  items: readonly CountBy[],
  title: string,
  color = "#3498db",
): SVGSVGElement {
  const rowHeight = 22;
  const width = 360;
  const labelWidth = 130;
  const max = Math.max(1, ...items.map((item) => item.count));
  const rows = items.slice(0, 8).flatMap((item, index) => {
    const y = index * rowHeight;
    const barWidth = ((width - labelWidth - 40) * item.count) / max;
    return [
      svg("text", { x: 0, y: y + 15, "font-size": 12, fill: "#333" }, [item.key]),
      svg("rect", {
        x: labelWidth,
        y: y + 4,
        width: Math.max(2, barWidth),
        height: 14,
        fill: color,
        rx: 2,
      }),
      svg("text", { x: labelWidth + barWidth + 6, y: y + 15, "font-size": 12, fill: "#333" }, [
        String(item.count),
      ]),
    ];
  });
  const height = Math.max(rowHeight, Math.min(items.length, 8) * rowHeight);
  return svg(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-label": title,
      class: "madoguchi-chart madoguchi-chart-bars",
    },
    [svg("title", {}, [title]), ...rows],
  );
}

/** A ring showing one share (e.g. calls completed by AI). */
export function drawShareRing(share: number, label: string): SVGSVGElement {
  const radius = 40;
  const circumference = 2 * Math.PI * radius;
  const filled = Math.max(0, Math.min(1, share)) * circumference;
  return svg(
    "svg",
    { viewBox: "0 0 100 100", role: "img", "aria-label": label, class: "madoguchi-ring" },
    [
      svg("title", {}, [label]),
      svg("circle", {
        cx: 50,
        cy: 50,
        r: radius,
        fill: "none",
        stroke: "#e5e5e5",
        "stroke-width": 12,
      }),
      svg("circle", {
        cx: 50,
        cy: 50,
        r: radius,
        fill: "none",
        stroke: "#2ecc71",
        "stroke-width": 12,
        "stroke-dasharray": `${filled} ${circumference}`,
        transform: "rotate(-90 50 50)",
      }),
      svg("text", { x: 50, y: 56, "text-anchor": "middle", "font-size": 18, fill: "#333" }, [
        `${Math.round(share * 100)}%`,
      ]),
    ],
  );
}
