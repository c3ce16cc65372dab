/**
 * What `--backend` / the `backend` input accepts. The first four run TF.js models (`wasm` also
 * runs ONNX models, on onnxruntime-web); the `onnxruntime-*` ones run ONNX models only.
 */
export const BACKEND_CHOICES = [
  'auto',
  'tensorflow',
  'wasm',
  'cpu',
  'onnxruntime-node',
  'onnxruntime-web',
] as const;
export type BackendChoice = (typeof BACKEND_CHOICES)[number];
