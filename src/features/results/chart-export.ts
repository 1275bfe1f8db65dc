/** A chart's SVG as a file: the SVG text itself, or a PNG drawn from it on a canvas (2× for sharpness). */
import { downloadBlob } from '../../ui/download.ts';

/** The chart's colours live in CSS; a downloaded SVG has no stylesheet, so they are written inline. */
const INLINE_STYLE = `
.bar-label, .bar-value { font: 12px system-ui, sans-serif; fill: #1f2933; }
.bar-track { fill: #e4e7eb; } .bar-fill { fill: #2f6fbd; }
.bar-interval { stroke: #102a43; stroke-width: 1.5; }`;

export function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = INLINE_STYLE;
  copy.prepend(style);
  const box = svg.viewBox.baseVal;
  copy.setAttribute('width', String(box.width));
  copy.setAttribute('height', String(box.height));
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, fileName: string): void {
  downloadBlob(fileName, new Blob([svgText(svg)], { type: 'image/svg+xml' }));
}

export async function downloadPng(svg: SVGSVGElement, fileName: string): Promise<void> {
  const box = svg.viewBox.baseVal;
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg)], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = box.width * 2;
    canvas.height = box.height * 2;
    const context = canvas.getContext('2d');
    if (!context) return;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (png) downloadBlob(fileName, png);
  } finally {
    URL.revokeObjectURL(url);
  }
}
