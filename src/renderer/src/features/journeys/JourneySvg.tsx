import type { Ref } from 'react';
import { EXPORT_METRICS, type LineKind, type MapLayout } from './svgLayout';

/** Print colours: the exported file is read on paper and in slides, whatever the app's theme. */
const INK: Record<LineKind, { fill: string; weight: number }> = {
  title: { fill: '#1b2430', weight: 600 },
  meta: { fill: '#3d4756', weight: 400 },
  warning: { fill: '#9a1c12', weight: 600 },
  laneLabel: { fill: '#586374', weight: 600 },
  lane: { fill: '#1b2430', weight: 400 },
};
const FONT = "system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif";

function Lines({ lines }: { lines: MapLayout['heading'] }) {
  return (
    <>
      {lines.map((line, i) => (
        <text
          key={i}
          x={line.x}
          y={line.y}
          fill={INK[line.kind].fill}
          fontWeight={INK[line.kind].weight}
          fontSize={EXPORT_METRICS.font[line.kind]}
          fontFamily={FONT}
        >
          {line.text}
        </text>
      ))}
    </>
  );
}

/** The export-only SVG rendition of a journey map (see svgLayout.ts). */
export function JourneySvg({ layout, ref }: { layout: MapLayout; ref?: Ref<SVGSVGElement> }) {
  return (
    <svg ref={ref} xmlns="http://www.w3.org/2000/svg" width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`}>
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      {layout.heading.map((line, i) => (
        <text key={i} x={line.x} y={line.y} fill={INK[line.kind].fill} fontWeight={INK[line.kind].weight} fontSize={line.kind === 'title' ? 18 : 12} fontFamily={FONT}>
          {line.text}
        </text>
      ))}
      {layout.columns.map((column, c) => (
        <g key={c}>
          <rect x={column.x - 4} y={column.name[0] ? column.name[0].y - 16 : 0} width={column.width + 8} height={layout.height - (column.name[0]?.y ?? 0) - 4} fill="#eef1f4" rx={6} />
          <Lines lines={column.name} />
          {column.cards.map((card, i) => (
            <g key={i}>
              <rect x={card.x} y={card.y} width={card.width} height={card.height} rx={6} fill="#ffffff" stroke={card.warn ? '#b42318' : '#9aa5b3'} strokeWidth={card.warn ? 2 : 1} />
              <Lines lines={card.lines} />
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}
