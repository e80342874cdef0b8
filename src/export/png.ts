/** PNG = the exported SVG drawn on a canvas at 1× or 2×. */
export interface PngSize {
  width: number;
  height: number;
}

export function pngSize(svg: PngSize, scale: number): PngSize {
  return { width: Math.round(svg.width * scale), height: Math.round(svg.height * scale) };
}

export async function svgToPng(svg: string, size: PngSize, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const out = pngSize(size, scale);
    const canvas = document.createElement("canvas");
    canvas.width = out.width;
    canvas.height = out.height;
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("this browser cannot draw on a canvas");
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, size.width, size.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the PNG could not be encoded"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
