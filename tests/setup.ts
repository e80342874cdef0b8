import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { loadMessages } from "../src/i18n";

// Components render in any language synchronously in tests: load every language's messages first.
await Promise.all([loadMessages("be"), loadMessages("ru")]);

afterEach(() => cleanup());
