/** The opt-in online tile layer's default server (a deployment may set VITE_TILE_URL); also read by the build's CSP. */
export const DEFAULT_TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
