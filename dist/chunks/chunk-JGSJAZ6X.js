import { createRequire as __ablationRequire } from 'node:module'; import { fileURLToPath as __ablationPath } from 'node:url'; const require = __ablationRequire(import.meta.url); const __filename = __ablationPath(import.meta.url); const __dirname = __ablationPath(new URL('.', import.meta.url));

// src/backend/choices.ts
var BACKEND_CHOICES = [
  "auto",
  "tensorflow",
  "wasm",
  "cpu",
  "onnxruntime-node",
  "onnxruntime-web"
];

export {
  BACKEND_CHOICES
};
