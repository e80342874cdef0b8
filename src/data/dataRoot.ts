/** Where releases are served from: `<base>data/`, so the app works under any sub-path. Browser code only (Vite's
 * BASE_URL); the scripts read data/ from the disk. */
export const DATA_ROOT = `${import.meta.env.BASE_URL}data`;
